"""The Project aggregate keeps its invariants and tells its listeners."""

import copy

import pytest

from cxdesigner.model import (
    RATING, Evidence, Goal, ItemAdded, ItemChanged, ItemMoved, ItemRemoved, JourneyMap, PainPoint, Persona, Rating,
    SatisfactionScale, Stage, SurveyDataset, Touchpoint, ValueChanged,
)


def recorder(project):
    events = []
    project.subscribe(events.append)
    return events


def test_add_touchpoint_goes_to_end_of_its_stage(project):
    jmap = project.maps[0]
    booking = jmap.stages[0]
    events = recorder(project)
    new = Touchpoint(title="Pay deposit", stage_id=booking.id)
    project.add(new, map_id=jmap.id)
    assert [t.title for t in jmap.touchpoints] == ["Visit site", "Book room", "Pay deposit", "Check in", "Enter room"]
    assert events == [ItemAdded(new, jmap.id, 2)]
    assert project.find(new.id) is new


def test_touchpoints_must_follow_stage_order(project):
    jmap = project.maps[0]
    with pytest.raises(ValueError, match="order of their stages"):
        project.add(Touchpoint(title="Late", stage_id=jmap.stages[1].id), map_id=jmap.id, index=0)
    with pytest.raises(ValueError, match="order of their stages"):
        project.update(jmap.touchpoints[0].id, stage_id=jmap.stages[1].id)
    assert project.problems() == []


def test_touchpoint_refuses_unknown_references(project):
    jmap = project.maps[0]
    with pytest.raises(ValueError, match="stage"):
        project.add(Touchpoint(title="x", stage_id="nope"), map_id=jmap.id)
    with pytest.raises(ValueError, match="channel"):
        project.update(jmap.touchpoints[0].id, channel_id="nope")
    with pytest.raises(ValueError, match="title"):
        project.update(jmap.touchpoints[0].id, title="  ")
    with pytest.raises(ValueError, match="cannot be changed"):
        project.update(jmap.id, touchpoints=[])


def test_move_across_stage_boundary_changes_stage(project):
    jmap = project.maps[0]
    events = recorder(project)
    visit = jmap.touchpoints[0]
    project.move(visit.id, 3)
    assert [t.title for t in jmap.touchpoints] == ["Book room", "Check in", "Enter room", "Visit site"]
    assert visit.stage_id == jmap.stages[1].id
    assert events == [ItemMoved(visit, jmap.id, 0, 3), ItemChanged(visit, {"stage_id": jmap.stages[0].id})]
    assert project.problems() == []


def test_move_at_boundary_keeps_stage_unless_asked(project):
    jmap = project.maps[0]
    book = jmap.touchpoints[1]
    project.move(book.id, 1)
    assert book.stage_id == jmap.stages[0].id
    project.move(book.id, 1, stage_id=jmap.stages[1].id)
    assert book.stage_id == jmap.stages[1].id
    with pytest.raises(ValueError, match="does not fit"):
        project.move(jmap.touchpoints[0].id, 3, stage_id=jmap.stages[0].id)


def test_arrange_moves_several_touchpoints_at_once(project):
    jmap = project.maps[0]
    visit, book, check_in, enter = jmap.touchpoints
    stay = jmap.stages[1].id
    events = recorder(project)
    project.arrange(jmap.id, [(check_in.id, stay), (enter.id, stay), (visit.id, stay), (book.id, stay)])
    assert jmap.touchpoints == [check_in, enter, visit, book] and visit.stage_id == stay
    assert ItemMoved(visit, jmap.id, 0, 2) in events and ItemChanged(book, {"stage_id": jmap.stages[0].id}) in events
    before = copy.deepcopy(project)
    with pytest.raises(ValueError, match="order of their stages"):
        project.arrange(jmap.id, [(visit.id, jmap.stages[0].id), (check_in.id, stay),
                                  (enter.id, stay), (book.id, jmap.stages[0].id)])
    with pytest.raises(ValueError, match="every touchpoint"):
        project.arrange(jmap.id, [(visit.id, stay)])
    assert project == before


def test_moving_a_stage_carries_its_touchpoints(project):
    jmap = project.maps[0]
    project.move(jmap.stages[1].id, 0)
    assert [s.name for s in jmap.stages] == ["Stay", "Booking"]
    assert [t.title for t in jmap.touchpoints] == ["Check in", "Enter room", "Visit site", "Book room"]
    assert project.problems() == []


def test_ratings_stay_inside_the_scale(project):
    jmap = project.maps[0]
    tp, anna = jmap.touchpoints[1], project.personas[0]
    events = recorder(project)
    with pytest.raises(ValueError, match="between 1 and 5"):
        project.set_value(RATING, jmap.id, Rating(touchpoint_id=tp.id, persona_id=anna.id, value=6))
    with pytest.raises(ValueError, match="between 1 and 5"):
        project.set_value(RATING, jmap.id, Rating(touchpoint_id=tp.id, persona_id=anna.id, value=float("nan")))
    old = jmap.rating(tp.id, anna.id)
    new = Rating(touchpoint_id=tp.id, persona_id=anna.id, value=4.5)
    project.set_value(RATING, jmap.id, new)
    assert events == [ValueChanged(RATING, jmap.id, tp.id, anna.id, old, new)]
    outsider = Persona(name="Cleo")
    project.add(outsider)
    with pytest.raises(ValueError, match="persona of its map"):
        project.set_value(RATING, jmap.id, Rating(touchpoint_id=tp.id, persona_id=outsider.id, value=3))


def test_scale_change_converts_ratings(project):
    jmap = project.maps[0]
    anna = project.personas[0]
    project.set_scale(jmap.id, SatisfactionScale(low=-2, high=2, step=1))
    assert [jmap.rating(t.id, anna.id).value for t in jmap.touchpoints] == [1, 0, -1, 2]
    assert project.problems() == []


def test_removing_touchpoint_leaves_nothing_dangling_and_restores_exactly(project):
    jmap = project.maps[0]
    before = copy.deepcopy(project)
    enter = jmap.touchpoints[3]
    removal = project.remove(enter.id)
    assert project.problems() == []
    assert all(k[0] != enter.id for k in jmap.ratings)
    assert jmap.positive_moments == []
    assert jmap.pain_points[0].touchpoint_ids == [jmap.touchpoints[2].id]
    assert jmap.goals[0].last_id == jmap.touchpoints[2].id
    project.restore(removal)
    assert project == before
    assert project.problems() == []


def test_removing_stage_removes_its_touchpoints_and_restores(project):
    jmap = project.maps[0]
    before = copy.deepcopy(project)
    events = recorder(project)
    removal = project.remove(jmap.stages[1].id)
    assert [t.title for t in jmap.touchpoints] == ["Visit site", "Book room"]
    assert jmap.actions[0].touchpoint_id is None
    assert project.problems() == []
    assert any(isinstance(e, ItemRemoved) and isinstance(e.item, Stage) for e in events)
    project.restore(removal)
    assert project == before


def test_deleting_persona_drops_its_ratings_and_goals(project):
    anna = project.personas[0]
    jmap = project.maps[0]
    before = copy.deepcopy(project)
    removal = project.remove(anna.id)
    assert anna.id not in jmap.persona_ids
    assert all(k[1] != anna.id for k in jmap.ratings)
    assert jmap.goals == []
    assert project.problems() == []
    project.restore(removal)
    assert project == before


def test_deleting_channel_department_pain_point_cuts_links(project):
    before = copy.deepcopy(project)
    jmap = project.maps[0]
    removals = [project.remove(project.channels[0].id), project.remove(project.departments[0].id),
                project.remove(jmap.pain_points[0].id)]
    assert all(t.channel_id != before.channels[0].id for t in jmap.touchpoints)
    assert jmap.actions[0].owner_id is None and jmap.actions[0].pain_point_id is None
    assert project.problems() == []
    for removal in reversed(removals):
        project.restore(removal)
    assert project == before


def test_deleting_map_takes_its_surveys(project):
    jmap = project.maps[0]
    survey = SurveyDataset(name="Guests 2026", map_id=jmap.id,
                           question_touchpoints={"Q1": jmap.touchpoints[0].id})
    project.add(survey)
    before = copy.deepcopy(project)
    removal = project.remove(jmap.id)
    assert project.maps == [] and project.surveys == []
    with pytest.raises(KeyError):
        project.find(jmap.touchpoints[0].id)
    project.restore(removal)
    assert project == before
    assert project.find(jmap.touchpoints[0].id) is jmap.touchpoints[0]


def test_removing_touchpoint_unmaps_survey_question(project):
    jmap = project.maps[0]
    survey = SurveyDataset(name="S", map_id=jmap.id, question_touchpoints={"Q1": jmap.touchpoints[0].id})
    project.add(survey)
    removal = project.remove(jmap.touchpoints[0].id)
    assert survey.question_touchpoints == {"Q1": None}
    project.restore(removal)
    assert survey.question_touchpoints == {"Q1": jmap.touchpoints[0].id}


def test_goal_collapsing_to_nothing_is_dropped(project):
    jmap = project.maps[0]
    anna = project.personas[0]
    goal = Goal(persona_id=anna.id, text="Find a room", first_id=jmap.stages[0].id, last_id=jmap.stages[0].id)
    project.add(goal, map_id=jmap.id)
    removal = project.remove(jmap.stages[0].id)
    assert goal not in jmap.goals
    project.restore(removal)
    assert goal in jmap.goals


def test_goal_needs_a_persona_of_the_map_and_one_kind_of_span(project):
    jmap = project.maps[0]
    anna = project.personas[0]
    with pytest.raises(ValueError, match="spans"):
        project.add(Goal(persona_id=anna.id, text="x", first_id=jmap.stages[0].id,
                         last_id=jmap.touchpoints[0].id), map_id=jmap.id)
    with pytest.raises(ValueError, match="persona"):
        project.add(Goal(persona_id="nobody", text="x", first_id=jmap.stages[0].id,
                         last_id=jmap.stages[0].id), map_id=jmap.id)


def test_detach_and_attach_persona(project):
    jmap = project.maps[0]
    ben = project.personas[1]
    before = copy.deepcopy(project)
    removal = project.detach_persona(jmap.id, ben.id)
    assert jmap.persona_ids == [project.personas[0].id]
    project.restore(removal)
    assert project == before
    with pytest.raises(ValueError, match="already"):
        project.attach_persona(jmap.id, ben.id)


def test_duplicate_ids_are_refused(project):
    jmap = project.maps[0]
    with pytest.raises(ValueError, match="already"):
        project.add(Stage(id=jmap.stages[0].id, name="Again"), map_id=jmap.id)
    clone = copy.deepcopy(jmap)
    with pytest.raises(ValueError, match="already"):
        project.add(clone)
    assert len(project.maps) == 1
    assert project.problems() == []


def test_pain_point_rules(project):
    jmap = project.maps[0]
    tp = jmap.touchpoints[0].id
    with pytest.raises(ValueError, match="severity"):
        project.add(PainPoint(text="x", touchpoint_ids=[tp], severity=9), map_id=jmap.id)
    with pytest.raises(ValueError, match="once"):
        project.add(PainPoint(text="x", touchpoint_ids=[tp, tp]), map_id=jmap.id)


def test_add_map_with_content(project):
    anna = project.personas[0]
    stage = Stage(name="Only")
    tp = Touchpoint(title="One", stage_id=stage.id)
    jmap = JourneyMap(name="Second", persona_ids=[anna.id], stages=[stage], touchpoints=[tp],
                      ratings={(tp.id, anna.id): Rating(touchpoint_id=tp.id, persona_id=anna.id, value=3)})
    project.add(jmap)
    assert project.map_of(tp.id) is jmap
    bad = JourneyMap(name="Bad", stages=[Stage(name="S")],
                     touchpoints=[Touchpoint(title="T", stage_id="missing")])
    with pytest.raises(ValueError, match="stage"):
        project.add(bad)
    assert project.problems() == []


def test_problems_reports_broken_file_content(project):
    jmap = project.maps[0]
    jmap.touchpoints.reverse()
    jmap.ratings[("ghost", project.personas[0].id)] = Rating(touchpoint_id="ghost",
                                                             persona_id=project.personas[0].id, value=3)
    found = project.problems()
    assert any("order of their stages" in p for p in found)
    assert any("touchpoint of its map" in p for p in found)


def test_project_name_can_change_but_not_be_empty(project):
    events = recorder(project)
    project.update(project.id, name="Grand Hotel")
    assert events == [ItemChanged(project, {"name": "Test hotel"})]
    with pytest.raises(ValueError):
        project.update(project.id, name="")


def test_unsubscribe_stops_events(project):
    events = []
    stop = project.subscribe(events.append)
    stop()
    project.update(project.id, name="Quiet")
    assert events == []


def test_update_refuses_values_of_the_wrong_kind(project):
    tp = project.maps[0].touchpoints[0]
    for change in ({"description": 5}, {"duration_minutes": "long"}, {"starts_at": "monday"},
                   {"channel_id": 3}, {"device": None}):
        with pytest.raises(ValueError, match="cannot take the value"):
            project.update(tp.id, **change)
    project.update(tp.id, duration_minutes=15, device="mobile")
    with pytest.raises(ValueError, match="cannot be changed"):
        project.update(project.id, channels=[])
    pain = project.maps[0].pain_points[0]
    project.update(pain.id, evidence=Evidence.SURVEY)
    for text in ("survey", "rumour"):  # text that reads like a member is not one: the model holds members only
        with pytest.raises(ValueError, match="evidence"):
            project.update(pain.id, evidence=text)
    with pytest.raises(ValueError, match="cannot take the value"):
        project.update(pain.id, severity=True)
    assert project.problems() == []


def test_a_copy_has_no_listeners_and_its_own_index(project):
    events = recorder(project)
    twin = copy.deepcopy(project)
    twin.update(twin.id, name="Copy")
    assert events == [] and project.name == "Test hotel"
    assert twin.find(twin.maps[0].touchpoints[0].id) is twin.maps[0].touchpoints[0]


def test_a_lane_holding_values_keeps_its_shape():
    """Faces per persona cannot turn into one text per touchpoint (or back) under its cells."""
    from cxdesigner.interchange.templates import load_template
    from cxdesigner.model import LaneKind
    project = load_template("hotel")
    jmap = project.maps[0]
    faces = next(lane for lane in jmap.custom_lanes if lane.kind is LaneKind.EMOTION)
    with pytest.raises(ValueError, match="cannot change between a face per persona"):
        project.update(faces.id, kind=LaneKind.TEXT)
    assert faces.kind is LaneKind.EMOTION and not project.problems()
    pictures = next(lane for lane in jmap.custom_lanes if lane.kind is LaneKind.IMAGE)
    project.update(pictures.id, kind=LaneKind.TEXT)  # one value per touchpoint either way
    assert not project.problems()
