"""What presentation mode says about one touchpoint, and where its steps go.

Kept apart from the window so the words and the stepping can be read (and tested)
without drawing anything: a touchpoint's title, stage and place, each persona's rating
in words, its pain points, positive moments and actions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cxdesigner.canvas.style import short_number
from cxdesigner.model import JourneyMap, Project, Touchpoint
from cxdesigner.plain import clip

#: What a screen read from the back of a room holds: longer texts are cut, longer lists shortened.
MAX_TITLE = 120
MAX_DESCRIPTION = 400
MAX_ITEM = 220
MAX_ITEMS = 4


def _tr(text: str) -> str:
    return QCoreApplication.translate("Story", text)


@dataclass
class StoryPage:
    """The details shown large for one touchpoint (plain text: the window escapes it)."""

    title: str
    place: str  # "Stage · touchpoint 3 of 9"
    description: str = ""
    ratings: list[tuple[str, str, str]] = field(default_factory=list)  # (persona, colour, in words)
    pain_points: list[str] = field(default_factory=list)
    positive_moments: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)


def rating_in_words(jmap: JourneyMap, value: float) -> str:
    """"4 of 1 to 5: satisfied": the value, the scale, and what it means on it."""
    scale = jmap.scale
    fraction = (value - scale.low) / (scale.high - scale.low)
    if value <= scale.low:
        feeling = scale.low_label or _tr(QT_TRANSLATE_NOOP("Story", "the lowest"))
    elif value >= scale.high:
        feeling = scale.high_label or _tr(QT_TRANSLATE_NOOP("Story", "the highest"))
    else:
        feeling = (_tr(QT_TRANSLATE_NOOP("Story", "dissatisfied")) if fraction < 0.4 else _tr(QT_TRANSLATE_NOOP("Story", "neutral")) if fraction <= 0.6
                   else _tr(QT_TRANSLATE_NOOP("Story", "satisfied")))
    return _tr(QT_TRANSLATE_NOOP("Story", "%1 on a scale of %2 to %3: %4")).replace("%1", short_number(value)).replace(
        "%2", short_number(scale.low)).replace("%3", short_number(scale.high)).replace("%4", feeling.lower())


def story_page(project: Project, jmap: JourneyMap, touchpoint: Touchpoint) -> StoryPage:
    names = {e.id: e.name for e in (*project.channels, *project.departments)}
    stage = next((s.name for s in jmap.stages if s.id == touchpoint.stage_id), "")
    number = jmap.touchpoints.index(touchpoint) + 1
    place = _tr(QT_TRANSLATE_NOOP("Story", "%1 · touchpoint %2 of %3")).replace("%1", stage).replace("%2", str(number)).replace(
        "%3", str(len(jmap.touchpoints)))
    where = " · ".join(x for x in (names.get(touchpoint.channel_id, ""), names.get(touchpoint.department_id, ""))
                       if x)
    page = StoryPage(clip(touchpoint.title, MAX_TITLE), clip(f"{place} · {where}" if where else place, MAX_ITEM),
                     clip(touchpoint.description.strip(), MAX_DESCRIPTION))
    for persona_id in jmap.persona_ids:
        persona = project.find(persona_id)
        rating = jmap.rating(touchpoint.id, persona_id)
        words = rating_in_words(jmap, rating.value) if rating is not None else _tr(QT_TRANSLATE_NOOP("Story", "not rated yet"))
        page.ratings.append((clip(persona.name), persona.color, words))
    page.pain_points = _shortened([p.text for p in jmap.pain_points if touchpoint.id in p.touchpoint_ids])
    page.positive_moments = _shortened([m.text for m in jmap.positive_moments if m.touchpoint_id == touchpoint.id])
    actions = []
    for action in (a for a in jmap.actions if a.touchpoint_id == touchpoint.id):
        owner = names.get(action.owner_id, "")
        actions.append(_tr(QT_TRANSLATE_NOOP("Story", "%1 (%2)")).replace("%1", action.text).replace("%2", owner) if owner else action.text)
    page.actions = _shortened(actions)
    return page


def _shortened(texts: list[str]) -> list[str]:
    """At most ``MAX_ITEMS`` texts, each cut to ``MAX_ITEM`` characters; then how many more there are."""
    shown = [clip(text, MAX_ITEM) for text in texts[:MAX_ITEMS]]
    if len(texts) > MAX_ITEMS:
        shown.append(_tr(QT_TRANSLATE_NOOP("Story", "and %1 more")).replace("%1", str(len(texts) - MAX_ITEMS)))
    return shown


def stage_step(jmap: JourneyMap, index: int, step: int) -> int:
    """The touchpoint a stage step lands on from ``index``: the first of the next stage (step 1),
    or the first of this stage, or of the one before when already there (step -1)."""
    touchpoints = jmap.touchpoints
    if not touchpoints:
        return index
    stage = touchpoints[index].stage_id
    firsts = [i for i, t in enumerate(touchpoints) if i == 0 or touchpoints[i - 1].stage_id != t.stage_id]
    if step > 0:
        return next((i for i in firsts if i > index), index)
    start = max(i for i in firsts if i <= index)
    if start < index and touchpoints[start].stage_id == stage:
        return start
    return max((i for i in firsts if i < index), default=index)
