"""The mapping between model objects and table rows, both ways.

A column with the same name as a dataclass field carries it; positions, map
ids and the link tables are written here. ORM objects never appear: rows are
plain dicts and tuples, the fastest path SQLAlchemy Core offers.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from enum import Enum
from functools import cache
from operator import attrgetter
from typing import Any

from cxdesigner import __version__
from cxdesigner.model import (
    Action, ActionStatus, Channel, Comment, CustomLane, Department, Goal, JourneyMap, Lane, LaneCell, Note,
    RATING, TARGET, KeyedValue, PainPoint, Persona, PositiveMoment, Project, SatisfactionScale, Spacing, Stage,
    SurveyAnswer, SurveyDataset, Touchpoint,
)
from cxdesigner.storage import tables as s
from cxdesigner.storage.table_facts import Table

#: Map-level tables, in writing order, with the dataclass and map attribute they hold.
MAP_TABLES = [(s.stage, Stage, "stages"), (s.touchpoint, Touchpoint, "touchpoints"),
              (s.goal, Goal, "goals"), (s.pain_point, PainPoint, "pain_points"),
              (s.positive_moment, PositiveMoment, "positive_moments"), (s.action, Action, "actions"),
              (s.note, Note, "notes"), (s.custom_lane, CustomLane, "custom_lanes"), (s.lane_cell, LaneCell, "cells"),
              (s.comment, Comment, "comments")]
PROJECT_TABLES = [(s.channel, Channel, "channels"), (s.department, Department, "departments"),
                  (s.persona, Persona, "personas")]
#: The table of each keyed value (per touchpoint and persona), its columns the dataclass's fields.
KEYED_TABLES = [(s.rating, RATING), (s.target_rating, TARGET)]


def _shared(table: Table, cls: type) -> list[str]:
    fields = {f.name for f in dataclasses.fields(cls)}
    return [c.name for c in table.columns if c.name in fields]


@cache
def _hints(cls: type) -> dict[str, Any]:
    """The fields' types of ``cls``, worked out once: each call reads every annotation again."""
    return typing.get_type_hints(cls)


@cache
def _kind(cls: type, name: str) -> type | None:
    """The enum, date, datetime or flag a field of ``cls`` holds (stored as text, or 0/1), or ``None``."""
    hint = _hints(cls)[name]
    options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
    for option in options:
        if isinstance(option, type) and (issubclass(option, Enum) or issubclass(option, date) or option is bool):
            return option
    return None


def _decoder(cls: type, name: str) -> Callable[[Any], Any]:
    """Text back to the field's enum member, date or datetime, 0 or 1 back to a flag (``None`` stays ``None``)."""
    kind = _kind(cls, name)
    if kind is bool:
        return {0: False, 1: True}.__getitem__  # anything else is damage
    if issubclass(kind, Enum):
        members = {m.value: m for m in kind}
        members[None] = None
        return members.__getitem__  # KeyError for an unknown value: the file is damaged
    return lambda text: None if text is None else kind.fromisoformat(text)


def _lanes(text: str) -> list[Lane | str]:
    """A map's lanes column: built-in lanes by name, the map's own lanes by id."""
    names = {lane.value: lane for lane in Lane}
    return [names.get(token, token) for token in text.split(",") if token]


def _rows_of(items: list, names: list[str], **extra: Any) -> list[dict[str, Any]]:
    """Plain dicts for ``items``; enums bind as the text they are, dates become ISO text."""
    get = attrgetter(*names)
    dated = [n for n in names if items and _kind(type(items[0]), n) in (date, datetime)]
    rows = []
    for position, item in enumerate(items):
        row = dict(zip(names, get(item)))
        for name in dated:
            if row[name] is not None:
                row[name] = row[name].isoformat()
        row.update(extra, position=position)
        rows.append(row)
    return rows


def to_rows(project: Project) -> dict[Table, list[dict[str, Any]] | list[tuple]]:
    """Every row of the file, table by table, in an order the foreign keys accept: dicts by column
    name, or (survey answers) tuples in the table's column order."""
    rows: dict[Table, list[dict[str, Any]]] = defaultdict(list)
    rows[s.project].append({"id": project.id, "name": project.name,
                            "description": project.description, "saved_by": f"CX Designer {__version__}"})
    for table, cls, attribute in PROJECT_TABLES:
        rows[table] = _rows_of(getattr(project, attribute), _shared(table, cls))
    map_names = _shared(s.journey_map, JourneyMap)
    keyed_names = [(table, kind, _shared(table, kind.cls)) for table, kind in KEYED_TABLES]
    for position, jmap in enumerate(project.maps):
        scale = {f"scale_{f.name}": getattr(jmap.scale, f.name) for f in dataclasses.fields(SatisfactionScale)}
        (row,) = _rows_of([jmap], map_names, **scale)
        rows[s.journey_map].append({**row, "position": position, "lanes": ",".join(jmap.lanes),
                                    "projected_statuses": ",".join(jmap.projected_statuses)})
        rows[s.map_persona] += [{"map_id": jmap.id, "persona_id": p, "position": i}
                                for i, p in enumerate(jmap.persona_ids)]
        for table, cls, attribute in MAP_TABLES:
            rows[table] += _rows_of(getattr(jmap, attribute), _shared(table, cls), map_id=jmap.id)
        rows[s.pain_point_touchpoint] += [{"pain_point_id": p.id, "touchpoint_id": t, "position": i}
                                          for p in jmap.pain_points for i, t in enumerate(p.touchpoint_ids)]
        for table, kind, names in keyed_names:
            get = attrgetter(*names)
            rows[table] += [dict(zip(names, get(value))) for value in kind.table(jmap).values()]
    rows[s.survey] = _rows_of(project.surveys, _shared(s.survey, SurveyDataset))
    # Answers are most rows of a big file: tuples in the table's column order, not dicts.
    answer = attrgetter(*(c.name for c in s.survey_answer.columns if c.name not in ("survey_id", "position")))
    for survey in project.surveys:
        rows[s.survey_question] += [{"survey_id": survey.id, "question": q, "touchpoint_id": t, "position": i}
                                    for i, (q, t) in enumerate(survey.question_touchpoints.items())]
        rows[s.survey_answer] += [(survey.id, position, *answer(a)) for position, a in enumerate(survey.answers)]
    return rows


#: ``fetch(table, columns=None)``: the table's rows (those columns only, if named), by position.
Fetch = Callable[..., Iterable[Any]]


def from_rows(fetch: Fetch) -> Project:
    """Build a project from the rows ``fetch`` yields."""

    def build(table: Table, cls: type) -> list[tuple[Any, Any]]:
        """``(map id or None, object)`` per row; only enum and date columns need decoding."""
        names = _shared(table, cls)
        extra = ["map_id"] if "map_id" in table.names and "map_id" not in names else []
        decoders = [(n, _decoder(cls, n)) for n in names if _kind(cls, n) is not None]
        built = []
        for row in fetch(table, names + extra):
            values = dict(zip(names, row))
            for name, decode in decoders:
                values[name] = decode(values[name])
            built.append((row[-1] if extra else values.get("map_id"), cls(**values)))
        return built

    (head,) = list(fetch(s.project))
    lists = {attribute: [item for _, item in build(table, cls)] for table, cls, attribute in PROJECT_TABLES}
    maps: list[JourneyMap] = []
    by_id: dict[str, JourneyMap] = {}
    for row in fetch(s.journey_map):
        scale = SatisfactionScale(row.scale_low, row.scale_high, row.scale_step,
                                  row.scale_low_label, row.scale_high_label)
        jmap = JourneyMap(id=row.id, name=row.name, description=row.description, scale=scale,
                          lanes=_lanes(row.lanes), spacing=Spacing(row.spacing),
                          projected_statuses=[ActionStatus(v) for v in row.projected_statuses.split(",") if v],
                          projected_until=None if row.projected_until is None
                          else date.fromisoformat(row.projected_until))
        maps.append(jmap)
        by_id[jmap.id] = jmap
    for row in fetch(s.map_persona):
        by_id[row.map_id].persona_ids.append(row.persona_id)
    pains: dict[str, PainPoint] = {}
    for table, cls, attribute in MAP_TABLES:
        for map_id, item in build(table, cls):
            getattr(by_id[map_id], attribute).append(item)
            if isinstance(item, PainPoint):
                pains[item.id] = item
    for row in fetch(s.pain_point_touchpoint):
        pains[row.pain_point_id].touchpoint_ids.append(row.touchpoint_id)
    for table, kind in KEYED_TABLES:
        _keyed_values(fetch, table, kind, maps)
    surveys = {survey.id: survey for _, survey in build(s.survey, SurveyDataset)}
    for row in fetch(s.survey_question):
        surveys[row.survey_id].question_touchpoints[row.question] = row.touchpoint_id
    answer_names = _shared(s.survey_answer, SurveyAnswer)
    new = object.__new__  # a million answers: no keyword __init__ each, no namespace per row
    for survey_id, *values in fetch(s.survey_answer, ["survey_id", *answer_names]):
        answer = new(SurveyAnswer)
        for name, value in zip(answer_names, values):
            setattr(answer, name, value)
        surveys[survey_id].answers.append(answer)
    return Project(id=head.id, name=head.name, description=head.description, maps=maps,
                   surveys=list(surveys.values()), **lists)


def _keyed_values(fetch: Fetch, table: Table, kind: KeyedValue, maps: list[JourneyMap]) -> None:
    """Each row of a keyed value's table into the map of its touchpoint, under its key.

    Ratings are most of a large file's rows: each is made in one positional call (the table's
    columns follow the dataclass's fields), only enum columns (a rating's evidence) decoded.
    """
    owner = {}
    for jmap in maps:
        values = kind.table(jmap)
        owner.update(dict.fromkeys((t.id for t in jmap.touchpoints), values))
    names = _shared(table, kind.cls)
    decoders = [(i, _decoder(kind.cls, name)) for i, name in enumerate(names) if _kind(kind.cls, name) is not None]
    build = kind.cls
    for row in fetch(table, names):
        if decoders:
            row = list(row)
            for i, decode in decoders:
                row[i] = decode(row[i])
        owner[row[0]][(row[0], row[1])] = build(*row)
