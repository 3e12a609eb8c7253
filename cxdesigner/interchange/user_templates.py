"""Templates of the user's own: maps saved to start new projects from, kept in a folder.

Each is one file in the JSON form of ``json_form.py`` (like the bundled templates): a
project holding one map with its personas, and the channels and departments of the
project it came from. The template's name and description are the project's. The folder
is ``templates`` in the user's data folder, or the one ``CXDESIGNER_TEMPLATES`` names.
A template file is as untrusted as any JSON import: read through the bounded reader and
every rule of the model checked, refused in one sentence.
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path

from cxdesigner.atomic import write_atomically
from cxdesigner.inputs import InputError, describe_os_error, read_limited
from cxdesigner.interchange.json_form import JsonFormError, dumps, loads
from cxdesigner.model import Project

FOLDER_VARIABLE = "CXDESIGNER_TEMPLATES"
#: The largest template file read (room for a storyboard's pictures).
MAX_TEMPLATE_BYTES = 64 * 2**20
#: At most this many templates are listed from the folder.
MAX_TEMPLATES = 500
MAX_NAME = 80
SUFFIX = ".json"


class TemplateError(ValueError):
    """A template that cannot be read, saved, renamed or removed; ``str()`` says why in one sentence."""


def templates_folder() -> Path:
    """Where the user's templates live (not created until one is saved)."""
    chosen = os.environ.get(FOLDER_VARIABLE)
    if chosen:
        return Path(chosen)
    import platformdirs
    return Path(platformdirs.user_data_dir("cxdesigner", appauthor=False)) / "templates"


def user_template_keys() -> list[str]:
    """The file names (without ``.json``) of the user's templates, sorted."""
    try:
        entries = sorted(p for p in templates_folder().iterdir() if p.suffix == SUFFIX and p.is_file()
                         and not p.name.startswith("."))
    except OSError:
        return []
    return [p.stem for p in entries[:MAX_TEMPLATES]]


def read_template(path: str | os.PathLike) -> Project:
    """The project a template file holds, checked like any JSON import."""
    name = Path(path).name
    try:
        text = read_limited(path, MAX_TEMPLATE_BYTES, "template").decode("utf-8-sig")
    except InputError as error:
        raise TemplateError(str(error)) from None
    except UnicodeDecodeError:
        raise TemplateError(f"{name} is not UTF-8 text, which a template is.") from None
    try:
        project = loads(text)
    except JsonFormError as error:
        raise TemplateError(f"{name}: {error}") from None
    if len(project.maps) != 1:
        raise TemplateError(f"{name} holds {len(project.maps)} maps; a template holds one.")
    return project


def load_user_template(key: str) -> Project:
    return read_template(_path(key))


def template_from_map(project: Project, map_id: str, name: str, description: str = "") -> Project:
    """A template of one map: the map with its personas, and the project's channels and
    departments (its touchpoints' and actions' owners, and the ones to pick from). Review
    comments and surveys stay in the project."""
    name = _clean_name(name)
    jmap = copy.deepcopy(project.find(map_id))
    jmap.comments = []
    personas = [copy.deepcopy(project.find(p)) for p in jmap.persona_ids]
    template = Project(name=name, description=description.strip(), channels=copy.deepcopy(project.channels),
                       departments=copy.deepcopy(project.departments), personas=personas, maps=[jmap])
    trouble = template.problems()
    if trouble:
        raise TemplateError(f"This map cannot be a template: {trouble[0]}")
    return template


def save_template(template: Project) -> str:
    """Write ``template`` into the folder under a file name of its own; returns its key."""
    key = _free_key(_slug(template.name))
    _write(key, template)
    return key


def install_template(path: str | os.PathLike) -> str:
    """Copy a template file someone shared into the folder (after checking it); returns its key."""
    return save_template(read_template(path))


def rename_template(key: str, name: str) -> str:
    """Give a template a new name (its file follows it); returns its new key."""
    template = load_user_template(key)
    template.name = _clean_name(name)
    new = _slug(template.name)
    new = key if new == key else _free_key(new)
    _write(new, template)
    if new != key:
        delete_template(key)
    return new


def delete_template(key: str) -> None:
    try:
        _path(key).unlink()
    except FileNotFoundError:
        return
    except OSError as error:
        raise TemplateError(f"The template could not be deleted: {describe_os_error(error)}.") from None


def taken_keys() -> set[str]:
    """Keys no new template may take: the bundled templates' and the user's."""
    from cxdesigner.interchange.templates import bundled_names
    return {*bundled_names(), *user_template_keys()}


def _write(key: str, template: Project) -> None:
    folder = templates_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(folder / f"{key}{SUFFIX}", dumps(template).encode("utf-8"))
    except OSError as error:
        raise TemplateError(f"The template could not be saved in {folder}: {describe_os_error(error)}.") from None


def _path(key: str) -> Path:
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,79}", key):
        raise TemplateError(f"There is no template called '{key}'.")
    return templates_folder() / f"{key}{SUFFIX}"


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise TemplateError("A template needs a name.")
    if len(name) > MAX_NAME:
        raise TemplateError(f"A template's name has at most {MAX_NAME} characters.")
    return name


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60].strip("-")
    return slug or "template"


def _free_key(slug: str) -> str:
    taken = taken_keys()
    key, number = slug, 2
    while key in taken:
        key = f"{slug}-{number}"
        number += 1
    return key

