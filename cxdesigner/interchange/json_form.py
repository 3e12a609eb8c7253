"""The JSON form of a whole project, documented in ``docs/json-format.md``.

Every model field appears under its own name; photos are base64, dates ISO
8601, ratings and targets lists. The envelope names the format and its version so other
tools (and later versions of ours) know what they read.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import types
import typing
from datetime import datetime
from enum import Enum
from typing import Any

from cxdesigner.model import JourneyMap, Project, Rating, Target

FORMAT = "cxdesigner-project"
#: 2: maps carry their lanes and spacing; 3: maps carry targets. Older versions still read, with defaults.
VERSION = 3
#: The keyed tables of a map, written as lists: the field and the class of its entries.
KEYED = {"ratings": Rating, "targets": Target}


class JsonFormError(ValueError):
    """The JSON is not a project this version can read; ``str()`` says why, plainly."""


def to_json_dict(project: Project) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "project": to_plain(project)}


def dumps(project: Project) -> str:
    return json.dumps(to_json_dict(project), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def loads(text: str) -> Project:
    """Parse and check a project; ``JsonFormError`` for anything that is not one."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise JsonFormError(f"This is not valid JSON (line {error.lineno}: {error.msg}).") from None
    except RecursionError:
        raise JsonFormError("This JSON is nested too deeply to be a CX Designer project.") from None
    return from_json_dict(document)


def from_json_dict(document: Any) -> Project:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise JsonFormError("This JSON is not a CX Designer project.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise JsonFormError("This JSON project has no valid format version.")
    if version > VERSION:
        raise JsonFormError(f"This JSON project uses format version {version}; "
                            f"this CX Designer reads versions up to {VERSION}. Please update.")
    try:
        project = from_plain(Project, document.get("project"), "project")
    except JsonFormError:
        raise
    except (TypeError, ValueError, KeyError) as error:
        raise JsonFormError(f"This JSON project is malformed ({error}).") from None
    trouble = project.problems()
    if trouble:
        raise JsonFormError(f"This JSON project is inconsistent: {trouble[0]}")
    return project


def to_plain(value: Any) -> Any:
    if isinstance(value, JourneyMap):
        return {f.name: [to_plain(v) for v in getattr(value, f.name).values()] if f.name in KEYED
                else to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if dataclasses.is_dataclass(value):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def from_plain(hint: Any, data: Any, where: str) -> Any:
    """Turn JSON ``data`` into ``hint``'s type, naming ``where`` in any complaint."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(hint)
        if data is None and type(None) in options:
            return None
        return from_plain(next(o for o in options if o is not type(None)), data, where)
    if hint is JourneyMap and isinstance(data, dict):
        keyed = {name: [from_plain(cls, entry, f"{where}.{name}[{i}]") for i, entry in enumerate(data[name])]
                 for name, cls in KEYED.items() if isinstance(data.get(name), list)}
        jmap = _from_plain_dataclass(hint, {**data, **{name: {} for name in keyed}}, where)
        for name, entries in keyed.items():
            setattr(jmap, name, {entry.key: entry for entry in entries})
        return jmap
    if dataclasses.is_dataclass(hint):
        return _from_plain_dataclass(hint, data, where)
    if origin is list:
        _expect(data, list, where)
        (item,) = typing.get_args(hint)
        return [from_plain(item, v, f"{where}[{i}]") for i, v in enumerate(data)]
    if origin is dict:
        _expect(data, dict, where)
        _, item = typing.get_args(hint)
        return {k: from_plain(item, v, f"{where}.{k}") for k, v in data.items()}
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(data)
    if hint is bytes:
        _expect(data, str, where)
        try:
            return base64.b64decode(data, validate=True)
        except binascii.Error:
            raise JsonFormError(f"{where} is not valid base64.") from None
    if hint is datetime:
        _expect(data, str, where)
        return datetime.fromisoformat(data)
    if hint is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise JsonFormError(f"{where} must be a number.")
        return float(data)
    _expect(data, hint, where)
    return data


def _from_plain_dataclass(cls: type, data: Any, where: str) -> Any:
    _expect(data, dict, where)
    hints = typing.get_type_hints(cls)
    fields = {f.name for f in dataclasses.fields(cls)}
    unknown = set(data) - fields
    if unknown:
        raise JsonFormError(f"{where} has unknown fields: {', '.join(sorted(unknown))}.")
    values = {name: from_plain(hints[name], value, f"{where}.{name}") for name, value in data.items()}
    return cls(**values)


def _expect(data: Any, kind: type, where: str) -> None:
    if not isinstance(data, kind) or (kind is int and isinstance(data, bool)):
        raise JsonFormError(f"{where} must be {_NAMES.get(kind, kind.__name__)}.")


_NAMES = {dict: "an object", list: "a list", str: "text", int: "a whole number", bool: "true or false"}
