"""The words of the interactive HTML map: each item's details, and the journey as a list.

The same sentences feed the hover details (as the script's data) and the details
list under the map, which is plain HTML: it is what a screen reader reads (stages,
touchpoints, ratings in words) and what a reader without scripts sees.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from cxdesigner.canvas.style import short_number
from cxdesigner.canvas.words import choice_word
from cxdesigner.model import JourneyMap, Project, Rating
from cxdesigner.render.html_text import attr, text


def tr(value: str) -> str:
    return QCoreApplication.translate("HtmlMap", value)


def _name(project: Project, item_id: str | None) -> str:
    entry = project.lookup(item_id) if item_id else None
    return getattr(entry[0], "name", "") if entry else ""


def rating_words(jmap: JourneyMap, persona: str, rating: Rating) -> str:
    """A rating in words: who, how much on which scale, and where it comes from."""
    scale = jmap.scale
    parts = [tr(QT_TRANSLATE_NOOP("HtmlMap", "%1: %2 on a scale from %3 to %4")).replace("%1", persona).replace(
        "%2", short_number(rating.value)).replace("%3", short_number(scale.low)).replace("%4", short_number(scale.high)),
        choice_word(rating.evidence)]
    if rating.n is not None:
        parts.append(tr(QT_TRANSLATE_NOOP("HtmlMap", "n = %1")).replace("%1", str(rating.n)))
    if rating.spread is not None:
        parts.append(tr(QT_TRANSLATE_NOOP("HtmlMap", "standard deviation %1")).replace("%1", short_number(rating.spread)))
    if rating.interval_low is not None and rating.interval_high is not None:
        parts.append(tr(QT_TRANSLATE_NOOP("HtmlMap", "95% interval %1 to %2")).replace("%1", short_number(rating.interval_low)).replace(
            "%2", short_number(rating.interval_high)))
    return " · ".join(parts)


def pain_lines(project: Project, jmap: JourneyMap, pain) -> list[str]:
    titles = {t.id: t.title for t in jmap.touchpoints}
    lines = [tr(QT_TRANSLATE_NOOP("HtmlMap", "severity %1 of 5")).replace("%1", str(pain.severity)) + " · " + tr(pain.evidence.value)]
    if len(pain.touchpoint_ids) > 1:
        lines.append(tr(QT_TRANSLATE_NOOP("HtmlMap", "Also at: %1")).replace("%1", ", ".join(titles.get(i, "") for i in pain.touchpoint_ids[1:])))
    return lines


def action_lines(project: Project, action) -> list[str]:
    """An action's owner, status, priority, phase, date and effect, then the resources it needs."""
    parts = [_name(project, action.owner_id), choice_word(action.status),
             tr(QT_TRANSLATE_NOOP("HtmlMap", "%1 priority")).replace("%1", choice_word(action.priority)), action.phase,
             action.planned_on.isoformat() if action.planned_on else "",
             "" if action.expected_effect is None else
             tr(QT_TRANSLATE_NOOP("HtmlMap", "%1 expected")).replace("%1", short_number(action.expected_effect, sign=True))]
    lines = [" · ".join(p for p in parts if p)]
    if action.resources_available:
        lines.append(tr(QT_TRANSLATE_NOOP("HtmlMap", "Resources available: %1")).replace("%1", action.resources_available))
    if action.resources_needed:
        lines.append(tr(QT_TRANSLATE_NOOP("HtmlMap", "Resources still needed: %1")).replace("%1", action.resources_needed))
    return lines


def touchpoint_lines(project: Project, jmap: JourneyMap, touchpoint) -> list[tuple[str, str]]:
    """``(label, text)`` pairs: everything the map says about one touchpoint."""
    stages = {s.id: s.name for s in jmap.stages}
    rows = [(tr(QT_TRANSLATE_NOOP("HtmlMap", "Stage")), stages.get(touchpoint.stage_id, "")), (tr(QT_TRANSLATE_NOOP("HtmlMap", "Description")), touchpoint.description),
            (tr(QT_TRANSLATE_NOOP("HtmlMap", "Channel")), _name(project, touchpoint.channel_id)),
            (tr(QT_TRANSLATE_NOOP("HtmlMap", "Department")), _name(project, touchpoint.department_id)), (tr(QT_TRANSLATE_NOOP("HtmlMap", "Device")), touchpoint.device),
            (tr(QT_TRANSLATE_NOOP("HtmlMap", "Starts")), touchpoint.starts_at.isoformat(" ", "minutes") if touchpoint.starts_at else ""),
            (tr(QT_TRANSLATE_NOOP("HtmlMap", "Takes")), "" if touchpoint.duration_minutes is None else
             tr(QT_TRANSLATE_NOOP("HtmlMap", "%1 minutes")).replace("%1", short_number(touchpoint.duration_minutes))),
            (tr(QT_TRANSLATE_NOOP("HtmlMap", "Customer does")), touchpoint.customer_action), (tr(QT_TRANSLATE_NOOP("HtmlMap", "Thinks")), touchpoint.thoughts),
            (tr(QT_TRANSLATE_NOOP("HtmlMap", "Feels")), touchpoint.feelings)]
    for persona_id in jmap.persona_ids:
        persona = project.find(persona_id)
        rating = jmap.rating(touchpoint.id, persona_id)
        rows.append((tr(QT_TRANSLATE_NOOP("HtmlMap", "Rating")), rating_words(jmap, persona.name, rating) if rating else
                     tr(QT_TRANSLATE_NOOP("HtmlMap", "%1: not rated")).replace("%1", persona.name)))
        target = jmap.target(touchpoint.id, persona_id)
        if target is not None:
            rows.append((tr(QT_TRANSLATE_NOOP("HtmlMap", "Target")), f"{persona.name}: {short_number(target.value)}"))
    for custom in jmap.custom_lanes:
        for cell in jmap.cells:
            if cell.lane_id == custom.id and cell.touchpoint_id == touchpoint.id:
                value = cell.text or ("" if cell.number is None else f"{short_number(cell.number)} {custom.unit}")
                if cell.emotion is not None:
                    value = f"{_name(project, cell.persona_id)}: {choice_word(cell.emotion)}"
                rows.append((custom.title, value.strip()))
    for pain in jmap.pain_points:
        if touchpoint.id in pain.touchpoint_ids:
            rows.append((tr(QT_TRANSLATE_NOOP("HtmlMap", "Pain point")), f"{pain.text} ({'; '.join(pain_lines(project, jmap, pain))})"))
    for moment in jmap.positive_moments:
        if moment.touchpoint_id == touchpoint.id:
            rows.append((tr(QT_TRANSLATE_NOOP("HtmlMap", "Positive moment")), moment.text))
    for action in jmap.actions:
        if action.touchpoint_id == touchpoint.id:
            rows.append((tr(QT_TRANSLATE_NOOP("HtmlMap", "Action")), f"{action.text} ({action_lines(project, action)[0]})"))
            rows.append((tr(QT_TRANSLATE_NOOP("HtmlMap", "Resources available")), action.resources_available))
            rows.append((tr(QT_TRANSLATE_NOOP("HtmlMap", "Resources still needed")), action.resources_needed))
    return [(label, value) for label, value in rows if value]


def journey_list(project: Project, jmap: JourneyMap, details: dict[str, list]) -> str:
    """The journey as nested lists (stages, then touchpoints with all they carry); fills ``details``."""
    out = [f'<section class="journey-list" id="list-{attr(jmap.id)}" aria-label="{attr(tr(QT_TRANSLATE_NOOP("HtmlMap", "The journey, step by step")))}">'
           f'<h3>{text(tr(QT_TRANSLATE_NOOP("HtmlMap", "The journey, step by step")))}</h3><ol class="stages">']
    number = 0
    for stage in jmap.stages:
        out.append(f'<li class="stage-entry"><h4>{text(tr(QT_TRANSLATE_NOOP("HtmlMap", "Stage: %1")).replace("%1", stage.name))}</h4>')
        if stage.description:
            out.append(f"<p>{text(stage.description)}</p>")
        out.append('<ol class="touchpoints">')
        for touchpoint in jmap.touchpoints_in(stage.id):
            number += 1
            rows = touchpoint_lines(project, jmap, touchpoint)
            details[touchpoint.id] = [touchpoint.title, [f"{label}: {value}" for label, value in rows]]
            out.append(f'<li class="tp-entry" id="d-{attr(touchpoint.id)}" tabindex="-1" value="{number}">'
                       f'<h5>{text(touchpoint.title)}</h5><dl>')
            out += [f"<dt>{text(label)}</dt><dd>{text(value)}</dd>" for label, value in rows]
            out.append("</dl></li>")
        out.append("</ol></li>")
    out.append("</ol>")
    if jmap.notes:
        out.append(f'<h4>{text(tr(QT_TRANSLATE_NOOP("HtmlMap", "Notes")))}</h4><ul class="notes">')
        out += [f"<li>{text(note.text)}</li>" for note in jmap.notes]
        out.append("</ul>")
    unplaced = [p for p in jmap.pain_points if not p.touchpoint_ids] + [a for a in jmap.actions if not a.touchpoint_id]
    if unplaced:
        out.append(f'<h4>{text(tr(QT_TRANSLATE_NOOP("HtmlMap", "Not tied to a touchpoint")))}</h4><ul>')
        out += [f"<li>{text(item.text)}</li>" for item in unplaced]
        out.append("</ul>")
    out.append("</section>")
    return "".join(out)
