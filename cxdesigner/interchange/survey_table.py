"""The cells of a survey table, as read from a CSV file or a spreadsheet, and the import's error."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class SurveyCsvError(ValueError):
    """The file or the mapping cannot make a survey; ``str()`` says why in one sentence."""


@dataclass
class SurveyTable:
    """A unique, non-empty name per column and each row with its first line; ``ignored`` are the
    columns a survey tool's layout sets aside as metadata, ``respondent_column`` the one naming who
    answered, ``reading`` how the layout was recognised (a ``survey_layouts.LayoutReading``)."""

    header: list[str]
    rows: list[list[str]]
    lines: list[int]
    encoding: str
    delimiter: str
    ignored: frozenset[str] = frozenset()
    respondent_column: str | None = None
    reading: Any = field(default=None, repr=False)


def unique_names(header: list[str]) -> list[str]:
    """A name for each column, unique: blanks become ``Column N``, repeats ``Name (2)``, ``Name (3)``..."""
    names: list[str] = []
    taken: set[str] = set()
    copies: dict[str, int] = {}
    for number, name in enumerate(header, start=1):
        name = name.strip() or f"Column {number}"
        base, copy = name, copies.get(name, 2)
        while name in taken:
            name, copy = f"{base} ({copy})", copy + 1
        copies[base] = copy
        taken.add(name)
        names.append(name)
    return names
