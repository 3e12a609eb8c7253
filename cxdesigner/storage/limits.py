"""How much a project file may hold, and the checks that keep a hostile file within it.

A small file can still ask for a lot: a text of a billion characters, a
million personas, a photo claiming 100,000 x 100,000 pixels. Every limit here
is far above anything CX Designer itself writes, and below what would make
opening slow or exhaust memory. Saving checks the same limits, so a file that
was saved always opens again. ``docs/file-format.md`` lists them for other tools.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from cxdesigner.storage.images import image_problem
from cxdesigner.storage.table_facts import Table
from cxdesigner.storage.tables import SORTED_TABLES

#: The largest file opened. The largest real projects (10,000 touchpoints, large surveys)
#: are tens of megabytes; a whole file is read into memory.
MAX_FILE_BYTES = 512 * 1024 * 1024
#: One text value (a description, a biography...), in UTF-8 bytes: a long novel fits.
MAX_TEXT_BYTES = 4 * 1024 * 1024
#: One persona photo or storyboard picture, in bytes (CX Designer stores them scaled down, a few kB).
MAX_PHOTO_BYTES = 16 * 1024 * 1024
#: Rows per table: a hundred times more than any real project needs.
MAX_ROWS = {
    "project": 1, "channel": 10_000, "department": 10_000, "persona": 10_000, "journey_map": 1_000,
    "map_persona": 100_000, "stage": 100_000, "touchpoint": 200_000, "rating": 2_000_000, "target_rating": 2_000_000,
    "goal": 200_000,
    "pain_point": 200_000, "pain_point_touchpoint": 1_000_000, "positive_moment": 200_000, "action": 200_000,
    "note": 200_000, "survey": 10_000, "survey_question": 200_000, "survey_answer": 5_000_000,
    "custom_lane": 10_000, "lane_cell": 2_000_000, "comment": 200_000, "revision": 100_000, "revision_parent": 200_000,
}
#: SQLite's own limits on a connection that reads a file: no value longer than a photo may be
#: (nor a text), no attached databases, short SQL.
SQLITE_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_PHOTO_BYTES,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
    sqlite3.SQLITE_LIMIT_COLUMN: 200,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 200,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 1,
    sqlite3.SQLITE_LIMIT_WORKER_THREADS: 0,
}


@dataclass(frozen=True)
class Problem:
    """What is wrong with a file's contents: ``damaged`` (broken) or over a limit (too big)."""

    damaged: bool
    phrase: str


def harden(db: sqlite3.Connection, *, read_only: bool = True) -> None:
    """SQLite's advice for untrusted databases, applied before the file's schema is first read.

    The schema's own SQL may not call functions with side effects (``trusted_schema``),
    cell sizes are checked as pages are read, defensive mode (Python 3.12+) forbids
    writes that could corrupt the file, and nothing can be attached.
    """
    db.execute("PRAGMA trusted_schema = OFF")
    db.execute("PRAGMA cell_size_check = ON")
    if hasattr(db, "setconfig"):  # Python 3.12+
        db.setconfig(sqlite3.SQLITE_DBCONFIG_DEFENSIVE, True)
    for limit, value in SQLITE_LIMITS.items():
        db.setlimit(limit, value)
    if read_only:
        db.execute("PRAGMA query_only = ON")


def content_problem(db: sqlite3.Connection) -> Problem | None:
    """The first thing wrong with the rows of ``db`` (types, counts, sizes, photos), or ``None``.

    One pass per table counts rows, finds values of the wrong storage type (SQLite lets
    any column hold anything) and measures the longest text and blob.
    """
    for table in SORTED_TABLES:
        count, wrong, longest_text, largest_blob = db.execute(_survey_query(table)).fetchone()
        if table.name == "project" and count != 1:
            return Problem(True, f"it holds {count} projects instead of one")
        if count > MAX_ROWS[table.name]:
            return Problem(False, f"it has {count:,} rows in {table.name}, "
                                  f"more than CX Designer accepts ({MAX_ROWS[table.name]:,})")
        if wrong:
            return Problem(True, f"wrong values in {table.name}")
        if (longest_text or 0) > MAX_TEXT_BYTES:
            return Problem(False, f"a text in {table.name} is {longest_text / 2**20:.1f} MB long, "
                                  f"more than CX Designer accepts ({MAX_TEXT_BYTES // 2**20} MB)")
        if (largest_blob or 0) > MAX_PHOTO_BYTES:
            return Problem(False, f"a photo is {largest_blob / 2**20:.0f} MB, "
                                  f"more than CX Designer accepts ({MAX_PHOTO_BYTES // 2**20} MB)")
    for (photo,) in db.execute("SELECT photo FROM persona WHERE photo IS NOT NULL"):
        problem = image_problem(photo)
        if problem:
            return Problem(False, f"a persona's photo {problem}")
    for (picture,) in db.execute("SELECT image FROM lane_cell WHERE image IS NOT NULL"):
        problem = image_problem(picture)
        if problem:
            return Problem(False, f"a storyboard picture {problem}")
    return None


def _survey_query(table: Table) -> str:
    """Storage types by comparison, which SQLite runs faster than ``typeof``: NULL sorts
    before numbers, numbers before text, text before any blob (``x''`` is the least blob).

    Numeric columns need no such pass: the model's rules check every number it carries
    (and ``position`` only orders rows). Text is measured in bytes, which needs no decoding.
    """
    wrong, texts, blobs = [], [], []
    for column in table.columns:
        name = f'"{column.name}"'
        if column.numeric:
            continue
        # A NULL in a NOT NULL column is caught by the test; it may leave that row unmeasured.
        size = "coalesce(length({}), 0)" if column.nullable else "length({})"
        if column.binary:
            test = f"{name} < x''"
            blobs.append(size.format(name))
        else:
            test = f"{name} < '' OR {name} >= x''"
            texts.append(size.format(f"CAST({name} AS BLOB)"))
        wrong.append(test if column.nullable else f"{name} IS NULL OR {test}")
    return (f'SELECT count(*), total({" OR ".join(wrong)}), max({_greatest(texts)}), max({_greatest(blobs)}) '
            f'FROM "{table.name}"')


def _greatest(terms: list[str]) -> str:
    """SQLite's many-argument ``max``, which needs two arguments or more."""
    if not terms:
        return "0"
    return terms[0] if len(terms) == 1 else f"max({', '.join(terms)})"
