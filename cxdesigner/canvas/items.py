"""The pieces drawn on the map: stage bands, lane labels and touchpoint cards.

Items only draw and report gestures; they never change the model. The scene
gives them the model objects to show and places them from the layout.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsObject, QMenu, QStyleOptionGraphicsItem, QWidget

from cxdesigner.canvas.icons import paint_channel_icon
from cxdesigner.canvas.style import DETAIL_ALPHA, HINT_ALPHA, STAGE_INK, is_dark, is_high_contrast, palette_color, printing, tinted
from cxdesigner.canvas.text import TextStyle, paint_text, text_height
from cxdesigner.model import Touchpoint

RADIUS = 8.0


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

    TITLE = TextStyle(10.5, bold=True)

    @classmethod
    def needed_height(cls, name: str, width: float) -> float:
        """A header tall enough for the whole name (wrapped beside the "+")."""
        return text_height(name, cls.TITLE, width - 6 - 20 - cls.PLUS - 18) + 20

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
        if not self.scene().editable:
            event.ignore()  # a scene that only draws: nothing to add or select
            return
        if event.button() == Qt.MouseButton.LeftButton and self.plus_rect().contains(event.pos()):
            event.accept()
            self.scene().append_touchpoint(self.item_id)
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event) -> None:
        if not self.scene().editable:
            event.ignore()
            return
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
        ink = QColor(STAGE_INK)
        room = header.adjusted(10, 10, -(self.PLUS + 18), -10)
        height = min(room.height(), text_height(self.name, self.TITLE, room.width()))
        paint_text(painter, QRectF(room.left(), room.center().y() - height / 2, room.width(), height + 1), self.name,
                   self.TITLE, ink, compact=height < text_height(self.name, self.TITLE, room.width()))
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
    """A lane's title on the left, its hint under it (both wrapped whole), and a hairline under the lane."""

    TITLE, HINT = TextStyle(10, bold=True), TextStyle(8.5)
    WIDTH = 140.0

    def __init__(self, title: str, rect: QRectF, subtitle: str = "", compact: bool = False) -> None:
        super().__init__()
        self.title, self.subtitle, self.rect, self.compact = title, subtitle, rect, compact
        self.setZValue(-20)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # static between edits: paint once

    @classmethod
    def needed_height(cls, title: str, subtitle: str) -> float:
        """How tall the lane must be for its whole title and hint."""
        hint = text_height(subtitle, cls.HINT, cls.WIDTH - 4) + 4 if subtitle else 0.0
        return 8 + text_height(title, cls.TITLE, cls.WIDTH) + hint + 8

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        text = palette_color(QPalette.ColorRole.Text)
        line = QColor(text)
        line.setAlpha(40)
        painter.setPen(QPen(line, 1))
        painter.drawLine(self.rect.bottomLeft(), self.rect.bottomRight())
        left, top = self.rect.left() + 4, self.rect.top() + 8
        title = text_height(self.title, self.TITLE, self.WIDTH)
        paint_text(painter, QRectF(left, top, self.WIDTH, title + 1), self.title, self.TITLE, text, self.compact)
        if self.subtitle:
            muted = QColor(text)
            muted.setAlpha(HINT_ALPHA)
            box = QRectF(left, top + title + 4, self.WIDTH - 4, self.rect.bottom() - top - title - 6)
            if box.height() > 0:
                paint_text(painter, box, self.subtitle, self.HINT, muted, self.compact)


class TouchpointCard(QGraphicsObject):
    """A touchpoint: title, channel colour and name, department, and marks for its notes.

    Its title and footer wrap whole; the scene gives every card of a map the height of
    the tallest (``needed_height``), so the row stays even. The compact view cuts them.
    """

    TITLE, FOOTER = TextStyle(10, bold=True), TextStyle(8.5)
    COMPACT_HEIGHT = 92.0

    def __init__(self, touchpoint: Touchpoint, width: float, height: float, compact: bool = False) -> None:
        super().__init__()
        self.touchpoint = touchpoint
        self.width, self.height, self.compact = width, height, compact
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
        if not self.scene().editable:
            event.ignore()  # a scene that only draws: no drag, no selection by the mouse
            return
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
        if not self.scene().editable:
            event.ignore()
            return
        self.scene().clearSelection()
        self.setSelected(True)
        menu = QMenu()
        actions = self.scene().card_actions(self.touchpoint_id)
        menu.addActions(actions)
        menu.exec(event.screenPos())
        for action in actions:  # made for this menu only
            action.deleteLater()

    def mouseDoubleClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.scene().editable:
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

    @classmethod
    def needed_height(cls, title: str, footer: str, width: float) -> float:
        """The height a card needs to show its whole title and footer."""
        inner = width - 23
        return 9 + text_height(title, cls.TITLE, inner) + 10 + max(16.0, text_height(footer, cls.FOOTER, inner - 40)) + 9

    @classmethod
    def tallest_height(cls, texts: list[tuple[str, str]], width: float) -> float:
        """``needed_height`` of the tallest of ``(title, footer)`` pairs, measuring in full only
        the pairs with a text longer than a line (a one-line text is as tall as any other)."""
        inner = width - 23
        title_line, footer_line = QFontMetricsF(cls.TITLE.font()), QFontMetricsF(cls.FOOTER.font())

        def one_line(text: str, metrics: QFontMetricsF, room: float) -> bool:
            return "\n" not in text and metrics.horizontalAdvance(text) <= room - 1

        measured: dict[tuple, tuple[str, str]] = {}  # one pair of each kind of one-liners, or a longer pair
        for title, footer in texts:
            if one_line(title, title_line, inner) and one_line(footer, footer_line, inner - 40):
                measured.setdefault((bool(title), bool(footer)), (title, footer))
            else:
                measured[(title, footer)] = (title, footer)
        return max((cls.needed_height(title, footer, width) for title, footer in measured.values()), default=0.0)

    def footer_text(self) -> str:
        return " · ".join(x for x in (self.channel_name, self.department_name) if x)

    def set_height(self, height: float) -> None:
        if height != self.height:
            self.prepareGeometryChange()
            self.height = height
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-self.width / 2 - 2, -2, self.width + 4, self.height + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(-self.width / 2, 0, self.width, self.height)
        selected = self.isSelected()
        accent = palette_color(QPalette.ColorRole.Highlight)
        border = accent if selected else palette_color(QPalette.ColorRole.Text) if is_high_contrast() else \
            QColor(0, 0, 0, 45 if not is_dark() else 110)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette_color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, RADIUS, RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.channel_color))
        painter.drawRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2.5, 2.5)
        text = palette_color(QPalette.ColorRole.Text)
        footer = self.footer_text()
        footer_height = 16.0 if self.compact else max(16.0, text_height(footer, self.FOOTER, card.width() - 63))
        title_box = card.adjusted(13, 9, -10, -(footer_height + 19))
        paint_text(painter, title_box, self.touchpoint.title, self.TITLE, text, self.compact)
        self._paint_footer(painter, card, text, footer, footer_height)

    def _paint_footer(self, painter: QPainter, card: QRectF, text: QColor, label: str, height: float) -> None:
        muted = QColor(text)
        muted.setAlpha(DETAIL_ALPHA)
        box = QRectF(card.left() + 13, card.bottom() - height - 9, card.width() - 23, height)
        if self.channel_name:
            paint_channel_icon(painter, self.channel_icon, self.channel_color, QRectF(box.left(), box.top() + 1, 14, 14))
            box.setLeft(box.left() + 18)
        marks = ("▼" * min(self.pains, 3)) + ("★" * min(self.highlights, 3))
        painter.setFont(self.FOOTER.font())
        room = box.adjusted(0, 0, -(painter.fontMetrics().horizontalAdvance(marks) + 6 if marks else 0), 0)
        paint_text(painter, room, label, self.FOOTER, muted, self.compact)
        if marks:
            painter.setFont(self.FOOTER.font())
            painter.setPen(QColor("#d64545") if self.pains else QColor("#2f9e44"))
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, marks)
