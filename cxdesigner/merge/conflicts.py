"""Conflicts: what two sides changed in ways a merge cannot combine on its own.

A conflict is plain data: where it is (the item and field), the three values
(base, mine, theirs), a sentence, and which way the result went. A dialog can
show them one by one and merge again with the user's choices in
``resolutions``, keyed by ``Conflict.key``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cxdesigner.merge.records import Key

MINE, THEIRS, BASE = "mine", "theirs", "base"
#: A field both sides changed to different values.
FIELD = "field"
#: One side removed an item (or took a persona off a map) that the other changed or built on.
REMOVAL = "removal"
#: Both sides moved the same item to different places.
ORDER = "order"
#: Changes to one item that are fine apart but break a rule together (a goal's two ends, an interval).
TOGETHER = "together"
#: How a conflict was settled: by ``resolutions``, by ``prefer``, or by the default (mine).
GIVEN, PREFERRED, DEFAULT = "given", "preferred", "default"


@dataclass(frozen=True)
class Edit:
    """A value of the user's own for a field in conflict, instead of mine or theirs."""

    value: Any


@dataclass(frozen=True)
class Conflict:
    """One conflict, and how the merged project settled it.

    ``item`` is the item's key (an id, or ``(table, map id, *key)`` for a rating or
    a target), ``map_id`` the map it is in (``None`` for project-level items).
    ``base``, ``mine`` and ``theirs`` hold the field's values for a ``FIELD``
    conflict, the item's versions (``None`` where removed) for ``REMOVAL`` and
    ``TOGETHER``, and the id of the item each side put it after for ``ORDER``.
    ``resolution`` is ``"mine"``, ``"theirs"`` or an ``Edit``; ``settled`` says
    whether it came from the resolutions given, the preferred side, or the default.
    """

    key: str
    kind: str
    item: Key
    item_kind: str
    map_id: str | None
    field: str | None
    base: Any
    mine: Any
    theirs: Any
    sentence: str
    resolution: str | Edit
    settled: str


def key_text(key: Key) -> str:
    """An item's key as text: the id itself, or the parts of a rating's key joined by ``/``."""
    return "/".join(map(str, key)) if isinstance(key, tuple) else str(key)


def conflict_key(kind: str, item: Key, *more: Any) -> str:
    """The stable name of a conflict, e.g. ``field:<touchpoint id>:title``."""
    return ":".join([kind, key_text(item), *map(str, more)])
