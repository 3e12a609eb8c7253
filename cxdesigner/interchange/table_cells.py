"""The cells of a map's tables as the model's values: numbers, whole numbers in a range, the words of a
choice, dates, a persona from its row. Each refuses with a short reason for the row's problem."""

from __future__ import annotations

import math
from datetime import date

from cxdesigner.model import Persona
from cxdesigner.plain import clip

#: Colours for personas the tables make without one, in turn.
COLORS = ("#e4572e", "#2f6fb0", "#3a9d5d", "#8e44ad", "#d4a017", "#16a2b8", "#c2185b", "#5d6d7e")


def cell(row: list[str], column: int | None) -> str:
    return row[column] if column is not None and column < len(row) else ""


def number(text: str) -> float | None:
    try:
        value = float(text.strip().replace(",", ".").replace("\u2212", "-"))
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def whole(text: str, default: int, low: int, high: int, what: str) -> int:
    if not text.strip():
        return default
    value = number(text)
    if value is None or value != int(value) or not low <= value <= high:
        raise ValueError(f"the {what} '{clip(text)}' is not a whole number from {low} to {high}")
    return int(value)


def member(kind, text: str, default, what: str):
    key = text.strip().casefold().replace(" ", "_")
    if not key:
        return default
    for member in kind:
        if member.value == key:
            return member
    choices = ", ".join(m.value for m in kind)
    raise ValueError(f"the {what} '{clip(text)}' is none of {choices}")


def effect(text: str) -> float | None:
    if not text.strip():
        return None
    value = number(text)
    if value is None or abs(value) > 1_000_000:
        raise ValueError(f"the expected effect '{clip(text)}' is not a number")
    return value


def planned_date(text: str) -> date | None:
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip()[:10])
    except ValueError:
        raise ValueError(f"the planned date '{clip(text)}' is not a date (YYYY-MM-DD)") from None


def new_persona(name: str, details: dict[str, str], count: int) -> Persona:
    age = number(details.get("age", ""))
    color = details.get("color", "").strip()
    from cxdesigner.model.rules import COLOUR
    return Persona(name=name, age=int(age) if age is not None and age == int(age) and 0 <= age <= 150
                   else None, occupation=details.get("occupation", ""), quote=details.get("quote", ""),
                   motivations=details.get("motivations", ""), frustrations=details.get("frustrations", ""),
                   demographics=details.get("demographics", ""), psychographics=details.get("psychographics", ""),
                   biography=details.get("biography", ""),
                   color=color if COLOUR.fullmatch(color) else COLORS[count % len(COLORS)])
