"""Random edits of a project through its own methods, as a designer at work makes them.

``edit(project, data, steps)`` changes a project in place with ``steps`` drawn edits;
an edit the model refuses changes nothing and is skipped, as in the editor.
"""

from __future__ import annotations

import dataclasses
import random
from enum import Enum

from hypothesis import strategies as st

from cxdesigner.model import (KEYED_VALUES, RATING, Action, Channel, Comment, Department, Goal, JourneyMap, KeyedValue,
                              Note, PainPoint, Persona, PositiveMoment, Project, SatisfactionScale, Stage, Touchpoint)
from cxdesigner.model.containers import STRUCTURAL

#: Few values, so that two people editing often pick the same one, or clash.
WORDS = ["Alpha", "Beta", "Gamma"]
NUMBERS = {"severity": [1, 2, 5], "age": [20, 40, None], "x": [0.0, 10.0], "y": [5.0, -5.0],
           "duration_minutes": [None, 15.0], "expected_effect": [None, 0.5], "resolved": [True, False]}


def text_fields(item) -> list[str]:
    """Fields holding free text, enums or independent numbers (never links or structure)."""
    names = []
    for f in dataclasses.fields(item):
        value = getattr(item, f.name)
        if f.name in STRUCTURAL or f.name == "id" or f.name.endswith(("_id", "_ids")) or f.name == "photo":
            continue
        if isinstance(value, Enum) or (isinstance(value, str) and not f.name.endswith("color")) \
                or f.name in NUMBERS:
            names.append(f.name)
    return names


def new_value(item, name: str, rng: random.Random):
    value = getattr(item, name)
    if isinstance(value, Enum):
        return rng.choice(list(type(value)))
    if name in NUMBERS:
        return rng.choice(NUMBERS[name])
    return rng.choice(WORDS)


def update_field(project: Project, rng: random.Random) -> None:
    items = [project] + [item for item, _ in project.walk()]
    item = rng.choice(items)
    names = text_fields(item)
    if names:
        name = rng.choice(names)
        project.update(item.id, **{name: new_value(item, name, rng)})


def rate(project: Project, rng: random.Random, *, clear: bool = True, kind: KeyedValue = RATING) -> None:
    maps = [m for m in project.maps if m.touchpoints and m.persona_ids]
    if not maps:
        return
    jmap = rng.choice(maps)
    tp, persona = rng.choice(jmap.touchpoints).id, rng.choice(jmap.persona_ids)
    if clear and rng.random() < 0.25:
        project.clear_value(kind, jmap.id, tp, persona)
    else:
        steps = [jmap.scale.low, jmap.scale.neutral, jmap.scale.high]
        project.set_value(kind, jmap.id, kind.cls(touchpoint_id=tp, persona_id=persona, value=rng.choice(steps)))


def add_item(project: Project, rng: random.Random) -> None:
    kind = rng.choice(["touchpoint", "stage", "persona", "channel", "department", "note", "pain", "moment",
                       "action", "goal", "map", "comment"])
    if kind in ("persona", "channel", "department"):
        cls = {"persona": Persona, "channel": Channel, "department": Department}[kind]
        project.add(cls(name=rng.choice(WORDS)))
        return
    if kind == "map":
        stage = Stage(name="Start")
        project.add(JourneyMap(name=rng.choice(WORDS), stages=[stage]))
        return
    if not project.maps:
        return
    jmap = rng.choice(project.maps)
    tps = [t.id for t in jmap.touchpoints]
    if kind == "touchpoint" and jmap.stages:
        index = rng.choice([None, rng.randint(0, len(tps))])
        project.add(Touchpoint(title=rng.choice(WORDS), stage_id=rng.choice(jmap.stages).id), map_id=jmap.id,
                    index=index)
    elif kind == "stage":
        project.add(Stage(name=rng.choice(WORDS)), map_id=jmap.id, index=rng.randint(0, len(jmap.stages)))
    elif kind == "note":
        project.add(Note(text=rng.choice(WORDS)), map_id=jmap.id)
    elif kind == "pain":
        chosen = rng.sample(tps, min(len(tps), rng.randint(0, 2)))
        project.add(PainPoint(text=rng.choice(WORDS), touchpoint_ids=chosen), map_id=jmap.id)
    elif kind == "moment" and tps:
        project.add(PositiveMoment(text=rng.choice(WORDS), touchpoint_id=rng.choice(tps)), map_id=jmap.id)
    elif kind == "action":
        pains = [p.id for p in jmap.pain_points]
        project.add(Action(text=rng.choice(WORDS), touchpoint_id=rng.choice([None, *tps]),
                           pain_point_id=rng.choice([None, *pains])), map_id=jmap.id)
    elif kind == "comment":
        threads = [c for c in jmap.comments if c.reply_to_id is None]
        if threads and rng.random() < 0.3:
            first = rng.choice(threads)
            project.add(Comment(target_id=first.target_id, text=rng.choice(WORDS), reply_to_id=first.id),
                        map_id=jmap.id)
        else:
            targets = [jmap.id, *(x.id for x in [*jmap.stages, *jmap.touchpoints, *jmap.pain_points, *jmap.actions])]
            project.add(Comment(target_id=rng.choice(targets), text=rng.choice(WORDS)), map_id=jmap.id)
    elif kind == "goal" and jmap.persona_ids:
        span = [s.id for s in jmap.stages] if not tps or rng.random() < 0.5 else tps
        project.add(Goal(persona_id=rng.choice(jmap.persona_ids), text=rng.choice(WORDS),
                         first_id=rng.choice(span), last_id=rng.choice(span)), map_id=jmap.id)


def remove_item(project: Project, rng: random.Random) -> None:
    items = [item for item, _ in project.walk()]
    if items:
        project.remove(rng.choice(items).id)


def move_item(project: Project, rng: random.Random) -> None:
    items = [(item, jmap) for item, jmap in project.walk()]
    if not items:
        return
    item, jmap = rng.choice(items)
    container = project._container(type(item), jmap)
    stage = rng.choice(jmap.stages).id if isinstance(item, Touchpoint) and rng.random() < 0.5 else None
    project.move(item.id, rng.randrange(len(container)), stage_id=stage)


def arrange(project: Project, rng: random.Random) -> None:
    maps = [m for m in project.maps if len(m.touchpoints) > 1]
    if maps:
        jmap = rng.choice(maps)
        order = [(t.id, rng.choice([t.stage_id, rng.choice(jmap.stages).id])) for t in jmap.touchpoints]
        rng.shuffle(order)
        position = {s.id: i for i, s in enumerate(jmap.stages)}
        order.sort(key=lambda pair: position[pair[1]])
        project.arrange(jmap.id, order)


def rescale(project: Project, rng: random.Random) -> None:
    if project.maps:
        low = rng.choice([-2, 0, 1])
        project.set_scale(rng.choice(project.maps).id, SatisfactionScale(low, low + rng.choice([4, 9])),
                          convert=rng.random() < 0.7)


def personas(project: Project, rng: random.Random) -> None:
    if project.maps and project.personas:
        jmap, persona = rng.choice(project.maps), rng.choice(project.personas)
        if persona.id in jmap.persona_ids:
            project.detach_persona(jmap.id, persona.id)
        else:
            project.attach_persona(jmap.id, persona.id)


def links(project: Project, rng: random.Random) -> None:
    """Change a list of links or lanes: a pain point's touchpoints, a map's lanes."""
    maps = [m for m in project.maps if m.pain_points and m.touchpoints]
    if maps and rng.random() < 0.5:
        jmap = rng.choice(maps)
        pain = rng.choice(jmap.pain_points)
        tps = [t.id for t in jmap.touchpoints]
        project.update(pain.id, touchpoint_ids=rng.sample(tps, rng.randint(0, len(tps))))
    elif project.maps:
        jmap = rng.choice(project.maps)
        lanes = list(jmap.lanes)
        rng.shuffle(lanes)
        project.update(jmap.id, lanes=lanes[:rng.randint(1, len(lanes))] if lanes[0] == "touchpoints" else lanes)


EVERY_EDIT = (update_field, *(lambda p, r, kind=kind: rate(p, r, kind=kind) for kind in KEYED_VALUES), add_item,
              remove_item, move_item, arrange, rescale, personas, links)
FIELD_EDITS = (update_field, rate)


def edit(project: Project, data, steps: int, edits=EVERY_EDIT) -> Project:
    """Apply ``steps`` random edits to ``project`` (in place, and returned); refused ones change nothing."""
    rng = random.Random(data.draw(st.integers(0, 2**32 - 1), label="seed"))
    for _ in range(steps):
        try:
            rng.choice(edits)(project, rng)
        except ValueError:
            pass
    assert project.problems() == [], project.problems()
    return project
