"""The interactive HTML map of maps full of hostile text: always a page that shows the text as text."""

from __future__ import annotations

import sys
from itertools import cycle
from pathlib import Path

from hypothesis import given, settings, strategies as st

from fuzz_harness import EXAMPLES
from cxdesigner.model import (
    Action, Channel, JourneyMap, Note, PainPoint, Persona, Project, Rating, Stage, Touchpoint,
)
from cxdesigner.render.html_map import html_page
from cxdesigner.render.html_text import clean

sys.path.insert(0, str(Path(__file__).parents[1] / "render"))
from html_reading import read_page  # noqa: E402

MARKUP = st.sampled_from(["</script>", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"'><svg onload=x>",
                          "]]>", "<!--", "-->", "&amp;", "&#0;", "\u2028", "\u2029", "\x00", "\ud800", "javascript:",
                          "url(http://x)", "@import 'x';", "</style>", "<![CDATA[", "\x1b[2J", "\r\n", "\ufeff"])
TEXT = st.lists(st.one_of(MARKUP, st.text(max_size=12)), max_size=6).map("".join)
COLOR = st.one_of(st.just("#336699"), st.text(max_size=12), st.just('red" onclick="x'))
NUMBER = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.floats(-1e6, 1e6))


def hostile_project(texts: list[str], colors: list[str], numbers: list[float]) -> Project:
    t, c, n = cycle(texts), cycle(colors), cycle(numbers)
    channel = Channel(name=next(t), color=next(c))
    persona = Persona(name=next(t), color=next(c), quote=next(t))
    stage = Stage(name=next(t), color=next(c), description=next(t))
    touchpoints = [Touchpoint(title=next(t), stage_id=stage.id, description=next(t), channel_id=channel.id,
                              thoughts=next(t)) for _ in range(2)]
    jmap = JourneyMap(name=next(t), description=next(t), persona_ids=[persona.id], stages=[stage],
                      touchpoints=touchpoints)
    jmap.ratings[(touchpoints[0].id, persona.id)] = Rating(touchpoint_id=touchpoints[0].id, persona_id=persona.id,
                                                           value=3, n=5, interval_low=next(n), interval_high=next(n))
    jmap.pain_points.append(PainPoint(text=next(t), touchpoint_ids=[touchpoints[1].id]))
    jmap.actions.append(Action(text=next(t), touchpoint_id=touchpoints[0].id, resources_needed=next(t)))
    jmap.notes.append(Note(text=next(t), x=next(n), y=next(n), width=next(n), height=next(n), color=next(c)))
    return Project(name=next(t), channels=[channel], personas=[persona], maps=[jmap])


@settings(max_examples=EXAMPLES, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=20), st.lists(COLOR, min_size=1, max_size=4),
       st.lists(NUMBER, min_size=1, max_size=4))
def test_hostile_texts_stay_text(texts, colors, numbers):
    project = hostile_project(texts, colors, numbers)
    html = html_page(project, [project.maps[0].id])
    html.encode("utf-8")  # no lone surrogate reaches the file
    page = read_page(html)
    assert {tag for tag, _ in page.tags} <= {
        "html", "head", "meta", "title", "style", "body", "header", "div", "label", "select", "option", "nav", "ul",
        "li", "a", "button", "main", "section", "h1", "h2", "h3", "h4", "h5", "p", "fieldset", "legend", "input",
        "span", "svg", "line", "circle", "rect", "polygon", "polyline", "path", "text", "tspan", "g", "image",
        "clippath", "aside", "dl", "dt", "dd", "ol", "dialog", "script"}
    assert len(page.scripts) == 2
    assert page.external_references() == []
    data = page.data()["details"]
    jmap = project.maps[0]
    assert data[jmap.touchpoints[0].id][0] == clean(jmap.touchpoints[0].title)
    for value in (jmap.touchpoints[1].title, jmap.pain_points[0].text, jmap.notes[0].text):
        if value.strip():
            assert " ".join(clean(value).split()) in " ".join(page.text.split())
