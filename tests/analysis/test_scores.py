"""Journey scores on hand-built lines: every figure worked out by hand."""

import pytest

from cxdesigner.analysis.scores import (biggest_drops, compare_personas, mean_satisfaction, peak_end, stage_means,
                                        strongest_touchpoints, weakest_touchpoints)
from cxdesigner.model import JourneyMap, Rating, SatisfactionScale, Stage, Touchpoint


def line(values, scale=SatisfactionScale(1, 5), second=None):
    """A map of len(values) touchpoints over two stages (first three in A), rated by persona "p"
    (and "q" with ``second``); ``None`` leaves a touchpoint unrated."""
    a, b = Stage(name="A"), Stage(name="B")
    tps = [Touchpoint(title=f"T{i}", stage_id=(a if i < 3 else b).id) for i in range(len(values))]
    jmap = JourneyMap(name="m", scale=scale, stages=[a, b], touchpoints=tps, persona_ids=["p", "q"])
    for persona, row in (("p", values), ("q", second or [])):
        for tp, value in zip(tps, row):
            if value is not None:
                jmap.ratings[(tp.id, persona)] = Rating(touchpoint_id=tp.id, persona_id=persona, value=value)
    return jmap


def ids(jmap, *indexes):
    return [jmap.touchpoints[i].id for i in indexes]


def test_mean_and_stage_means_skip_unrated_touchpoints():
    jmap = line([4, None, 2, 5, 1])
    assert mean_satisfaction(jmap, "p") == 3  # (4 + 2 + 5 + 1) / 4
    assert [(s.mean, s.rated) for s in stage_means(jmap, "p")] == [(3, 2), (3, 2)]
    assert mean_satisfaction(jmap, "nobody") is None
    assert [(s.mean, s.rated) for s in stage_means(jmap, "nobody")] == [(None, 0), (None, 0)]


def test_weakest_and_strongest_in_order_with_equals_in_journey_order():
    jmap = line([3, 1, 5, 1, 4, 5])
    assert [p.touchpoint_id for p in weakest_touchpoints(jmap, "p", 3)] == ids(jmap, 1, 3, 0)
    assert [p.touchpoint_id for p in strongest_touchpoints(jmap, "p", 2)] == ids(jmap, 2, 5)
    assert [p.value for p in weakest_touchpoints(jmap, "p", 10)] == [1, 1, 3, 4, 5, 5]


def test_peak_end_takes_the_most_intense_moment_and_the_last():
    # Scale 1-5, neutral 3: distances 0, 1, 2 (the 1), 1, 0 -> the peak is the low of 1; the end is 3.
    result = peak_end(line([3, 4, 1, 4, 3]), "p")
    assert (result.peak.value, result.peak.index, result.end.value, result.score) == (1, 2, 3, 2)
    # Equal intensity (5 and 1 both 2 from neutral): the earlier one is the peak.
    result = peak_end(line([2, 5, 1, None]), "p")
    assert (result.peak.value, result.end.value, result.end.index, result.score) == (5, 1, 2, 3)
    # On -2..+2 the neutral is 0: +1.5 beats -1.
    result = peak_end(line([-1, 1.5, 0.5], scale=SatisfactionScale(-2, 2, 0.5)), "p")
    assert (result.peak.value, result.score) == (1.5, 1)
    single = peak_end(line([4]), "p")
    assert single.peak == single.end and single.score == 4
    assert peak_end(line([None, None]), "p") is None


def test_biggest_drops_step_over_unrated_touchpoints():
    jmap = line([5, 3, None, 4, 1, 2, 2])
    drops = biggest_drops(jmap, "p")
    # 5 -> 3 (-2), 3 -> 4 (rise), 4 -> 1 (-3), 1 -> 2 (rise), 2 -> 2 (flat)
    assert [(d.before.index, d.after.index, d.change) for d in drops] == [(3, 4, -3), (0, 1, -2)]
    assert biggest_drops(jmap, "p", 1)[0].change == -3
    assert biggest_drops(line([1, 2, 3]), "p") == []


def test_personas_side_by_side():
    jmap = line([4, 2, None, 5], second=[2, 2, 3])
    comparison = compare_personas(jmap)
    assert comparison.persona_ids == ("p", "q")
    assert [r.values for r in comparison.rows] == [(4, 2), (2, 2), (None, 3), (5, None)]
    assert [r.difference for r in comparison.rows] == [2, 0, None, None]
    assert comparison.means == (pytest.approx(11 / 3), pytest.approx(7 / 3))
    assert [r.touchpoint_id for r in comparison.widest()] == ids(jmap, 0)
    assert compare_personas(jmap, ["q"]).means == (pytest.approx(7 / 3),)
