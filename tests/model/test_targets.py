"""Targets: the "to-be" satisfaction beside the current one, with the same rules and undo."""

import copy

import pytest

from cxdesigner.model import TARGET, SatisfactionScale, Target, ValueChanged
from cxdesigner.model.duplicate import duplicate_map


def _events(project):
    seen = []
    project.subscribe(seen.append)
    return seen


def test_set_and_clear_emit_events(project):
    jmap = project.maps[0]
    anna = project.personas[0]
    tp = jmap.touchpoints[2]
    seen = _events(project)
    project.set_value(TARGET, jmap.id, Target(touchpoint_id=tp.id, persona_id=anna.id, value=4))
    project.set_value(TARGET, jmap.id, Target(touchpoint_id=tp.id, persona_id=anna.id, value=5))
    assert jmap.target(tp.id, anna.id).value == 5
    project.clear_value(TARGET, jmap.id, tp.id, anna.id)
    project.clear_value(TARGET, jmap.id, tp.id, anna.id)  # nothing left: no event
    assert [(type(e), e.kind, e.old and e.old.value, e.new and e.new.value) for e in seen] == [
        (ValueChanged, TARGET, None, 4), (ValueChanged, TARGET, 4, 5), (ValueChanged, TARGET, 5, None)]
    assert seen[-1].item.value == 5 and seen[0].item.value == 4
    assert jmap.targets == {} and jmap.ratings[(tp.id, anna.id)].value == 2  # the current rating is untouched


@pytest.mark.parametrize("change,message", [
    (dict(value=6), "A target must lie between 1 and 5"),
    (dict(value=float("nan")), "A target must lie between"),
    (dict(persona_id="nobody"), "persona of its map"),
    (dict(touchpoint_id="nowhere"), "touchpoint of its map"),
])
def test_targets_follow_the_rules_of_ratings(project, change, message):
    jmap = project.maps[0]
    fields = {"touchpoint_id": jmap.touchpoints[0].id, "persona_id": project.personas[0].id, "value": 3, **change}
    with pytest.raises(ValueError, match=message):
        project.set_value(TARGET, jmap.id, Target(**fields))
    assert jmap.targets == {}


def test_problems_finds_broken_targets(project):
    jmap = project.maps[0]
    tp, anna = jmap.touchpoints[0], project.personas[0]
    jmap.targets[(tp.id, anna.id)] = Target(touchpoint_id=tp.id, persona_id=anna.id, value=9)
    jmap.targets[("x", anna.id)] = Target(touchpoint_id=tp.id, persona_id=anna.id, value=3)
    found = project.problems()
    assert "A target must lie between 1 and 5." in found
    assert "A target is filed under the wrong touchpoint or persona." in found


def test_update_cannot_replace_targets(project):
    with pytest.raises(ValueError, match="cannot be changed"):
        project.update(project.maps[0].id, targets={})


def test_removing_a_touchpoint_or_persona_takes_its_targets_and_restore_puts_them_back(project):
    jmap = project.maps[0]
    anna, ben = project.personas
    for tp in jmap.touchpoints:
        for persona in (anna, ben):
            project.set_value(TARGET, jmap.id, Target(touchpoint_id=tp.id, persona_id=persona.id, value=4))
    before = copy.deepcopy(project)
    removal = project.remove(jmap.touchpoints[1].id)
    assert len(jmap.targets) == 6 and project.problems() == []
    project.restore(removal)
    assert project == before
    removal = project.detach_persona(jmap.id, ben.id)
    assert {k[1] for k in jmap.targets} == {anna.id}
    project.restore(removal)
    assert project == before
    removal = project.remove(ben.id)
    assert {k[1] for k in jmap.targets} == {anna.id}
    project.restore(removal)
    assert project == before


def test_a_new_scale_converts_targets_like_ratings(project):
    jmap = project.maps[0]
    tp, anna = jmap.touchpoints[0], project.personas[0]
    project.set_value(TARGET, jmap.id, Target(touchpoint_id=tp.id, persona_id=anna.id, value=4))
    seen = _events(project)
    project.set_scale(jmap.id, SatisfactionScale(1, 9))
    assert jmap.target(tp.id, anna.id).value == 7 and jmap.rating(tp.id, anna.id).value == 7
    assert any(isinstance(e, ValueChanged) and e.kind is TARGET and e.new.value == 7 for e in seen)
    project.set_scale(jmap.id, SatisfactionScale(1, 5), convert=False)
    assert jmap.target(tp.id, anna.id).value == 5  # clamped
    assert project.problems() == []


def test_a_new_scale_converts_targets_of_a_map_with_no_ratings(project):
    jmap = project.maps[0]
    tp, anna = jmap.touchpoints[0], project.personas[0]
    jmap.ratings.clear()
    project.set_value(TARGET, jmap.id, Target(touchpoint_id=tp.id, persona_id=anna.id, value=4))
    project.set_scale(jmap.id, SatisfactionScale(1, 9))
    assert jmap.target(tp.id, anna.id).value == 7
    project.set_scale(jmap.id, SatisfactionScale(1, 5), convert=False)
    assert jmap.target(tp.id, anna.id).value == 5


def test_duplicating_a_map_carries_its_targets_to_the_copies(project):
    jmap = project.maps[0]
    tp, anna = jmap.touchpoints[3], project.personas[0]
    project.set_value(TARGET, jmap.id, Target(touchpoint_id=tp.id, persona_id=anna.id, value=5))
    twin = duplicate_map(jmap, "Copy")
    project.add(twin)
    (target,) = twin.targets.values()
    assert target.touchpoint_id == twin.touchpoints[3].id and target.value == 5
    assert project.problems() == []


def test_targets_travel_in_the_json_form_and_older_documents_have_none(project):
    """The JSON form (since version 3) lists a map's targets like its ratings; versions 1 and 2 had none."""
    import json

    from cxdesigner.interchange.json_form import VERSION, dumps, loads
    jmap = project.maps[0]
    tp, ben = jmap.touchpoints[1], project.personas[1]
    project.set_value(TARGET, jmap.id, Target(touchpoint_id=tp.id, persona_id=ben.id, value=4.5))
    document = json.loads(dumps(project))
    assert VERSION >= 3 and document["version"] == VERSION
    assert document["project"]["maps"][0]["targets"] == [{"touchpoint_id": tp.id, "persona_id": ben.id,
                                                          "value": 4.5}]
    assert loads(dumps(project)) == project
    document["version"] = 2
    del document["project"]["maps"][0]["targets"]
    assert loads(json.dumps(document)).maps[0].targets == {}
    document["project"]["maps"][0]["targets"] = [{"touchpoint_id": tp.id, "persona_id": ben.id, "value": 7}]
    with pytest.raises(ValueError, match="A target must lie between 1 and 5"):
        loads(json.dumps(document))
