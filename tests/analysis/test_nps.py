"""NPS and its margin against hand-worked values and the statistics module."""

import math
import statistics

import pytest
from survey_data import dataset_for

from cxdesigner.analysis.nps import Z_95, map_nps, net_promoter


def test_hand_worked_nps_and_margin():
    answers = [10, 9, 9, 8, 7, 6, 5, 0, 10, 9]
    result = net_promoter(answers)
    # 5 promoters (10 9 9 10 9), 2 passives (8 7), 3 detractors (6 5 0): 50% - 30% = 20.
    assert (result.promoters, result.passives, result.detractors, result.n) == (5, 2, 3, 10)
    assert result.score == pytest.approx(20)
    # Codes +1 x5, 0 x2, -1 x3: mean 0.2, variance 0.5 + 0.3 - 0.2^2 = 0.76,
    # margin = 1.959964 * sqrt(0.76 / 10) * 100 = 1.959964 * 0.275681 * 100 = 54.0325 points.
    assert result.margin == pytest.approx(54.0325, abs=1e-4)
    codes = [1 if a >= 9 else -1 if a <= 6 else 0 for a in answers]
    assert statistics.pvariance(codes) == pytest.approx(0.76)
    assert result.margin == pytest.approx(100 * Z_95 * math.sqrt(statistics.pvariance(codes) / len(codes)))
    assert (result.low, result.high) == pytest.approx((20 - 54.0325, 74.0325), abs=1e-4)
    assert result.share("promoters") == 50 and result.share("passives") == 20 and result.share("detractors") == 30
    assert Z_95 == pytest.approx(statistics.NormalDist().inv_cdf(0.975), abs=1e-15)


def test_unanimous_answers_and_edges():
    assert (net_promoter([9, 10, 10]).score, net_promoter([9, 10, 10]).margin) == (100, 0)
    assert net_promoter([0, 3, 6]).score == -100
    assert net_promoter([7, 8]).score == 0
    assert net_promoter([]) is None
    assert net_promoter([11, -1]) is None  # not answers to a 0-10 question
    wide = net_promoter([0, 10])
    assert wide.low == -100 and wide.high == 100  # the interval stops at the ends


def test_nps_of_a_map_per_persona_and_per_touchpoint(project):
    jmap = project.maps[0]
    overall = dataset_for(project, {}, nps={"Anna": [10, 9, 3, 8], "Ben": [2, 2]})
    restaurant = dataset_for(project, {}, nps={"Anna": [9, 9]}, nps_touchpoint=jmap.touchpoints[2].id, name="Desk")
    elsewhere = dataset_for(project, {}, nps={"Anna": [0]}, name="Other map")
    for dataset in (overall, restaurant):
        project.add(dataset)
    report = map_nps(project, jmap.id)
    assert (report.journey.promoters, report.journey.passives, report.journey.detractors) == (2, 1, 3)
    assert report.journey.score == pytest.approx(100 * (2 - 3) / 6)
    assert list(report.by_touchpoint) == [jmap.touchpoints[2].id]
    assert report.by_touchpoint[jmap.touchpoints[2].id].score == 100
    anna, ben = project.personas
    assert map_nps(project, jmap.id, anna.id).journey.score == 25
    assert map_nps(project, jmap.id, ben.id).journey.score == -100
    assert map_nps(project, jmap.id, ben.id).by_touchpoint == {}
    assert elsewhere not in project.surveys
