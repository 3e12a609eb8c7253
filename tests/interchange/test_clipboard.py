"""Touchpoints copied from one map paste into another, in this project or another one."""

import json

import pytest

from cxdesigner.interchange.clipboard import FORMAT, copy_touchpoints, paste_touchpoints
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import RATING, TARGET, Channel, Persona, Target


def test_same_project_keeps_links_and_ratings(project):
    jmap = project.maps[0]
    text = copy_touchpoints(project, jmap, [jmap.touchpoints[1].id, jmap.touchpoints[0].id])
    assert json.loads(text)["format"] == FORMAT
    pasted = paste_touchpoints(project, jmap, text, jmap.stages[1].id)
    assert [t.title for t in pasted.touchpoints] == ["Visit site", "Book room"]  # journey order
    first, second = pasted.touchpoints
    ratings = [r for kind, r in pasted.values if kind is RATING and r.touchpoint_id == first.id]
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
    (touchpoint,), ratings = pasted.touchpoints, [r for kind, r in pasted.values if kind is RATING]
    assert touchpoint.channel_id == other.channels[-1].id and touchpoint.department_id is None
    assert [(r.persona_id, r.value) for r in ratings] == [(target.persona_ids[0], 7.75)]  # 4 on 1-5 is 7.75 on 1-10
    assert not any(isinstance(p, Persona) and p.name == "Ben" for p in other.personas)


def test_targets_travel_with_their_touchpoints_onto_the_map_scale(project):
    """A target set at a touchpoint is pasted with it (it was once left behind), converted like a rating."""
    source = project.maps[0]
    touchpoint, persona = source.touchpoints[0], source.persona_ids[0]
    source.targets[(touchpoint.id, persona)] = Target(touchpoint_id=touchpoint.id, persona_id=persona, value=5.0)
    text = copy_touchpoints(project, source, [touchpoint.id])
    here = paste_touchpoints(project, source, text, source.stages[0].id)
    (copy,) = here.touchpoints
    assert [(v.touchpoint_id, v.persona_id, v.value) for kind, v in here.values if kind is TARGET] == [
        (copy.id, persona, 5.0)]
    other = load_template("online-shop")
    other.personas[0].name = project.find(persona).name
    elsewhere = paste_touchpoints(other, other.maps[0], text, other.maps[0].stages[0].id)
    assert [v.value for kind, v in elsewhere.values if kind is TARGET] == [10.0]  # 5 on 1-5 is 10 on 1-10


@pytest.mark.parametrize("text", ["hello", "{}", '{"format": "cxdesigner-touchpoints", "version": 1}', "[1]"])
def test_anything_else_is_refused_plainly(project, text):
    with pytest.raises(ValueError, match="no touchpoints CX Designer can paste"):
        paste_touchpoints(project, project.maps[0], text, project.maps[0].stages[0].id)


def _with_lanes(project):
    from cxdesigner.model import CustomLane, Emotion, LaneCell, LaneKind
    jmap = project.maps[0]
    says, mood = CustomLane(title="Guest says", kind=LaneKind.TEXT), CustomLane(title="Mood", kind=LaneKind.EMOTION)
    jmap.custom_lanes += [says, mood]
    jmap.lanes += [says.id, mood.id]
    tp = jmap.touchpoints[0]
    jmap.cells += [LaneCell(lane_id=says.id, touchpoint_id=tp.id, text="Is it ready?"),
                   LaneCell(lane_id=mood.id, touchpoint_id=tp.id, persona_id=jmap.persona_ids[0],
                            emotion=Emotion.ANGRY)]
    return jmap, tp


def test_cells_paste_into_the_same_lanes(project):
    jmap, tp = _with_lanes(project)
    pasted = paste_touchpoints(project, jmap, copy_touchpoints(project, jmap, [tp.id]), jmap.stages[0].id)
    assert pasted.lanes == []
    (new,) = pasted.touchpoints
    assert sorted((c.lane_id, c.text, c.emotion) for c in pasted.cells) == sorted(
        (c.lane_id, c.text, c.emotion) for c in jmap.cells)
    assert all(c.touchpoint_id == new.id and c.id not in {x.id for x in jmap.cells} for c in pasted.cells)


def test_cells_bring_their_lane_into_another_project(project):
    from cxdesigner.model import LaneKind
    jmap, tp = _with_lanes(project)
    text = copy_touchpoints(project, jmap, [tp.id])
    other = load_template("online-shop")
    target = other.maps[0]
    pasted = paste_touchpoints(other, target, text, target.stages[0].id)
    assert [(lane.title, lane.kind) for lane in pasted.lanes] == [("Guest says", LaneKind.TEXT),
                                                                 ("Mood", LaneKind.EMOTION)]
    # The face belonged to a persona the shop map does not show: only the words come.
    assert [(c.lane_id, c.text) for c in pasted.cells] == [(pasted.lanes[0].id, "Is it ready?")]


def test_a_picture_beyond_the_limits_is_left_out(project):
    import base64

    from cxdesigner.model import CustomLane, LaneCell, LaneKind
    jmap = project.maps[0]
    board = CustomLane(title="Storyboard", kind=LaneKind.IMAGE)
    jmap.custom_lanes.append(board)
    tp = jmap.touchpoints[0]
    jmap.cells.append(LaneCell(lane_id=board.id, touchpoint_id=tp.id, image=b"\x89PNG"))
    document = json.loads(copy_touchpoints(project, jmap, [tp.id]))
    bomb = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + (60000).to_bytes(4, "big") * 2 + b"\x08\x06\0\0\0"
    document["touchpoints"][0]["cells"][0]["image"] = base64.b64encode(bomb).decode()
    (cell,) = paste_touchpoints(project, jmap, json.dumps(document), jmap.stages[0].id).cells
    assert cell.image is None
