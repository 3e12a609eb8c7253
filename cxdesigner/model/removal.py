"""What removing each kind of item takes with it, and how to put it all back.

Nothing may dangle after a removal: keyed values (ratings, targets), positive moments, lane cells and
collapsed goals go with their touchpoint; a custom lane takes its cells and its place in
the map's lanes; links from pain points, actions and surveys are cut. Every step is
recorded in the ``Removal`` so ``restore`` is exact.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cxdesigner.model.annotations import Action, PainPoint
from cxdesigner.model.catalog import Channel, Department
from cxdesigner.model.comments import Comment
from cxdesigner.model.containers import MAP_LISTS, PROJECT_LISTS
from cxdesigner.model.events import ItemChanged, ValueChanged
from cxdesigner.model.journey import CustomLane, JourneyMap, Stage, Touchpoint
from cxdesigner.model.keyed import BY_ATTRIBUTE, KEYED_VALUES, KeyedValue
from cxdesigner.model.persona import Persona

if TYPE_CHECKING:
    from cxdesigner.model.project import Project


@dataclass
class Removal:
    """What ``remove`` took away, enough for ``restore`` to put it back.

    ``where`` names the list (or the keyed values' table: ``ratings``, ``targets``) the item sat in, inside
    ``owner_id``'s map or the project; ``cascade`` holds the dependents removed
    with it and ``detached`` the ``(item_id, field, old value)`` links it cut.
    """

    item: Any
    owner_id: str | None
    where: str
    index: int
    cascade: list[Removal] = field(default_factory=list)
    detached: list[tuple[str, str, Any]] = field(default_factory=list)


def remove(project: Project, item: Any) -> Removal:
    """Remove ``item`` from ``project`` with everything that depends on it."""
    if type(item) not in PROJECT_LISTS and type(item) not in MAP_LISTS:
        raise ValueError("Only the parts of a project can be removed.")
    jmap = project.map_of(item.id)
    where = PROJECT_LISTS.get(type(item)) or MAP_LISTS[type(item)]
    removal = Removal(item, jmap.id if jmap else None, where, -1)
    cascade, detached = removal.cascade, removal.detached
    if isinstance(item, Channel):
        for tp in _all_touchpoints(project, "channel_id", item.id):
            detached.append(project._set(tp, "channel_id", None))
    elif isinstance(item, Department):
        for tp in _all_touchpoints(project, "department_id", item.id):
            detached.append(project._set(tp, "department_id", None))
        for other in project.maps:
            for action in other.actions:
                if action.owner_id == item.id:
                    detached.append(project._set(action, "owner_id", None))
    elif isinstance(item, Persona):
        for other in project.maps:
            if item.id in other.persona_ids:
                cascade.append(detach_persona(project, other, item.id))
    elif isinstance(item, JourneyMap):
        for survey in [s for s in project.surveys if s.map_id == item.id]:
            cascade.append(remove(project, survey))
    elif isinstance(item, Stage):
        for tp in jmap.touchpoints_in(item.id):
            cascade.append(remove(project, tp))
        _shrink_goals(project, jmap, jmap.stages, item.id, removal)
    elif isinstance(item, Touchpoint):
        _remove_touchpoint_links(project, jmap, item, removal)
    elif isinstance(item, PainPoint):
        for action in jmap.actions:
            if action.pain_point_id == item.id:
                detached.append(project._set(action, "pain_point_id", None))
    elif isinstance(item, CustomLane):
        for cell in [c for c in jmap.cells if c.lane_id == item.id]:
            cascade.append(remove(project, cell))
        if item.id in jmap.lanes:
            detached.append(project._set(jmap, "lanes", [lane for lane in jmap.lanes if lane != item.id]))
    if isinstance(item, Stage | Touchpoint | PainPoint | Action | Comment):
        _remove_comments(project, jmap, item, removal)
    removal.index = project._take(item, jmap)
    return removal


def detach_persona(project: Project, jmap: JourneyMap, persona_id: str) -> Removal:
    """Take a persona off one map, dropping its ratings and goals there."""
    if persona_id not in jmap.persona_ids:
        raise ValueError("The map does not carry this persona.")
    removal = Removal(persona_id, jmap.id, "persona_ids", jmap.persona_ids.index(persona_id))
    for kind in KEYED_VALUES:
        for key in [k for k in kind.table(jmap) if k[1] == persona_id]:
            removal.cascade.append(_drop_value(project, jmap, kind, key))
    for goal in [g for g in jmap.goals if g.persona_id == persona_id]:
        removal.cascade.append(remove(project, goal))
    for cell in [c for c in jmap.cells if c.persona_id == persona_id]:
        removal.cascade.append(remove(project, cell))
    old = list(jmap.persona_ids)
    jmap.persona_ids.remove(persona_id)
    project._emit(ItemChanged(jmap, {"persona_ids": old}))
    return removal


def restore(project: Project, removal: Removal) -> None:
    """Undo a removal: the item, then its dependents, then its cut links."""
    jmap = project.find(removal.owner_id) if removal.owner_id else None
    if removal.where in BY_ATTRIBUTE:
        kind, value = BY_ATTRIBUTE[removal.where], removal.item
        kind.table(jmap)[value.key] = value
        project._emit(ValueChanged(kind, jmap.id, value.touchpoint_id, value.persona_id, None, value))
    elif removal.where == "persona_ids":
        old = list(jmap.persona_ids)
        jmap.persona_ids.insert(removal.index, removal.item)
        project._emit(ItemChanged(jmap, {"persona_ids": old}))
    else:
        project._insert(removal.item, jmap, removal.index)
    for dependent in reversed(removal.cascade):
        restore(project, dependent)
    for item_id, name, old_value in reversed(removal.detached):
        project._set(project.find(item_id), name, old_value)


def _remove_touchpoint_links(project: Project, jmap: JourneyMap, tp: Touchpoint, removal: Removal) -> None:
    for kind in KEYED_VALUES:
        for key in [k for k in kind.table(jmap) if k[0] == tp.id]:
            removal.cascade.append(_drop_value(project, jmap, kind, key))
    for moment in [m for m in jmap.positive_moments if m.touchpoint_id == tp.id]:
        removal.cascade.append(remove(project, moment))
    for cell in [c for c in jmap.cells if c.touchpoint_id == tp.id]:
        removal.cascade.append(remove(project, cell))
    for pain in jmap.pain_points:
        if tp.id in pain.touchpoint_ids:
            kept = [t for t in pain.touchpoint_ids if t != tp.id]
            removal.detached.append(project._set(pain, "touchpoint_ids", kept))
    for action in jmap.actions:
        if action.touchpoint_id == tp.id:
            removal.detached.append(project._set(action, "touchpoint_id", None))
    for survey in project.surveys:
        if tp.id in survey.question_touchpoints.values():
            cut = {q: (None if t == tp.id else t) for q, t in survey.question_touchpoints.items()}
            removal.detached.append(project._set(survey, "question_touchpoints", cut))
    _shrink_goals(project, jmap, jmap.touchpoints, tp.id, removal)


def _remove_comments(project: Project, jmap: JourneyMap, item: Any, removal: Removal) -> None:
    """The comments about an item go with it (a thread's replies with its first comment)."""
    for comment in [c for c in jmap.comments if c.reply_to_id == item.id
                    or (c.target_id == item.id and c.reply_to_id is None)]:
        removal.cascade.append(remove(project, comment))


def _shrink_goals(project: Project, jmap: JourneyMap, order: list, end_id: str, removal: Removal) -> None:
    """Pull goal ends off a vanishing stage or touchpoint; drop goals left with no span."""
    ids = [x.id for x in order]
    for goal in list(jmap.goals):
        ends = {"first_id": goal.first_id, "last_id": goal.last_id}
        if end_id not in ends.values():
            continue
        if goal.first_id == goal.last_id:
            removal.cascade.append(remove(project, goal))
            continue
        name = "first_id" if goal.first_id == end_id else "last_id"
        other = ends["last_id" if name == "first_id" else "first_id"]
        step = 1 if ids.index(other) > ids.index(end_id) else -1
        removal.detached.append(project._set(goal, name, ids[ids.index(end_id) + step]))


def _drop_value(project: Project, jmap: JourneyMap, kind: KeyedValue, key: tuple[str, str]) -> Removal:
    value = kind.table(jmap).pop(key)
    project._emit(ValueChanged(kind, jmap.id, key[0], key[1], value, None))
    return Removal(value, jmap.id, kind.attribute, -1)


def _all_touchpoints(project: Project, name: str, value: str) -> list[Touchpoint]:
    return [t for m in project.maps for t in m.touchpoints if getattr(t, name) == value]


