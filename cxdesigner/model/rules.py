"""The invariants of a project, checked before every change and after every load.

Each check raises ``RuleError`` (a ``ValueError``) with one plain sentence; ``problems`` collects
them for a whole project, so a file that breaks a rule is refused, not half-read.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
import reprlib
import types
import typing
from functools import cache
from typing import TYPE_CHECKING, Any

from cxdesigner.model.annotations import Action, Goal, Note, PainPoint, PositiveMoment
from cxdesigner.plain import one_line
from cxdesigner.model.bounds import (INTERVAL_SPANS, MAX_COORDINATE, MAX_DURATION_MINUTES, MAX_NOTE_SIZE,
                                     MAX_SCALE_VALUE, MAX_UNIT_LENGTH, MAX_WAVE_LABEL)
from cxdesigner.model.base import (ActionStatus, ChannelKind, Emotion, Evidence, Lane, LaneKind, Priority, RuleError,
                                   Spacing)
from cxdesigner.model.catalog import Channel, Department
from cxdesigner.model.comments import Comment
from cxdesigner.model.journey import CustomLane, JourneyMap, LaneCell, Rating, Stage, Touchpoint
from cxdesigner.model.keyed import KEYED_VALUES, KeyedValue
from cxdesigner.model.persona import Persona
from cxdesigner.model.survey import SurveyDataset

if TYPE_CHECKING:
    from cxdesigner.model.project import Project

NAMED = {Channel: "name", Department: "name", Persona: "name", JourneyMap: "name", CustomLane: "title",
         Stage: "name", Touchpoint: "title", SurveyDataset: "name"}
#: Items with a colour: what Qt and pyqtgraph are given to paint with.
COLOURED = (Channel, Department, Persona, Stage, Note)
#: A colour is ``#rrggbb``, as the colour dialog writes it.
COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise RuleError(message)


def _finite_or_none(value: Any, what: str, bound: float | None = None) -> None:
    """A number (or ``None``), and with ``bound`` one no further than that from zero."""
    if value is not None and not (isinstance(value, int | float) and math.isfinite(value)):
        raise RuleError(f"{what} must be a number.")
    if value is not None and bound is not None and not -bound <= value <= bound:
        raise RuleError(f"{what} must lie between {-bound:,.0f} and {bound:,.0f}.")


def _member(value: Any, kind: type, what: str) -> None:
    """A member of the enum itself: text that merely reads like one is refused, so code that
    compares with ``is Lane.GOALS`` (or ``==``) always sees the member."""
    if not isinstance(value, kind):
        raise RuleError(f"{what} must be one of: {', '.join(k.value for k in kind)}.")


@cache
def _field_kinds(cls: type) -> dict[str, tuple[type, ...]]:
    """The Python types each field of ``cls`` accepts: ``float`` also takes ``int``."""
    kinds = {}
    for name, hint in typing.get_type_hints(cls).items():
        options = typing.get_args(hint) if typing.get_origin(hint) in (typing.Union, types.UnionType) else (hint,)
        accepted = tuple(typing.get_origin(o) or o for o in options)
        if float in accepted:
            accepted += (int,)
        kinds[name] = accepted
    return kinds


def check_field_types(cls: type, changes: dict[str, Any]) -> None:
    """Refuse a value of the wrong kind (text where a number belongs, and so on)."""
    kinds = _field_kinds(cls)
    for name, value in changes.items():
        accepted = kinds[name]
        if not isinstance(value, accepted) or (isinstance(value, bool) and bool not in accepted):
            raise RuleError(f"'{name}' cannot take the value {reprlib.repr(value)}.")


def check_item(project: Project, item: Any, jmap: JourneyMap | None) -> None:
    """Raise ``ValueError`` if ``item`` may not stand in ``jmap`` (or the project)."""
    label = type(item).__name__
    if type(item) in NAMED:
        text = getattr(item, NAMED[type(item)])
        _require(isinstance(text, str) and text.strip() != "",
                 f"A {label.lower()} needs a {NAMED[type(item)]}.")
    if isinstance(item, COLOURED):
        _require(isinstance(item.color, str) and COLOUR.fullmatch(item.color) is not None,
                 f"A {label.lower()}'s colour is written #rrggbb (six hexadecimal digits).")
    if isinstance(item, Channel):
        _member(item.kind, ChannelKind, "A channel's kind")
    elif isinstance(item, JourneyMap):
        _check_map(item)
    elif isinstance(item, CustomLane):
        _member(item.kind, LaneKind, "A lane's kind")
        _require(isinstance(item.unit, str) and len(item.unit) <= MAX_UNIT_LENGTH,
                 f"A lane's unit is a short text (at most {MAX_UNIT_LENGTH} characters).")
        if jmap is not None:  # its cells keep their shape: a face per persona, or one value per touchpoint
            per_persona = item.kind is LaneKind.EMOTION
            _require(all((cell.persona_id is not None) == per_persona for cell in jmap.cells
                         if cell.lane_id == item.id),
                     "A lane that holds values cannot change between a face per persona and one value per touchpoint.")
    elif isinstance(item, LaneCell):
        _check_cell(project, item, jmap)
    elif isinstance(item, Persona):
        _require(item.age is None or (isinstance(item.age, int) and 0 <= item.age <= 150),
                 "A persona's age must be between 0 and 150.")
        _require(item.photo is None or isinstance(item.photo, bytes),
                 "A persona's photo must be image bytes.")
    elif isinstance(item, Touchpoint):
        _check_touchpoint(project, item, jmap)
    elif isinstance(item, Goal):
        _require(item.persona_id in jmap.persona_ids, "A goal belongs to a persona of its map.")
        _require(any(_in(project, item.first_id, kind, jmap) and _in(project, item.last_id, kind, jmap)
                     for kind in (Stage, Touchpoint)),
                 "A goal spans stages or touchpoints of its own map.")
    elif isinstance(item, PainPoint):
        _require(all(_in(project, t, Touchpoint, jmap) for t in item.touchpoint_ids),
                 "A pain point affects touchpoints of its map.")
        _require(len(set(item.touchpoint_ids)) == len(item.touchpoint_ids),
                 "A pain point lists each touchpoint once.")
        _require(isinstance(item.severity, int) and 1 <= item.severity <= 5,
                 "A pain point's severity runs from 1 to 5.")
        _member(item.evidence, Evidence, "A pain point's evidence")
    elif isinstance(item, PositiveMoment):
        _require(_in(project, item.touchpoint_id, Touchpoint, jmap),
                 "A positive moment belongs to a touchpoint of its map.")
    elif isinstance(item, Action):
        _check_action(project, item, jmap)
    elif isinstance(item, Note):
        for name in ("x", "y"):
            _finite_or_none(getattr(item, name), f"A note's {name}", MAX_COORDINATE)
        for name in ("width", "height"):
            _finite_or_none(getattr(item, name), f"A note's {name}")
        _require(item.width > 0 and item.height > 0, "A note needs a positive size.")
        _require(item.width <= MAX_NOTE_SIZE and item.height <= MAX_NOTE_SIZE,
                 f"A note is at most {MAX_NOTE_SIZE:,.0f} units wide and high.")
    elif isinstance(item, SurveyDataset):
        _check_survey(project, item)
    elif isinstance(item, Comment):
        _check_comment(project, item, jmap)


def _check_map(item: JourneyMap) -> None:
    custom = {lane.id for lane in item.custom_lanes}
    for lane in item.lanes:
        if not (isinstance(lane, str) and not isinstance(lane, Lane) and lane in custom):
            _member(lane, Lane, "A map's lane")
    _require(len(set(item.lanes)) == len(item.lanes), "A map shows each lane once.")
    _require(Lane.TOUCHPOINTS in item.lanes, "A map always shows its touchpoints lane.")
    _member(item.spacing, Spacing, "A map's spacing")
    for status in item.projected_statuses:
        _member(status, ActionStatus, "A projected line's action status")
    _require(len(set(item.projected_statuses)) == len(item.projected_statuses),
             "A projected line names each action status once.")
    _require(item.projected_until is None or isinstance(item.projected_until, date),
             "A projected line's date must be a date.")


def _check_cell(project: Project, item: LaneCell, jmap: JourneyMap) -> None:
    lane = jmap.custom_lane(item.lane_id) if isinstance(item.lane_id, str) else None
    _require(lane is not None, "A lane cell belongs to a lane of its map.")
    _require(_in(project, item.touchpoint_id, Touchpoint, jmap), "A lane cell belongs to a touchpoint of its map.")
    if lane.kind is LaneKind.EMOTION:
        _require(item.persona_id in jmap.persona_ids, "An emotion belongs to a persona of its map.")
    else:
        _require(item.persona_id is None, "Only an emotion lane has a value per persona.")
    _require(isinstance(item.text, str), "A lane cell's text must be text.")
    _require(item.image is None or isinstance(item.image, bytes), "A lane cell's picture must be image bytes.")
    _finite_or_none(item.number, "A lane cell's number", MAX_SCALE_VALUE)
    if item.emotion is not None:
        _member(item.emotion, Emotion, "A lane cell's emotion")


def check_cell_unique(jmap: JourneyMap, cell: LaneCell) -> None:
    """One cell per lane and touchpoint (and persona, in an emotion lane): checked on each change,
    and once over a whole project in ``problems`` (per cell there it would take quadratic time)."""
    key = (cell.lane_id, cell.touchpoint_id, cell.persona_id)
    _require(not any((c.lane_id, c.touchpoint_id, c.persona_id) == key for c in jmap.cells if c.id != cell.id),
             "A lane has one value per touchpoint.")


def _check_touchpoint(project: Project, item: Touchpoint, jmap: JourneyMap) -> None:
    _require(_in(project, item.stage_id, Stage, jmap), "A touchpoint belongs to a stage of its map.")
    _require(item.channel_id is None or _in(project, item.channel_id, Channel),
             "A touchpoint's channel must be one of the project's channels.")
    _require(item.department_id is None or _in(project, item.department_id, Department),
             "A touchpoint's department must be one of the project's departments.")
    _finite_or_none(item.duration_minutes, "A touchpoint's duration")
    _require(item.duration_minutes is None or 0 <= item.duration_minutes <= MAX_DURATION_MINUTES,
             f"A touchpoint's duration runs from 0 to {MAX_DURATION_MINUTES:,.0f} minutes (a hundred years).")


def _check_action(project: Project, item: Action, jmap: JourneyMap) -> None:
    _require(item.touchpoint_id is None or _in(project, item.touchpoint_id, Touchpoint, jmap),
             "An action addresses a touchpoint of its map.")
    _require(item.pain_point_id is None or _in(project, item.pain_point_id, PainPoint, jmap),
             "An action addresses a pain point of its map.")
    _require(item.owner_id is None or _in(project, item.owner_id, Department),
             "An action's owner must be one of the project's departments.")
    _member(item.priority, Priority, "An action's priority")
    _member(item.status, ActionStatus, "An action's status")
    _finite_or_none(item.expected_effect, "An action's expected effect", MAX_SCALE_VALUE)
    _require(isinstance(item.phase, str), "An action's phase must be text.")
    _require(item.planned_on is None or (isinstance(item.planned_on, date) and not isinstance(item.planned_on, datetime)),
             "An action's planned date must be a date.")


#: What a comment can be about, besides its map as a whole.
COMMENTED = (Stage, Touchpoint, PainPoint, Action)


def _check_comment(project: Project, item: Comment, jmap: JourneyMap) -> None:
    _require(isinstance(item.text, str) and item.text.strip() != "", "A comment needs a text.")
    _require(isinstance(item.author, str), "A comment's author must be text.")
    _require(item.target_id == jmap.id or _in(project, item.target_id, COMMENTED, jmap),
             "A comment is about its map, or a stage, touchpoint, pain point or action of it.")
    _require(isinstance(item.resolved, bool), "A comment is resolved or not.")
    if item.reply_to_id is not None:
        entry = project.lookup(item.reply_to_id) if isinstance(item.reply_to_id, str) else None
        first = entry[0] if entry is not None and entry[1] is jmap else None
        _require(isinstance(first, Comment) and first.reply_to_id is None and first.target_id == item.target_id,
                 "A reply answers the first comment of a thread, about the same thing, in its map.")


def _check_survey(project: Project, item: SurveyDataset) -> None:
    _require(_in(project, item.map_id, JourneyMap), "A survey belongs to a map of the project.")
    jmap = project.find(item.map_id)
    _require(all(t is None or _in(project, t, Touchpoint, jmap) for t in item.question_touchpoints.values()),
             "A survey's questions measure touchpoints of its map.")
    _finite_or_none(item.scale_low, "A survey's scale", MAX_SCALE_VALUE)
    _finite_or_none(item.scale_high, "A survey's scale", MAX_SCALE_VALUE)
    _require(item.scale_low < item.scale_high, "A survey's scale must run from low to high.")
    _require(isinstance(item.wave, str) and len(item.wave) <= MAX_WAVE_LABEL,
             f"A survey's wave is named by text of at most {MAX_WAVE_LABEL} characters.")
    for day in (item.fieldwork_start, item.fieldwork_end):
        _require(day is None or (isinstance(day, date) and not isinstance(day, datetime)),
                 "A survey's fieldwork starts and ends on a date.")
    _require(item.fieldwork_start is None or item.fieldwork_end is None or item.fieldwork_start <= item.fieldwork_end,
             "A survey's fieldwork ends on or after the day it starts.")
    # Answers are most of a big project's values: checked in one pass, the message only when one is wrong.
    values = [answer.value for answer in item.answers if answer.value is not None]
    if not (all(type(v) is float or type(v) is int for v in values)
            and all(-MAX_SCALE_VALUE <= v <= MAX_SCALE_VALUE for v in values)):
        for value in values:
            _finite_or_none(value, "A survey answer", MAX_SCALE_VALUE)


def check_value(project: Project, jmap: JourneyMap, kind: KeyedValue, value: Any) -> None:
    """A keyed value (a rating, a target) points at a touchpoint and persona of its map and lies
    inside the scale; a rating's measured data (sample size, spread, interval) must fit too.

    Run for every value of a file as it opens: the sentences are only made for a value that fails.
    """
    if type(value) is not kind.cls:
        raise RuleError(f"That value is not {_a(kind.name)}.")
    entry = project.lookup(value.touchpoint_id)
    if entry is None or entry[1] is not jmap or not isinstance(entry[0], Touchpoint):
        raise RuleError(f"{_a(kind.name).capitalize()} belongs to a touchpoint of its map.")
    if value.persona_id not in jmap.persona_ids:
        raise RuleError(f"{_a(kind.name).capitalize()} belongs to a persona of its map.")
    if not (isinstance(value.value, int | float) and jmap.scale.contains(value.value)):
        raise RuleError(f"{_a(kind.name).capitalize()} must lie between {jmap.scale.low:g} and {jmap.scale.high:g}.")
    if type(value) is Rating:
        _check_measured(jmap, value)


def _a(word: str) -> str:
    """"a rating", "an emotion"."""
    return f"{'an' if word[:1] in 'aeiou' else 'a'} {word}"


def _check_measured(jmap: JourneyMap, rating: Rating) -> None:
    """Where a rating comes from, and what was measured, if anything."""
    _member(rating.evidence, Evidence, "A rating's evidence")
    if rating.n is None and rating.spread is None and rating.interval_low is None and rating.interval_high is None:
        return  # an assumption: nothing measured to check
    _require(rating.n is None or (isinstance(rating.n, int) and 0 <= rating.n < 2**63),
             "A rating's sample size must be a whole number from 0 up.")
    _finite_or_none(rating.spread, "A rating's spread")
    scale = jmap.scale
    reach = INTERVAL_SPANS * (scale.high - scale.low)
    for end in (rating.interval_low, rating.interval_high):
        _finite_or_none(end, "A rating's interval")
        _require(end is None or scale.low - reach <= end <= scale.high + reach,
                 f"A rating's interval reaches at most {INTERVAL_SPANS} scale spans beyond the scale.")
    _require(rating.spread is None or rating.spread >= 0, "A rating's spread cannot be negative.")
    _require((rating.interval_low is None) == (rating.interval_high is None)
             and (rating.interval_low is None or rating.interval_low <= rating.interval_high),
             "A rating's interval needs a low end below its high end.")


def check_stage_order(jmap: JourneyMap, touchpoints: list[Touchpoint]) -> None:
    """The touchpoints of one stage stand together, stages in their own order."""
    position = {s.id: i for i, s in enumerate(jmap.stages)}
    order = [position[t.stage_id] for t in touchpoints]
    _require(order == sorted(order), "Touchpoints must follow the order of their stages.")


def _in(project: Project, item_id: Any, kind: type, jmap: JourneyMap | None = None) -> bool:
    """Whether ``item_id`` names a ``kind`` of the project (inside ``jmap`` when given)."""
    entry = project.lookup(item_id) if isinstance(item_id, str) else None
    return entry is not None and isinstance(entry[0], kind) and (jmap is None or entry[1] is jmap)


def problems(project: Project) -> list[str]:
    """Every broken rule of a whole project (empty when it is sound)."""
    found: list[str] = []

    def attempt(check, *args) -> None:
        try:
            check(*args)
        except (ValueError, KeyError, StopIteration, TypeError, AttributeError) as error:
            found.append(str(error) or "The project's structure is inconsistent.")

    seen: set[str] = {project.id}
    for item, jmap in project.walk():
        if item.id in seen:
            found.append(f"Two items share the id {item.id}.")
        seen.add(item.id)
        attempt(check_item, project, item, jmap)
    for jmap in project.maps:
        _require_unique = len(set(jmap.persona_ids)) == len(jmap.persona_ids)
        if not _require_unique or not set(jmap.persona_ids) <= {p.id for p in project.personas}:
            found.append(f"The map '{jmap.name}' lists personas that are missing or repeated.")
        attempt(check_stage_order, jmap, jmap.touchpoints)
        keys = {(c.lane_id, c.touchpoint_id, c.persona_id) for c in jmap.cells}
        if len(keys) != len(jmap.cells):
            found.append("A lane has one value per touchpoint.")
        for kind in KEYED_VALUES:
            for key, value in kind.table(jmap).items():
                if key != getattr(value, "key", None):
                    found.append(f"{_a(kind.name).capitalize()} is filed under the wrong touchpoint or persona.")
                attempt(check_value, project, jmap, kind, value)
    return [one_line(message) for message in found]  # names and ids come from files: shown, not obeyed
