"""The merge case by case: what combines, what conflicts, and how each conflict is settled."""

import copy

import pytest

from cxdesigner.merge import (DEFAULT, FIELD, GIVEN, ORDER, PREFERRED, REMOVAL, TOGETHER, Edit, MergeResult,
                              merge)
from cxdesigner.model import RATING, Evidence, Lane, Project, Rating, SatisfactionScale, Touchpoint


def versions(project):
    return copy.deepcopy(project), copy.deepcopy(project)


def kinds(result: MergeResult):
    return sorted(c.kind for c in result.conflicts)


def test_changes_to_different_fields_and_items_combine(project):
    mine, theirs = versions(project)
    tp = project.maps[0].touchpoints[2]
    mine.update(tp.id, title="Check-in desk")
    theirs.update(tp.id, description="At the front desk")
    theirs.update(project.personas[1].id, age=52)
    result = merge(project, mine, theirs)
    assert result.conflicts == []
    merged = result.project.find(tp.id)
    assert (merged.title, merged.description) == ("Check-in desk", "At the front desk")
    assert result.project.find(project.personas[1].id).age == 52


def test_the_same_field_changed_both_ways_is_a_conflict_settled_as_asked(project):
    mine, theirs = versions(project)
    tp = project.maps[0].touchpoints[0]
    mine.update(tp.id, title="Browse the site")
    theirs.update(tp.id, title="Look at the website")
    result = merge(project, mine, theirs)
    (conflict,) = result.conflicts
    assert (conflict.kind, conflict.item, conflict.field, conflict.map_id) == (FIELD, tp.id, "title", project.maps[0].id)
    assert (conflict.base, conflict.mine, conflict.theirs) == ("Visit site", "Browse the site", "Look at the website")
    assert conflict.sentence == ('Touchpoint "Browse the site": both changed the title (was "Visit site"; '
                                 'mine "Browse the site", theirs "Look at the website").')
    assert conflict.settled == DEFAULT and result.project.find(tp.id).title == "Browse the site"
    assert result.unsettled == [conflict]
    theirs_way = merge(project, mine, theirs, resolutions={conflict.key: "theirs"})
    assert theirs_way.project.find(tp.id).title == "Look at the website" and theirs_way.conflicts[0].settled == GIVEN
    edited = merge(project, mine, theirs, prefer="theirs", resolutions={conflict.key: Edit("Visit our website")})
    assert edited.project.find(tp.id).title == "Visit our website" and edited.unsettled == []
    assert merge(project, mine, theirs, prefer="theirs").conflicts[0].settled == PREFERRED


def test_an_edited_value_must_keep_the_rules(project):
    mine, theirs = versions(project)
    tp = project.maps[0].touchpoints[0]
    mine.update(tp.id, title="A")
    theirs.update(tp.id, title="B")
    key = merge(project, mine, theirs).conflicts[0].key
    with pytest.raises(ValueError, match="needs a title"):
        merge(project, mine, theirs, resolutions={key: Edit(" ")})


def test_removing_what_the_other_side_edited_is_a_conflict_either_way_back(project):
    mine, theirs = versions(project)
    jmap = project.maps[0]
    tp, anna = jmap.touchpoints[2], project.personas[0]
    mine.remove(tp.id)
    theirs.update(tp.id, title="Check in at the desk")
    result = merge(project, mine, theirs)
    (conflict,) = result.conflicts
    assert conflict.kind == REMOVAL and conflict.mine is None and conflict.theirs.title == "Check in at the desk"
    assert conflict.sentence == 'Mine removed touchpoint "Check in", but theirs changed it (title).'
    assert result.project.lookup(tp.id) is None
    assert tp.id not in result.project.maps[0].pain_points[0].touchpoint_ids
    kept = merge(project, mine, theirs, prefer="theirs").project
    assert kept.find(tp.id).title == "Check in at the desk"
    merged_map = kept.maps[0]
    assert merged_map.rating(tp.id, anna.id) == jmap.rating(tp.id, anna.id)  # what went with it comes back
    assert tp.id in merged_map.pain_points[0].touchpoint_ids and merged_map.actions[0].touchpoint_id == tp.id


def test_a_removal_nobody_built_on_takes_what_depends_on_it(project):
    mine, theirs = versions(project)
    jmap = project.maps[0]
    tp = jmap.touchpoints[3]
    mine.remove(tp.id)
    theirs.update(jmap.touchpoints[0].id, title="Website")
    result = merge(project, mine, theirs)
    assert result.conflicts == []
    assert result.project.lookup(tp.id) is None and result.project.maps[0].positive_moments == []
    assert result.project.find(jmap.touchpoints[0].id).title == "Website"


def test_a_stage_removed_against_a_touchpoint_added_to_it(project):
    mine, theirs = versions(project)
    jmap = project.maps[0]
    stay = jmap.stages[1]
    mine.remove(stay.id)
    added = Touchpoint(title="Spa", stage_id=stay.id)
    theirs.add(added, map_id=jmap.id)
    result = merge(project, mine, theirs)
    assert kinds(result) == [REMOVAL]
    assert result.conflicts[0].sentence == 'Mine removed stage "Stay", but theirs added touchpoint "Spa".'
    assert result.project.lookup(stay.id) is None and result.project.lookup(added.id) is None
    kept = merge(project, mine, theirs, prefer="theirs").project
    assert [t.title for t in kept.maps[0].touchpoints] == ["Visit site", "Book room", "Check in", "Enter room", "Spa"]


def test_a_persona_taken_off_a_map_against_a_new_rating_for_it(project):
    mine, theirs = versions(project)
    jmap = project.maps[0]
    ben = project.personas[1]
    mine.detach_persona(jmap.id, ben.id)
    theirs.set_value(RATING, jmap.id, Rating(touchpoint_id=jmap.touchpoints[3].id, persona_id=ben.id, value=5))
    result = merge(project, mine, theirs)
    (conflict,) = result.conflicts
    assert conflict.kind == REMOVAL and conflict.field == "persona_ids"
    assert conflict.sentence == 'Mine took persona "Ben" off map "Hotel", but theirs added rating of "Enter room" for "Ben".'
    assert ben.id not in result.project.maps[0].persona_ids
    assert all(key[1] != ben.id for key in result.project.maps[0].ratings)
    kept = merge(project, mine, theirs, prefer="theirs").project.maps[0]
    assert ben.id in kept.persona_ids and kept.rating(jmap.touchpoints[3].id, ben.id).value == 5


def test_a_new_scale_on_one_side_carries_the_other_sides_ratings_onto_it(project):
    mine, theirs = versions(project)
    jmap = project.maps[0]
    tps, anna, ben = jmap.touchpoints, project.personas[0], project.personas[1]
    mine.set_scale(jmap.id, SatisfactionScale(1, 9))
    theirs.set_value(RATING, jmap.id, Rating(touchpoint_id=tps[1].id, persona_id=anna.id, value=4))  # was 3
    theirs.set_value(RATING, jmap.id, Rating(touchpoint_id=tps[2].id, persona_id=ben.id, value=5))  # new
    result = merge(project, mine, theirs)
    assert result.conflicts == []
    merged = result.project.maps[0]
    assert merged.scale == SatisfactionScale(1, 9)
    assert merged.rating(tps[1].id, anna.id).value == 7  # 4 on 1..5 is 7 on 1..9
    assert merged.rating(tps[2].id, ben.id).value == 9
    assert merged.rating(tps[0].id, anna.id).value == 7  # mine's own conversion of 4


def test_changes_that_break_a_rule_together_take_one_side_whole(project):
    jmap = project.maps[0]
    tp, anna = jmap.touchpoints[0], project.personas[0]
    project.set_value(RATING, jmap.id, Rating(touchpoint_id=tp.id, persona_id=anna.id, value=3,
                                              evidence=Evidence.SURVEY, n=10, spread=1.0, interval_low=2.5, interval_high=3.5))
    mine, theirs = versions(project)
    mine.set_value(RATING, jmap.id, Rating(touchpoint_id=tp.id, persona_id=anna.id, value=3,
                                           evidence=Evidence.SURVEY, n=10, spread=1.0, interval_low=3.2, interval_high=3.5))
    theirs.set_value(RATING, jmap.id, Rating(touchpoint_id=tp.id, persona_id=anna.id, value=3,
                                             evidence=Evidence.SURVEY, n=10, spread=1.0, interval_low=2.5, interval_high=3.0))
    result = merge(project, mine, theirs)
    (conflict,) = result.conflicts
    assert conflict.kind == TOGETHER and "interval" in conflict.sentence
    assert result.project.maps[0].rating(tp.id, anna.id) == mine.maps[0].rating(tp.id, anna.id)
    other = merge(project, mine, theirs, prefer="theirs").project.maps[0]
    assert other.rating(tp.id, anna.id) == theirs.maps[0].rating(tp.id, anna.id)


def test_moves_combine_and_touchpoints_stay_with_their_stage(project):
    mine, theirs = versions(project)
    jmap = project.maps[0]
    booking, stay = jmap.stages
    tps = jmap.touchpoints
    mine.move(stay.id, 0)  # the stay's touchpoints go with it
    theirs.move(tps[1].id, 0)  # "Book room" before "Visit site"
    theirs.add(Touchpoint(title="Leave", stage_id=stay.id), map_id=jmap.id)
    result = merge(project, mine, theirs)
    assert result.conflicts == []
    merged = result.project.maps[0]
    assert [s.name for s in merged.stages] == ["Stay", "Booking"]
    assert [t.title for t in merged.touchpoints] == ["Check in", "Enter room", "Leave", "Book room", "Visit site"]


def test_one_item_moved_both_ways_is_a_conflict(project):
    jmap = project.maps[0]
    for text in ("A", "B", "C"):
        project.add(Touchpoint(id=f"tp-{text}", title=text, stage_id=jmap.stages[1].id), map_id=jmap.id)
    mine, theirs = versions(project)
    for side in (mine, theirs):
        side.move("tp-B", 2)
    assert merge(project, mine, theirs).conflicts == []  # the same move on both sides agrees
    mine, theirs = versions(project)
    mine.move("tp-A", 6)
    theirs.move("tp-A", 2)
    result = merge(project, mine, theirs)
    (conflict,) = result.conflicts
    assert conflict.kind == ORDER and conflict.sentence == 'Touchpoint "A": both moved it (mine after "C", theirs first).'
    assert (conflict.base, conflict.mine, conflict.theirs) == (jmap.touchpoints[3].id, "tp-C", None)
    assert [t.title for t in result.project.maps[0].touchpoints][2:] == ["Check in", "Enter room", "B", "C", "A"]
    theirs_way = merge(project, mine, theirs, prefer="theirs").project.maps[0]
    assert [t.title for t in theirs_way.touchpoints][2:] == ["A", "Check in", "Enter room", "B", "C"]


def test_links_added_and_cut_on_different_sides_combine(project):
    mine, theirs = versions(project)
    jmap = project.maps[0]
    pain = jmap.pain_points[0]
    mine.remove(jmap.touchpoints[3].id)
    theirs.update(pain.id, touchpoint_ids=[*pain.touchpoint_ids, jmap.touchpoints[1].id])
    result = merge(project, mine, theirs)
    assert result.conflicts == []
    assert result.project.find(pain.id).touchpoint_ids == [jmap.touchpoints[2].id, jmap.touchpoints[1].id]


def test_the_inputs_are_left_alone_and_share_nothing_with_the_result(project):
    mine, theirs = versions(project)
    mine.update(project.maps[0].id, lanes=[Lane.TOUCHPOINTS, Lane.THOUGHTS])
    copies = [copy.deepcopy(p) for p in (project, mine, theirs)]
    result = merge(project, mine, theirs)
    assert [project, mine, theirs] == copies
    result.project.maps[0].lanes.append("feelings")
    result.project.maps[0].touchpoints.pop()
    assert [project, mine, theirs] == copies


def test_what_cannot_be_merged_is_refused_in_a_sentence(project):
    mine, theirs = versions(project)
    with pytest.raises(ValueError, match="not versions of the same project"):
        merge(project, mine, Project(name="Other"))
    with pytest.raises(ValueError, match="either 'mine' or 'theirs'"):
        merge(project, mine, theirs, prefer="both")
    mine.remove(project.maps[0].notes[0].id)
    theirs.update(project.maps[0].notes[0].id, text="Ask the day staff")
    key = merge(project, mine, theirs).conflicts[0].key
    with pytest.raises(ValueError, match="Only a field in conflict"):
        merge(project, mine, theirs, resolutions={key: Edit("x")})
    with pytest.raises(ValueError, match="settled by 'mine', 'theirs'"):
        merge(project, mine, theirs, resolutions={key: "both"})


def test_a_new_scale_is_no_edit_of_the_ratings_a_removal_takes(project):
    mine, theirs = versions(project)
    jmap = project.maps[0]
    mine.set_scale(jmap.id, SatisfactionScale(1, 9))
    theirs.remove(jmap.touchpoints[2].id)
    result = merge(project, mine, theirs)
    assert result.conflicts == []
    merged = result.project.maps[0]
    assert merged.scale == SatisfactionScale(1, 9) and jmap.touchpoints[2].id not in {t.id for t in merged.touchpoints}
