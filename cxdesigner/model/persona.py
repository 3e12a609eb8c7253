"""Buyer personas: the archetypal customers whose satisfaction a map draws."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.model.base import Entity


@dataclass(kw_only=True, slots=True)
class Persona(Entity):
    """A fictional customer standing for a segment; each has its own line."""

    name: str
    color: str = "#e4572e"
    photo: bytes | None = None
    age: int | None = None
    occupation: str = ""
    demographics: str = ""
    psychographics: str = ""
    motivations: str = ""
    frustrations: str = ""
    quote: str = ""
    biography: str = ""
