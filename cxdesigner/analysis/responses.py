"""A survey's raw answers read against its map: whose they are, what they measure, on which scale.

The answers stay on the survey's own scale in the project (so nothing is lost);
here they are converted to the map's scale, grouped by touchpoint (through the
survey's question mapping) and by persona (through each answer's segment, the
name of the persona it was mapped to at import).
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from cxdesigner.analysis.matching import fold
from cxdesigner.model import JourneyMap, Project, SurveyDataset


def segment_personas(project: Project, dataset: SurveyDataset) -> dict[str, str | None]:
    """Each segment of the dataset's answers -> the id of the persona of its map it names, or ``None``.

    A segment names a persona by the persona's name, exactly or ignoring case, accents
    and punctuation; only personas the map carries count (ratings exist only for them).
    """
    jmap = project.find(dataset.map_id)
    personas = [project.find(p) for p in jmap.persona_ids]
    exact = {p.name: p.id for p in personas}
    loose: dict[str, str] = {}
    for persona in personas:
        loose.setdefault(fold(persona.name), persona.id)
    found: dict[str, str | None] = {}
    for answer in dataset.answers:
        segment = answer.segment
        if segment not in found:
            found[segment] = exact.get(segment) or loose.get(fold(segment)) if segment else None
    return found


def to_map_scale(dataset: SurveyDataset, jmap: JourneyMap):
    """A function taking a score on the survey's scale to the map's (ends onto ends, clamped)."""
    low, span = dataset.scale_low, dataset.scale_high - dataset.scale_low
    target_low, target_high = jmap.scale.low, jmap.scale.high
    factor = (target_high - target_low) / span

    def convert(value: float) -> float:
        return min(target_high, max(target_low, target_low + (value - low) * factor))
    return convert


def score_questions(dataset: SurveyDataset) -> dict[str, str]:
    """The questions that score a touchpoint: every mapped question but the NPS one."""
    return {q: t for q, t in dataset.question_touchpoints.items() if t is not None and q != dataset.nps_question}


def touchpoint_scores(project: Project, dataset: SurveyDataset) -> dict[tuple[str, str], list[float]]:
    """``(touchpoint id, persona id)`` -> the scores given there, converted to the map's scale.

    Answers with no value, to unmapped questions, or from respondents of no persona of
    the map are left out (``unassigned`` counts the last).
    """
    jmap = project.find(dataset.map_id)
    convert = to_map_scale(dataset, jmap)
    questions = score_questions(dataset)
    personas = segment_personas(project, dataset)
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    cache: dict[float, float] = {}
    for answer in dataset.answers:
        value, touchpoint = answer.value, questions.get(answer.question)
        if value is None or touchpoint is None or not math.isfinite(value):
            continue
        persona = personas[answer.segment]
        if persona is None:
            continue
        converted = cache.get(value)
        if converted is None:
            converted = cache[value] = convert(value)
        scores[(touchpoint, persona)].append(converted)
    return dict(scores)


def nps_answers(project: Project, dataset: SurveyDataset, persona_id: str | None = None) -> list[float]:
    """The answers to the dataset's 0-10 recommendation question (of one persona's respondents, if given)."""
    if dataset.nps_question is None:
        return []
    personas = segment_personas(project, dataset) if persona_id is not None else {}
    return [a.value for a in dataset.answers
            if a.question == dataset.nps_question and a.value is not None
            and (persona_id is None or personas[a.segment] == persona_id)]


@dataclass(frozen=True)
class Comment:
    """A respondent's comment, with the touchpoint its question is about (``None``: the whole journey)."""

    respondent: str
    segment: str
    question: str
    touchpoint_id: str | None
    text: str


def comments(dataset: SurveyDataset, touchpoint_id: str | None = None) -> list[Comment]:
    """Every non-empty comment of the dataset, in order (only those about ``touchpoint_id``, if given)."""
    found = []
    for answer in dataset.answers:
        if not answer.comment.strip():
            continue
        about = dataset.question_touchpoints.get(answer.question)
        if touchpoint_id is None or about == touchpoint_id:
            found.append(Comment(answer.respondent, answer.segment, answer.question, about, answer.comment))
    return found


def unassigned_respondents(project: Project, dataset: SurveyDataset) -> dict[str, int]:
    """Segments that name no persona of the map -> how many respondents have them (e.g. after a persona
    was renamed), so the interface can offer to map them again."""
    personas = segment_personas(project, dataset)
    respondents: dict[str, set[str]] = defaultdict(set)
    for answer in dataset.answers:
        if personas[answer.segment] is None:
            respondents[answer.segment].add(answer.respondent)
    return {segment: len(people) for segment, people in respondents.items()}
