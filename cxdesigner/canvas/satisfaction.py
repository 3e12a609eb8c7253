"""A persona's satisfaction line: a curve through one handle per rating.

Dragging a handle previews the new value live (the handle, the curve and a
value label follow the pointer, snapped to the scale's steps); releasing it
asks the scene to record one undo step. Unrated touchpoints are gaps in the
line, each with a ghost handle in the middle of the scale to drag into a rating.

Each persona's line has its own marker shape and line pattern (``markers.py``). It
shows how sure each point is: a measured rating (survey, interview, analytics) is a
filled marker with its 95% interval as an error bar, an assumed one a hollow marker;
a stretch is full colour between two measured points, paler where either end is
assumed. With the map's projected line on (``analysis/projection.py``), a thinner line in the
persona's colour, in long dashes, shows where the chosen actions are expected to take it: the
stretches they move, with a hollow marker wherever they change a rating.

The curve and the marks are plain path items over the whole map; the handles exist only
for the touchpoints the scene builds (``span``: those near what a view shows).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem

from cxdesigner.analysis.measured import DEFAULT_MIN_ANSWERS
from cxdesigner.canvas.style import scene_font, short_number
from cxdesigner.canvas.markers import dashed, marker_path
from cxdesigner.canvas.rating_handle import RatingHandle
from cxdesigner.model import Evidence, Rating

#: The projected line's dash pattern, in pen widths: longer than any persona's own pattern.
PROJECTED_DASHES = [7, 3.5]
#: ``(touchpoint id, persona id, value)`` -> None
RatingSink = Callable[[str, str, float], None]


class PathMark(QGraphicsPathItem):
    """A path drawn only when there is one: an empty path painted into a PDF is an empty
    "close path" that strict readers complain about."""

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self.path().isEmpty():
            super().paint(painter, option, widget)


class Curve(PathMark):
    """A piece of line: the straight segments joining some consecutive points."""

    _points: tuple[list[float], list[float], list[int]] = ([], [], [])

    def show_segments(self, xs: list[float], ys: list[float], joined: list[bool]) -> None:
        """Join point ``i`` to ``i + 1`` wherever ``joined[i]``."""
        path, end, starts = QPainterPath(), -1, []
        for i, join in enumerate(joined):
            if join:
                if i != end:
                    path.moveTo(xs[i], ys[i])
                path.lineTo(xs[i + 1], ys[i + 1])
                end = i + 1
                starts.append(i)
        self._points = (xs, ys, starts)
        self.setPath(path)

    @property
    def segments(self) -> list[tuple[tuple[float, float], tuple[float, float]]]:
        """The segments drawn, as ``((x, y), (x, y))``."""
        xs, ys, starts = self._points
        return [((xs[i], ys[i]), (xs[i + 1], ys[i + 1])) for i in starts]


class SatisfactionLine:
    """The curve, handles and drag label of one persona on one map.

    The curve is drawn in pieces of ``CHUNK`` points, each its own path item sharing its
    end point with the next: the view paints only the pieces on screen (a wide pen's
    pattern costs as much as the piece is long), a drag redraws only the piece (or two)
    it touches, and like the handles, only the pieces in ``span`` are built.
    """

    CHUNK = 8

    def __init__(self, persona_id: str, name: str, color: str, to_y: Callable[[float], float],
                 to_value: Callable[[float], float], commit: RatingSink | None, ghost_offset: float = 0.0,
                 style: tuple[str, list[float]] = ("circle", []),
                 span: Callable[[], tuple[float, float] | None] = lambda: None) -> None:
        """``style``: the persona's marker shape and line pattern (``markers.persona_style``);
        ``ghost_offset``: how far right of its touchpoint this persona's ghost handles sit, so
        the ghosts of several personas stand side by side; ``commit``: where a finished drag
        goes (``None``: a line only drawn, whose handles take no drag); ``span``: the scene x
        span whose touchpoints the scene builds, so get their handles (``None``: all)."""
        self.persona_id, self.name, self.color = persona_id, name, color
        self.ghost_offset = ghost_offset
        self.neutral = 0.0  # the middle of the scale, where ghost handles wait
        self.to_y, self.to_value, self._commit, self.span = to_y, to_value, commit, span
        self.shape, self.pattern = style
        self.pen = dashed(QPen(QColor(color), 3), self.pattern)
        self.pen.setCapStyle(Qt.PenCapStyle.RoundCap)  # 3 scene units, like everything else: right at every zoom and on paper
        self.pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pale = QColor(color)
        pale.setAlpha(115)  # an assumed stretch: the same pattern, paler
        self.assumed_pen = QPen(self.pen)
        self.assumed_pen.setColor(pale)
        self._pieces: dict[int, tuple[Curve, Curve]] = {}  # built chunks: their measured and assumed piece
        faint = QColor(color)
        faint.setAlpha(170)
        self.bars = PathMark()  # the 95% intervals of measured points
        self.bars.setPen(QPen(faint, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        self.bars.setZValue(19)
        aim = QColor(color)
        aim.setAlpha(95)
        self.target = PathMark()  # the "to-be" line: fainter, behind the current one
        self.target.setPen(QPen(aim, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        self.target.setZValue(18)
        self.projected = PathMark()  # "after these changes": long dashes, over the target, under the line
        self.projected.setPen(dashed(QPen(QColor(color), 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
                                          Qt.PenJoinStyle.RoundJoin), PROJECTED_DASHES))
        self.projected.setZValue(19.5)
        self.projected_marks = PathMark()  # where the plan moves the line: the persona's marker, hollow
        self.projected_marks.setPen(QPen(QColor(color), 1.6))
        self.projected_marks.setZValue(19.6)
        #: The handles built: those of the touchpoints in ``span`` (and one being dragged).
        self.handles: dict[str, RatingHandle] = {}
        self.label = QGraphicsSimpleTextItem()
        self.label.setZValue(40)
        self.label.setFont(scene_font(9, bold=True))
        self.label.setBrush(QColor(color))
        self.label.hide()
        self.xs: list[float] = []
        self.ys: list[float] = []  # scene y of each point, NaN where unrated
        self.measured: list[bool] = []
        self._ids: list[str] = []
        self._index: dict[str, int] = {}
        self._ratings: list[Rating | None] = []
        self._values: list[float | None] = []
        #: Told as a story (presentation mode): the index of the last point drawn, None for the whole line.
        self.until: int | None = None
        self.shown = True

    @property
    def curves(self) -> list[Curve]:
        """The pieces built, left to right: each chunk's measured piece, then its assumed one."""
        return [curve for piece in sorted(self._pieces) for curve in self._pieces[piece]]

    def items(self) -> list[QGraphicsItem]:
        return [*self.curves, self.bars, self.target, self.projected, self.projected_marks, self.label,
                *self.handles.values()]

    def value_of(self, touchpoint_id: str) -> float | None:
        return self._values[self._index[touchpoint_id]]

    def set_points(self, points: list[tuple[str, float, Rating | None]]) -> list[QGraphicsItem]:
        """Show ``(touchpoint id, x, rating or None)`` in journey order.

        Returns the items that are new (handles, curve pieces), for the scene to add.
        """
        self._ids = [p[0] for p in points]
        self._index = {touchpoint_id: i for i, touchpoint_id in enumerate(self._ids)}
        self._ratings = [p[2] for p in points]
        self._values = [None if r is None else r.value for r in self._ratings]
        self.xs = [p[1] for p in points]
        self.ys = [math.nan if v is None else self.to_y(v) for v in self._values]
        self.measured = [r is not None and r.evidence != Evidence.ASSUMPTION for r in self._ratings]
        created: list[QGraphicsItem] = [] if self.bars.scene() else [self.bars, self.target, self.projected,
                                                                     self.projected_marks]
        bars = QPainterPath()
        for x, rating in zip(self.xs, self._ratings):
            if rating is not None and rating.interval_low is not None and rating.interval_high is not None:
                low, high = self.to_y(rating.interval_low), self.to_y(rating.interval_high)
                for y in (low, high):
                    bars.moveTo(x - 6, y)
                    bars.lineTo(x + 6, y)
                bars.moveTo(x, low)
                bars.lineTo(x, high)
        self.bars.setPath(bars)
        for gone in set(self.handles) - set(self._index):
            _discard(self.handles.pop(gone))
        for touchpoint_id in list(self.handles):
            self._place(touchpoint_id)
        for piece in self._pieces:
            self._redraw(piece)
        return created + self.build()

    def _chunks(self) -> int:
        return max(1, -(-(len(self._ids) - 1) // self.CHUNK))

    def build(self) -> list[QGraphicsItem]:
        """Make the handles and curve pieces in ``span`` and drop the others (never a handle
        being dragged); returns the new items, for the scene to add."""
        span = self.span()
        if span is None:
            first, last = 0, len(self._ids)
        else:  # the points are in journey order, left to right
            first, last = bisect_left(self.xs, span[0]), bisect_right(self.xs, span[1])
        created = self._build_pieces(range(max(0, first - 1) // self.CHUNK,
                                           min(self._chunks(), last // self.CHUNK + 1)))
        wanted = self._ids[first:last]
        for touchpoint_id in set(self.handles).difference(wanted):
            if not self.handles[touchpoint_id].dragging:
                _discard(self.handles.pop(touchpoint_id))
        for touchpoint_id in wanted:
            if touchpoint_id not in self.handles:
                index = self._index[touchpoint_id]
                self.handles[touchpoint_id] = handle = RatingHandle(self, touchpoint_id, ghost=self._ratings[index] is None)
                self._place(touchpoint_id)
                created.append(handle)
        return created

    def _build_pieces(self, wanted: range) -> list[QGraphicsItem]:
        for piece in set(self._pieces).difference(wanted):
            for curve in self._pieces.pop(piece):
                _discard(curve)
        created = []
        for piece in wanted:
            if piece not in self._pieces:
                self._pieces[piece] = pair = (Curve(), Curve())
                for curve, pen in zip(pair, (self.pen, self.assumed_pen)):
                    curve.setPen(pen)
                    curve.setZValue(20)
                    curve.setVisible(self.shown)
                    curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # a wide pen is slow to stroke
                self._redraw(piece)
                created += pair
        return created

    def _place(self, touchpoint_id: str) -> None:
        """A handle where its rating is (a ghost in the middle of the scale), in its state."""
        index = self._index[touchpoint_id]
        rating, x = self._ratings[index], self.xs[index]
        handle = self.handles[touchpoint_id]
        if handle.ghost != (rating is None):
            _discard(handle)
            handle = self.handles[touchpoint_id] = RatingHandle(self, touchpoint_id, ghost=rating is None)
            if self.bars.scene() is not None:
                self.bars.scene().addItem(handle)
        if rating is None:
            handle.setPos(x + self.ghost_offset, self.to_y(self.neutral))
        else:
            handle.setPos(x, self.to_y(rating.value))
            handle.set_measured(rating.evidence != Evidence.ASSUMPTION)
            handle.setToolTip(self.describe(rating))
        handle.setVisible(self.shown and (self.until is None or (not handle.ghost and index <= self.until)))

    def set_targets(self, points: list[tuple[float, float | None]]) -> None:
        """The target line through ``(x, target value or None)``, broken where there is none."""
        path, joined = QPainterPath(), False
        for x, value in points:
            if value is None:
                joined = False
                continue
            y = self.to_y(value)
            if joined:
                path.lineTo(x, y)
            else:
                path.moveTo(x, y)
            path.addEllipse(QPointF(x, y), 3, 3)
            path.moveTo(x, y)
            joined = True
        self.target.setPath(path)

    def set_projection(self, points: list[tuple[float, float | None, bool]] | None) -> None:
        """The projected line through ``(x, projected value or None, changed)``, broken where unrated;
        ``None`` takes it away."""
        path, marks, previous, drawing = QPainterPath(), QPainterPath(), None, False
        marker = marker_path(self.shape, 4.5)
        for x, value, changed in points or []:
            if value is None:
                previous, drawing = None, False
                continue
            y = self.to_y(value)
            # Only stretches the plan moves: where it changes nothing, today's line says it all.
            if previous is not None and (changed or previous[2]):
                if not drawing:
                    path.moveTo(previous[0], previous[1])
                path.lineTo(x, y)
                drawing = True
            else:
                drawing = False
            previous = (x, y, changed)
            if changed:
                marks.addPath(marker.translated(x, y))
        self.projected.setPath(path)
        self.projected_marks.setPath(marks)
        tip = QCoreApplication.translate("SatisfactionLine", "%1 after the chosen actions").replace("%1", self.name)
        self.projected.setToolTip(tip)
        self.projected_marks.setToolTip(tip)

    def describe(self, rating: Rating) -> str:
        """The handle's tooltip: the value, and how sure it is."""
        text = f"{self.name}: {short_number(rating.value)}"
        if rating.evidence == Evidence.ASSUMPTION:
            return text + " " + QCoreApplication.translate("SatisfactionLine", "(assumed)")
        details = [str(rating.evidence)]
        if rating.n is not None:
            details.append(f"n = {rating.n}")
            if rating.n < DEFAULT_MIN_ANSWERS:
                details.append(QCoreApplication.translate("SatisfactionLine", "few answers: read with care"))
        if rating.interval_low is not None and rating.interval_high is not None:
            details.append(QCoreApplication.translate("SatisfactionLine", "95% interval %1 to %2").replace(
                "%1", f"{rating.interval_low:.2g}").replace("%2", f"{rating.interval_high:.2g}"))
        return f"{text} ({', '.join(details)})"

    def _pieces_of(self, index: int) -> list[int]:
        """The curve pieces point ``index`` lies on: the one it starts, and the one it ends."""
        first = index // self.CHUNK
        candidates = {first, first - 1} if index % self.CHUNK == 0 else {first}
        return sorted(p for p in candidates if p in self._pieces)

    def _redraw(self, piece: int) -> None:
        """Both curves of a chunk: solid segments join two measured points, paler ones the rest."""
        begin = piece * self.CHUNK
        window = slice(begin, begin + self.CHUNK + 1)
        xs, ys, measured = self.xs[window], self.ys[window], self.measured[window]
        drawn = [math.isfinite(y) and (self.until is None or begin + i <= self.until) for i, y in enumerate(ys)]
        both = [a and b for a, b in zip(drawn, drawn[1:])]
        solid = [j and measured[i] and measured[i + 1] for i, j in enumerate(both)]
        sure, unsure = self._pieces[piece]
        sure.show_segments(xs, ys, solid)
        unsure.show_segments(xs, ys, [j and not s for j, s in zip(both, solid)])

    def preview(self, touchpoint_id: str, value: float) -> None:
        """Follow a drag: move the handle, bend the curve, show the value."""
        index = self._index[touchpoint_id]
        y = self.to_y(value)
        self.ys[index] = y
        self._values[index] = value
        handle = self.handles[touchpoint_id]
        handle.setPos(handle.pos().x(), y)
        for piece in self._pieces_of(index):
            self._redraw(piece)
        self.label.setText(f"{value:g}")
        self.label.setPos(QPointF(handle.pos().x() + 12, y - 24))
        self.label.show()

    def end_preview(self) -> None:
        self.label.hide()

    def restore(self, touchpoint_id: str) -> None:
        """Undo a preview that became nothing (a ghost pressed and let go): the line as it was."""
        index = self._index[touchpoint_id]
        self._values[index] = None
        self.ys[index] = math.nan
        handle = self.handles[touchpoint_id]
        handle.setPos(self.xs[index] + self.ghost_offset, self.to_y(self.neutral))
        for piece in self._pieces_of(index):
            self._redraw(piece)

    @property
    def editable(self) -> bool:
        return self._commit is not None

    def commit(self, touchpoint_id: str, value: float) -> None:
        if self._commit is not None:
            self._commit(touchpoint_id, self.persona_id, value)

    def set_visible(self, visible: bool) -> None:
        self.shown = visible
        for item in self.items():
            item.setVisible(visible and item is not self.label)
        if visible and self.until is not None:
            self._hide_the_rest()

    def tell_until(self, index: int | None) -> None:
        """Draw the line up to point ``index`` only (None: the whole line), as a story told
        point by point: the markers after it, the ghosts, intervals and targets are hidden."""
        before, self.until = self.until, index
        if before is None or index is None or not self.shown:
            for piece in self._pieces:
                self._redraw(piece)
            self.set_visible(self.shown)
            return
        low, high = min(before, index), max(before, index)  # a step: only what lies between changes
        for piece in range(max(0, (low - 1) // self.CHUNK), high // self.CHUNK + 1):
            if piece in self._pieces:
                self._redraw(piece)
        for number in range(low, min(high + 1, len(self._ids))):
            handle = self.handles.get(self._ids[number])
            if handle is not None:
                handle.setVisible(not handle.ghost and number <= index)

    def _hide_the_rest(self) -> None:
        for item in (self.bars, self.target):
            item.setVisible(False)
        for touchpoint_id, handle in self.handles.items():
            handle.setVisible(not handle.ghost and self._index[touchpoint_id] <= self.until)


def _discard(item: QGraphicsItem) -> None:
    if item.scene() is not None:
        item.scene().removeItem(item)
