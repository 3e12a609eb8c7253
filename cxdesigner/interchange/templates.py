"""Templates: JSON projects to start from, shipped in ``resources/templates`` or the user's own.

A template's ids are only labels: every project made from one gets fresh
UUIDs, so two projects from the same template never share an id. The user's
templates (``user_templates.py``) are listed after the bundled ones, under the
names of their files.
"""

from __future__ import annotations

import json
import uuid
from importlib import resources
from typing import Any

from cxdesigner.interchange import user_templates
from cxdesigner.interchange.json_form import from_json_dict, to_json_dict
from cxdesigner.model import Project


def _folder():
    return resources.files("cxdesigner.resources") / "templates"


def bundled_names() -> list[str]:
    """Names of the bundled templates, ``blank`` first."""
    names = sorted(p.name.removesuffix(".json") for p in _folder().iterdir() if p.name.endswith(".json"))
    return sorted(names, key=lambda n: n != "blank")


def template_names() -> list[str]:
    """Names of the bundled templates, ``blank`` first, then the user's own."""
    bundled = bundled_names()
    return bundled + [key for key in user_templates.user_template_keys() if key not in bundled]


def is_user_template(name: str) -> bool:
    return name not in bundled_names() and name in user_templates.user_template_keys()


def template_title(name: str) -> str:
    """The name a person reads: a user template's own name, a bundled one's made from its file name.
    Raises ``TemplateError`` for a user template that cannot be read."""
    if is_user_template(name):
        return user_templates.load_user_template(name).name
    return name.replace("-", " ").capitalize()


def template_summary(name: str) -> str:
    """The template's one-line description (the first line of its project description)."""
    lines = (_read(name)["project"].get("description") or "").strip().splitlines()
    return lines[0] if lines else ""


def load_template(name: str) -> Project:
    """A new project built from template ``name``, with fresh ids throughout."""
    document = _read(name)
    return from_json_dict(_fresh_ids(document))


def _read(name: str) -> dict[str, Any]:
    if name in bundled_names():
        return json.loads((_folder() / f"{name}.json").read_text(encoding="utf-8"))
    if name in user_templates.user_template_keys():
        return to_json_dict(user_templates.load_user_template(name))  # read as untrusted, every rule checked
    raise KeyError(f"There is no template called '{name}'. Choose one of: {', '.join(template_names())}.")


def with_fresh_ids(project: Project, given: dict[str, str] | None = None) -> Project:
    """A copy of ``project`` with fresh ids throughout, except the replacements ``given``
    (old id -> new id), which are used as they are."""
    return from_json_dict(_fresh_ids(to_json_dict(project), given))


def _fresh_ids(document: dict[str, Any], given: dict[str, str] | None = None) -> dict[str, Any]:
    """Replace every id, and every reference to one, with a new UUID (or the one ``given``).

    References are the fields named ``id``, ``*_id`` and ``*_ids``, the values of
    ``question_touchpoints`` and the ids among a map's ``lanes`` (its own lanes; the
    built-in ones are names); ordinary text is never touched.
    """
    fresh: dict[str, str] = dict(given or {})
    ids: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            ids.update(v for k, v in node.items() if k == "id" and isinstance(v, str))
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    def is_reference(key: str) -> bool:
        return key == "id" or key.endswith(("_id", "_ids")) or key == "question_touchpoints"

    def swap(value: Any) -> Any:
        if isinstance(value, str):
            return fresh.setdefault(value, str(uuid.uuid4()))
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        return value

    def lanes(value: Any) -> Any:
        return [swap(v) if v in ids else v for v in value] if isinstance(value, list) else value

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {key: swap(value) if is_reference(key) else lanes(value) if key == "lanes" else walk(value)
                    for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value) for value in node]
        return node

    collect(document["project"])
    return {**document, "project": walk(document["project"])}
