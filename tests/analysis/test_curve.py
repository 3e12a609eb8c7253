from cxdesigner.analysis.curve import satisfaction_curve, segments
from cxdesigner.model import RATING


def test_unrated_touchpoint_is_a_gap_not_a_zero(project):
    jmap = project.maps[0]
    anna, ben = project.personas
    project.clear_value(RATING, jmap.id, jmap.touchpoints[1].id, anna.id)
    points = satisfaction_curve(jmap, anna.id)
    assert [p.value for p in points] == [4, None, 2, 5]
    assert [[p.x for p in run] for run in segments(points)] == [[0], [2, 3]]
    assert [p.value for p in satisfaction_curve(jmap, ben.id)] == [2, None, None, None]
    assert segments(satisfaction_curve(jmap, "nobody")) == []
