"""The survey test files in each tool's layout (tests/interchange/files, invented answers) and what
importing each must give. Every file holds the same eight finished responses on three touchpoints of
the hotel map (and the same NPS: 4 promoters, 2 passives, 2 detractors, +25); the tools differ in
how they write them and in the rows they add."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path

import pytest

from cxdesigner.analysis.nps import net_promoter
from cxdesigner.analysis.responses import nps_answers

FILES = Path(__file__).parent / "interchange" / "files"
MEANS = {"Arrives at the reception": 29 / 8, "Enters the room for the first time": 30 / 8,
         "Eats at the hotel restaurant": 24 / 8}


@dataclass(frozen=True)
class Expected:
    layout: str
    title: str  # as the plan names it
    header_rows: int
    ignored: int
    unfinished: tuple[int, ...] = ()
    problems: tuple[int, ...] = ()
    answers: int = 35
    respondents: int = 8
    nps: tuple[int, int, int, int] = (25, 4, 2, 2)  # score, promoters, passives, detractors


EXPECTED = {
    "qualtrics-numeric.csv": Expected("qualtrics", "Qualtrics export", 3, 17, unfinished=(7, 11)),
    "qualtrics-choice-text.tsv": Expected("qualtrics", "Qualtrics export", 3, 17, unfinished=(7, 11)),
    "surveymonkey.csv": Expected("surveymonkey", "SurveyMonkey export", 2, 8, problems=(11,)),
    "google-forms.csv": Expected("google-forms", "Google Forms export", 1, 2),
    "microsoft-forms.csv": Expected("microsoft-forms", "Microsoft Forms export", 1, 5),
    "typeform.csv": Expected("typeform", "Typeform export", 1, 6, unfinished=(3, 8)),
    "limesurvey.csv": Expected("limesurvey", "LimeSurvey export", 1, 6, unfinished=(4, 10)),
    "generic-wide.csv": Expected("generic", "plain table", 1, 0),
    "generic-long.csv": Expected("generic", "plain table", 1, 0, answers=32),
}


def check_imported(project, name, expected):
    """The survey ``name`` as saved: its respondents, answers, NPS and the mean of each touchpoint."""
    dataset = next(s for s in project.surveys if s.name == name)
    titles = {t.id: t.title for t in project.maps[0].touchpoints}
    assert len(dataset.answers) == expected.answers
    assert len({a.respondent for a in dataset.answers}) == expected.respondents
    nps = net_promoter(nps_answers(project, dataset))
    assert (round(nps.score), nps.promoters, nps.passives, nps.detractors) == expected.nps
    scores = {}
    for answer in dataset.answers:
        title = titles.get(dataset.question_touchpoints.get(answer.question))
        if title and answer.value is not None:
            scores.setdefault(title, []).append(answer.value)
    assert {t: statistics.mean(v) for t, v in scores.items()} == pytest.approx(MEANS)
