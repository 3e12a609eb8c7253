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
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any

from cxdesigner.collector import collector_paused
from cxdesigner.model import KEYED_VALUES, JourneyMap, Project, RuleError
from cxdesigner.plain import clip

FORMAT = "cxdesigner-project"
#: 2: maps carry their lanes and spacing; 3: maps carry targets; 4: maps carry lanes of their own with their
#: cells, the projected line's choice, and actions a phase and a planned date; 5: maps carry review comments;
#: 6: surveys carry their wave and fieldwork period. Older versions still read, with defaults.
VERSION = 6
#: The keyed tables of a map (ratings, targets), written as lists: the field and the class of its entries.
KEYED = {kind.attribute: kind.cls for kind in KEYED_VALUES}
#: The longest integer read (a sample size is at most 19 digits; Python stops at 4,300, with internals).
MAX_DIGITS = 30


class JsonFormError(ValueError):
    """The JSON is not a project this version can read; ``str()`` says why, plainly."""


def to_json_dict(project: Project) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "project": to_plain(project)}


def dumps(project: Project) -> str:
    return json.dumps(to_json_dict(project), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def loads(text: str) -> Project:
    """Parse and check a project; ``JsonFormError`` for anything that is not one."""
    try:
        document = json.loads(text, parse_int=_whole_number, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise JsonFormError(f"This is not valid JSON (line {error.lineno}: {error.msg}).") from None
    except RecursionError:
        raise JsonFormError("This JSON is nested too deeply to be a CX Designer project.") from None
    return from_json_dict(document)


def _whole_number(text: str) -> int:
    """JSON integers as Python ints, refused past ``MAX_DIGITS`` (Python itself stops at 4,300, with internals)."""
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise JsonFormError(f"This JSON holds a number of {len(text):,} digits; CX Designer reads numbers of up to "
                            f"{MAX_DIGITS} digits.")
    return int(text)


def _no_constant(text: str) -> None:
    raise JsonFormError(f"This JSON holds {text}, which is not a number JSON allows.")


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
        with collector_paused():
            project = from_plain(Project, document.get("project"), "project")
            trouble = project.problems()
    except RecursionError:
        raise JsonFormError("This JSON is nested too deeply to be a CX Designer project.") from None
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
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: to_plain(v) for k, v in value.items()}
    return value


def from_plain(hint: Any, data: Any, where: str) -> Any:
    """Turn JSON ``data`` into ``hint``'s type; ``JsonFormError`` naming the place (from ``where``) of any fault."""
    try:
        return _converter(hint)(data)
    except _Bad as bad:
        place = where + "".join(reversed(bad.path))
        raise JsonFormError(f"This JSON project is malformed: {clip(place, 120)} {bad.what}.") from None


class _Bad(Exception):
    """A fault deep inside the document; each level adds its step to ``path`` on the way out."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what, self.path = what, []


@cache
def _converter(hint: Any) -> Callable[[Any], Any]:
    """A function turning JSON data into ``hint``'s type, made once per type (a big project has a million
    values: looking the type up for each was most of the time an import took)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [o for o in typing.get_args(hint) if o is not type(None)]
        inner = _converter(options[0]) if len(options) == 1 else _first_that_fits([_converter(o) for o in options])
        return inner if type(None) not in typing.get_args(hint) else (lambda d: None if d is None else inner(d))
    if hint is JourneyMap:
        return _journey_map
    if dataclasses.is_dataclass(hint):
        return _dataclass_converter(hint)
    if origin is list:
        return _list_converter(_converter(typing.get_args(hint)[0]))
    if origin is dict:
        return _dict_converter(_converter(typing.get_args(hint)[1]))
    if isinstance(hint, type) and issubclass(hint, Enum):
        return _enum_converter(hint)
    return _SCALARS[hint]


def _list_converter(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(data: Any) -> list:
        if not isinstance(data, list):
            raise _Bad("must be a list")
        out = []
        for index, value in enumerate(data):
            try:
                out.append(item(value))
            except _Bad as bad:
                bad.path.append(f"[{index}]")
                raise
        return out
    return convert


def _dict_converter(item: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def convert(data: Any) -> dict:
        if not isinstance(data, dict):
            raise _Bad("must be an object")
        out = {}
        for key, value in data.items():
            try:
                out[key] = item(value)
            except _Bad as bad:
                bad.path.append(f".{clip(key, 40)}")
                raise
        return out
    return convert


def _first_that_fits(options: list[Callable[[Any], Any]]) -> Callable[[Any], Any]:
    """For ``A | B`` (a map's lanes: a built-in lane's name, or the id of one of its own): the
    first reading that fits; the last one's fault when none does."""
    def convert(data: Any) -> Any:
        for option in options[:-1]:
            try:
                return option(data)
            except _Bad:
                pass
        return options[-1](data)
    return convert


def _enum_converter(kind: type[Enum]) -> Callable[[Any], Any]:
    members = {member.value: member for member in kind}
    choices = ", ".join(members)

    def convert(data: Any) -> Enum:
        member = members.get(data) if isinstance(data, str) else None
        if member is None:
            raise _Bad(f"must be one of: {choices}")
        return member
    return convert


@cache
def _dataclass_converter(cls: type) -> Callable[[Any], Any]:
    hints = typing.get_type_hints(cls)
    fields = dataclasses.fields(cls)
    converters = {f.name: _converter(hints[f.name]) for f in fields}
    allowed = converters.keys()
    required = {f.name for f in fields if f.default is dataclasses.MISSING
                and f.default_factory is dataclasses.MISSING}

    def convert(data: Any) -> Any:
        if type(data) is not dict:
            raise _Bad("must be an object")
        keys = data.keys()
        if not (keys <= allowed and required <= keys):
            unknown = sorted(clip(k, 40) for k in keys - allowed)
            if unknown:
                raise _Bad(f"has unknown fields: {', '.join(unknown[:5])}{', …' if len(unknown) > 5 else ''}")
            raise _Bad(f"lacks {', '.join(sorted(required - keys))}")
        try:
            values = {name: converters[name](value) for name, value in data.items()}
        except _Bad:
            _name_the_field(data)
        try:
            return cls(**values)
        except RuleError as error:
            raise _Bad(f"is refused ({str(error).rstrip('.')})") from None

    def _name_the_field(data: dict) -> None:
        """Run again, field by field, to say which one is wrong (only ever on the way to a refusal)."""
        for name, value in data.items():
            try:
                converters[name](value)
            except _Bad as bad:
                bad.path.append(f".{name}")
                raise
    return convert


def _journey_map(data: Any) -> JourneyMap:
    """A map, whose ratings and targets are lists in JSON and keyed tables in the model."""
    if not isinstance(data, dict):
        raise _Bad("must be an object")
    keyed = {}
    for name, cls in KEYED.items():
        if isinstance(data.get(name), list):
            try:
                keyed[name] = _list_converter(_converter(cls))(data[name])
            except _Bad as bad:
                bad.path.append(f".{name}")
                raise
    jmap = _dataclass_converter(JourneyMap)({**data, **{name: {} for name in keyed}})
    for name, entries in keyed.items():
        setattr(jmap, name, {entry.key: entry for entry in entries})
    return jmap


def _text(data: Any) -> str:
    if not isinstance(data, str):
        raise _Bad("must be text")
    return data


def _whole(data: Any) -> int:
    if not isinstance(data, int) or isinstance(data, bool):
        raise _Bad("must be a whole number")
    return data


def _number(data: Any) -> float:
    if type(data) is float:
        return data
    if type(data) is not int:
        raise _Bad("must be a number")
    return float(data)


def _photo(data: Any) -> bytes:
    if not isinstance(data, str):
        raise _Bad("must be text")
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):  # ValueError: a character beyond ASCII
        raise _Bad("is not valid base64") from None


def _moment(data: Any) -> datetime:
    if not isinstance(data, str):
        raise _Bad("must be text")
    try:
        return datetime.fromisoformat(data)
    except ValueError:
        raise _Bad("is not a date and time (ISO 8601, such as 2024-05-01T09:30)") from None


def _day(data: Any) -> date:
    if not isinstance(data, str):
        raise _Bad("must be text")
    try:
        return date.fromisoformat(data)
    except ValueError:
        raise _Bad("is not a date (ISO 8601, such as 2027-03-31)") from None


def _flag(data: Any) -> bool:
    if not isinstance(data, bool):
        raise _Bad("must be true or false")
    return data


_SCALARS: dict[Any, Callable[[Any], Any]] = {str: _text, int: _whole, float: _number, bytes: _photo,
                                             datetime: _moment, date: _day, bool: _flag}
