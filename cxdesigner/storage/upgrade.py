"""Bringing files of older schema versions up to date, in memory only.

``UPGRADES[n]`` turns a schema-``n`` database into schema ``n + 1``. Opening
copies an older file into memory and runs the steps there, so the original on
disk is never rewritten just by opening it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping

from cxdesigner.storage.limits import harden

Step = Callable[[sqlite3.Connection], None]


def _map_view_settings(db: sqlite3.Connection) -> None:
    """1 -> 2: maps remember which lanes they show, in which order, and their spacing."""
    db.execute("ALTER TABLE journey_map ADD COLUMN lanes TEXT NOT NULL "
               "DEFAULT 'touchpoints,satisfaction,pain_points,positive_moments,actions'")
    db.execute("ALTER TABLE journey_map ADD COLUMN spacing VARCHAR NOT NULL DEFAULT 'equal'")


#: ``UPGRADES[n]`` brings a schema-``n`` file to schema ``n + 1``.
UPGRADES: dict[int, Step] = {1: _map_view_settings}


def upgrade_in_memory(source: sqlite3.Connection, version: int, target: int,
                      steps: Mapping[int, Step]) -> sqlite3.Connection:
    """A new in-memory copy of ``source`` upgraded from ``version`` to ``target``.

    The copy is as untrusted as the file: hardened before its schema is first read.
    """
    memory = sqlite3.connect(":memory:")
    harden(memory, read_only=False)
    source.backup(memory)
    for current in range(version, target):
        if current not in steps:
            raise LookupError(f"no upgrade from file format {current}")
        steps[current](memory)
        memory.execute(f"PRAGMA user_version = {current + 1}")
    memory.commit()
    return memory
