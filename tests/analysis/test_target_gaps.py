"""Current against target, per touchpoint."""

from cxdesigner.analysis.targets import largest_target_gaps, mean_target_gap, target_gaps
from cxdesigner.model import TARGET, Target


def test_gap_is_target_minus_current(project):
    jmap = project.maps[0]
    anna, ben = project.personas
    for index, value in ((0, 5), (2, 4.5), (3, 4)):
        project.set_value(TARGET, jmap.id, Target(touchpoint_id=jmap.touchpoints[index].id, persona_id=anna.id, value=value))
    project.set_value(TARGET, jmap.id, Target(touchpoint_id=jmap.touchpoints[1].id, persona_id=ben.id, value=4))
    # Anna is rated 4, 3, 2, 5.
    assert [(g.index, g.target, g.current, g.gap) for g in target_gaps(jmap, anna.id)] == [
        (0, 5, 4, 1), (2, 4.5, 2, 2.5), (3, 4, 5, -1)]
    assert [g.index for g in largest_target_gaps(jmap, anna.id)] == [2, 0]
    assert mean_target_gap(jmap, anna.id) == 2.5 / 3
    # Ben is not rated at the second touchpoint: a target with no gap yet.
    (only,) = target_gaps(jmap, ben.id)
    assert (only.current, only.gap) == (None, None)
    assert mean_target_gap(jmap, ben.id) is None and largest_target_gaps(jmap, ben.id) == []
