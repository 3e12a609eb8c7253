"""Survey waves compared and the next survey planned, beside one plain pass over the same answers.

Ours: two waves of 50,000 respondents each on the hotel map (9 touchpoints, 900,000
answers): ``wave_table`` (every touchpoint per wave, Welch's t and the NPS margin between
them) and ``plan_next_survey``, first on surveys never counted (as after opening a file),
then again (as Insights redraws after an edit). The floor: one loop reading the value of
every answer, the least any computation over the raw answers costs. Medians of several runs.
"""

from __future__ import annotations

from bench_project_file import _paired

from cxdesigner.analysis import waves
from cxdesigner.analysis.planning import plan_next_survey
from cxdesigner.analysis.waves import wave_table
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import SurveyAnswer, SurveyDataset

RESPONDENTS = 50_000
RUNS = 5


def two_waves(respondents: int = RESPONDENTS):
    project = load_template("hotel")
    jmap = project.maps[0]
    questions = {f"Q{i}": t.id for i, t in enumerate(jmap.touchpoints)}
    questions["NPS"] = None
    for w, label in enumerate(("2026 Q2", "2026 Q3")):
        answers = [SurveyAnswer(respondent=f"R{i}", question=q, segment="Business" if i % 2 else "Family",
                                value=float(i % 11 if q == "NPS" else 1 + (i * 7 + k * 3 + w) % 5))
                   for i in range(respondents) for k, q in enumerate(questions)]
        project.add(SurveyDataset(name=label, map_id=jmap.id, question_touchpoints=dict(questions),
                                  nps_question="NPS", answers=answers, wave=label))
    return project, jmap


def _ours(project, jmap, fresh: bool) -> None:
    if fresh:
        waves._COUNTED.clear()
    wave_table(project, jmap.id)
    plan_next_survey(project, jmap.id)


def _floor(project) -> None:
    total = 0.0
    for dataset in project.surveys:
        for answer in dataset.answers:
            total += answer.value


def run() -> list[tuple[str, float, float, float]]:
    project, jmap = two_waves()
    answers = sum(len(d.answers) for d in project.surveys)
    results = []
    print(f"Survey waves compared, {answers:,} answers in 2 waves, median of {RUNS} runs")
    print(f"  {'':40} {'ours':>9} {'one pass':>9} {'ratio':>7}   target: under 1 s, then under 50 ms")
    for name, fresh, target in (("first time (counting every answer)", True, 1.0),
                                ("again (Insights after an edit)", False, 0.05)):
        _ours(project, jmap, fresh)
        mine, base, ratio = _paired(lambda: _ours(project, jmap, fresh), lambda: _floor(project), RUNS)
        print(f"  {name:40} {mine * 1000:7.0f} ms {base * 1000:6.0f} ms {ratio:6.2f}x   "
              f"{'ok' if mine < target else 'MISSED'}")
        results.append((name, mine, base, ratio))
    return results


if __name__ == "__main__":
    run()
