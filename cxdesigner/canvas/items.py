"""The pieces drawn on the map: stage bands, lane labels, touchpoint cards, note chips.

Items only draw and report gestures; they never change the model. The scene
gives them the model objects to show and places them from the layout.
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (QApplication, QGraphicsItem, QGraphicsObject, QMenu, QStyleFactory,
                               QStyleOptionGraphicsItem, QWidget)

from cxdesigner.canvas.icons import paint_channel_icon
from cxdesigner.model import Touchpoint

RADIUS = 8.0


_print_palette: QPalette | None = None  # set while a map is drawn for paper or a file


def palette_color(role: QPalette.ColorRole) -> QColor:
    """A colour of the application's palette, so light and dark themes both work."""
    return (_print_palette or QApplication.palette()).color(role)


@contextmanager
def print_colors() -> Iterator[None]:
    """Items built and painted inside use the light palette: exports are print-ready
    whatever the session's theme. Never spans an event loop turn, so the screen
    keeps its own colours."""
    global _print_palette
    outer, _print_palette = _print_palette, QStyleFactory.create("Fusion").standardPalette()
    try:
        yield
    finally:
        _print_palette = outer


def printing() -> bool:
    """Whether items are being drawn for paper or a file (no screen-only controls then)."""
    return _print_palette is not None


def is_dark() -> bool:
    return palette_color(QPalette.ColorRole.Window).lightness() < 128


def tinted(color: str, strength: float) -> QColor:
    """``color`` laid over the window colour at ``strength`` (0..1): pastel bands in both themes."""
    base, top = palette_color(QPalette.ColorRole.Window), QColor(color)
    mix = lambda a, b: round(a + (b - a) * strength)  # noqa: E731
    return QColor(mix(base.red(), top.red()), mix(base.green(), top.green()), mix(base.blue(), top.blue()))


def most_that_fits(metrics: QFontMetricsF | QFontMetrics, box: QRectF, text: str) -> str:
    """``text`` cut to twice what a wrapped ``box`` could show at most, so fitting a long text
    (shortening it until it fits) never lays out a whole book on each try."""
    per_line = box.width() / max(1.0, metrics.averageCharWidth())
    lines = box.height() / max(1.0, metrics.lineSpacing())
    return text[: int(2 * (per_line + 1) * (lines + 1))]


def short_number(value: float, sign: bool = False) -> str:
    """At most two decimals, none when whole: 1.21 rather than 1.21429, 4 rather than 4.00."""
    text = f"{value:+.2f}" if sign else f"{value:.2f}"
    return text.rstrip("0").rstrip(".")


def scene_font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    """The application's font at ``points`` (on a 96 dpi screen), sized in scene units:
    text keeps its place on the map on screens, printers and files of any resolution."""
    font = QFont(QApplication.font())
    font.setPixelSize(round(points * 96 / 72))
    font.setBold(bold)
    font.setItalic(italic)
    return font


class StageBand(QGraphicsItem):
    """A stage: a tinted column behind its touchpoints, titled at the top.

    Its title bar selects the stage (the Inspector edits it); its "+" appends a
    touchpoint to the stage; a right-click offers the stage's own menu.
    """

    PLUS = 22.0  # the "+" button's side, at the title bar's right end

    def __init__(self, name: str, color: str, header: float, stage_id: str = "") -> None:
        super().__init__()
        self.name, self.color, self.header, self.item_id = name, color, header, stage_id
        self.rect = QRectF()
        self.setZValue(-10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)  # by its header: see shape()
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # static between edits: paint once

    def set_geometry(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.rect = rect

    def boundingRect(self) -> QRectF:
        return self.rect

    def header_rect(self) -> QRectF:
        return QRectF(self.rect.left() + 3, self.rect.top(), self.rect.width() - 6, self.header)

    def plus_rect(self) -> QRectF:
        header = self.header_rect()
        return QRectF(header.right() - self.PLUS - 8, header.center().y() - self.PLUS / 2, self.PLUS, self.PLUS)

    def shape(self) -> QPainterPath:
        """Only the title bar answers clicks; the column lets them through to the map."""
        path = QPainterPath()
        path.addRect(self.header_rect())
        return path

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.plus_rect().contains(event.pos()):
            event.accept()
            self.scene().append_touchpoint(self.item_id)
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event) -> None:
        self.scene().select_stage(self.item_id)
        menu = QMenu()
        actions = self.scene().stage_actions(self.item_id)
        menu.addActions(actions)
        menu.exec(event.screenPos())
        for action in actions:  # made for this menu only
            action.deleteLater()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        column = self.rect.adjusted(3, 0, -3, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tinted(self.color, 0.22))
        painter.drawRoundedRect(column, RADIUS, RADIUS)
        header = self.header_rect()
        painter.setBrush(tinted(self.color, 0.75))
        if self.isSelected():
            painter.setPen(QPen(palette_color(QPalette.ColorRole.Highlight), 2))
        painter.drawRoundedRect(header, RADIUS, RADIUS)
        ink = QColor("#1f2933")
        painter.setPen(ink)
        painter.setFont(scene_font(10.5, bold=True))
        room = header.adjusted(10, 0, -(self.PLUS + 18), 0)
        text = painter.fontMetrics().elidedText(self.name, Qt.TextElideMode.ElideRight, int(room.width()))
        painter.drawText(room, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
        if not printing():  # the "+" is for the screen only
            plus = self.plus_rect()
            faint = QColor(ink)
            faint.setAlpha(60)
            painter.setPen(QPen(faint, 1.2))
            painter.setBrush(QColor(255, 255, 255, 110))
            painter.drawEllipse(plus)
            painter.setPen(QPen(ink, 1.6))
            c = plus.center()
            painter.drawLine(QPointF(c.x() - 5, c.y()), QPointF(c.x() + 5, c.y()))
            painter.drawLine(QPointF(c.x(), c.y() - 5), QPointF(c.x(), c.y() + 5))


class LaneLabel(QGraphicsItem):
    """A lane's title on the left and a hairline under the lane."""

    def __init__(self, title: str, rect: QRectF, subtitle: str = "") -> None:
        super().__init__()
        self.title, self.subtitle, self.rect = title, subtitle, rect
        self.setZValue(-20)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # static between edits: paint once

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        text = palette_color(QPalette.ColorRole.Text)
        line = QColor(text)
        line.setAlpha(40)
        painter.setPen(QPen(line, 1))
        painter.drawLine(self.rect.bottomLeft(), self.rect.bottomRight())
        painter.setPen(text)
        painter.setFont(scene_font(10, bold=True))
        painter.drawText(QRectF(self.rect.left() + 4, self.rect.top() + 8, 140, 20), Qt.AlignmentFlag.AlignLeft, self.title)
        if self.subtitle:
            muted = QColor(text)
            muted.setAlpha(150)
            painter.setPen(muted)
            painter.setFont(scene_font(8.5))
            painter.drawText(QRectF(self.rect.left() + 4, self.rect.top() + 28, 136, self.rect.height() - 30),
                             Qt.TextFlag.TextWordWrap, self.subtitle)


class TouchpointCard(QGraphicsObject):
    """A touchpoint: title, channel colour and name, department, and marks for its notes."""

    def __init__(self, touchpoint: Touchpoint, width: float, height: float) -> None:
        super().__init__()
        self.touchpoint = touchpoint
        self.width, self.height = width, height
        self.channel_name, self.channel_color, self.channel_icon, self.department_name = "", "#9aa5b1", "", ""
        self.pains = self.highlights = 0
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # static between edits: paint once

    @property
    def touchpoint_id(self) -> str:
        return self.touchpoint.id

    # A sideways drag reorders: the card follows the pointer, the scene makes
    # room, and the drop becomes one move command.
    _press_x: float | None = None
    _dragging = _ranged = False

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.scene().select_range(self.touchpoint_id)  # Shift-click: everything from the current one to here
            self._ranged = True
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_x, self._dragging = event.scenePos().x(), False

    def mouseMoveEvent(self, event) -> None:
        if self._press_x is None:
            return
        dx = event.scenePos().x() - self._press_x
        if not self._dragging and abs(dx) < QApplication.startDragDistance():
            return
        self._dragging = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.scene().drag_cards(self, dx)

    def contextMenuEvent(self, event) -> None:
        self.scene().clearSelection()
        self.setSelected(True)
        menu = QMenu()
        actions = self.scene().card_actions(self.touchpoint_id)
        menu.addActions(actions)
        menu.exec(event.screenPos())
        for action in actions:  # made for this menu only
            action.deleteLater()

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.scene().edit_title(self.touchpoint_id)

    def mouseReleaseEvent(self, event) -> None:
        if self._ranged:  # keep the range: Qt's own release would select this card alone
            self._ranged = False
            return
        dragged, self._press_x, self._dragging = self._dragging, None, False
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        super().mouseReleaseEvent(event)
        if dragged:
            self.scene().finish_move(self)

    def show_details(self, channel: tuple[str, str, str] | None, department: str, pains: int, highlights: int) -> None:
        """What the card shows besides the touchpoint itself (channel: name, colour, icon); repaints."""
        self.channel_name, self.channel_color, self.channel_icon = channel or ("", "#9aa5b1", "")
        self.department_name, self.pains, self.highlights = department, pains, highlights
        self.setToolTip(self._tooltip())
        self.update()

    def _tooltip(self) -> str:
        parts = [f"<b>{escape(self.touchpoint.title)}</b>"]  # titles are text, never markup
        if self.touchpoint.description:
            parts.append(escape(self.touchpoint.description))
        facts = [escape(f) for f in (self.channel_name, self.department_name) if f]
        if facts:
            parts.append(" · ".join(facts))
        return "<br>".join(parts)

    def boundingRect(self) -> QRectF:
        return QRectF(-self.width / 2 - 2, -2, self.width + 4, self.height + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(-self.width / 2, 0, self.width, self.height)
        selected = self.isSelected()
        accent = palette_color(QPalette.ColorRole.Highlight)
        border = accent if selected else QColor(0, 0, 0, 45 if not is_dark() else 110)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette_color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, RADIUS, RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.channel_color))
        painter.drawRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2.5, 2.5)
        text = palette_color(QPalette.ColorRole.Text)
        painter.setPen(text)
        painter.setFont(scene_font(9.5, bold=True))
        title_box = card.adjusted(13, 9, -10, -30)
        painter.drawText(title_box, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, self._fitted_title(painter, title_box))
        self._paint_footer(painter, card, text)

    def _fitted_title(self, painter: QPainter, box: QRectF) -> str:
        """The title, cut with an ellipsis where it would overflow its box."""
        metrics = painter.fontMetrics()
        title = most_that_fits(metrics, box, self.touchpoint.title)
        flags = int(Qt.TextFlag.TextWordWrap)
        while title and metrics.boundingRect(box.toRect(), flags, title).height() > box.height():
            title = title[:-2].rstrip() + "…" if len(title) > 2 else ""
        return title

    def _paint_footer(self, painter: QPainter, card: QRectF, text: QColor) -> None:
        muted = QColor(text)
        muted.setAlpha(160)
        painter.setPen(muted)
        painter.setFont(scene_font(8))
        footer = QRectF(card.left() + 13, card.bottom() - 24, card.width() - 23, 16)
        if self.channel_name:
            paint_channel_icon(painter, self.channel_icon, self.channel_color,
                               QRectF(footer.left(), footer.top() + 1, 14, 14))
            footer.setLeft(footer.left() + 18)
        marks = ("▼" * min(self.pains, 3)) + ("★" * min(self.highlights, 3))
        label = " · ".join(x for x in (self.channel_name, self.department_name) if x)
        width = footer.width() - painter.fontMetrics().horizontalAdvance(marks) - 6
        painter.drawText(footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, int(width)))
        if marks:
            painter.setPen(QColor("#d64545") if self.pains else QColor("#2f9e44"))
            painter.drawText(footer, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, marks)


class NoteChip(QGraphicsItem):
    """A short card in an annotation lane (pain point, positive moment, action)."""

    def __init__(self, text: str, color: str, width: float, item_id: str) -> None:
        super().__init__()
        self.text, self.color, self.width, self.item_id = text, color, width, item_id
        self.height = 24.0
        self.setToolTip(text)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # static between edits: paint once

    def boundingRect(self) -> QRectF:
        return QRectF(-self.width / 2, 0, self.width, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.boundingRect()
        painter.setPen(QPen(palette_color(QPalette.ColorRole.Highlight), 2) if self.isSelected() else Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(tinted(self.color, 0.35)))
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(palette_color(QPalette.ColorRole.Text))
        painter.setFont(scene_font(8.5))
        shown = painter.fontMetrics().elidedText(self.text, Qt.TextElideMode.ElideRight, int(rect.width() - 14))
        painter.drawText(rect.adjusted(7, 0, -7, 0), Qt.AlignmentFlag.AlignVCenter, shown)
