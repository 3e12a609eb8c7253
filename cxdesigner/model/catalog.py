"""Project-wide lists that touchpoints point at: channels and departments."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.model.base import ChannelKind, Entity


@dataclass(kw_only=True, slots=True)
class Channel(Entity):
    """Where a touchpoint happens: website, shop, phone, e-mail..."""

    name: str
    kind: ChannelKind = ChannelKind.DIGITAL
    color: str = "#5b8def"
    icon: str = ""


@dataclass(kw_only=True, slots=True)
class Department(Entity):
    """Who inside the organisation owns a touchpoint: the backstage."""

    name: str
    color: str = "#8e8e93"
