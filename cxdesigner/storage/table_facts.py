"""A table of the project file as plain facts: its name, columns, key and ``CREATE`` statement.

Opening a file needs only these, and plain ``sqlite3``: ``schema.py`` declares the
tables with SQLAlchemy (which saving uses), ``tables.py`` holds the same tables as
these facts, generated from ``schema.py`` (``generate_tables.py``), so that opening
a file never imports SQLAlchemy. A test fails when the two drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Declared types that hold numbers, and the one that holds bytes; any other holds text.
NUMBERS = frozenset({"FLOAT", "INTEGER"})
BYTES = "BLOB"


@dataclass(frozen=True)
class Column:
    """A column as SQLite declares it: ``type`` is the declared type (``VARCHAR``, ``FLOAT``...)."""

    name: str
    type: str
    nullable: bool

    @property
    def numeric(self) -> bool:
        return self.type in NUMBERS

    @property
    def binary(self) -> bool:
        return self.type == BYTES


@dataclass(frozen=True, eq=False)  # one object per table, used as a key of rows: hashed by identity
class Table:
    """A table of the file: its columns in order, its primary key's columns, the SQL that creates it."""

    name: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    create: str

    @property
    def names(self) -> tuple[str, ...]:
        """The columns' names, in order."""
        return tuple(column.name for column in self.columns)

    def __repr__(self) -> str:
        return f"Table({self.name!r})"
