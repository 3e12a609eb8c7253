"""``tables.py``, the plain facts opening reads, is exactly what ``schema.py`` declares.

Opening a file never imports SQLAlchemy: it reads the tables' names, columns and
statements from the generated ``tables.py``. If ``schema.py`` changes and the module
is not generated again, these tests fail (``python -m cxdesigner.storage.generate_tables``).
"""

import sqlite3
from pathlib import Path

from cxdesigner.model import Project
from cxdesigner.storage import save_project
from cxdesigner.storage import generate_tables, tables


def test_the_generated_tables_are_those_of_the_schema():
    assert Path(tables.__file__).read_text(encoding="utf-8") == generate_tables.source(), (
        "tables.py is stale: run python -m cxdesigner.storage.generate_tables")


def test_a_saved_file_has_the_tables_opening_expects(tmp_path):
    path = tmp_path / "empty.cxd"
    save_project(Project(name="Empty"), path)
    db = sqlite3.connect(path)
    try:
        found = {name: [(column, declared, not notnull) for _, column, declared, notnull, *_ in
                        db.execute(f'PRAGMA table_info("{name}")')]
                 for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = db.execute("PRAGMA user_version").fetchone()[0]
    finally:
        db.close()
    assert version == tables.SCHEMA_VERSION
    assert found == {table.name: [(c.name, c.type, c.nullable) for c in table.columns]
                     for table in tables.SORTED_TABLES}
