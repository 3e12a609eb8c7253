"""The projected line on a hand-built map: every value worked out by hand.

Scale 1 to 5 (neutral 3). Touchpoints A B C D E; persona p rates A 2, B 4, D 3, E 4 (C unrated),
persona q rates A 5 only. The plan, in order:

1. "online check-in" at A, +1.5, planned for 1 March
2. "welcome drink" at A, +1, an idea, no date
3. "quiet rooms" at the pain point of B and C (no touchpoint of its own), +2, planned for 1 May
4. "faster bill" at D, -0.5 (it was expected to cost a little), done on 10 January
5. "new signs" at D, no expected effect, planned
6. "brand film" anywhere (no touchpoint, no pain point), +3, planned
7. "free upgrade" at E, +2, in progress; 8. "late checkout" at E, -1, in progress
"""

import math
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings

from cxdesigner.analysis.projection import (action_targets, chosen_actions, is_projected, projected_map,
                                            projected_values, projection)
from cxdesigner.analysis.scores import mean_satisfaction, peak_end
from strategies import projects

from cxdesigner.model import (Action, ActionStatus, JourneyMap, PainPoint, Rating, SatisfactionScale, Stage,
                              Touchpoint)

PLANNED, IDEA, DONE, IN_PROGRESS = ActionStatus.PLANNED, ActionStatus.IDEA, ActionStatus.DONE, ActionStatus.IN_PROGRESS


def plan_map():
    stage = Stage(name="Stay")
    a, b, c, d, e = (Touchpoint(title=t, stage_id=stage.id) for t in "ABCDE")
    pain = PainPoint(text="noisy", touchpoint_ids=[b.id, c.id])
    jmap = JourneyMap(name="m", scale=SatisfactionScale(1, 5), stages=[stage], touchpoints=[a, b, c, d, e],
                      persona_ids=["p", "q"], pain_points=[pain])
    for persona, values in (("p", [(a, 2), (b, 4), (d, 3), (e, 4)]), ("q", [(a, 5)])):
        for tp, value in values:
            jmap.ratings[(tp.id, persona)] = Rating(touchpoint_id=tp.id, persona_id=persona, value=value)
    jmap.actions = [
        Action(text="online check-in", touchpoint_id=a.id, status=PLANNED, expected_effect=1.5,
               planned_on=date(2026, 3, 1)),
        Action(text="welcome drink", touchpoint_id=a.id, status=IDEA, expected_effect=1.0),
        Action(text="quiet rooms", pain_point_id=pain.id, status=PLANNED, expected_effect=2.0,
               planned_on=date(2026, 5, 1)),
        Action(text="faster bill", touchpoint_id=d.id, status=DONE, expected_effect=-0.5,
               planned_on=date(2026, 1, 10)),
        Action(text="new signs", touchpoint_id=d.id, status=PLANNED),
        Action(text="brand film", status=PLANNED, expected_effect=3.0),
        Action(text="free upgrade", touchpoint_id=e.id, status=IN_PROGRESS, expected_effect=2.0),
        Action(text="late checkout", touchpoint_id=e.id, status=IN_PROGRESS, expected_effect=-1.0),
    ]
    return jmap


def chosen(jmap, statuses, until=None):
    jmap.projected_statuses, jmap.projected_until = list(statuses), until
    return [a.text for a in chosen_actions(jmap)]


def test_no_status_chosen_is_no_projected_line():
    jmap = plan_map()
    assert not is_projected(jmap)
    assert projection(jmap) is None and projected_values(jmap, "p") is None and projected_map(jmap) is None


def test_actions_are_chosen_by_status_in_plan_order_and_need_an_effect():
    jmap = plan_map()
    assert chosen(jmap, [PLANNED]) == ["online check-in", "quiet rooms", "brand film"]  # "new signs" has no effect
    assert chosen(jmap, [IDEA, PLANNED]) == ["online check-in", "welcome drink", "quiet rooms", "brand film"]
    assert chosen(jmap, [ActionStatus.DROPPED]) == []


def test_a_date_takes_the_actions_planned_by_then_and_leaves_out_undated_ones():
    jmap = plan_map()
    assert chosen(jmap, [PLANNED, DONE], date(2026, 3, 31)) == ["online check-in", "faster bill"]
    assert chosen(jmap, [PLANNED, DONE], date(2026, 3, 1)) == ["online check-in", "faster bill"]  # the day itself
    assert chosen(jmap, [PLANNED, DONE], date(2026, 2, 28)) == ["faster bill"]
    assert chosen(jmap, [PLANNED, DONE, IDEA], date(2027, 1, 1)) == ["online check-in", "quiet rooms", "faster bill"]


def test_an_action_acts_on_its_touchpoint_else_on_its_pain_points_touchpoints():
    jmap = plan_map()
    a, b, c, d, e = jmap.touchpoints
    targets = {action.text: action_targets(jmap, action) for action in jmap.actions}
    assert targets["online check-in"] == [a.id]
    assert targets["quiet rooms"] == [b.id, c.id]
    assert targets["brand film"] == []


def test_planned_actions_hand_worked():
    jmap = plan_map()
    jmap.projected_statuses = [PLANNED]
    # A: 2 + 1.5; B: 4 + 2 = 6, held at 5; C unrated stays a gap; D and E untouched.
    assert projected_values(jmap, "p") == [3.5, 5, None, 3, 4]
    assert projected_values(jmap, "q") == [5, None, None, None, None]  # 5 + 1.5 held at the top
    a, b, c, d, e = jmap.touchpoints
    assert projection(jmap).effects == {a.id: 1.5, b.id: 2.0, c.id: 2.0}


def test_effects_at_one_touchpoint_add_up_before_the_scale_holds_them():
    jmap = plan_map()
    jmap.projected_statuses = [IN_PROGRESS]
    # E: 4 + 2 - 1 = 5 (clamping after each step would have given 5 then 4).
    assert projected_values(jmap, "p") == [2, 4, None, 3, 5]
    jmap.projected_statuses = [IDEA, PLANNED]
    assert projected_values(jmap, "p")[0] == 4.5  # A: 2 + 1.5 + 1


def test_a_negative_effect_lowers_the_line_and_the_bottom_holds_it():
    jmap = plan_map()
    jmap.projected_statuses = [DONE]
    assert projected_values(jmap, "p") == [2, 4, None, 2.5, 4]
    jmap.actions[3].expected_effect = -9.0
    assert projected_values(jmap, "p")[3] == 1


def test_projected_scores_hand_worked():
    jmap = plan_map()
    jmap.projected_statuses = [PLANNED, IN_PROGRESS]
    # Today p: 2, 4, -, 3, 4: mean 13 / 4; peak the earliest of the 1-from-neutral points (A = 2), end E = 4.
    assert mean_satisfaction(jmap, "p") == 3.25
    assert peak_end(jmap, "p").score == 3.0
    # Projected p: 3.5, 5, -, 3, 5: mean 16.5 / 4; peak B = 5 (2 from neutral, before E), end E = 5.
    after = projected_map(jmap)
    assert mean_satisfaction(after, "p") == pytest.approx(4.125)
    assert peak_end(after, "p").score == 5.0
    assert mean_satisfaction(after, "q") == 5
    assert jmap.ratings[(jmap.touchpoints[0].id, "p")].value == 2  # the map itself is untouched


def test_a_scale_running_below_zero():
    jmap = plan_map()
    jmap.scale = SatisfactionScale(-2, 2)
    for rating in jmap.ratings.values():
        rating.value -= 3  # p: -1, 1, -, 0, 1; q: 2
    jmap.projected_statuses = [PLANNED]
    assert projected_values(jmap, "p") == [0.5, 2, None, 0, 1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_any_projection_stays_on_the_scale_and_moves_only_what_actions_reach(project):
    for jmap in project.maps:
        jmap.projected_statuses = list(ActionStatus)
        found = projection(jmap)
        low, high = sorted((jmap.scale.low, jmap.scale.high))
        after = projected_map(jmap)
        for persona_id in jmap.persona_ids:
            values = projected_values(jmap, persona_id)
            for touchpoint, value in zip(jmap.touchpoints, values):
                rating = jmap.rating(touchpoint.id, persona_id)
                if rating is None:
                    assert value is None
                    continue
                assert math.isfinite(value) and low <= value <= high
                if touchpoint.id not in found.effects:
                    assert value == rating.value
                assert after.rating(touchpoint.id, persona_id).value == value
