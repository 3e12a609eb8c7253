"""The scene of one journey map: it draws a project's map, follows its change events and
never writes the model.

It keeps a touchpoint-id -> card map and one satisfaction line per persona of
the map and places everything from ``layout.py``. It needs no document, undo stack or
gestures, so print, export and presentation draw with it as they are; the editor's
``editing_scene.EditingScene`` adds the gestures that turn what the user does into
commands.

A lazy scene builds only what is seen: the layout covers the whole map, but the cards,
rating handles, lane contents and seam markers are items only across the span its views
show (``follow_views``) and a margin either side, made as they scroll or zoom there and
released behind them. A card asked for by id is built on the spot (``cards``), and stays
while it is selected, dragged or sliding.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QEasingCurve, QPointF, QRectF, QVariantAnimation, Signal
from PySide6.QtGui import QPalette, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from cxdesigner.analysis.gaps import gaps
from cxdesigner.analysis.projection import is_projected, projected_values, projection
from cxdesigner.canvas.blueprint import BlueprintLine, blueprint_lines
from cxdesigner.canvas.items import LaneLabel, StageBand, TouchpointCard
from cxdesigner.canvas.lanes import LaneContext, build_lane, lane_hint, lane_title
from cxdesigner.canvas.layout import MapLayout, Metrics, base_height, layout_map, value_to_y, y_to_value
from cxdesigner.canvas.style import palette_color
from cxdesigner.canvas.markers import persona_style
from cxdesigner.canvas.satisfaction import RatingSink, SatisfactionLine
from cxdesigner.canvas.scale_guide import ScaleGuide, projection_caption
from cxdesigner.canvas.seams import SeamMarker, hurts, seam_tooltip, worth_marking
from cxdesigner.canvas.sticky_note import NoteSink, StickyNote
from cxdesigner.model import ItemChanged, JourneyMap, Lane, Project, Touchpoint, ValueChanged

__all__ = ["JourneyScene"]
#: Touchpoint fields only its card shows; other fields feed lanes or spacing and need a rebuild.
CARD_ONLY_FIELDS = {"title", "description", "device"}
CARD_MARGIN = 12.0  # above and below the cards in their lane
GHOST_SPACING = 18.0  # between ghost handles: clear of each other and of a rated dot, even enlarged on hover
#: A lazy scene builds this many view widths beyond each side of what its views show ...
MARGIN_VIEWS = 1.0
#: ... and builds again once a view comes this many view widths near the edge of what is built.
REBUILD_NEAR = 0.25
BUCKET = 1024.0  # lane contents and seams are found by which stretches of this width they cover
NOTHING = (math.inf, -math.inf)  # the span of a lazy scene no view has shown yet


@dataclass(frozen=True)
class CardFacts:
    """What every card of the map shows beside its touchpoint, worked out once per rebuild
    so that a card built later, as the view scrolls there, needs no pass over the map."""

    touchpoints: dict[str, Touchpoint] = field(default_factory=dict)
    height: float = 0.0
    top: float = 0.0
    pains: Counter = field(default_factory=Counter)
    highlights: Counter = field(default_factory=Counter)
    channels: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    departments: dict[str, str] = field(default_factory=dict)


class Cards(Mapping):
    """The touchpoint cards of a scene, by touchpoint id: every touchpoint the layout places is
    a key, and looking one up builds its card when it is not built yet. ``built`` holds
    those that are items now; iterating the values builds them all."""

    def __init__(self, scene: JourneyScene) -> None:
        self._scene = scene
        self.built: dict[str, TouchpointCard] = {}

    def __getitem__(self, touchpoint_id: str) -> TouchpointCard:
        card = self.built.get(touchpoint_id)
        return card if card is not None else self._scene.build_card(touchpoint_id)

    def __contains__(self, touchpoint_id) -> bool:
        layout = self._scene.layout
        return layout is not None and touchpoint_id in layout.x_of

    def __iter__(self) -> Iterator[str]:
        layout = self._scene.layout
        return iter(layout.x_of if layout is not None else ())

    def __len__(self) -> int:
        layout = self._scene.layout
        return len(layout.x_of) if layout is not None else 0


class JourneyScene(QGraphicsScene):
    """Stage bands, lanes, touchpoint cards and satisfaction lines of one map.

    ``events``: anything with a ``changed`` signal that carries the project's events (the
    editor's document), which the scene follows; ``None`` draws a still picture (print).
    """

    #: Something a gesture did that the user should hear about (for the status bar).
    told = Signal(str)

    def __init__(self, project: Project, map_id: str, events=None, hidden_lines: set[str] | None = None,
                 compact: bool = False, lazy: bool = False) -> None:
        """``lazy``: build only what the views show (``follow_views``); else everything."""
        super().__init__()
        # Cards, bands and labels paint once into device pixmaps; a screenful of
        # them needs more than Qt's default 10 MB cache at high resolution.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 64 * 1024))
        self._project, self.map_id, self._events = project, map_id, events
        self.cards = Cards(self)
        #: The scene x span whose cards, handles and lane contents are built (``None``: all).
        self.span: tuple[float, float] | None = NOTHING if lazy else None
        self._columns: list[tuple[float, str]] = []  # (x, touchpoint id), left to right
        self._placed: dict[int, list[QGraphicsItem]] = {}  # lane contents and seams, by bucket
        self._placed_shown: set[QGraphicsItem] = set()
        self._card_facts = CardFacts()
        self.lines: dict[str, SatisfactionLine] = {}
        # Persona lines switched off in this view; the caller may share the set to remember it.
        self.hidden_lines: set[str] = set() if hidden_lines is None else hidden_lines
        self._furniture: list[QGraphicsItem] = []
        self.show_seams = True
        self.compact = compact  # View > Compact Lanes
        self._sliding: dict[TouchpointCard, QVariantAnimation] = {}
        self.layout: MapLayout | None = None
        self._projection = None  # the map's projected line, worked out on each rebuild
        #: The persona whose line was touched last (or chosen): the one Up and Down rate.
        self.active_persona: str | None = None
        #: Presentation mode: the touchpoint the lines are drawn up to (None: whole lines).
        self.story_end: str | None = None
        self._stale = False  # a batch of changes is under way: rebuild when it is over
        if events is not None:
            events.changed.connect(self._on_change)
            events.settled.connect(self._settled)
        self.rebuild()

    @property
    def project(self) -> Project:
        return self._project

    @property
    def jmap(self) -> JourneyMap:
        return self.project.find(self.map_id)

    # -- what items commit through (none here: the editing scene gives them) ----------

    @property
    def rating_sink(self) -> RatingSink | None:
        """Where a finished handle drag goes; ``None``: the handles do not take the mouse."""
        return None

    @property
    def note_sink(self) -> NoteSink | None:
        """Where a note moved or rewritten goes; ``None``: notes stay where they are."""
        return None

    @property
    def editable(self) -> bool:
        """Whether cards and stages answer the mouse (the editing scene's gestures)."""
        return False

    # -- building ------------------------------------------------------------

    def rebuild(self, animate: bool = False) -> None:
        """Bring every item in line with the model: measure each lane's content, stack the lanes,
        place everything (one pass over the map; measured texts are remembered)."""
        jmap, project = self.jmap, self.project
        self._drawn_map = jmap  # the map object every change event until the next rebuild is about
        reselect = {i.item_id for i in self.selectedItems() if isinstance(i, StageBand)}
        for item in self._furniture:
            self.removeItem(item)
        for item in self._placed_shown:
            self.removeItem(item)
        self._furniture, self._placed, self._placed_shown = [], {}, set()
        metrics = self._metrics(jmap)
        columns = layout_map(jmap, metrics=metrics)
        context = LaneContext(project, jmap, columns, self.compact)
        contents = {lane: build_lane(context, lane) for lane in jmap.lanes
                    if lane not in (Lane.TOUCHPOINTS, Lane.SATISFACTION)}
        card_height = self._card_height(jmap, metrics)
        heights = {lane: content.height for lane, content in contents.items()}
        heights[Lane.TOUCHPOINTS] = card_height + 2 * CARD_MARGIN
        if Lane.SATISFACTION in jmap.lanes and not self.compact:
            names = [project.find(p).name for p in jmap.persona_ids]
            heights[Lane.SATISFACTION] = max(base_height(jmap, Lane.SATISFACTION), ScaleGuide.needed_height(
                (jmap.scale.high_label, jmap.scale.low_label), names, self._projection_caption(jmap)))
        if not self.compact:
            for lane in jmap.lanes:
                needed = LaneLabel.needed_height(lane_title(jmap, lane), lane_hint(jmap, lane))
                heights[lane] = max(heights.get(lane, base_height(jmap, lane)), needed)
        self.layout = layout = layout_map(jmap, metrics=metrics, heights=heights)
        self._build_lanes(layout, contents)
        self._build_stages(jmap, layout)
        self._build_seams(jmap, layout)
        self._columns = sorted((x, touchpoint_id) for touchpoint_id, x in layout.x_of.items())
        self._sync_cards(jmap, layout, animate, card_height)
        # What the projected line applies follows actions and the map's choice, never ratings: a
        # rating dragged reuses it.
        self._projection = projection(jmap)
        self._sync_lines(jmap, project)
        self._show_placed()
        area = QRectF(0, 0, layout.width, layout.height)
        for note in jmap.notes:
            sticky = self._keep(StickyNote(note, self.note_sink, QPointF(*layout.notes[note.id])))
            area = area.united(sticky.sceneBoundingRect().adjusted(0, 0, 24, 24))
        self.setSceneRect(area)
        for band in self._furniture:
            if isinstance(band, StageBand) and band.item_id in reselect:
                band.setSelected(True)

    def _metrics(self, jmap: JourneyMap) -> Metrics:
        """The grid's sizes, the stage bands' header tall enough for the longest stage name."""
        if self.compact or not jmap.stages:
            return Metrics()
        header = max(StageBand.needed_height(stage.name, Metrics().slot_width) for stage in jmap.stages)
        return Metrics(header_height=max(Metrics().header_height, header))

    def _card_height(self, jmap: JourneyMap, metrics: Metrics) -> float:
        """Every card as tall as the tallest needs (the compact view: the base height)."""
        if self.compact or not jmap.touchpoints:
            return TouchpointCard.COMPACT_HEIGHT
        project = self.project
        names = {e.id: e.name for e in (*project.channels, *project.departments)}
        return max(TouchpointCard.COMPACT_HEIGHT, TouchpointCard.tallest_height([(
            t.title, " · ".join(x for x in (names.get(t.channel_id, ""), names.get(t.department_id, "")) if x))
            for t in jmap.touchpoints], metrics.card_width))

    def set_compact(self, compact: bool) -> None:
        """Lanes at their base height with texts cut (whole on hover), or whole (a view choice)."""
        if compact != self.compact:
            self.compact = compact
            for card in self.cards.built.values():
                card.compact = compact
            self.rebuild()

    def stage_bands(self) -> list[StageBand]:
        return [item for item in self._furniture if isinstance(item, StageBand)]

    def _keep(self, item: QGraphicsItem) -> QGraphicsItem:
        self.addItem(item)
        self._furniture.append(item)
        return item

    def _build_lanes(self, layout: MapLayout, contents: dict) -> None:
        jmap = self.jmap
        for lane in layout.lanes:
            x, y, w, h = layout.lane_rect(lane)
            self._keep(LaneLabel(lane_title(jmap, lane), QRectF(x, y, w, h), lane_hint(jmap, lane), self.compact))
            for item, item_x, item_y in contents[lane].items if lane in contents else ():
                item.setPos(item_x, layout.lane_top[lane] + item_y)
                self._place_lazily(item)
        for y, label in blueprint_lines(jmap, layout):
            self._keep(BlueprintLine(label, layout.metrics.margin, layout.width - layout.metrics.margin)).setPos(0, y)
        if Lane.SATISFACTION not in layout.lanes:
            return
        scale = jmap.scale
        x, y, w, h = layout.lane_rect(Lane.SATISFACTION)
        count = round((scale.high - scale.low) / scale.step)
        every = max(1, -(-count // 10))  # at most about ten guide lines
        values = [scale.high - i * scale.step for i in range(0, count + 1, every)]
        personas = [self.project.find(p) for p in jmap.persona_ids]
        self._keep(ScaleGuide(QRectF(x, y, w, h), [(v, value_to_y(layout, jmap, v)) for v in values],
                              value_to_y(layout, jmap, scale.neutral), (scale.high_label, scale.low_label),
                              [(p.name, p.color, persona_style(i)) for i, p in enumerate(personas)],
                              palette_color(QPalette.ColorRole.Text), self.compact, self._projection_caption(jmap)))

    @staticmethod
    def _projection_caption(jmap: JourneyMap) -> str | None:
        return projection_caption(jmap.projected_statuses, jmap.projected_until) if is_projected(jmap) else None

    def _build_stages(self, jmap: JourneyMap, layout: MapLayout) -> None:
        metrics = layout.metrics
        for span, stage in zip(layout.stages, jmap.stages):
            band = self._keep(StageBand(stage.name, stage.color, metrics.header_height, stage.id))
            band.set_geometry(QRectF(span.left, metrics.margin, span.right - span.left,
                                     layout.height - 2 * metrics.margin))
            band.setToolTip(stage.description or stage.name)

    def _build_seams(self, jmap: JourneyMap, layout: MapLayout) -> None:
        """A marker between consecutive cards where the customer is handed over."""
        if not self.show_seams or Lane.TOUCHPOINTS not in layout.lanes:
            return
        project = self.project
        middle = self._card_top() + TouchpointCard.COMPACT_HEIGHT / 2
        for gap in gaps(jmap):
            if worth_marking(project, gap):
                marker = SeamMarker(seam_tooltip(project, gap), hurts(gap, jmap.scale.step))
                marker.setPos((layout.x_of[gap.before_id] + layout.x_of[gap.after_id]) / 2, middle)
                self._place_lazily(marker)

    def set_seams_visible(self, visible: bool) -> None:
        """Show or hide the gap markers (a view choice, not saved in the file)."""
        self.show_seams = visible
        self.rebuild()

    def _sync_cards(self, jmap: JourneyMap, layout: MapLayout, animate: bool, height: float) -> None:
        """The built cards brought in line with the model, the missing ones in the span built."""
        project = self.project
        self._card_facts = CardFacts(
            touchpoints={t.id: t for t in jmap.touchpoints}, height=height, top=self._card_top(),
            pains=Counter(t for p in jmap.pain_points for t in p.touchpoint_ids),
            highlights=Counter(m.touchpoint_id for m in jmap.positive_moments),
            channels={c.id: (c.name, c.color, c.icon) for c in project.channels},
            departments={d.id: d.name for d in project.departments})
        built = self.cards.built
        for touchpoint_id, card in list(built.items()):
            if self._card_facts.touchpoints.get(touchpoint_id) is not card.touchpoint:
                self.removeItem(built.pop(touchpoint_id))  # gone, or replaced (a version restored)
        for touchpoint_id, card in built.items():
            self._show_details(card)
            self._place(card, QPointF(layout.x_of[touchpoint_id], self._card_facts.top), animate)
        self._show_cards()

    def _show_details(self, card: TouchpointCard) -> None:
        facts, touchpoint = self._card_facts, card.touchpoint
        card.show_details(facts.channels.get(touchpoint.channel_id),
                          facts.departments.get(touchpoint.department_id, ""),
                          facts.pains[touchpoint.id], facts.highlights[touchpoint.id])
        card.set_height(facts.height)

    def build_card(self, touchpoint_id: str) -> TouchpointCard:
        """The card of ``touchpoint_id`` made an item now (``KeyError`` when the map has no such one)."""
        touchpoint = self._card_facts.touchpoints[touchpoint_id]
        card = self.cards.built[touchpoint_id] = TouchpointCard(
            touchpoint, self.layout.metrics.card_width, self._card_facts.height, self.compact)
        self._show_details(card)
        card.setPos(self.layout.x_of[touchpoint_id], self._card_facts.top)
        self.addItem(card)
        return card

    def card_rect(self, touchpoint_id: str) -> QRectF:
        """Where the card of ``touchpoint_id`` is drawn, built or not."""
        metrics, height = self.layout.metrics, self._card_facts.height
        return QRectF(self.layout.x_of[touchpoint_id] - metrics.card_width / 2, self._card_facts.top,
                      metrics.card_width, height)

    # -- building what is seen --------------------------------------------------------

    def shows(self, x: float) -> bool:
        """Whether what stands at scene ``x`` is built."""
        return self.span is None or self.span[0] <= x <= self.span[1]

    def follow_views(self) -> None:
        """Build what the views show, and a margin either side; release what lies beyond
        (a lazy scene only). Views call it as they scroll, zoom or resize."""
        if self.span is None or not self.views():
            return
        shown = [view.mapToScene(view.viewport().rect()).boundingRect() for view in self.views()]
        left, right = min(r.left() for r in shown), max(r.right() for r in shown)
        width = max(right - left, self.layout.metrics.slot_width if self.layout else 1.0)
        if self.span[0] <= left - REBUILD_NEAR * width and right + REBUILD_NEAR * width <= self.span[1]:
            return
        self.show_span(left - MARGIN_VIEWS * width, right + MARGIN_VIEWS * width)

    def show_span(self, left: float, right: float) -> None:
        """Build what lies between scene x ``left`` and ``right`` (and a column more, for the
        cards cut by either edge); release what lies beyond."""
        pad = self.layout.metrics.slot_width if self.layout is not None else 0.0
        self.span = (left - pad, right + pad)
        self._show_cards()
        for line in self.lines.values():
            for item in line.build():
                self.addItem(item)
        self._show_placed()

    def _pinned(self, card: TouchpointCard) -> bool:
        """A card kept built outside the span: the user is working on it."""
        return card.isSelected() or card.hasFocus() or card in self._sliding or card in (getattr(self, "_drag", None) or ())

    def _show_cards(self) -> None:
        built = self.cards.built
        if self.span is not None:
            for touchpoint_id, card in list(built.items()):
                if not self.shows(card.pos().x()) and not self._pinned(card):
                    self.removeItem(built.pop(touchpoint_id))
        columns = self._columns
        if self.span is not None:
            columns = columns[bisect_left(columns, (self.span[0], "")):bisect_right(columns, (self.span[1], "\uffff"))]
        for _, touchpoint_id in columns:
            if touchpoint_id not in built:
                self.build_card(touchpoint_id)

    def _place_lazily(self, item: QGraphicsItem) -> None:
        """A lane's content or a seam: an item of the scene while its stretch is built."""
        box = item.sceneBoundingRect()
        for bucket in range(math.floor(box.left() / BUCKET), math.floor(box.right() / BUCKET) + 1):
            self._placed.setdefault(bucket, []).append(item)

    def lane_items(self) -> set[QGraphicsItem]:
        """Every lane's content and seam marker, items of the scene now or not."""
        return {item for items in self._placed.values() for item in items}

    def _show_placed(self) -> None:
        if self.span is None:
            wanted = self.lane_items()
        elif self.span[0] > self.span[1]:
            wanted = set()
        else:
            wanted = {item for bucket in range(math.floor(self.span[0] / BUCKET), math.floor(self.span[1] / BUCKET) + 1)
                      for item in self._placed.get(bucket, ())}
        for item in self._placed_shown - wanted:
            self.removeItem(item)
        for item in wanted - self._placed_shown:
            self.addItem(item)
        self._placed_shown = wanted

    def _place(self, card: TouchpointCard, target: QPointF, animate: bool) -> None:
        """Move a card, sliding it when neighbours make room."""
        running = self._sliding.get(card)
        if running is not None:
            if running.endValue() == target and animate:
                return  # already on its way there
            running.stop()
            del self._sliding[card]
        if not animate or card.pos() == target:
            card.setPos(target)
            return
        animation = QVariantAnimation(self)
        animation.setStartValue(card.pos())
        animation.setEndValue(target)
        animation.setDuration(160)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        animation.valueChanged.connect(card.setPos)
        animation.finished.connect(lambda: self._sliding.pop(card, None))
        self._sliding[card] = animation
        animation.start()

    def target_x(self, card: TouchpointCard) -> float:
        """Where a card is heading (its own x when it is not sliding)."""
        running = self._sliding.get(card)
        return running.endValue().x() if running is not None else card.pos().x()

    def _sync_lines(self, jmap: JourneyMap, project) -> None:
        shown = jmap.persona_ids if Lane.SATISFACTION in self.layout.lanes else []
        for gone in set(self.lines) - set(shown):
            for item in self.lines.pop(gone).items():
                self.removeItem(item)
        for index, persona_id in enumerate(shown):
            persona = project.find(persona_id)
            offset = (index + 1) * GHOST_SPACING  # ghosts side by side, right of where the rated dots sit
            line = self.lines.get(persona_id)
            if line is None or (line.name, line.color, line.ghost_offset, (line.shape, line.pattern)) != (
                    persona.name, persona.color, offset, persona_style(index)):
                if line is not None:
                    for item in line.items():
                        self.removeItem(item)
                line = self.lines[persona_id] = SatisfactionLine(
                    persona_id, persona.name, persona.color,
                    lambda v: value_to_y(self.layout, self._drawn_map, v),
                    lambda y: y_to_value(self.layout, self._drawn_map, y), self.rating_sink, offset, persona_style(index),
                    lambda: self.span)
                self.addItem(line.label)
            self._update_line(line)

    def set_line_visible(self, persona_id: str, visible: bool) -> None:
        """Show or hide a persona's line here (a view choice, not saved in the file)."""
        (self.hidden_lines.discard if visible else self.hidden_lines.add)(persona_id)
        if persona_id in self.lines:
            self.lines[persona_id].set_visible(visible)

    def _update_line(self, line: SatisfactionLine) -> None:
        jmap = self.jmap
        line.neutral = jmap.scale.neutral
        points = []
        for touchpoint in jmap.touchpoints:
            rating = jmap.rating(touchpoint.id, line.persona_id)
            points.append((touchpoint.id, self.layout.x_of[touchpoint.id], rating))
        for item in line.set_points(points):
            self.addItem(item)
        targets = jmap.targets
        line.set_targets([(self.layout.x_of[t.id], getattr(targets.get((t.id, line.persona_id)), "value", None))
                          for t in jmap.touchpoints])
        projected = None if self._projection is None else projected_values(jmap, line.persona_id, self._projection)
        line.set_projection(None if projected is None else [
            (x, value, rating is not None and rating.value != value) for (_, x, rating), value in zip(points, projected)])
        line.set_visible(line.persona_id not in self.hidden_lines)
        self._tell(line)

    def set_story_end(self, touchpoint_id: str | None) -> None:
        """Draw every line up to ``touchpoint_id`` only (None: whole), for presentation mode."""
        self.story_end = touchpoint_id
        for line in self.lines.values():
            self._tell(line)

    def _tell(self, line: SatisfactionLine) -> None:
        ids = [t.id for t in self.jmap.touchpoints]
        until = ids.index(self.story_end) if self.story_end in ids else None
        if until != line.until or until is not None:
            line.tell_until(until)

    # -- following the model ---------------------------------------------------

    def _card_only(self, event) -> bool:
        """A change only its card shows, that leaves its height alone: no rebuild needed."""
        if not (isinstance(event, ItemChanged) and event.item.id in self.cards and set(event.old) <= CARD_ONLY_FIELDS):
            return False
        return "title" not in event.old or self.compact or self._card_height(self.jmap, self.layout.metrics) == \
            self._card_facts.height

    def _on_change(self, event) -> None:
        if self.project.lookup(self.map_id) is None:
            return  # the map itself is gone; the window closes this scene
        if self.project.batching:  # many changes as one step: drawn once, when it is over
            self._stale = True
            return
        if isinstance(event, ValueChanged):  # only the line shows ratings and targets
            if event.map_id == self.map_id and event.persona_id in self.lines:
                self._update_line(self.lines[event.persona_id])
            return
        if self._card_only(event):
            self._sync_cards(self.jmap, self.layout, False, self._card_facts.height)
            return
        self.rebuild(animate=True)

    def _settled(self) -> None:
        if self._stale and self.project.lookup(self.map_id) is not None:
            self._stale = False
            self.rebuild(animate=True)

    def _card_top(self) -> float:
        return self.layout.lane_top[Lane.TOUCHPOINTS] + CARD_MARGIN

    def detach(self) -> None:
        """Stop following the events (the scene is being replaced)."""
        if self._events is not None:
            self._events.changed.disconnect(self._on_change)
            self._events.settled.disconnect(self._settled)
            self._events = None
