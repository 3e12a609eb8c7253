"""The interactive HTML map read back with html.parser: every text there, nothing fetched, nothing run."""

import base64
import hashlib
import re

import pytest

from cxdesigner.interchange.templates import load_template, template_names
from cxdesigner.model import RATING, Evidence, Note, Rating, Touchpoint
from cxdesigner.model.duplicate import duplicate_map
from cxdesigner.render.export import ExportOptions, export_maps, output_paths
from cxdesigner.render.html_map import html_page
from cxdesigner.render.html_text import json_data, wrap
from html_reading import read_page

INJECTION = "</script><img src=x onerror=alert(1)>"


def export(project, tmp_path, map_ids=None):
    path = tmp_path / "map.html"
    written = export_maps(project, map_ids or [m.id for m in project.maps], ExportOptions("html"), path)
    assert written == [path]
    return path.read_text(encoding="utf-8")


def user_texts(jmap):
    """What the user typed that the page must carry: titles, notes, pain points, actions."""
    return ([t.title for t in jmap.touchpoints] + [n.text for n in jmap.notes]
            + [p.text for p in jmap.pain_points] + [a.text for a in jmap.actions])


@pytest.mark.parametrize("name", template_names())
def test_every_template_carries_its_texts_and_fetches_nothing(qapp, tmp_path, name):
    project = load_template(name)
    page = read_page(export(project, tmp_path))
    for jmap in project.maps:
        for value in user_texts(jmap) + [jmap.name] + [s.name for s in jmap.stages]:
            assert value in page.text, value
    assert page.external_references() == []
    assert [tag for tag, _ in page.tags].count("svg") >= len(project.maps)


def test_the_hotel_map_is_small_and_says_everything_a_card_hides(qapp, tmp_path):
    project = load_template("hotel")
    jmap = project.maps[0]
    survey = Rating(touchpoint_id=jmap.touchpoints[2].id, persona_id=jmap.persona_ids[0], value=3.4,
                    evidence=Evidence.SURVEY, n=42, spread=0.9, interval_low=3.1, interval_high=3.7)
    project.set_value(RATING, jmap.id, survey)
    html = export(project, tmp_path)
    assert len(html.encode("utf-8")) < 300_000
    page = read_page(html)
    details = page.data()["details"]
    incident = next(t for t in jmap.touchpoints if "problem" in t.title)
    lines = details[incident.id][1]
    rated = [line for line in lines if line.startswith("Rating: ")]
    assert len(rated) == len(jmap.persona_ids)
    assert all(" on a scale from 1 to 5" in line for line in rated)
    words = details[f"{survey.touchpoint_id}|{survey.persona_id}"][1][0]
    assert words.endswith("3.4 on a scale from 1 to 5 · survey · n = 42 · standard deviation 0.9 · "
                          "95% interval 3.1 to 3.7")
    action = next(a for a in jmap.actions if a.resources_needed)
    assert f"Resources still needed: {action.resources_needed}" in details[action.id][1]
    owner = project.find(action.owner_id).name
    assert owner in details[action.id][1][0]
    # The journey as a structured list: a list of stages, each a list of touchpoints.
    entries = [attrs["id"] for tag, attrs in page.tags if tag == "li" and attrs.get("class") == "tp-entry"]
    assert entries == [f"d-{t.id}" for t in jmap.touchpoints]
    cards = [attrs for tag, attrs in page.tags if tag == "a" and attrs.get("class") == "tp"]
    assert [a["href"] for a in cards] == [f"#d-{t.id}" for t in jmap.touchpoints]  # Tab walks them, in order
    assert cards[0]["aria-label"] == f"Touchpoint 1 of 9: {jmap.touchpoints[0].title}"
    assert "Insights" in page.text and "Peak-end score" in page.text
    seams = [a["data-k"] for t, a in page.tags if t == "g" and a.get("class") == "seam"]
    assert seams and all(details[key][0] == "Gap" and "→" in details[key][1][0] for key in seams)


def test_an_injected_title_stays_text_everywhere(qapp, tmp_path):
    project = load_template("hotel")
    jmap = project.maps[0]
    touchpoint = jmap.touchpoints[0]
    project.update(touchpoint.id, title=INJECTION, description=f'"{INJECTION}\u2028&amp;')
    project.update(project.personas[0].id, name=f"Ann' onmouseover='alert(1){INJECTION}")
    project.add(Note(text=INJECTION), map_id=jmap.id)
    project.update(jmap.id, name=INJECTION)
    html = export(project, tmp_path)
    page = read_page(html)
    assert [tag for tag, _ in page.tags if tag in ("img", "iframe", "object", "embed")] == []
    assert len(page.scripts) == 2  # the data and the page's own script, nothing else
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)
    assert INJECTION in page.text
    assert page.data()["details"][touchpoint.id][0] == INJECTION
    assert f'"{INJECTION}\u2028&amp;' in page.data()["details"][touchpoint.id][1][1]
    data = next(body for attrs, body in page.scripts if attrs.get("type") == "application/json")
    assert not re.search("[<>&\u2028\u2029]", data)
    labels = [attrs["aria-label"] for tag, attrs in page.tags if tag == "a" and attrs.get("class") == "tp"]
    assert labels[0] == f"Touchpoint 1 of 9: {INJECTION}"


def test_the_policy_allows_only_the_pages_own_style_and_script(qapp, tmp_path):
    page = read_page(export(load_template("online-shop"), tmp_path))
    policy = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in policy and "connect-src" not in policy
    script = next(body for attrs, body in page.scripts if "type" not in attrs)
    for source in (script, page.styles[0]):
        digest = base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in policy


def test_several_maps_go_in_one_page_with_a_picker(qapp, tmp_path):
    project = load_template("hotel")
    project.add(duplicate_map(project.maps[0], "Hotel stay, weekend"))
    ids = [m.id for m in project.maps]
    assert output_paths(project, ids, ExportOptions("html"), tmp_path / "x.html") == [tmp_path / "x.html"]
    page = read_page(export(project, tmp_path))
    options = [attrs["value"] for tag, attrs in page.tags if tag == "option"]
    assert options == [f"m-{i}" for i in ids]
    sections = [attrs for tag, attrs in page.tags if tag == "section" and "map" in attrs.get("class", "").split()]
    assert [s["id"] for s in sections] == options
    assert "Hotel stay, weekend" in page.text


def test_one_map_has_no_picker_and_an_empty_map_still_makes_a_page(qapp, tmp_path):
    project = load_template("blank")
    page = read_page(export(project, tmp_path))
    assert not any(tag == "select" for tag, _ in page.tags)
    assert page.external_references() == []


def test_long_words_wrap_inside_their_box():
    lines = wrap("Supercalifragilisticexpialidocious" * 4 + " and more", 100, 12)
    assert len(lines) > 4 and all(lines)
    assert wrap("one\n\ntwo", 100, 12) == ["one", "", "two"]
    assert len(wrap("word " * 5000, 50, 12, most=10)) == 10


def test_script_data_escapes_what_ends_a_script():
    assert json_data({"a": "</script>&\u2028\u2029"}) == '{"a":"\\u003c/script\\u003e\\u0026\\u2028\\u2029"}'


def test_a_thousand_touchpoints_make_one_page(qapp):
    project = load_template("hotel")
    jmap = project.maps[0]
    for number in range(1000 - len(jmap.touchpoints)):
        project.add(Touchpoint(title=f"Extra step {number + 1}", stage_id=jmap.stages[number % 5].id), map_id=jmap.id)
    html = html_page(project, [jmap.id])
    assert html.count('class="tp"') == 1000 and "Extra step 991" in html


def test_a_huge_text_is_cut_on_the_map_and_whole_in_the_list(qapp, tmp_path):
    project = load_template("hotel")
    pain = project.maps[0].pain_points[0]
    huge = "word " * 40_000
    project.update(pain.id, text=huge)
    before = len(export(load_template("hotel"), tmp_path))
    html = export(project, tmp_path)
    page = read_page(html)
    assert huge.strip() in page.text  # in the journey list
    start = html.index('<svg class="map-svg"')
    svg = html[start:html.index("</svg>", start)]
    assert "word word…" in svg and len(svg) < before  # a chip shows 2,000 characters, as in the editor


def test_the_page_places_cards_where_the_editor_does(qapp):
    from cxdesigner.canvas.editing_scene import EditingScene
    from cxdesigner.editor.document import Document
    from cxdesigner.render.html_svg import MapSvg
    project = load_template("hotel")
    jmap = project.maps[0]
    document = Document(project)
    scene = EditingScene(document, jmap.id)
    try:
        _, layout = MapSvg(project, jmap, {}).build()
        assert layout.x_of == scene.layout.x_of
        assert [(s.left, s.right) for s in layout.stages] == [(s.left, s.right) for s in scene.layout.stages]
        assert layout.lanes == scene.layout.lanes
        tops = sorted(layout.lane_top, key=layout.lane_top.get)
        assert tops == sorted(scene.layout.lane_top, key=scene.layout.lane_top.get)
    finally:
        scene.detach()
        document.close()
