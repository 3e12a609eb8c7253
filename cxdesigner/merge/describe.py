"""Plain words for items, fields and values, shared by comparisons and conflicts.

Every sentence is one line a designer can read: items by their name or title,
links by the name of what they point at, long texts cut short.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import datetime
from enum import Enum
from typing import Any

from cxdesigner.merge.records import PROJECT, Key, Record

#: Kinds whose class name is not the word designers use.
KIND_WORDS = {"JourneyMap": "map", "SurveyDataset": "survey"}
#: Fields that name an item, in the order they are tried.
LABEL_FIELDS = ("name", "title", "text")
LONGEST = 60


def kind_word(cls: type) -> str:
    """``PainPoint`` -> "pain point"."""
    name = cls.__name__
    return KIND_WORDS.get(name) or re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()


def field_word(name: str) -> str:
    """``stage_id`` -> "stage", ``touchpoint_ids`` -> "touchpoints", ``customer_action`` -> "customer action"."""
    if name.endswith("_ids"):
        name = name[:-4] + "s"
    elif name.endswith("_id"):
        name = name[:-3]
    return name.replace("_", " ")


def plain(text: str, longest: int = LONGEST) -> str:
    """``text`` on one line, without control characters, cut to ``longest`` characters."""
    text = " ".join("".join(c if c.isprintable() or c.isspace() else "?" for c in text).split())
    return text if len(text) <= longest else text[:longest - 1] + "…"


def label(item: Any) -> str:
    """What an item is called: its name, title or text (empty when it has none)."""
    for name in LABEL_FIELDS:
        value = getattr(item, name, None)
        if isinstance(value, str) and value.strip():
            return plain(value)
    return ""


class Names:
    """Names items of some projects' records when a sentence needs them; earlier records win."""

    def __init__(self, *records: dict[Key, Record]) -> None:
        self.records = records

    def _record(self, item_id: Any) -> Record | None:
        if not isinstance(item_id, str) or item_id == PROJECT:
            return None
        return next((side[item_id] for side in self.records if item_id in side), None)

    def kind(self, item_id: str) -> type | None:
        """The class of the item with this id, or ``None`` when no record has it."""
        record = self._record(item_id)
        return type(record.item) if record else None

    def name(self, item_id: str) -> str:
        """``"Check in"``, with quotes; an item with no label by its kind."""
        record = self._record(item_id)
        text = label(record.item) if record else ""
        if text:
            return f'"{text}"'
        return f"an untitled {kind_word(type(record.item))}" if record else "a missing item"

    def title(self, record: Record) -> str:
        """'touchpoint "Check in"', 'rating of "Check in" for "Anna"', 'the project'."""
        if record.key == PROJECT:
            return "the project"
        kind = kind_word(type(record.item))
        if isinstance(record.key, tuple):  # a keyed entry: named by what its key points at
            parts = [self.name(part) for part in record.key[2:] if isinstance(part, str)]
            return f"{kind} of {' for '.join(parts)}" if parts else kind
        text = label(record.item)
        return f'{kind} "{text}"' if text else f"an untitled {kind}"

    def show(self, value: Any) -> str:
        """A value in words: links by name, numbers short, texts quoted and cut."""
        if value is None:
            return "none"
        if isinstance(value, Enum):
            return str(value.value).replace("_", " ")
        if isinstance(value, str):
            return self.name(value) if self._record(value) else f'"{plain(value)}"'
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, int | float):
            return f"{value:g}" if isinstance(value, float) else str(value)
        if isinstance(value, datetime):
            return value.isoformat(sep=" ", timespec="minutes")
        if isinstance(value, bytes):
            return f"{len(value):,} bytes of data"
        if isinstance(value, list | tuple):
            if value and dataclasses.is_dataclass(value[0]):
                return f"{len(value):,} entries"
            return ", ".join(self.show(v) for v in value) if value else "none"
        if isinstance(value, dict):
            shown = [f"{plain(str(k), 30)}: {self.show(v)}" for k, v in list(value.items())[:5]]
            return ", ".join(shown) + (", …" if len(value) > 5 else "") if value else "none"
        if dataclasses.is_dataclass(value):
            return ", ".join(f"{field_word(f.name)} {self.show(getattr(value, f.name))}"
                             for f in dataclasses.fields(value))
        return plain(str(value))

    def change(self, old: Any, new: Any) -> str:
        """"old → new"; for two values of one dataclass (a scale), only the parts that differ."""
        if dataclasses.is_dataclass(old) and type(old) is type(new) and not isinstance(old, type):
            parts = [f"{field_word(f.name)} {self.show(getattr(old, f.name))} → {self.show(getattr(new, f.name))}"
                     for f in dataclasses.fields(old) if getattr(old, f.name) != getattr(new, f.name)]
            return ", ".join(parts)
        return f"{self.show(old)} → {self.show(new)}"


def capital(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]
