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


def _target_ratings(db: sqlite3.Connection) -> None:
    """2 -> 3: maps hold target ("to-be") ratings beside the current ones; older files have none.

    A table of that name in a schema-2 file was not ours (unknown tables are never
    read or kept), so it is replaced. The statement is written out, not taken from
    ``schema.py``: an upgrade step must stay what it was when the version was made.
    """
    db.execute("DROP TABLE IF EXISTS target_rating")
    db.execute("CREATE TABLE target_rating (touchpoint_id VARCHAR NOT NULL, persona_id VARCHAR NOT NULL, "
               "value FLOAT NOT NULL, PRIMARY KEY (touchpoint_id, persona_id), "
               "FOREIGN KEY(touchpoint_id) REFERENCES touchpoint (id), "
               "FOREIGN KEY(persona_id) REFERENCES persona (id))")


def _lanes_of_your_own(db: sqlite3.Connection) -> None:
    """3 -> 4: maps hold lanes of their own with a value per touchpoint, a projected line's choice,
    and actions a phase and a planned date; older files have none of them."""
    db.execute("ALTER TABLE journey_map ADD COLUMN projected_statuses TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE journey_map ADD COLUMN projected_until VARCHAR")
    db.execute("ALTER TABLE action ADD COLUMN phase TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE action ADD COLUMN planned_on VARCHAR")
    db.execute("DROP TABLE IF EXISTS lane_cell")
    db.execute("DROP TABLE IF EXISTS custom_lane")
    db.execute("CREATE TABLE custom_lane (id VARCHAR NOT NULL, map_id VARCHAR NOT NULL, position INTEGER NOT NULL, "
               "title TEXT NOT NULL, kind VARCHAR NOT NULL, unit TEXT NOT NULL, PRIMARY KEY (id), "
               "FOREIGN KEY(map_id) REFERENCES journey_map (id))")
    db.execute("CREATE TABLE lane_cell (id VARCHAR NOT NULL, map_id VARCHAR NOT NULL, position INTEGER NOT NULL, "
               "lane_id VARCHAR NOT NULL, touchpoint_id VARCHAR NOT NULL, persona_id VARCHAR, text TEXT NOT NULL, "
               "image BLOB, number FLOAT, emotion VARCHAR, PRIMARY KEY (id), "
               "FOREIGN KEY(map_id) REFERENCES journey_map (id), FOREIGN KEY(lane_id) REFERENCES custom_lane (id), "
               "FOREIGN KEY(touchpoint_id) REFERENCES touchpoint (id), "
               "FOREIGN KEY(persona_id) REFERENCES persona (id))")


def _history_and_comments(db: sqlite3.Connection) -> None:
    """4 -> 5: files keep the history of their saves and review comments; older files have neither.

    The three tables are created empty (tables of these names in a schema-4 file were not
    ours, and are replaced). The first save of an upgraded file starts its history.
    """
    for name in ("revision_parent", "revision", "comment"):
        db.execute(f"DROP TABLE IF EXISTS {name}")
    db.execute("CREATE TABLE comment (id VARCHAR NOT NULL, map_id VARCHAR NOT NULL, position INTEGER NOT NULL, "
               "target_id VARCHAR NOT NULL, text TEXT NOT NULL, author TEXT NOT NULL, created_at VARCHAR, "
               "reply_to_id VARCHAR, resolved INTEGER NOT NULL, PRIMARY KEY (id), "
               "FOREIGN KEY(map_id) REFERENCES journey_map (id), FOREIGN KEY(reply_to_id) REFERENCES comment (id))")
    db.execute("CREATE TABLE revision (id VARCHAR NOT NULL, position INTEGER NOT NULL, saved_at VARCHAR NOT NULL, "
               "author TEXT NOT NULL, host TEXT NOT NULL, name TEXT NOT NULL, content VARCHAR NOT NULL, "
               "base_id VARCHAR, file_format INTEGER, snapshot BLOB, PRIMARY KEY (id))")
    db.execute("CREATE TABLE revision_parent (revision_id VARCHAR NOT NULL, parent_id VARCHAR NOT NULL, "
               "position INTEGER NOT NULL, PRIMARY KEY (revision_id, position), "
               "FOREIGN KEY(revision_id) REFERENCES revision (id))")


def _survey_waves(db: sqlite3.Connection) -> None:
    """5 -> 6: a map's surveys are waves, each with a label and a fieldwork period; an older
    file's surveys have neither (no label, dates unknown).

    A snapshot of the history holds only the tables it had rows in: a survey table it lacks
    is made whole afterwards, so it is only altered where it exists.
    """
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'survey'").fetchone() is None:
        return
    db.execute("ALTER TABLE survey ADD COLUMN wave TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE survey ADD COLUMN fieldwork_start VARCHAR")
    db.execute("ALTER TABLE survey ADD COLUMN fieldwork_end VARCHAR")


#: ``UPGRADES[n]`` brings a schema-``n`` file to schema ``n + 1``.
UPGRADES: dict[int, Step] = {1: _map_view_settings, 2: _target_ratings, 3: _lanes_of_your_own,
                             4: _history_and_comments, 5: _survey_waves}


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
