"""Mermaid journey diagrams: export, import, refusals, and map -> Mermaid -> map round trips."""

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import scales

from cxdesigner.interchange.mermaid import (KEYWORD_GUARD, MAX_CHARS, MAX_TASKS, MERMAID_SCALE, MermaidError,
                                            escape, from_mermaid_score, map_to_mermaid, mermaid_to_project,
                                            to_mermaid_score, unescape)
from cxdesigner.interchange.templates import load_template, template_names
from cxdesigner.model import RATING, JourneyMap, Persona, Project, Rating, SatisfactionScale, Stage, Touchpoint

ODD_TITLES = ["Pays: by card", "Room #12", "Checks in; then rests", "Two\nlines", "Windows\r\nline", "100%% sure",
              "50% off", "🛎️ Rings the bell 😀", "يصل إلى الفندق", "שלום: עולם", "Journey planning",
              "title deed", "Section 8 housing", "accTitle: x", "accDescr { y }", "a, b, and c", "Says \"hi\"",
              "%% not a comment", "journey"]


def _map_with(titles, personas=("Anna",), scale=None):
    """A one-stage map whose touchpoints have ``titles``, all rated in the middle of the scale by every persona."""
    people = [Persona(name=n) for n in personas]
    stage = Stage(name="Stay")
    touchpoints = [Touchpoint(title=t, stage_id=stage.id) for t in titles]
    jmap = JourneyMap(name="Trip", scale=scale or SatisfactionScale(), persona_ids=[p.id for p in people],
                      stages=[stage], touchpoints=touchpoints)
    for tp in touchpoints:
        for person in people:
            jmap.ratings[(tp.id, person.id)] = Rating(touchpoint_id=tp.id, persona_id=person.id,
                                                      value=jmap.scale.neutral)
    project = Project(personas=people, maps=[jmap])
    assert project.problems() == []
    return project, jmap


def _round_trip(project, jmap):
    text = map_to_mermaid(project, jmap)
    back = mermaid_to_project(text)
    assert back.problems() == []
    return text, back, back.maps[0]


def _assert_same_journey(project, jmap, back):
    (imported,) = back.maps
    assert imported.name == jmap.name.strip()
    assert [s.name for s in imported.stages] == [s.name.strip() for s in jmap.stages] or not jmap.stages
    assert [(imported.stages[imported.stage_index(t.stage_id)].name, t.title) for t in imported.touchpoints] == \
        [(jmap.stages[jmap.stage_index(t.stage_id)].name.strip(), t.title.strip()) for t in jmap.touchpoints]
    names = [project.find(p).name.strip() for p in jmap.persona_ids]
    assert [back.find(p).name for p in imported.persona_ids] == names
    half_step = (jmap.scale.high - jmap.scale.low) / 8 + 1e-9
    for original, copy in zip(jmap.touchpoints, imported.touchpoints):
        for persona_id, copy_id in zip(jmap.persona_ids, imported.persona_ids):
            rating, copied = jmap.rating(original.id, persona_id), imported.rating(copy.id, copy_id)
            assert (rating is None) == (copied is None)
            if rating is not None:
                assert abs(from_mermaid_score(copied.value, jmap.scale) - rating.value) <= half_step


# -- export ------------------------------------------------------------------


def test_export_has_a_section_per_stage_and_a_line_per_distinct_score(project):
    jmap = project.maps[0]
    anna, ben = jmap.persona_ids
    visit = jmap.touchpoints[0]
    project.set_value(RATING, jmap.id, Rating(touchpoint_id=visit.id, persona_id=ben, value=4))
    project.add(Stage(name="Loyalty"), map_id=jmap.id)
    lines = [line.strip() for line in map_to_mermaid(project, jmap).splitlines()]
    assert lines[:3] == ["journey", "title Hotel", "%% actors: Anna, Ben"]
    assert lines[3].startswith("%% left out: ")
    assert lines[4:7] == ["section Booking", "Visit site: 4: Anna, Ben", "Book room: 3: Anna"]
    assert lines[7:10] == ["section Stay", "Check in: 2: Anna", "Enter room: 5: Anna"]
    assert lines[10:] == ["section Loyalty"]


def test_what_mermaid_has_no_place_for_is_said(project):
    from cxdesigner.interchange.mermaid import left_out, left_out_sentence, mermaid_to_project
    from cxdesigner.model import ActionStatus, CustomLane, LaneKind
    jmap = project.maps[0]
    jmap.custom_lanes.append(CustomLane(title="Customer\nsays", kind=LaneKind.TEXT))
    dropped = left_out(project, jmap)
    assert dropped[:5] == ["1 pain point", "1 positive moment", "1 action", "1 goal", "1 note"]
    assert "the map's own lane (Customer\nsays)" in dropped
    assert "the projected line" not in dropped
    jmap.projected_statuses = [ActionStatus.PLANNED]
    assert left_out(project, jmap)[-1] == "the projected line"
    jmap.projected_statuses = []
    assert left_out_sentence(project, jmap).startswith("Mermaid keeps Hotel's stages, touchpoints and ratings")
    text = map_to_mermaid(project, jmap)
    assert sum(line.strip().startswith("%% left out:") for line in text.splitlines()) == 1
    back = mermaid_to_project(text)  # the comment is read past
    assert [t.title for t in back.maps[0].touchpoints] == [t.title for t in jmap.touchpoints]


def test_a_map_with_nothing_mermaid_cannot_hold_has_no_left_out_line():
    from cxdesigner.interchange.mermaid import left_out_sentence, mermaid_to_project
    project = mermaid_to_project("journey\n  title Plain\n  section A\n    Task: 5: Me\n")
    assert left_out_sentence(project, project.maps[0]) == ""
    assert "left out" not in map_to_mermaid(project, project.maps[0])


def test_different_scores_give_consecutive_lines_with_the_same_title(project):
    text = map_to_mermaid(project, project.maps[0])
    assert "        Visit site: 4: Anna\n        Visit site: 2: Ben\n" in text


def test_an_unrated_touchpoint_is_marked_and_has_no_actors(project):
    jmap = project.maps[0]
    for persona_id in jmap.persona_ids:
        project.clear_value(RATING, jmap.id, jmap.touchpoints[1].id, persona_id)
    assert "        %% unrated\n        Book room: 3\n" in map_to_mermaid(project, jmap)


@pytest.mark.parametrize("low,high,value,score", [
    (1, 5, 4, 4), (1, 10, 1, 1), (1, 10, 10, 5), (1, 10, 5.5, 3), (1, 10, 2.125, 2), (1, 10, 2.1, 1),
    (-2, 2, -2, 1), (-2, 2, 0, 3), (-2, 2, 1, 4), (-2, 2, 2, 5), (0, 100, 62.5, 4), (0, 100, 62.4, 3),
    (0, 100, 37.5, 3), (1, 10, 4.375, 3), (-2, 2, -1.5, 2), (-2, 2, 0.5, 4),
])
def test_scores_convert_linearly_and_round_halves_up(low, high, value, score):
    assert to_mermaid_score(value, SatisfactionScale(low, high)) == score


def test_scores_convert_back_onto_the_scale():
    assert from_mermaid_score(1, SatisfactionScale(-2, 2)) == -2
    assert from_mermaid_score(4, SatisfactionScale(-2, 2)) == 1
    assert from_mermaid_score(3, SatisfactionScale(1, 10)) == 5.5


def test_names_lose_the_characters_mermaid_reads_as_syntax():
    project, jmap = _map_with(["Pays: now #1; then\nleaves 100%%"])
    project.update(jmap.id, name="Map: #1; of 2")
    project.update(jmap.stages[0].id, name="Stay: #2; days")
    project.update(project.personas[0].id, name="Ann, Bob: #3")
    text = map_to_mermaid(project, jmap)
    lines = text.splitlines()
    assert lines[1] == "    title Map\uA789 \uFF031\uFF1B of 2"
    assert lines[3] == "    section Stay\uA789 \uFF032\uFF1B days"
    assert lines[4] == "        Pays\uA789 now \uFF031\uFF1B then\u2424leaves 100\uFF05\uFF05: 3: Ann\u201A Bob\uA789 \uFF033"
    assert len(lines) == 5


@pytest.mark.parametrize("title", ["Journey planning", "journey", "Title deed", "section 8", "accDescr { y }"])
def test_task_names_that_look_like_keywords_are_guarded(title):
    project, jmap = _map_with([title])
    assert f"        {KEYWORD_GUARD}{escape(title)}: 3: Anna\n" in map_to_mermaid(project, jmap)


def test_escapes_are_reversible():
    for text in ODD_TITLES:
        assert unescape(escape(text)) == text
        assert unescape(escape(text, actor=True), actor=True) == text
    assert "," in escape("a, b") and "," not in escape("a, b", actor=True)
    assert escape("50% off") == "50% off"


def test_personas_sharing_a_name_are_numbered_apart():
    project, jmap = _map_with(["Pays"], personas=("Anna", "Anna", "Anna (2)"))
    assert "Pays: 3: Anna, Anna (2), Anna (2) (2)" in map_to_mermaid(project, jmap)


# -- round trips -------------------------------------------------------------


@pytest.mark.parametrize("name", template_names())
def test_templates_round_trip(name):
    project = load_template(name)
    for jmap in project.maps:
        _, back, _ = _round_trip(project, jmap)
        _assert_same_journey(project, jmap, back)


def test_scales_of_the_templates_are_covered():
    kinds = {(m.scale.low, m.scale.high) for n in template_names() for m in load_template(n).maps}
    assert {(1, 5), (1, 10), (-2, 2)} <= kinds


def test_odd_titles_round_trip():
    project, jmap = _map_with(ODD_TITLES, personas=("Zoë: \"Z\", #1", "سارة", "%% x"), scale=SatisfactionScale(-2, 2))
    project.update(jmap.stages[0].id, name="Stage: #1; 100%% 🛎️")
    _, back, imported = _round_trip(project, jmap)
    _assert_same_journey(project, jmap, back)
    assert [t.title for t in imported.touchpoints] == ODD_TITLES


def test_unrated_touchpoints_and_silent_personas_survive():
    project, jmap = _map_with(["Arrives", "Waits", "Leaves"], personas=("Anna", "Ben", "Cleo"))
    anna, ben, cleo = jmap.persona_ids
    waits = jmap.touchpoints[1].id
    for persona_id in (anna, ben, cleo):
        project.clear_value(RATING, jmap.id, waits, persona_id)
    for tp in jmap.touchpoints:
        project.clear_value(RATING, jmap.id, tp.id, cleo)
    _, back, imported = _round_trip(project, jmap)
    _assert_same_journey(project, jmap, back)
    assert not any(t == imported.touchpoints[1].id for t, _ in imported.ratings)
    assert [p.name for p in back.personas] == ["Anna", "Ben", "Cleo"]


def test_consecutive_touchpoints_with_the_same_title_stay_apart():
    project, jmap = _map_with(["Waits", "Waits", "Waits", "Waits"], personas=("Anna", "Ben"))
    anna, ben = jmap.persona_ids
    first, second, third, _ = jmap.touchpoints
    project.clear_value(RATING, jmap.id, first.id, ben)
    project.clear_value(RATING, jmap.id, second.id, anna)
    for persona_id in (anna, ben):
        project.clear_value(RATING, jmap.id, third.id, persona_id)
    text, back, imported = _round_trip(project, jmap)
    assert "%% new touchpoint" in text
    assert len(imported.touchpoints) == 4
    _assert_same_journey(project, jmap, back)


def test_an_empty_map_round_trips_to_one_stage():
    project = load_template("blank")
    jmap = project.maps[0]
    _, back, imported = _round_trip(project, jmap)
    _assert_same_journey(project, jmap, back)
    assert imported.touchpoints == [] and imported.ratings == {}


ODD = st.sampled_from([":", "#", ";", "%", "%%", ",", "\n", "\r\n", " ", "🛎️", "😀", "ش", "ע", "\u200f", "é", "\t",
                       "journey", "title ", "section ", "accDescr", "{", "}", "\"", "'", "-", "="])
odd_text = st.lists(ODD | st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=4),
                    min_size=1, max_size=6).map("".join)
names = odd_text.filter(lambda s: s.strip() == s and s and not s.startswith(KEYWORD_GUARD)
                        and unescape(escape(s)) == s and unescape(s, actor=True) == s)


@st.composite
def odd_projects(draw):
    scale = draw(scales())
    people = [Persona(name=n) for n in draw(st.lists(names, max_size=3, unique=True))]
    stages = [Stage(name=draw(names)) for _ in range(draw(st.integers(1, 3)))]
    touchpoints = [Touchpoint(title=draw(st.sampled_from(["Waits", "Waits: again"]) | names), stage_id=s.id)
                   for s in stages for _ in range(draw(st.integers(0, 4)))]
    jmap = JourneyMap(name=draw(names), scale=scale, persona_ids=[p.id for p in people], stages=stages,
                      touchpoints=touchpoints)
    for tp in touchpoints:
        for person in people:
            if draw(st.booleans()):
                value = draw(st.floats(scale.low, scale.high, allow_nan=False))
                jmap.ratings[(tp.id, person.id)] = Rating(touchpoint_id=tp.id, persona_id=person.id, value=value)
    project = Project(personas=people, maps=[jmap])
    assert project.problems() == []
    return project


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(odd_projects())
def test_any_map_round_trips(project):
    jmap = project.maps[0]
    _, back, _ = _round_trip(project, jmap)
    _assert_same_journey(project, jmap, back)


# -- import ------------------------------------------------------------------

WORKING_DAY = """journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
"""


def test_the_mermaid_documentation_example_imports():
    project = mermaid_to_project(WORKING_DAY)
    assert project.problems() == []
    (jmap,) = project.maps
    assert project.name == jmap.name == "My working day"
    assert jmap.scale == SatisfactionScale(1, 5, 1)
    assert jmap.scale.low_label and jmap.scale.high_label
    assert [s.name for s in jmap.stages] == ["Go to work", "Go home"]
    assert [t.title for t in jmap.touchpoints] == ["Make tea", "Go upstairs", "Do work", "Go downstairs", "Sit down"]
    assert [jmap.stages[jmap.stage_index(t.stage_id)].name for t in jmap.touchpoints] == ["Go to work"] * 3 + \
        ["Go home"] * 2
    me, cat = project.personas
    assert (me.name, cat.name) == ("Me", "Cat") and me.color != cat.color
    assert jmap.persona_ids == [me.id, cat.id]
    assert [jmap.rating(t.id, me.id).value for t in jmap.touchpoints] == [5, 3, 1, 5, 5]
    assert [bool(jmap.rating(t.id, cat.id)) for t in jmap.touchpoints] == [False, False, True, False, False]


def test_the_name_argument_names_the_project():
    project = mermaid_to_project(WORKING_DAY, name="Office study")
    assert project.name == "Office study" and project.maps[0].name == "My working day"


def test_tasks_before_any_section_go_into_a_first_stage():
    project = mermaid_to_project("journey\nWakes up: 2: Me\nsection Work\nWorks: 3: Me\n")
    assert [s.name for s in project.maps[0].stages] == ["Journey", "Work"]
    assert project.maps[0].name == "Customer journey"


def test_a_diagram_without_sections_or_tasks_has_one_stage():
    project = mermaid_to_project("journey\n  title Nothing yet\n")
    assert [s.name for s in project.maps[0].stages] == ["Journey"] and project.problems() == []


def test_consecutive_tasks_with_the_same_title_merge_until_an_actor_repeats():
    project = mermaid_to_project("journey\nsection S\nPays: 4: Ann, Bob\nPays: 2: Cy\nPays: 1: Ann\nPays: 5: Bob\n"
                                 "Leaves: 3: Ann\nsection T\nLeaves: 3: Ann\n")
    jmap = project.maps[0]
    ann, bob, cy = (p.id for p in project.personas)
    assert [t.title for t in jmap.touchpoints] == ["Pays", "Pays", "Leaves", "Leaves"]
    first, second = jmap.touchpoints[:2]
    assert [jmap.rating(first.id, p).value for p in (ann, bob, cy)] == [4, 4, 2]
    assert jmap.rating(second.id, ann).value == 1 and jmap.rating(second.id, bob).value == 5
    assert jmap.rating(second.id, cy) is None


def test_tasks_without_actors_are_rated_by_a_customer_unless_marked_unrated():
    project = mermaid_to_project("journey\nsection S\nArrives: 04\n%% unrated\nWaits: 3\nLeaves: 2:\n")
    jmap = project.maps[0]
    (customer,) = project.personas
    assert customer.name == "Customer" and jmap.persona_ids == [customer.id]
    assert [getattr(jmap.rating(t.id, customer.id), "value", None) for t in jmap.touchpoints] == [4, None, 2]


def test_no_customer_is_made_when_nobody_needs_one():
    project = mermaid_to_project("journey\nsection S\n%% unrated\nWaits: 3\n")
    assert project.personas == [] and project.maps[0].persona_ids == []
    assert len(project.maps[0].touchpoints) == 1


def test_the_actors_marker_orders_personas_and_keeps_silent_ones():
    project = mermaid_to_project("journey\n%% actors: Zed, Amy\nsection S\nPays: 3: Amy, Bob\n")
    assert [p.name for p in project.personas] == ["Zed", "Amy", "Bob"]
    assert project.maps[0].persona_ids == [p.id for p in project.personas]


def test_comments_blank_lines_indentation_accessibility_crlf_and_bom_are_accepted():
    text = ("\ufeff---\r\nconfig:\r\n  theme: forest\r\n---\r\n%%{init: {'theme': 'base'}}%%\r\n# a note\r\n"
            "\r\n  JOURNEY  \r\n\taccTitle: Hotel stay\r\n  accDescr {\r\n    The stay\r\n    of a guest\r\n  }\r\n"
            "\r\n%% a comment\r\n    Section   Stay  \r\n\t\tChecks in  :  4  :  Ann ,  Bob   # late\r\n\r\n")
    project = mermaid_to_project(text)
    jmap = project.maps[0]
    assert jmap.name == "Hotel stay" and jmap.description == "The stay\nof a guest"
    assert [s.name for s in jmap.stages] == ["Stay"]
    assert [t.title for t in jmap.touchpoints] == ["Checks in"]
    assert [p.name for p in project.personas] == ["Ann", "Bob"]
    assert all(r.value == 4 for r in jmap.ratings.values()) and len(jmap.ratings) == 2


def test_one_line_acc_description_and_front_matter_title():
    project = mermaid_to_project("---\ntitle: Front\n---\njourney\naccDescr: Short; really # yes\nsection S\n")
    assert project.maps[0].name == "Front" and project.maps[0].description == "Short; really # yes"


def test_the_title_line_wins_over_other_titles():
    project = mermaid_to_project("journey\naccTitle: Other\ntitle Main: part\n")
    assert project.maps[0].name == "Main: part"


def test_many_actors_get_distinct_colours():
    actors = ", ".join(f"P{i}" for i in range(40))
    project = mermaid_to_project(f"journey\nsection S\nPays: 3: {actors}\n")
    colours = [p.color for p in project.personas]
    assert len(set(colours)) == 40 and all(len(c) == 7 and c.startswith("#") for c in colours)
    assert project.problems() == []


@pytest.mark.parametrize("text,line,words", [
    ("flowchart TD\n  A --> B\n", 1, "starts with the word 'journey'"),
    ("%% hello\n\njourney x\n", 3, "starts with the word 'journey'"),
    ("journey\nsection S\nPays: 7: Ann\n", 3, "the score must be a whole number from 1 to 5"),
    ("journey\nsection S\nPays: 0: Ann\n", 3, "the score must be a whole number from 1 to 5"),
    ("journey\nsection S\nPays: 3.5: Ann\n", 3, "the score must be a whole number from 1 to 5"),
    ("journey\nsection S\n\nPays: high: Ann\n", 4, "the score must be a whole number from 1 to 5"),
    ("journey\nsection S\nPays:\n", 3, "the score must be a whole number from 1 to 5"),
    ("journey\nsection S\nPays: -3: Ann\n", 3, "the score must be a whole number from 1 to 5"),
    ("journey\nsection S\nPays: " + "9" * 5000 + "\n", 3, "the score must be a whole number from 1 to 5"),
    ("journey\nsection S\nPays for the room\n", 3, "neither a title, a section nor a task"),
    ("journey\nsection S\n  : 3: Ann\n", 3, "no name before its colon"),
    ("journey\nsection S\nPays: 3: Ann: Bob\n", 3, "separated by two colons at most"),
    ("journey\nsection A: B\n", 2, "a section name cannot contain ':'"),
    ("journey\nsection\n", 2, "a section needs a name"),
    ("journey\ntitle A; B\n", 2, "do not allow ';'"),
    ("journey\nsection S\nPays; 3: Ann\n", 3, "do not allow ';'"),
    ("journey\njourney\n", 2, "may only open the diagram"),
    ("journey\naccDescr {\n  never closed\n", 2, "never closed with '}'"),
    ("---\ntitle: x\njourney\n", 1, "never closed with '---'"),
])
def test_bad_input_is_refused_naming_the_line(text, line, words):
    with pytest.raises(MermaidError) as caught:
        mermaid_to_project(text)
    message = str(caught.value)
    assert message.startswith(f"Line {line}: ") and words in message
    assert message.endswith(".") and message.count(". ") == 0 and "\n" not in message


@pytest.mark.parametrize("text", ["", "   \n\n", "\ufeff", "%% only a comment\n# and another\n"])
def test_empty_text_is_refused(text):
    with pytest.raises(MermaidError, match="holds no Mermaid journey diagram"):
        mermaid_to_project(text)


def test_absurdly_large_text_is_refused():
    with pytest.raises(MermaidError, match="too large"):
        mermaid_to_project("journey\n" + "%" * MAX_CHARS)


def test_too_many_tasks_are_refused():
    text = "journey\nsection S\n" + "Pays: 3: Ann\n" * (MAX_TASKS + 1)
    with pytest.raises(MermaidError, match=f"^Line {MAX_TASKS + 3}: .*more than 20,000 tasks"):
        mermaid_to_project(text)


def test_too_many_actors_are_refused():
    actors = ", ".join(f"P{i}" for i in range(1001))
    with pytest.raises(MermaidError, match="^Line 3: .*more than 1,000 actors"):
        mermaid_to_project(f"journey\nsection S\nPays: 3: {actors}\n")


def test_the_error_is_a_value_error():
    assert issubclass(MermaidError, ValueError)
    assert MERMAID_SCALE == SatisfactionScale(1, 5, 1)


def test_the_module_needs_no_qt():
    probe = ("import sys, cxdesigner.interchange.mermaid; "
             "sys.exit(any(m.startswith(('PySide6', 'sqlalchemy')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", probe]).returncode == 0
