"""The mapping between model objects and table rows, both ways.

A column with the same name as a dataclass field carries it; positions, map
ids and the link tables are written here. ORM objects never appear: rows are
plain dicts and tuples, the fastest path SQLAlchemy Core offers.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from enum import Enum
from typing import Any

from sqlalchemy import Table

from cxdesigner import __version__
from cxdesigner.model import (
    Action, ActionStatus, Channel, ChannelKind, Department, Evidence, Goal, JourneyMap, Note,
    PainPoint, Persona, PositiveMoment, Priority, Project, Rating, SatisfactionScale, Stage,
    SurveyAnswer, SurveyDataset, Touchpoint,
)
from cxdesigner.storage import schema as s

#: Map-level tables, in writing order, with the dataclass and map attribute they hold.
MAP_TABLES = [(s.stage, Stage, "stages"), (s.touchpoint, Touchpoint, "touchpoints"),
              (s.goal, Goal, "goals"), (s.pain_point, PainPoint, "pain_points"),
              (s.positive_moment, PositiveMoment, "positive_moments"), (s.action, Action, "actions"),
              (s.note, Note, "notes")]
PROJECT_TABLES = [(s.channel, Channel, "channels"), (s.department, Department, "departments"),
                  (s.persona, Persona, "personas")]
#: Enum fields turned back from text on reading.
ENUMS = {"evidence": Evidence, "kind": ChannelKind, "priority": Priority, "status": ActionStatus}
DATES = ("starts_at", "imported_at")


def _shared(table: Table, cls: type) -> list[str]:
    fields = {f.name for f in dataclasses.fields(cls)}
    return [c.name for c in table.columns if c.name in fields]


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _decode(name: str, value: Any) -> Any:
    if value is None:
        return None
    if name in ENUMS:
        return ENUMS[name](value)
    if name in DATES:
        return datetime.fromisoformat(value)
    return value


def _plain(item: Any, names: list[str], **extra: Any) -> dict[str, Any]:
    row = {name: _encode(getattr(item, name)) for name in names}
    row.update(extra)
    return row


def to_rows(project: Project) -> dict[Table, list[dict[str, Any]]]:
    """Every row of the file, table by table, in an order the foreign keys accept."""
    rows: dict[Table, list[dict[str, Any]]] = defaultdict(list)
    rows[s.project].append({"id": project.id, "name": project.name,
                            "description": project.description, "saved_by": f"CX Designer {__version__}"})
    for table, cls, attribute in PROJECT_TABLES:
        names = _shared(table, cls)
        rows[table] = [_plain(item, names, position=i) for i, item in enumerate(getattr(project, attribute))]
    map_names = _shared(s.journey_map, JourneyMap)
    for position, jmap in enumerate(project.maps):
        scale = {f"scale_{f.name}": getattr(jmap.scale, f.name) for f in dataclasses.fields(SatisfactionScale)}
        rows[s.journey_map].append(_plain(jmap, map_names, position=position, **scale))
        rows[s.map_persona] += [{"map_id": jmap.id, "persona_id": p, "position": i}
                                for i, p in enumerate(jmap.persona_ids)]
        for table, cls, attribute in MAP_TABLES:
            names = _shared(table, cls)
            rows[table] += [_plain(item, names, map_id=jmap.id, position=i)
                            for i, item in enumerate(getattr(jmap, attribute))]
        rows[s.pain_point_touchpoint] += [{"pain_point_id": p.id, "touchpoint_id": t, "position": i}
                                          for p in jmap.pain_points for i, t in enumerate(p.touchpoint_ids)]
        names = _shared(s.rating, Rating)
        rows[s.rating] += [_plain(r, names) for r in jmap.ratings.values()]
    names, answer_names = _shared(s.survey, SurveyDataset), _shared(s.survey_answer, SurveyAnswer)
    for position, survey in enumerate(project.surveys):
        rows[s.survey].append(_plain(survey, names, position=position))
        rows[s.survey_question] += [{"survey_id": survey.id, "question": q, "touchpoint_id": t, "position": i}
                                    for i, (q, t) in enumerate(survey.question_touchpoints.items())]
        rows[s.survey_answer] += [_plain(a, answer_names, survey_id=survey.id, position=i)
                                  for i, a in enumerate(survey.answers)]
    return rows


Fetch = Callable[[Table], Iterable[Any]]


def from_rows(fetch: Fetch) -> Project:
    """Build a project from ``fetch(table)``, which yields rows ordered by position."""

    def build(table: Table, cls: type) -> list[tuple[Any, Any]]:
        names = _shared(table, cls)
        keyed = "map_id" in table.columns
        return [(row.map_id if keyed else None,
                 cls(**{n: _decode(n, getattr(row, n)) for n in names})) for row in fetch(table)]

    (head,) = list(fetch(s.project))
    lists = {attribute: [item for _, item in build(table, cls)] for table, cls, attribute in PROJECT_TABLES}
    maps: list[JourneyMap] = []
    by_id: dict[str, JourneyMap] = {}
    for row in fetch(s.journey_map):
        scale = SatisfactionScale(row.scale_low, row.scale_high, row.scale_step,
                                  row.scale_low_label, row.scale_high_label)
        jmap = JourneyMap(id=row.id, name=row.name, description=row.description, scale=scale)
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
    owner = {t.id: m for m in maps for t in m.touchpoints}
    for _, r in build(s.rating, Rating):
        owner[r.touchpoint_id].ratings[r.key] = r
    surveys = {survey.id: survey for _, survey in build(s.survey, SurveyDataset)}
    for row in fetch(s.survey_question):
        surveys[row.survey_id].question_touchpoints[row.question] = row.touchpoint_id
    answer_names = _shared(s.survey_answer, SurveyAnswer)
    for row in fetch(s.survey_answer):
        surveys[row.survey_id].answers.append(SurveyAnswer(**{n: getattr(row, n) for n in answer_names}))
    return Project(id=head.id, name=head.name, description=head.description, maps=maps,
                   surveys=list(surveys.values()), **lists)
