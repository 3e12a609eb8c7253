"""What each lane shows under the touchpoints, and how tall that makes it.

``build_lane`` makes the items of one lane (all but the touchpoints and the satisfaction
line, which the scene keeps itself), placed within the lane, and says the height they
need: the lane grows to its tallest content, and one with nothing in it stays low. In
the compact view (an editor choice) lanes keep their base height and texts are cut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.cells import EmotionCell, MetricCell, PictureCell, TextCell
from cxdesigner.canvas.chips import Chip, GoalBar
from cxdesigner.canvas import placing
from cxdesigner.canvas.placing import BOTTOM, TOP, annotations, stacked
from cxdesigner.canvas.layout import EMPTY_HEIGHT, MapLayout, base_height
from cxdesigner.canvas.pictures import decoded
from cxdesigner.canvas.style import short_number
from cxdesigner.canvas.words import choice_word
from cxdesigner.model import JourneyMap, Lane, LaneKind, Project

TITLES = {Lane.TOUCHPOINTS: QT_TRANSLATE_NOOP("Lanes", "Touchpoints"), Lane.PERSONAS: QT_TRANSLATE_NOOP("Lanes", "Personas"), Lane.SATISFACTION: QT_TRANSLATE_NOOP("Lanes", "Satisfaction"),
          Lane.CUSTOMER_ACTION: QT_TRANSLATE_NOOP("Lanes", "Customer does"), Lane.THOUGHTS: QT_TRANSLATE_NOOP("Lanes", "Thinks"), Lane.FEELINGS: QT_TRANSLATE_NOOP("Lanes", "Feels"), Lane.GOALS: QT_TRANSLATE_NOOP("Lanes", "Goals"),
          Lane.PAIN_POINTS: QT_TRANSLATE_NOOP("Lanes", "Pain points"), Lane.POSITIVE_MOMENTS: QT_TRANSLATE_NOOP("Lanes", "Positive moments"), Lane.ACTIONS: QT_TRANSLATE_NOOP("Lanes", "Actions"),
          Lane.CHANNELS: QT_TRANSLATE_NOOP("Lanes", "Channels"), Lane.DEPARTMENTS: QT_TRANSLATE_NOOP("Lanes", "Departments")}
HINTS = {Lane.TOUCHPOINTS: QT_TRANSLATE_NOOP("Lanes", "Every contact, in the order it happens"),
         Lane.PAIN_POINTS: QT_TRANSLATE_NOOP("Lanes", "Where the customer struggles"), Lane.POSITIVE_MOMENTS: QT_TRANSLATE_NOOP("Lanes", "What works and must be kept"),
         Lane.ACTIONS: QT_TRANSLATE_NOOP("Lanes", "What we will change"), Lane.GOALS: QT_TRANSLATE_NOOP("Lanes", "What each persona wants"),
         Lane.DEPARTMENTS: QT_TRANSLATE_NOOP("Lanes", "Who owns it, backstage")}
KIND_NAMES = {LaneKind.TEXT: QT_TRANSLATE_NOOP("Lanes", "Text"), LaneKind.IMAGE: QT_TRANSLATE_NOOP("Lanes", "Pictures (storyboard)"), LaneKind.EMOTION: QT_TRANSLATE_NOOP("Lanes", "Emotions"),
              LaneKind.METRIC: QT_TRANSLATE_NOOP("Lanes", "Metric"), LaneKind.FRONTSTAGE: QT_TRANSLATE_NOOP("Lanes", "Frontstage actions"),
              LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP("Lanes", "Backstage actions"), LaneKind.SUPPORT: QT_TRANSLATE_NOOP("Lanes", "Support processes")}
KIND_HINTS = {LaneKind.FRONTSTAGE: QT_TRANSLATE_NOOP("Lanes", "What the customer sees us do"), LaneKind.BACKSTAGE: QT_TRANSLATE_NOOP("Lanes", "What we do out of sight"),
              LaneKind.SUPPORT: QT_TRANSLATE_NOOP("Lanes", "The systems and partners behind it"), LaneKind.EMOTION: QT_TRANSLATE_NOOP("Lanes", "A face per persona"),
              LaneKind.IMAGE: QT_TRANSLATE_NOOP("Lanes", "A picture per step")}
NOTE_COLORS = {Lane.PAIN_POINTS: "#e03131", Lane.POSITIVE_MOMENTS: "#2f9e44", Lane.ACTIONS: "#1c7ed6"}
METRIC_COLOR = "#1c7ed6"
TEXT_FIELDS = {Lane.CUSTOMER_ACTION: "customer_action", Lane.THOUGHTS: "thoughts", Lane.FEELINGS: "feelings"}
TEXT_KINDS = {LaneKind.TEXT, LaneKind.FRONTSTAGE, LaneKind.BACKSTAGE, LaneKind.SUPPORT}
COMPACT_CHIPS = 3  # chips a compact annotation lane stacks under a touchpoint


def tr(text: str) -> str:
    return QCoreApplication.translate("Lanes", text)


def lane_title(jmap: JourneyMap, lane: Lane | str) -> str:
    if isinstance(lane, Lane):
        return tr(TITLES[lane])
    custom = jmap.custom_lane(lane)
    return custom.title if custom else ""


def lane_hint(jmap: JourneyMap, lane: Lane | str) -> str:
    if isinstance(lane, Lane):
        return tr(HINTS.get(lane, ""))
    custom = jmap.custom_lane(lane)
    if custom is None:
        return ""
    if custom.kind is LaneKind.METRIC:
        return custom.unit
    return tr(KIND_HINTS.get(custom.kind, ""))


@dataclass
class LaneContext:
    """What building a lane reads: the model, the map's columns, and the view's choice."""

    project: Project
    jmap: JourneyMap
    layout: MapLayout
    compact: bool = False

    @property
    def width(self) -> float:
        return self.layout.metrics.card_width


@dataclass
class LaneContent:
    """A lane's items with their place inside the lane (``x`` in the scene, ``y`` from the lane's top)."""

    items: list[tuple[QGraphicsItem, float, float]] = field(default_factory=list)
    height: float = EMPTY_HEIGHT


def build_lane(context: LaneContext, lane: Lane | str) -> LaneContent:
    """The items of ``lane`` and the height they need."""
    if isinstance(lane, Lane):
        builder = BUILDERS.get(lane)
        content = builder(context, lane) if builder else LaneContent()
    else:
        custom = context.jmap.custom_lane(lane)
        content = CUSTOM_BUILDERS[custom.kind](context, custom) if custom else LaneContent()
    if context.compact:
        content.height = base_height(context.jmap, lane)
    return content


def _column(context: LaneContext, cells: list[tuple[str, QGraphicsItem]]) -> LaneContent:
    """One item under each touchpoint that has one (``(touchpoint id, item)``): the lane as tall as the tallest."""
    content = LaneContent()
    tallest = 0.0
    for touchpoint_id, item in cells:
        content.items.append((item, context.layout.x_of[touchpoint_id], TOP))
        tallest = max(tallest, item.boundingRect().height())
    content.height = max(EMPTY_HEIGHT, TOP + tallest + BOTTOM) if cells else EMPTY_HEIGHT
    return content


def _compact_height(context: LaneContext, lane: Lane | str) -> float | None:
    return base_height(context.jmap, lane) - TOP - BOTTOM if context.compact else None


def _touchpoint_words(context: LaneContext, lane: Lane) -> LaneContent:
    name = TEXT_FIELDS[lane]
    return _column(context, [(t.id, TextCell(getattr(t, name), context.width, italic=lane is Lane.THOUGHTS,
                                             compact_height=_compact_height(context, lane)))
                             for t in context.jmap.touchpoints if getattr(t, name)])


def _stacks(context: LaneContext, entries: list[tuple[str, Chip]]) -> LaneContent:
    """Chips stacked under the touchpoint each belongs to, in the map's order (the compact view
    keeps the first few of each)."""
    content = LaneContent()
    if context.compact:
        counted: dict[str, int] = {}
        kept = []
        for touchpoint_id, chip in entries:
            counted[touchpoint_id] = counted.get(touchpoint_id, 0) + 1
            if counted[touchpoint_id] <= COMPACT_CHIPS or touchpoint_id not in context.layout.x_of:
                kept.append((touchpoint_id, chip))
        entries = kept
    tops, bottom = stacked([t for t, _ in entries], [chip.height for _, chip in entries], context.layout.x_of)
    content.items = [(chip, context.layout.x_of[t], y) for (t, chip), y in zip(entries, tops) if y is not None]
    content.height = max(EMPTY_HEIGHT, bottom + BOTTOM) if bottom is not None else EMPTY_HEIGHT
    return content


def _notes(context: LaneContext, lane: Lane) -> LaneContent:
    jmap, project, width, compact = context.jmap, context.project, context.width, context.compact
    color = NOTE_COLORS[lane]
    entries: list[tuple[str, Chip]] = []
    for touchpoint_id, item, step in annotations(jmap, lane):
        if lane is Lane.PAIN_POINTS:
            details = pain_details(item)
        elif lane is Lane.ACTIONS:
            details = action_details(project, item, step)
        else:
            details = ""
        entries.append((touchpoint_id, Chip(item.text, color, width, item.id, details, compact)))
    return _stacks(context, entries)


def pain_details(pain) -> str:
    """What a pain point's chip says under its text: severity, evidence, other places it hurts."""
    parts = [tr(QT_TRANSLATE_NOOP("Lanes", "severity %1 of 5")).replace("%1", str(pain.severity)), choice_word(pain.evidence)]
    if len(pain.touchpoint_ids) > 1:
        parts.append(QCoreApplication.translate("Lanes", "at %n more touchpoint(s)", "", len(pain.touchpoint_ids) - 1))
    return " · ".join(parts)


def action_details(project: Project, action, step: int | None = None) -> str:
    """What an action's chip says under its text: its step in the plan, owner, status, priority,
    phase, date, effect."""
    owner = project.lookup(action.owner_id)[0].name if action.owner_id and project.lookup(action.owner_id) else ""
    parts = ["" if step is None else tr(QT_TRANSLATE_NOOP("Lanes", "step %1")).replace("%1", str(step)), owner,
             choice_word(action.status),
             tr(QT_TRANSLATE_NOOP("Lanes", "%1 priority")).replace("%1", choice_word(action.priority)), action.phase,
             action.planned_on.isoformat() if action.planned_on else "",
             "" if action.expected_effect is None else
             tr(QT_TRANSLATE_NOOP("Lanes", "%1 expected")).replace("%1", short_number(action.expected_effect, sign=True))]
    return " · ".join(p for p in parts if p)


def _catalog(context: LaneContext, lane: Lane) -> LaneContent:
    project, jmap = context.project, context.jmap
    entries = {e.id: e for e in (project.channels if lane is Lane.CHANNELS else project.departments)}
    field_name = "channel_id" if lane is Lane.CHANNELS else "department_id"
    chips = []
    for touchpoint in jmap.touchpoints:
        entry = entries.get(getattr(touchpoint, field_name))
        if entry is not None:
            chips.append((touchpoint.id, Chip(entry.name, entry.color, context.width, entry.id,
                                              compact=context.compact, selectable=False)))
    return _column(context, chips)


def goal_rows(context: LaneContext, goals: list, top: float = TOP) -> tuple[list, float]:
    """Goal bars across their spans, each taking the first row where it fits (``placing.goal_rows``);
    ``(items, bottom)``."""
    bars: dict[int, GoalBar] = {}

    def height_of(goal, width: float) -> float:
        bar = bars[id(goal)] = GoalBar(goal.text, context.project.find(goal.persona_id).color, width,
                                       context.compact, goal.id)
        return bar.height

    placed, bottom = placing.goal_rows(goals, context.layout, context.layout.metrics.card_width, height_of, top)
    return [(bars[id(goal)], left, y) for goal, left, _, y, _ in placed], bottom


def _goals(context: LaneContext, lane: Lane) -> LaneContent:
    items, bottom = goal_rows(context, context.jmap.goals)
    return LaneContent(items, max(EMPTY_HEIGHT, bottom + BOTTOM) if items else EMPTY_HEIGHT)


def _personas(context: LaneContext, lane: Lane) -> LaneContent:
    from cxdesigner.canvas.persona_lane import persona_rows  # photos and profiles: only maps that show them
    return persona_rows(context)


def _custom_text(context: LaneContext, custom) -> LaneContent:
    cells = [(c.touchpoint_id, TextCell(c.text, context.width, compact_height=_compact_height(context, custom.id)))
             for c in _cells(context, custom) if c.text]
    return _column(context, cells)


def _custom_images(context: LaneContext, custom) -> LaneContent:
    cells = []
    for cell in _cells(context, custom):
        image = decoded(cell.image)
        if not image.isNull():
            cells.append((cell.touchpoint_id, PictureCell(image, context.width)))
    return _column(context, cells)


def _custom_emotions(context: LaneContext, custom) -> LaneContent:
    jmap, project = context.jmap, context.project
    chosen = {(c.touchpoint_id, c.persona_id): c.emotion for c in _cells(context, custom) if c.emotion is not None}
    cells = []
    for touchpoint in jmap.touchpoints:
        shown = [(emotion, persona.color, picked, persona.name) for persona, emotion, picked in
                 ((project.find(p), e, k) for p, e, k in placing.faces(jmap, chosen, touchpoint.id))]
        if shown:
            cells.append((touchpoint.id, EmotionCell(shown, context.width)))
    return _column(context, cells)


def _custom_metric(context: LaneContext, custom) -> LaneContent:
    values = [(c.touchpoint_id, c.number) for c in _cells(context, custom) if c.number is not None]
    largest = max((abs(v) for _, v in values), default=0.0)
    return _column(context, [(t, MetricCell(v, custom.unit, largest, context.width, METRIC_COLOR))
                             for t, v in values])


def _cells(context: LaneContext, custom) -> list:
    return [c for c in context.jmap.cells if c.lane_id == custom.id and c.touchpoint_id in context.layout.x_of]


BUILDERS: dict[Lane, Callable[[LaneContext, Lane], LaneContent]] = {
    **{lane: _touchpoint_words for lane in TEXT_FIELDS}, **{lane: _notes for lane in NOTE_COLORS},
    Lane.CHANNELS: _catalog, Lane.DEPARTMENTS: _catalog, Lane.GOALS: _goals, Lane.PERSONAS: _personas}
CUSTOM_BUILDERS = {**{kind: _custom_text for kind in TEXT_KINDS}, LaneKind.IMAGE: _custom_images,
                   LaneKind.EMOTION: _custom_emotions, LaneKind.METRIC: _custom_metric}
