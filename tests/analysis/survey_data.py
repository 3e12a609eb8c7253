"""Small survey datasets for the fixture project, built answer by answer."""

from cxdesigner.model import SurveyAnswer, SurveyDataset


def dataset_for(project, scores, *, nps=None, scale=(1, 10), nps_touchpoint=None, name="Wave 1"):
    """``scores``: ``{(touchpoint index, segment): [values]}``, one respondent per value;
    ``nps``: ``{segment: [0-10 answers]}``, also one respondent each."""
    jmap = project.maps[0]
    questions = {f"Q{i + 1}": tp.id for i, tp in enumerate(jmap.touchpoints)}
    answers = []
    for (index, segment), values in scores.items():
        for number, value in enumerate(values):
            answers.append(SurveyAnswer(respondent=f"{segment}-{number}", question=f"Q{index + 1}", value=value,
                                        segment=segment))
    nps_question = None
    if nps is not None:
        nps_question = "Would you recommend us?"
        questions[nps_question] = nps_touchpoint
        for segment, values in nps.items():
            answers += [SurveyAnswer(respondent=f"{segment}-{n}", question=nps_question, value=v, segment=segment)
                        for n, v in enumerate(values)]
    return SurveyDataset(name=name, map_id=jmap.id, scale_low=scale[0], scale_high=scale[1],
                         question_touchpoints=questions, nps_question=nps_question, answers=answers)
