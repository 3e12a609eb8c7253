"""Hypothesis strategies that build random but valid projects, field by field."""

from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from cxdesigner.storage.images import image_problem

from cxdesigner.model import (
    Action, ActionStatus, Channel, ChannelKind, Comment, CustomLane, Department, Emotion, Evidence, Goal, JourneyMap,
    Lane, LaneCell, LaneKind, Note, PainPoint, Persona, PositiveMoment, Priority, Project, Rating, SatisfactionScale,
    Spacing, Stage, SurveyAnswer, SurveyDataset, Touchpoint,
)

names = st.text(min_size=1, max_size=12).filter(lambda s: s.strip())
texts = st.text(max_size=20)
colors = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)
finite = st.floats(allow_nan=False, allow_infinity=False, width=64, min_value=-1e6, max_value=1e6)
maybe = st.none().__or__
#: Bytes a file may keep as a photo: not the start of an image whose header does not hold together
#: (which saving refuses, as opening does).
photos = st.binary(max_size=64).filter(lambda data: image_problem(data) is None)
days = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))
dates = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1),
                     timezones=st.none() | st.just(timezone.utc) | st.just(timezone(timedelta(hours=5, minutes=30))))


@st.composite
def scales(draw):
    low = draw(st.integers(-10, 5))
    high = draw(st.integers(low + 1, low + 12))
    step = draw(st.sampled_from([s for s in (0.5, 1, 2) if s <= high - low]))
    return SatisfactionScale(low, high, step, draw(texts), draw(texts))


@st.composite
def journey_map(draw, personas, channels, departments):
    scale = draw(scales())
    chosen = draw(st.lists(st.sampled_from(personas), unique_by=lambda p: p.id)) if personas else []
    stages = [Stage(name=draw(names), description=draw(texts), color=draw(colors))
              for _ in range(draw(st.integers(1, 4)))]
    touchpoints = []
    for stage in stages:
        for _ in range(draw(st.integers(0, 4))):
            touchpoints.append(Touchpoint(
                title=draw(names), stage_id=stage.id, description=draw(texts),
                channel_id=draw(maybe(st.sampled_from([c.id for c in channels]))) if channels else None,
                department_id=draw(maybe(st.sampled_from([d.id for d in departments]))) if departments else None,
                device=draw(texts), starts_at=draw(maybe(dates)),
                duration_minutes=draw(maybe(st.floats(0, 1e6, allow_nan=False))),
                customer_action=draw(texts), thoughts=draw(texts), feelings=draw(texts)))
    lanes = draw(st.lists(st.sampled_from(Lane), unique=True))
    lanes = lanes if Lane.TOUCHPOINTS in lanes else [Lane.TOUCHPOINTS, *lanes]
    jmap = JourneyMap(name=draw(names), description=draw(texts), scale=scale, lanes=lanes,
                      spacing=draw(st.sampled_from(Spacing)),
                      persona_ids=[p.id for p in chosen], stages=stages, touchpoints=touchpoints)
    in_scale = st.floats(scale.low, scale.high, allow_nan=False)
    for tp in touchpoints:
        for persona in chosen:
            if draw(st.booleans()):
                low, high = sorted((draw(in_scale), draw(in_scale)))
                measured = draw(st.booleans())
                jmap.ratings[(tp.id, persona.id)] = Rating(
                    touchpoint_id=tp.id, persona_id=persona.id, value=draw(in_scale),
                    evidence=draw(st.sampled_from(Evidence)), n=draw(st.integers(0, 10_000)) if measured else None,
                    spread=draw(st.floats(0, 100)) if measured else None,
                    interval_low=low if measured else None, interval_high=high if measured else None)
    tp_ids = [t.id for t in touchpoints]
    for persona in chosen:
        if draw(st.booleans()):
            span = [s.id for s in stages] if not tp_ids or draw(st.booleans()) else tp_ids
            jmap.goals.append(Goal(persona_id=persona.id, text=draw(texts),
                                   first_id=draw(st.sampled_from(span)), last_id=draw(st.sampled_from(span))))
    if tp_ids:
        jmap.pain_points = [PainPoint(text=draw(texts), severity=draw(st.integers(1, 5)),
                                      evidence=draw(st.sampled_from(Evidence)),
                                      touchpoint_ids=draw(st.lists(st.sampled_from(tp_ids), unique=True)))
                            for _ in range(draw(st.integers(0, 2)))]
        jmap.positive_moments = [PositiveMoment(text=draw(texts), touchpoint_id=draw(st.sampled_from(tp_ids)))
                                 for _ in range(draw(st.integers(0, 2)))]
    pain_ids = [p.id for p in jmap.pain_points]
    jmap.actions = [Action(text=draw(texts),
                           touchpoint_id=draw(maybe(st.sampled_from(tp_ids))) if tp_ids else None,
                           pain_point_id=draw(maybe(st.sampled_from(pain_ids))) if pain_ids else None,
                           owner_id=draw(maybe(st.sampled_from([d.id for d in departments]))) if departments else None,
                           priority=draw(st.sampled_from(Priority)), status=draw(st.sampled_from(ActionStatus)),
                           resources_available=draw(texts), resources_needed=draw(texts),
                           expected_effect=draw(maybe(finite)), phase=draw(texts), planned_on=draw(maybe(days)))
                    for _ in range(draw(st.integers(0, 2)))]
    jmap.projected_statuses = draw(st.lists(st.sampled_from(ActionStatus), unique=True))
    jmap.projected_until = draw(maybe(days))
    _own_lanes(draw, jmap, tp_ids)
    jmap.notes = [Note(text=draw(texts), x=draw(finite), y=draw(finite), width=draw(st.floats(1, 1000)),
                       height=draw(st.floats(1, 1000)), color=draw(colors))
                  for _ in range(draw(st.integers(0, 2)))]
    targets = [jmap.id, *(x.id for x in [*stages, *touchpoints, *jmap.pain_points, *jmap.actions])]
    for _ in range(draw(st.integers(0, 2))):
        first = Comment(target_id=draw(st.sampled_from(targets)), text=draw(names), author=draw(texts),
                        created_at=draw(maybe(dates)), resolved=draw(st.booleans()))
        jmap.comments.append(first)
        if draw(st.booleans()):
            jmap.comments.append(Comment(target_id=first.target_id, text=draw(names), reply_to_id=first.id))
    return jmap


def _own_lanes(draw, jmap: JourneyMap, tp_ids: list[str]) -> None:
    """Lanes of the map's own, some shown, with at most one cell per touchpoint (and persona, for faces)."""
    jmap.custom_lanes = [CustomLane(title=draw(names), kind=draw(st.sampled_from(LaneKind)),
                                    unit=draw(st.text(max_size=8))) for _ in range(draw(st.integers(0, 3)))]
    for lane in jmap.custom_lanes:
        if draw(st.booleans()):
            jmap.lanes.insert(draw(st.integers(1, len(jmap.lanes))), lane.id)
        for tp_id in draw(st.lists(st.sampled_from(tp_ids), unique=True)) if tp_ids else []:
            if lane.kind is LaneKind.EMOTION:
                for persona_id in draw(st.lists(st.sampled_from(jmap.persona_ids), unique=True)) \
                        if jmap.persona_ids else []:
                    jmap.cells.append(LaneCell(lane_id=lane.id, touchpoint_id=tp_id, persona_id=persona_id,
                                               emotion=draw(maybe(st.sampled_from(Emotion)))))
            else:
                jmap.cells.append(LaneCell(lane_id=lane.id, touchpoint_id=tp_id, text=draw(texts),
                                           image=draw(maybe(photos)) if lane.kind is LaneKind.IMAGE else None,
                                           number=draw(maybe(finite)) if lane.kind is LaneKind.METRIC else None))


@st.composite
def fieldwork(draw):
    """A survey's fieldwork period: unknown, open at either end, or a start on or before its end."""
    start, end = draw(maybe(days)), draw(maybe(days))
    if start is not None and end is not None and end < start:
        start, end = end, start
    return {"fieldwork_start": start, "fieldwork_end": end}


@st.composite
def projects(draw):
    channels = [Channel(name=draw(names), kind=draw(st.sampled_from(ChannelKind)), color=draw(colors),
                        icon=draw(texts)) for _ in range(draw(st.integers(0, 3)))]
    departments = [Department(name=draw(names), color=draw(colors)) for _ in range(draw(st.integers(0, 2)))]
    personas = [Persona(name=draw(names), color=draw(colors), photo=draw(maybe(photos)),
                        age=draw(maybe(st.integers(0, 150))), occupation=draw(texts), demographics=draw(texts),
                        psychographics=draw(texts), motivations=draw(texts), frustrations=draw(texts),
                        quote=draw(texts), biography=draw(texts))
                for _ in range(draw(st.integers(0, 3)))]
    maps = [draw(journey_map(personas, channels, departments)) for _ in range(draw(st.integers(0, 2)))]
    surveys = []
    for jmap in maps:
        if draw(st.booleans()):
            questions = draw(st.lists(names, unique=True, max_size=3))
            tp_ids = [t.id for t in jmap.touchpoints]
            surveys.append(SurveyDataset(
                name=draw(names), map_id=jmap.id, source=draw(texts), imported_at=draw(maybe(dates)),
                scale_low=0, scale_high=10,
                question_touchpoints={q: draw(maybe(st.sampled_from(tp_ids))) if tp_ids else None for q in questions},
                nps_question=draw(maybe(st.sampled_from(questions))) if questions else None,
                answers=[SurveyAnswer(respondent=draw(texts), question=draw(st.sampled_from(questions)),
                                      value=draw(maybe(finite)), segment=draw(texts), comment=draw(texts))
                         for _ in range(draw(st.integers(0, 3)))] if questions else [],
                wave=draw(texts), **draw(fieldwork())))
    project = Project(name=draw(names), description=draw(texts), channels=channels, departments=departments,
                      personas=personas, maps=maps, surveys=surveys)
    assert project.problems() == [], project.problems()
    return project
