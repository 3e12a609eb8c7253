"""Planning the next survey: the answers that bring a touchpoint's interval under a chosen half-width."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy import stats as scipy_stats
from survey_data import dataset_for

from cxdesigner.analysis.planning import answers_needed, half_width_on, plan_next_survey
from cxdesigner.model import SatisfactionScale


def test_hand_worked_plan():
    # sd 1 on a 1-5 scale, aiming for ±0.5: the normal guess is (1.96 / 0.5)^2 = 15.4, so 16; but
    # t(0.975, 15) / sqrt(16) = 2.1314 / 4 = 0.533 and t(0.975, 16) / sqrt(17) = 2.1199 / 4.1231 = 0.514 are wider,
    # t(0.975, 17) / sqrt(18) = 2.1098 / 4.2426 = 0.497 is the first under ±0.5: 18 answers.
    assert answers_needed(1.0, 0.5) == 18
    assert scipy_stats.t.ppf(0.975, 17) / math.sqrt(18) <= 0.5 < scipy_stats.t.ppf(0.975, 16) / math.sqrt(17)


def test_the_half_width_is_carried_onto_the_maps_scale():
    assert half_width_on(SatisfactionScale(1, 5)) == 0.5
    assert half_width_on(SatisfactionScale(1, 10)) == pytest.approx(1.125)
    assert half_width_on(SatisfactionScale(-2, 2), 0.25) == 0.25
    assert answers_needed(2.25, half_width_on(SatisfactionScale(1, 10))) == 18  # the same plan, scaled


def test_edges_of_a_plan():
    assert answers_needed(0.0, 0.5) == 2
    assert answers_needed(0.1, 0.5) == 3  # t(0.975, 1) = 12.7: two answers are never enough but for no spread
    assert answers_needed(4.0, 1e-6) == 10_000_000  # unreachable in practice: capped
    with pytest.raises(ValueError):
        answers_needed(1.0, 0.0)


@given(st.floats(0.05, 3.0), st.floats(0.05, 2.0))
def test_the_plan_is_the_fewest_answers_that_fit(sd, half_width):
    n = answers_needed(sd, half_width)
    assert scipy_stats.t.ppf(0.975, n - 1) * sd / math.sqrt(n) <= half_width * (1 + 1e-9)
    if n > 2:
        assert scipy_stats.t.ppf(0.975, n - 2) * sd / math.sqrt(n - 1) > half_width * (1 - 1e-9)


def test_a_plan_per_touchpoint_from_the_latest_wave(project):
    first = dataset_for(project, {(0, "Anna"): [1, 5, 1, 5], (2, "Anna"): [3, 3, 4]}, scale=(1, 5), name="Q2")
    later = dataset_for(project, {(0, "Anna"): [2, 3, 4, 3, 2, 3, 4, 3], (1, "Ben"): [4]}, scale=(1, 5), name="Q3")
    project.add(first)
    project.add(later)
    jmap = project.maps[0]
    plans = {p.touchpoint_id: p for p in plan_next_survey(project, jmap.id)}
    start = plans[jmap.touchpoints[0].id]
    # The latest wave: 8 answers, sd = sqrt(4/7) = 0.7559; 0.7559 * t(0.975, n - 1) / sqrt(n) <= 0.5 from n = 12.
    assert (start.wave, start.n, start.needed, start.more) == ("Q3", 8, 12, 4)
    assert start.sd == pytest.approx(math.sqrt(4 / 7))
    assert plans[jmap.touchpoints[1].id].needed is None and plans[jmap.touchpoints[1].id].more is None
    assert plans[jmap.touchpoints[2].id].wave == "Q2"  # asked only then
    assert jmap.touchpoints[3].id not in plans
