"""Survey waves: hand-worked Welch and NPS-margin cases, checked against SciPy; waves grouped and ordered."""

import math
from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as scipy_stats
from survey_data import dataset_for

from cxdesigner.analysis.nps import net_promoter
from cxdesigner.analysis.stats import summarize, t_two_sided
from cxdesigner.analysis.waves import map_waves, nps_change, wave_line, wave_table, welch


def test_hand_worked_welch_test_matches_scipy():
    earlier, later = [2, 3, 4], [4, 5, 6, 5, 5]
    result = welch(summarize(earlier), summarize(later))
    # Means 3 and 5; variances 1 and 0.5; squared standard errors 1/3 and 0.5/5 = 0.1.
    # t = 2 / sqrt(0.43333) = 3.03822; df = 0.43333^2 / ((1/3)^2 / 2 + 0.1^2 / 4) = 0.187778 / 0.058056 = 3.2344.
    assert result.difference == 2
    assert result.t == pytest.approx(3.03822, abs=1e-5)
    assert result.df == pytest.approx(3.2344, abs=1e-4)
    expected = scipy_stats.ttest_ind(later, earlier, equal_var=False)
    assert result.t == pytest.approx(expected.statistic, rel=1e-12)
    assert result.p == pytest.approx(expected.pvalue, rel=1e-9)
    # p = 0.0507: a rise of two points on three and five answers is not yet supported at 95%.
    assert result.p == pytest.approx(0.050742, abs=1e-6) and not result.supported


def test_a_difference_within_the_noise_is_not_a_change():
    earlier, later = [3, 4, 5, 2, 4], [4, 5, 3, 5, 4]
    result = welch(summarize(earlier), summarize(later))
    expected = scipy_stats.ttest_ind(later, earlier, equal_var=False)
    assert result.p == pytest.approx(expected.pvalue, rel=1e-9) and result.p > 0.05 and not result.supported


def test_welch_needs_two_answers_and_some_spread():
    assert welch(summarize([4]), summarize([3, 5])) is None
    assert welch(summarize([4, 4]), summarize([3, 3])) is None
    one_varies = welch(summarize([4, 4, 4]), summarize([2, 3, 4]))
    expected = scipy_stats.ttest_ind([2, 3, 4], [4, 4, 4], equal_var=False)
    assert one_varies.p == pytest.approx(expected.pvalue, rel=1e-9)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(1, 5), min_size=2, max_size=40), st.lists(st.integers(1, 5), min_size=2, max_size=40))
def test_welch_agrees_with_scipy(earlier, later):
    result = welch(summarize(earlier), summarize(later))
    if np.var(earlier) + np.var(later) == 0:
        assert result is None
        return
    expected = scipy_stats.ttest_ind(later, earlier, equal_var=False)
    assert result.t == pytest.approx(expected.statistic, rel=1e-9, abs=1e-12)
    assert result.p == pytest.approx(expected.pvalue, rel=1e-7, abs=1e-14)


@pytest.mark.parametrize("t, df", [(0.0, 3), (1.5, 2.7), (-2.2, 9.4), (8.0, 30.5), (40.0, 120)])
def test_two_sided_p_values_match_scipy(t, df):
    assert t_two_sided(t, df) == pytest.approx(2 * scipy_stats.t.sf(abs(t), df), rel=1e-9, abs=1e-300)


def test_hand_worked_nps_change_and_its_margin():
    earlier = net_promoter([10] * 5 + [8] * 3 + [3] * 2)  # 50% - 20% = 30
    later = net_promoter([9] * 14 + [7] * 4 + [0] * 2)  # 70% - 10% = 60
    change = nps_change(earlier, later)
    # Code variances: 0.5 + 0.2 - 0.3^2 = 0.61 and 0.7 + 0.1 - 0.6^2 = 0.44; the difference's standard error is
    # sqrt(0.61 / 10 + 0.44 / 20) = sqrt(0.083) = 0.288097, so its margin is 1.959964 * 28.8097 = 56.466 points.
    assert change.difference == pytest.approx(30)
    assert change.margin == pytest.approx(56.466, abs=1e-3)
    assert not change.supported
    codes = [np.array([1] * 5 + [0] * 3 + [-1] * 2), np.array([1] * 14 + [0] * 4 + [-1] * 2)]
    standard_error = math.sqrt(sum(np.var(c) / len(c) for c in codes))
    assert change.margin == pytest.approx(100 * scipy_stats.norm.ppf(0.975) * standard_error, rel=1e-12)


def test_a_large_nps_rise_is_supported():
    earlier = net_promoter([10] * 60 + [7] * 60 + [2] * 80)  # -10
    later = net_promoter([9] * 120 + [8] * 50 + [5] * 30)  # +45
    # Variances 0.3 + 0.4 - 0.01 = 0.69 and 0.6 + 0.15 - 0.2025 = 0.5475, 200 answers each:
    # margin = 1.959964 * 100 * sqrt(0.00345 + 0.0027375) = 15.417 points.
    change = nps_change(earlier, later)
    assert change.difference == pytest.approx(55) and change.margin == pytest.approx(15.417, abs=1e-3)
    assert change.supported


def _two_waves(project, first, second):
    spring = dataset_for(project, first, scale=(1, 5), name="Spring survey")
    summer = dataset_for(project, second, scale=(1, 5), name="Summer survey")
    spring.wave, spring.fieldwork_start, spring.fieldwork_end = "2026 Q2", date(2026, 4, 1), date(2026, 4, 30)
    summer.wave, summer.fieldwork_start = "2026 Q3", date(2026, 7, 1)
    project.add(summer)  # imported first, but fielded later
    project.add(spring)
    return spring, summer


def test_waves_are_ordered_by_their_fieldwork_and_compared(project):
    _two_waves(project, {(0, "Anna"): [1, 2, 3, 1, 2, 3], (1, "Anna"): [3, 4, 5, 2, 4]},
               {(0, "Anna"): [3, 4, 5, 4, 4], (1, "Ben"): [4, 5, 3, 5, 4]})
    waves = map_waves(project, project.maps[0].id)
    assert [w.label for w in waves] == ["2026 Q2", "2026 Q3"]
    assert waves[0].period == "2026-04-01 – 2026-04-30" and waves[1].period == "from 2026-07-01"
    table = wave_table(project, project.maps[0].id)
    first, second = (project.maps[0].touchpoints[i].id for i in (0, 1))
    (spring, summer) = table.rows[first]
    assert spring.satisfaction.mean == 2 and summer.satisfaction.mean == 4 and spring.satisfaction_change is None
    assert summer.satisfaction_change.supported
    assert not table.rows[second][1].satisfaction_change.supported  # 3.6 to 4.2, within the noise
    assert wave_line(project, project.maps[0].id, "2026 Q2") == {first: 2, second: 3.6}
    anna = project.personas[0].id
    assert wave_table(project, project.maps[0].id, anna).rows[second][1].satisfaction is None  # Ben's answers


def test_surveys_of_one_label_are_one_wave_and_an_unlabelled_survey_is_its_own(project):
    one = dataset_for(project, {(0, "Anna"): [4, 4]}, scale=(1, 5), name="Online panel")
    two = dataset_for(project, {(0, "Anna"): [2, 2]}, scale=(1, 5), name="In the lobby")
    loose = dataset_for(project, {(0, "Anna"): [5]}, scale=(1, 5), name="Pilot")
    one.wave = two.wave = "2026 Q3"
    for dataset in (loose, one, two):
        project.add(dataset)
    waves = map_waves(project, project.maps[0].id)
    assert [w.label for w in waves] == ["Pilot", "2026 Q3"]  # no dates: the order of import
    assert wave_table(project, project.maps[0].id).rows[project.maps[0].touchpoints[0].id][1].satisfaction.mean == 3


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([1.0, 2.0, 2.5, 3.0, 4.0, 5.0, 7.25]), max_size=60))
def test_summaries_from_counts_are_those_of_the_values(values):
    from collections import Counter

    from cxdesigner.analysis.stats import summarize_counts
    expected, found = summarize(values), summarize_counts(Counter(values))
    if expected is None:
        assert found is None
        return
    assert found.n == expected.n and found.mean == pytest.approx(expected.mean, rel=1e-12)
    for a, b in ((found.sd, expected.sd), (found.low, expected.low), (found.high, expected.high)):
        assert (a is None and b is None) or a == pytest.approx(b, rel=1e-9, abs=1e-12)


def test_counts_follow_a_survey_replaced_or_grown(project):
    spring = dataset_for(project, {(0, "Anna"): [1, 2, 3]}, scale=(1, 5), name="Spring")
    project.add(spring)
    jmap = project.maps[0]
    first = jmap.touchpoints[0].id
    assert wave_table(project, jmap.id).rows[first][0].satisfaction.mean == 2
    spring.answers.append(type(spring.answers[0])(respondent="late", question="Q1", value=5.0, segment="Anna"))
    assert wave_table(project, jmap.id).rows[first][0].satisfaction.n == 4
    project.remove(spring.id)
    again = dataset_for(project, {(0, "Anna"): [5, 5]}, scale=(1, 5), name="Spring")
    project.add(again)
    assert wave_table(project, jmap.id).rows[first][0].satisfaction.mean == 5


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(-1, 11), max_size=80))
def test_an_nps_from_counts_is_that_of_the_answers(answers):
    from collections import Counter

    from cxdesigner.analysis.nps import net_promoter_counts
    assert net_promoter_counts(Counter(map(float, answers))) == net_promoter(map(float, answers))
