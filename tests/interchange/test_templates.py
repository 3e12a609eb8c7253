"""Every bundled template loads, is sound, saves, checks and round-trips."""

import pytest

from cxdesigner.interchange.json_form import dumps, loads
from cxdesigner.interchange.templates import load_template, template_names, template_summary
from cxdesigner.storage import open_project, save_project


def test_the_promised_templates_are_there():
    names = template_names()
    assert names[0] == "blank"
    assert {"blank", "hotel"} <= set(names) and len(names) >= 4


@pytest.mark.parametrize("name", template_names())
def test_template_is_sound_and_round_trips(name, tmp_path):
    project = load_template(name)
    assert project.problems() == []
    assert template_summary(name).endswith(".")
    path = tmp_path / f"{name}.cxd"
    save_project(project, path)
    assert open_project(path) == project
    assert loads(dumps(project)) == project


def test_each_project_from_a_template_gets_fresh_ids():
    first, second = load_template("hotel"), load_template("hotel")
    ids = {item.id for item, _ in first.walk()}
    assert ids.isdisjoint(item.id for item, _ in second.walk())
    assert first.id != second.id


def test_hotel_is_the_domain_example():
    hotel = load_template("hotel")
    (jmap,) = hotel.maps
    assert len(jmap.touchpoints) == 9 and len(jmap.stages) == 5 and len(jmap.persona_ids) == 2
    for persona_id in jmap.persona_ids:
        assert all(jmap.rating(t.id, persona_id) for t in jmap.touchpoints)
        assert any(g.persona_id == persona_id for g in jmap.goals)
    assert jmap.pain_points and jmap.positive_moments and jmap.actions
    assert all(t.channel_id and t.department_id for t in jmap.touchpoints)


@pytest.mark.parametrize("name", [n for n in template_names() if n != "blank"])
def test_example_templates_teach_a_complete_map(name):
    (jmap,) = load_template(name).maps
    assert len(jmap.touchpoints) >= 9 and len(jmap.persona_ids) >= 2
    assert jmap.goals and jmap.pain_points and jmap.positive_moments and jmap.actions


def test_unknown_template():
    with pytest.raises(KeyError, match="no template called 'nope'"):
        load_template("nope")


def test_fresh_ids_touch_references_only():
    from cxdesigner.interchange.templates import _fresh_ids
    document = {"project": {"id": "p", "name": "p", "maps": [{"id": "m", "persona_ids": ["p"], "notes": [
        {"id": "n", "text": "m"}]}], "surveys": [{"map_id": "m", "question_touchpoints": {"m": "t"}}]}}
    project = _fresh_ids(document)["project"]
    jmap = project["maps"][0]
    assert project["name"] == "p" and jmap["notes"][0]["text"] == "m"
    assert jmap["persona_ids"] == [project["id"]] and project["surveys"][0]["map_id"] == jmap["id"]
    assert list(project["surveys"][0]["question_touchpoints"]) == ["m"]
    assert len({project["id"], jmap["id"], jmap["notes"][0]["id"]}) == 3
