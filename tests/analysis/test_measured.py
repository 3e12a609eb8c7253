"""Ratings measured from survey answers: converted to the map's scale, summarised, flagged, applied."""

import copy
import statistics

import pytest
from survey_data import dataset_for

from cxdesigner.analysis.measured import apply_rating_changes, measure_ratings, rating_changes
from cxdesigner.analysis.matching import fold
from cxdesigner.analysis.responses import comments, segment_personas, touchpoint_scores, unassigned_respondents
from cxdesigner.analysis.stats import t_quantile
from cxdesigner.model import RATING, Evidence, Rating, SurveyAnswer


def test_a_hand_worked_measured_rating(project):
    jmap = project.maps[0]
    anna = project.personas[0]
    project.add(dataset_for(project, {(0, "Anna"): [10, 7, 4]}))
    (measured,) = measure_ratings(project, project.surveys[0])
    # 10, 7, 4 on 1-10 are 5, 3.667, 2.333 on 1-5 (1 + (v - 1) * 4 / 9): mean 3.667,
    # deviations +-1.333 and 0, sample variance 2 * 1.778 / 2, so sd 1.333;
    # half-width t(0.975, 2) * 1.333 / sqrt(3) = 4.3027 * 0.7698 = 3.3121.
    assert (measured.touchpoint_id, measured.persona_id, measured.n) == (jmap.touchpoints[0].id, anna.id, 3)
    assert measured.mean == pytest.approx(11 / 3)
    assert measured.sd == pytest.approx(4 / 3)
    assert measured.interval_low == pytest.approx(11 / 3 - 3.3121, abs=1e-4)
    assert measured.interval_high == pytest.approx(11 / 3 + 3.3121, abs=1e-4)
    assert measured.few_answers
    assert measured.rating() == Rating(touchpoint_id=jmap.touchpoints[0].id, persona_id=anna.id, value=11 / 3,
                                       evidence=Evidence.SURVEY, n=3, spread=measured.sd,
                                       interval_low=measured.interval_low, interval_high=measured.interval_high)


def test_measured_ratings_agree_with_the_statistics_module(project):
    import random
    rng = random.Random(3)
    scores = {(i, segment): [rng.randint(1, 10) for _ in range(rng.randint(2, 40))]
              for i in range(4) for segment in ("Anna", "Ben")}
    project.add(dataset_for(project, scores))
    measured = measure_ratings(project, project.surveys[0], min_answers=12)
    jmap = project.maps[0]
    names = {p.id: p.name for p in project.personas}
    assert [(m.touchpoint_id, m.persona_id) for m in measured] == [
        (tp.id, p) for tp in jmap.touchpoints for p in jmap.persona_ids]
    for m in measured:
        index = [t.id for t in jmap.touchpoints].index(m.touchpoint_id)
        converted = [1 + (v - 1) * 4 / 9 for v in scores[(index, names[m.persona_id])]]
        half = t_quantile(0.975, len(converted) - 1) * statistics.stdev(converted) / len(converted) ** 0.5
        assert m.n == len(converted) and m.few_answers == (m.n < 12)
        assert m.mean == pytest.approx(statistics.mean(converted), rel=1e-12)
        assert m.sd == pytest.approx(statistics.stdev(converted), rel=1e-12)
        assert (m.interval_low, m.interval_high) == pytest.approx((m.mean - half, m.mean + half), rel=1e-12)


def test_segments_name_personas_loosely_and_the_rest_are_reported(project):
    anna, ben = project.personas
    dataset = dataset_for(project, {(0, "anna"): [5, 6], (0, " ÄNNA! "): [7], (1, "Zed"): [9, 9], (1, ""): [3]})
    assert segment_personas(project, dataset) == {"anna": anna.id, " ÄNNA! ": anna.id, "Zed": None, "": None}
    assert unassigned_respondents(project, dataset) == {"Zed": 2, "": 1}
    scores = touchpoint_scores(project, dataset)
    assert list(scores) == [(project.maps[0].touchpoints[0].id, anna.id)]
    assert fold("  Café – Crème  ") == "cafe creme"


def test_a_single_answer_has_no_spread_and_the_nps_question_is_no_score(project):
    jmap = project.maps[0]
    dataset = dataset_for(project, {(1, "Ben"): [8]}, nps={"Ben": [10, 10]}, nps_touchpoint=jmap.touchpoints[1].id)
    (measured,) = measure_ratings(project, dataset)
    assert (measured.n, measured.sd, measured.interval_low, measured.interval_high) == (1, None, None, None)
    project.set_value(RATING, jmap.id, measured.rating())
    assert project.problems() == []


def test_scores_outside_the_survey_scale_are_clamped_onto_the_map(project):
    dataset = dataset_for(project, {(0, "Anna"): [0, 12]}, scale=(1, 10))
    assert [m.mean for m in measure_ratings(project, dataset)] == [3]


def test_changes_leave_out_what_is_already_there_and_apply_cleanly(project):
    jmap = project.maps[0]
    dataset = dataset_for(project, {(i, p): [4, 5, 6, 9] * 3 for i in range(4) for p in ("Anna", "Ben")})
    dataset.answers += [SurveyAnswer(respondent="x", question="Q1", value=None, segment="Anna", comment="Slow site")]
    project.add(dataset)
    changes = rating_changes(project, dataset)
    assert len(changes) == 8 and all(c.new.evidence == Evidence.SURVEY and c.new.n == 12 for c in changes)
    assert changes[0].old == jmap.rating(jmap.touchpoints[0].id, project.personas[0].id)
    assert changes[3].old is None  # Ben had no rating at the second touchpoint
    apply_rating_changes(project, changes)
    assert project.problems() == [] and rating_changes(project, dataset) == []
    few = dataset_for(project, {(0, "Anna"): [1, 2]})
    assert rating_changes(project, few, skip_few=True) == []
    assert len(rating_changes(project, few)) == 1
    (comment,) = comments(dataset)
    assert (comment.text, comment.touchpoint_id) == ("Slow site", jmap.touchpoints[0].id)
    assert comments(dataset, jmap.touchpoints[1].id) == []


def test_the_changes_go_through_the_editor_as_one_undo_step(project):
    from PySide6.QtGui import QUndoStack

    from cxdesigner.editor.commands import MacroCommand, SetValueCommand
    dataset = dataset_for(project, {(i, "Anna"): [2, 3, 3, 4] for i in range(4)}, scale=(1, 5))
    project.add(dataset)
    before = copy.deepcopy(project.maps[0].ratings)
    commands = [SetValueCommand(project, RATING, c.map_id, c.touchpoint_id, c.persona_id, c.new.value, **c.details)
                for c in rating_changes(project, dataset)]
    stack = QUndoStack()
    stack.push(MacroCommand(project, "Apply survey ratings", commands))
    assert stack.count() == 1
    assert {r.value for k, r in project.maps[0].ratings.items() if k[1] == project.personas[0].id} == {3}
    assert all(r.evidence == Evidence.SURVEY for k, r in project.maps[0].ratings.items()
               if k[1] == project.personas[0].id)
    stack.undo()
    assert project.maps[0].ratings == before
