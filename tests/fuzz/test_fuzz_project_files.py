"""Project files mutated the ways a broken disk, a hand edit or a hostile tool would: bit flips,
truncations, every column set to every SQLite type and extreme value, schema objects added.
Each opens as a sound, drawable project or is refused in one sentence, the file byte for
byte unchanged and nothing created beside it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from fuzz_harness import EXAMPLES, assert_drawable, check_run, cli, plain_message
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import SurveyAnswer, SurveyDataset
from cxdesigner.storage import ProjectFileError, open_project, save_project
from cxdesigner.storage.schema import metadata

EXTREMES = [None, "", "x" * 1000, "\x1b[2J", "survey\x00", 1e308, -1e308, float("inf"), 9223372036854775807,
            -2**63, 0, -1, 0.5, b"", b"\x00\xff", "#zzzzzz", "2024-13-45"]
COLUMNS = [(table.name, column.name) for table in metadata.sorted_tables for column in table.columns]
SCHEMA_OBJECTS = [
    "CREATE INDEX e ON survey_answer (length(printf('%.*c', 1000, respondent)))",
    "CREATE INDEX p ON touchpoint (title) WHERE title > ''",
    "CREATE VIEW v AS SELECT * FROM note",
    "CREATE TRIGGER t AFTER UPDATE ON note BEGIN SELECT 1; END",
    "ALTER TABLE note ADD COLUMN g TEXT GENERATED ALWAYS AS (upper(text)) VIRTUAL",
    "ALTER TABLE note ADD COLUMN plain TEXT",
    "CREATE TABLE stats (x)",
    "DROP TABLE positive_moment",
    "ALTER TABLE stage RENAME COLUMN color TO colour",
    ("PRAGMA writable_schema = ON", "UPDATE sqlite_master SET sql = replace(sql, 'text TEXT NOT NULL', "
     "'text TEXT NOT NULL CHECK (length(text) >= 0)') WHERE name = 'note'"),
]


def _good(folder: Path) -> Path:
    project = load_template("hotel")
    jmap = project.maps[0]
    project.surveys.append(SurveyDataset(
        name="Answers", map_id=jmap.id, question_touchpoints={"Q": jmap.touchpoints[0].id},
        answers=[SurveyAnswer(respondent=str(i), question="Q", value=float(1 + i % 5)) for i in range(20)]))
    path = folder / "good.cxd"
    save_project(project, path)
    return path


GOOD = _good(Path(tempfile.mkdtemp(prefix="cx-fuzz-")))


def _opens_or_refuses(path: Path, full: bool = False) -> str | None:
    """Open ``path``; the refusal's sentence, or ``None`` for a sound, drawable project."""
    before, listing = path.read_bytes(), sorted(os.listdir(path.parent))
    try:
        project = open_project(path, full_check=full)
    except ProjectFileError as error:
        return plain_message(error)
    finally:
        assert path.read_bytes() == before and sorted(os.listdir(path.parent)) == listing
    assert_drawable(project)
    return None


def _edited(folder: Path, *statements: str, parameters=()) -> Path:
    path = folder / "edited.cxd"
    shutil.copy(GOOD, path)
    db = sqlite3.connect(path)
    try:
        for statement in statements:
            db.execute(statement, parameters if "?" in statement else ())
        db.commit()
    finally:
        db.close()
    return path


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 7)), min_size=1, max_size=8), st.booleans())
def test_bit_flips_and_cuts_open_or_refuse(flips, full):
    data = bytearray(GOOD.read_bytes())
    for offset, bit in flips:
        data[offset % len(data)] ^= 1 << bit
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "flipped.cxd"
        path.write_bytes(bytes(data[: flips[0][0] % (len(data) + 1)] if flips[0][1] == 7 else data))
        _opens_or_refuses(path, full)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(COLUMNS), st.sampled_from(EXTREMES), st.booleans())
def test_any_cell_set_to_any_value_opens_or_refuses(column, value, every_row):
    table, name = column
    where = "" if every_row else f' WHERE rowid = (SELECT min(rowid) FROM "{table}")'
    with tempfile.TemporaryDirectory() as folder:
        try:
            path = _edited(Path(folder), f'UPDATE "{table}" SET "{name}" = ?{where}', parameters=(value,))
        except sqlite3.IntegrityError:
            return  # a key made twice: SQLite itself refused the edit
        _opens_or_refuses(path)


@pytest.mark.parametrize("statement", SCHEMA_OBJECTS)
def test_schema_objects_are_refused_in_one_sentence(statement, tmp_path):
    statements = statement if isinstance(statement, tuple) else (statement,)
    message = _opens_or_refuses(_edited(tmp_path, *statements), full=True)
    assert message is not None and ("CX Designer files never do" in message or "damaged" in message), statement


def test_every_column_and_extreme_value_through_check(tmp_path):
    """Every column set to a few extreme values, all checked by one real ``check --full``."""
    paths = []
    for index, (table, name) in enumerate(COLUMNS):
        for value in EXTREMES[index % 5::5]:
            folder = tmp_path / f"{index}-{value!r}"[:60].replace("/", "_")
            folder.mkdir()
            try:
                paths.append(_edited(folder, f'UPDATE "{table}" SET "{name}" = ?', parameters=(value,)))
            except sqlite3.IntegrityError:
                continue
    before = {path: path.read_bytes() for path in paths}
    run = cli("check", "--full", *paths, timeout=120)
    assert run.code in (0, 1) and "Traceback" not in run.stderr and "unexpected" not in run.stderr
    lines = run.stderr.splitlines()
    assert all(line.isprintable() and len(line) <= 400 for line in lines)
    assert len(lines) + run.stdout.count(b": ok\n") == len(paths)
    assert all(path.read_bytes() == data for path, data in before.items())
    check_run(cli("info", paths[0]))
