"""Templates: JSON projects to start from, shipped in ``resources/templates`` or the user's own.

A template's ids are only labels: every project made from one gets fresh
UUIDs, so two projects from the same template never share an id. The user's
templates (``user_templates.py``) are listed after the bundled ones, under the
names of their files.

Each template is written once, in English, with its pictures; ``i18n/<name>.<language>.json``
gives its texts in another language (``{"texts": {English: translation}}``), laid over the
English one when the project is made, so every language has the same map, ids and pictures.
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


def template_languages(name: str) -> list[str]:
    """The languages template ``name`` is written in: ``en`` first, then those of its translations.
    A user's own template is offered only as it was written (``en`` stands for that)."""
    prefix = f"{name}."
    folder = _folder() / "i18n"
    if is_user_template(name) or not folder.is_dir():
        return ["en"]
    found = sorted(p.name[len(prefix):-len(".json")] for p in folder.iterdir()
                   if p.name.startswith(prefix) and p.name.endswith(".json"))
    return ["en", *found]


def template_title(name: str, language: str = "en") -> str:
    """The name a person reads: a user template's own name, a bundled one's made from its file name
    ("Bank account"), in ``language`` when it has one.
    Raises ``TemplateError`` for a user template that cannot be read."""
    if is_user_template(name):
        return user_templates.load_user_template(name).name
    english = name.replace("-", " ").capitalize()
    if language == "en" or language not in template_languages(name):
        return english
    return str(_overlay(name, language).get("title") or english)


def _overlay(name: str, language: str) -> dict[str, Any]:
    return json.loads((_folder() / "i18n" / f"{name}.{language}.json").read_text(encoding="utf-8"))


def template_summary(name: str, language: str = "en") -> str:
    """The template's one-line description (the first line of its project description)."""
    lines = (_read(name, language)["project"].get("description") or "").strip().splitlines()
    return lines[0] if lines else ""


def load_template(name: str, language: str = "en") -> Project:
    """A new project built from template ``name``, in ``language`` when it is written in it, with fresh ids."""
    document = _read(name, language)
    return from_json_dict(_fresh_ids(document))


def best_language(name: str, wanted: str) -> str:
    """``wanted`` ("pt_BR", "de") when the template has it, or its bare language ("pt"), else English."""
    languages = template_languages(name)
    for code in (wanted, wanted.split("_")[0]):
        if code in languages:
            return code
    return next((code for code in languages if code.split("_")[0] == wanted.split("_")[0]), "en")


def _read(name: str, language: str = "en") -> dict[str, Any]:
    if name in bundled_names():
        document = json.loads((_folder() / f"{name}.json").read_text(encoding="utf-8"))
    elif name in user_templates.user_template_keys():
        document = to_json_dict(user_templates.load_user_template(name))  # read as untrusted, every rule checked
    else:
        raise KeyError(f"There is no template called '{name}'. Choose one of: {', '.join(template_names())}.")
    if language == "en":
        return document
    if language not in template_languages(name):
        raise KeyError(f"The template '{name}' is not written in '{language}'. "
                       f"Choose one of: {', '.join(template_languages(name))}.")
    texts = _overlay(name, language)["texts"]
    return {**document, "project": translated(document["project"], texts)}


#: Fields whose values are names the program knows (kinds, colours, choices) or dates, never prose.
NOT_TEXT = {"format", "kind", "color", "icon", "priority", "status", "evidence", "emotion", "lanes", "image",
            "photo", "data", "question_touchpoints", "spacing", "source", "planned_on"}


def translated(node: Any, texts: dict[str, str], key: str = "") -> Any:
    """``node`` with every prose text found in ``texts`` replaced; ids and names the program knows kept."""
    if isinstance(node, dict):
        return {k: translated(v, texts, k) for k, v in node.items()}
    if isinstance(node, list):
        return [translated(v, texts, key) for v in node]
    if isinstance(node, str) and key not in NOT_TEXT and key != "id" and not key.endswith(("_id", "_ids")):
        return texts.get(node, node)
    return node


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
