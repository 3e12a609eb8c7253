"""A team library: a project file, on a shared drive, whose personas, channels,
departments and maps a team shares.

The library is an ordinary ``.cxd`` file: it is read like any project (as untrusted,
through every check) and written like one (under its lock, atomically, refused when it
changed on disk since it was read), so a colleague's library is never half-written or
silently overwritten.

An item copied from the library gets a fresh id that is also its link: a UUID derived
from the project's id, the library's (path-independent) project id and the item's id in
the library. So the link needs no field in the model and no change to the file format;
it survives Save As, JSON and moving the library to another drive, and the library item
is found again by deriving the id of each of its items. An item published to the library
from a project keeps its own id there, which links it too.
"""

from __future__ import annotations

import dataclasses
import os
import uuid
from pathlib import Path

from cxdesigner.model import Channel, Department, Persona, Project
from cxdesigner.model.base import Entity
from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.lock import acquire
from cxdesigner.storage.reader import open_project, read_project
from cxdesigner.storage.writer import save_project

#: What a library shares, and the project's list each lives in.
SHARED = {Persona: "personas", Channel: "channels", Department: "departments"}

#: The namespace of the ids that link a copy to its library item (a fixed, random UUID).
_LINKS = uuid.UUID("6c4f0a52-3e1d-4b8e-9a57-0d6b1f2c9e41")


def read_library(path: str | os.PathLike) -> Project:
    """The library's project, read as untrusted as any file; ``ProjectFileError`` (one sentence)
    when it cannot be reached or is damaged."""
    return open_project(path)


def linked_id(project_id: str, library_id: str, library_item_id: str) -> str:
    """The id a copy of ``library_item_id`` gets in project ``project_id``: fresh, and the link back."""
    return str(uuid.uuid5(_LINKS, f"{project_id}\n{library_id}\n{library_item_id}"))


def shared_items(library: Project, kind: type) -> list[Entity]:
    """The library's items of one kind (``Persona``, ``Channel`` or ``Department``)."""
    return list(getattr(library, SHARED[kind]))


def source_of(project: Project, library: Project, item: Entity) -> Entity | None:
    """The library item that ``item`` (of ``project``) came from or was published as, or ``None``."""
    for candidate in shared_items(library, type(item)):
        if item.id in (candidate.id, linked_id(project.id, library.id, candidate.id)):
            return candidate
    return None


def in_project(project: Project, library: Project, library_item: Entity) -> Entity | None:
    """The copy of ``library_item`` that ``project`` already holds, or ``None``."""
    for item in getattr(project, SHARED[type(library_item)]):
        if item.id in (library_item.id, linked_id(project.id, library.id, library_item.id)):
            return item
    return None


def copy_for(project: Project, library: Project, library_item: Entity) -> Entity:
    """A copy of ``library_item`` to add to ``project``, with its fresh, linking id."""
    return dataclasses.replace(library_item, id=linked_id(project.id, library.id, library_item.id))


def content(item: Entity) -> dict:
    """Every field of an item but its id: what a library version brings and a publication sends."""
    return {f.name: getattr(item, f.name) for f in dataclasses.fields(item) if f.name != "id"}


def changes_from(item: Entity, library_item: Entity) -> dict:
    """The fields in which ``item`` differs from its library version (empty: it is up to date)."""
    theirs = content(library_item)
    return {name: value for name, value in theirs.items() if getattr(item, name) != value}


def publish(project: Project, item: Entity, path: str | os.PathLike) -> bool:
    """Send ``item`` of ``project`` to the library at ``path``: replace its library version, or add it.

    Returns True when it was added, False when it replaced one. The library is locked for the
    read-change-save (``FileInUse`` when a colleague has it open), read with its stamp and
    saved atomically only if it is unchanged on disk (``FileChangedError`` otherwise); every
    failure is a ``ProjectFileError`` of one sentence, and then nothing was written.
    """
    path = Path(path)
    lock = acquire(path)
    try:
        opened = read_project(path)
        library = opened.project
        source = source_of(project, library, item)
        if source is not None:
            changes = changes_from(source, item)
            if changes:
                library.update(source.id, **changes)
        elif library.lookup(item.id) is not None:
            raise ProjectFileError(f"{path.name} already holds something else with this item's id.")
        else:
            library.add(dataclasses.replace(item))
        save_project(library, path, if_unchanged=opened.stamp, history=opened.history)
    except ValueError as error:  # the library's rules refused the item
        raise ProjectFileError(f"{path.name} cannot take it: {error}") from None
    finally:
        lock.release()
    return source is None
