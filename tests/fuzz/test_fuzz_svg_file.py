"""The SVG file of any map, however hostile its texts and numbers: always well-formed XML, never an error."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import cycle

from hypothesis import HealthCheck, given, settings, strategies as st

from fuzz_harness import EXAMPLES
from strategies import projects
from cxdesigner.model import (
    Action, Channel, CustomLane, Department, Emotion, Goal, JourneyMap, LaneCell, LaneKind, Note, PainPoint,
    Persona, PositiveMoment, Project, Rating, Stage, Touchpoint,
)
from cxdesigner.render.export import drawable
from cxdesigner.render.files import svg_bytes

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = st.sampled_from(["<", ">", "&", '"', "'", "]]>", "<!--", "<![CDATA[", "&amp;", "&#0;", "\x00", "\x01",
                           "\x08", "\x0b", "\x1b[2J", "\x7f", "\ufffe", "\uffff", "\u2028", "\r\n", "\t", "\ufeff",
                           "\u00ad", "👩‍👩‍👧‍👦", "🏨" * 50, "x" * 3000, "Geschäftsreisende" * 40, "</svg>",
                           "<script>alert(1)</script>", "\u202e", " " * 20])
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=12)), max_size=5).map("".join)
COLOR = st.one_of(st.just("#336699"), st.text(max_size=9), st.just('red" onload="x'))
NUMBER = st.one_of(st.sampled_from([1e308, -1e308, 0.0, -0.0, 5e-324, 1e15]), st.floats(allow_nan=True, allow_infinity=True),
                   st.floats(-1e4, 1e4))
#: What XML 1.0 allows in a document.
XML_CHARS = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def hostile_project(texts: list[str], colors: list[str], numbers: list[float]) -> Project:
    t, c, n = cycle(texts), cycle(colors), cycle(numbers)
    channel = Channel(name=next(t), color=next(c), icon=next(t))
    department = Department(name=next(t), color=next(c))
    persona = Persona(name=next(t), color=next(c), quote=next(t))
    stage = Stage(name=next(t), color=next(c), description=next(t))
    touchpoints = [Touchpoint(title=next(t), stage_id=stage.id, channel_id=channel.id, department_id=department.id,
                              customer_action=next(t), thoughts=next(t), feelings=next(t)) for _ in range(3)]
    jmap = JourneyMap(name=next(t), description=next(t), persona_ids=[persona.id], stages=[stage],
                      touchpoints=touchpoints)
    for tp in touchpoints:
        jmap.ratings[(tp.id, persona.id)] = Rating(touchpoint_id=tp.id, persona_id=persona.id, value=next(n), n=5,
                                                   interval_low=next(n), interval_high=next(n))
    jmap.pain_points.append(PainPoint(text=next(t), touchpoint_ids=[touchpoints[1].id]))
    jmap.positive_moments.append(PositiveMoment(text=next(t), touchpoint_id=touchpoints[2].id))
    jmap.actions.append(Action(text=next(t), touchpoint_id=touchpoints[0].id, phase=next(t), expected_effect=next(n)))
    jmap.goals.append(Goal(persona_id=persona.id, text=next(t), first_id=touchpoints[0].id, last_id=stage.id))
    jmap.notes.append(Note(text=next(t), x=next(n), y=next(n), width=next(n), height=next(n), color=next(c)))
    for kind in (LaneKind.METRIC, LaneKind.TEXT, LaneKind.EMOTION, LaneKind.BACKSTAGE):
        lane = CustomLane(title=next(t), kind=kind, unit=next(t))
        jmap.custom_lanes.append(lane)
        jmap.lanes.append(lane.id)
        jmap.cells.append(LaneCell(lane_id=lane.id, touchpoint_id=touchpoints[0].id, text=next(t),
                                   number=next(n) if kind is LaneKind.METRIC else None,
                                   persona_id=persona.id if kind is LaneKind.EMOTION else None,
                                   emotion=Emotion.ANGRY if kind is LaneKind.EMOTION else None))
    return Project(name=next(t), channels=[channel], departments=[department], personas=[persona], maps=[jmap])


def well_formed(data: bytes) -> ET.Element:
    text = data.decode("utf-8")  # no lone surrogate reached the file
    assert not XML_CHARS.search(text)
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg"
    return root


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=1, max_size=24), st.lists(COLOR, min_size=1, max_size=4),
       st.lists(NUMBER, min_size=1, max_size=6))
def test_hostile_texts_and_numbers_make_well_formed_svg(texts, colors, numbers):
    project = drawable(hostile_project(texts, colors, numbers))  # as the export cuts every text it draws
    root = well_formed(svg_bytes(project, project.maps[0].id))
    said = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    title = XML_CHARS.sub("", project.maps[0].touchpoints[0].title)
    for word in title.split()[:3]:
        assert word.replace("\u00ad", "")[:20] in said.replace("\u00ad", "")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_any_generated_map_makes_well_formed_svg(project):
    for jmap in project.maps:
        root = well_formed(svg_bytes(project, jmap.id, summary=True))
        ids = {e.get("id") for e in root.iter()}
        assert all(f"touchpoint-{t.id}" in ids for t in jmap.touchpoints)
