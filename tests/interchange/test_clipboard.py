"""Touchpoints copied from one map paste into another, in this project or another one."""

import json

import pytest

from cxdesigner.interchange.clipboard import FORMAT, copy_touchpoints, paste_touchpoints
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Channel, Persona


def test_same_project_keeps_links_and_ratings(project):
    jmap = project.maps[0]
    text = copy_touchpoints(project, jmap, [jmap.touchpoints[1].id, jmap.touchpoints[0].id])
    assert json.loads(text)["format"] == FORMAT
    pasted = paste_touchpoints(project, jmap, text, jmap.stages[1].id)
    assert [t.title for t, _ in pasted] == ["Visit site", "Book room"]  # journey order
    (first, ratings), (second, _) = pasted
    assert first.id != jmap.touchpoints[0].id and first.stage_id == jmap.stages[1].id
    assert first.channel_id == jmap.touchpoints[0].channel_id
    assert {r.persona_id: r.value for r in ratings} == {p: 4 if i == 0 else 2 for i, p in enumerate(jmap.persona_ids)}
    assert all(r.touchpoint_id == first.id for r in ratings)
    assert second.department_id == jmap.touchpoints[1].department_id


def test_another_project_matches_by_name_and_converts_the_scale(project):
    source = project.maps[0]
    text = copy_touchpoints(project, source, [source.touchpoints[0].id])
    other = load_template("online-shop")
    target = other.maps[0]
    other.channels.append(Channel(name="Website"))
    other.personas[0].name = "Anna"
    pasted = paste_touchpoints(other, target, text, target.stages[0].id)
    (touchpoint, ratings), = pasted
    assert touchpoint.channel_id == other.channels[-1].id and touchpoint.department_id is None
    assert [(r.persona_id, r.value) for r in ratings] == [(target.persona_ids[0], 7.75)]  # 4 on 1-5 is 7.75 on 1-10
    assert not any(isinstance(p, Persona) and p.name == "Ben" for p in other.personas)


@pytest.mark.parametrize("text", ["hello", "{}", '{"format": "cxdesigner-touchpoints", "version": 1}', "[1]"])
def test_anything_else_is_refused_plainly(project, text):
    with pytest.raises(ValueError, match="no touchpoints CX Designer can paste"):
        paste_touchpoints(project, project.maps[0], text, project.maps[0].stages[0].id)
