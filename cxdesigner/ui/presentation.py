"""Presentation mode: walk a room through a map, touchpoint by touchpoint, full screen.

The map is the journey scene the editor draws (in the colours it has on paper), built afresh
on the same document, so the editor's own scene, zoom, scroll and selection stay exactly as
they were; the view takes no mouse gestures and nothing here pushes a command, so the
document is never changed.
The satisfaction lines are drawn up to the current touchpoint only: the emotional journey
told as a story. The mouse is a laser pointer (a red dot).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QGuiApplication, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QGraphicsRectItem, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cxdesigner.canvas.scene import JourneyScene
from cxdesigner.canvas.style import print_colors
from cxdesigner.canvas.view import JourneyView
from cxdesigner.editor.document import Document
from cxdesigner.ui.story import StoryPage, stage_step, story_page

BACKGROUND = "#eceae4"  # a calm, warm grey around the map
INK = "#1d232b"
MUTED = "#55606c"
DIMMED = 0.42  # the opacity of the cards other than the current one
MAX_ZOOM = 1.6
SPOTLIGHT = "#e0892b"  # the frame round the current column: warm, apart from the map's blues
SIDE_SHARE = 0.3  # of the screen's width, for the details

NEXT = {Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown}
PREVIOUS = {Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp}


def laser_pointer() -> QCursor:
    """A red dot with a soft halo, seen from the back of a room."""
    size = 28
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(230, 30, 30, 70))
    painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - 1, size / 2 - 1)
    painter.setBrush(QColor(235, 20, 20))
    painter.drawEllipse(QPointF(size / 2, size / 2), 6, 6)
    painter.end()
    return QCursor(pixmap, size // 2, size // 2)


class PaperView(JourneyView):
    """The map in its light, print-ready colours whatever the session's theme (calm and the same
    on every projector), without the controls only editing needs (the stages' "+")."""

    def paintEvent(self, event) -> None:
        with print_colors():
            super().paintEvent(event)


class Presentation(QWidget):
    """A full-screen window of its own over one map of ``document``; Escape closes it."""

    #: The presentation closed (the editor takes its focus back).
    finished = Signal()

    def __init__(self, document: Document, map_id: str, hidden_lines: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Presentation"))
        self.setAccessibleName(self.tr("Presentation"))
        self.document, self.map_id = document, map_id
        with print_colors():
            self.scene = JourneyScene(document.project, map_id, document, set(hidden_lines))
        self.view = PaperView(self.scene)
        self.view.setInteractive(False)  # no drag or key reaches the map: presenting never edits
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.setDragMode(JourneyView.DragMode.NoDrag)
        self.view.show_overview(False)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setBackgroundBrush(QBrush(QColor(BACKGROUND)))
        self.view.setAccessibleName(self.tr("Map being presented"))
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setAccessibleName(self.tr("Touchpoint details"))
        self.details.setObjectName("presentation-details")
        self.hint = QLabel(self.tr("→ or Space: next touchpoint · ←: previous · ↓ ↑: next or previous stage · "
                                   "Home, End: first, last · Esc: back to the editor"))
        self.hint.setObjectName("presentation-hint")
        self.hint.setWordWrap(True)
        self.side = QFrame()
        self.side.setObjectName("presentation-side")
        column = QVBoxLayout(self.side)
        column.setContentsMargins(40, 36, 40, 24)
        column.addWidget(self.details, 1)
        column.addWidget(self.hint)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.side)
        self.setStyleSheet(f"""
            Presentation {{ background: {BACKGROUND}; }}
            QFrame#presentation-side {{ background: #ffffff; border-left: 1px solid #d6d2c8; }}
            QLabel#presentation-details {{ background: #ffffff; color: {INK}; }}
            QLabel#presentation-hint {{ background: #ffffff; color: {MUTED}; font-size: 13px; }}""")
        self.spotlight = QGraphicsRectItem()  # a frame round the current touchpoint's column, seen from afar
        self.spotlight.setPen(QPen(QColor(SPOTLIGHT), 5))
        self.spotlight.setBrush(QColor(0, 0, 0, 0))
        self.spotlight.setZValue(60)
        self.scene.addItem(self.spotlight)
        for widget in (self, self.view.viewport(), self.details, self.hint, self.side):
            widget.setCursor(laser_pointer())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The editor stays usable on the other screen: what is edited there shows here too.
        document.changed.connect(self._follow)
        document.replaced.connect(self.close)  # a version restored or a merge: a new story, told afresh
        self.index = 0
        self._lit: str | None = None  # the touchpoint shown lit, the others dimmed
        self._dimmed = None  # the layout whose cards were all dimmed
        self.go_to(0)

    @property
    def jmap(self):
        return self.document.project.find(self.map_id)

    # -- showing -------------------------------------------------------------------

    def start(self, beside: QWidget | None = None) -> None:
        """Full screen, on another screen than ``beside``'s when there is one (the projector)."""
        screens = QGuiApplication.screens()
        here = beside.screen() if beside is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not here]
        screen = others[0] if others else here
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus()
        self._frame()

    def current_touchpoint(self):
        touchpoints = self.jmap.touchpoints
        return touchpoints[self.index] if touchpoints else None

    def go_to(self, index: int) -> None:
        """Make touchpoint ``index`` the current one: selected, the others dimmed, the lines cut there."""
        touchpoints = self.jmap.touchpoints
        self.index = max(0, min(index, len(touchpoints) - 1)) if touchpoints else 0
        current = self.current_touchpoint()
        if self._dimmed is not self.scene.layout:  # first, or the map was laid out (and its cards built) again
            for card in self.scene.cards.values():
                card.setOpacity(DIMMED)
            self._dimmed = self.scene.layout
        self.scene.clearSelection()
        previous = self.scene.cards.get(self._lit)
        if previous is not None:
            previous.setOpacity(DIMMED)
        self._lit = current.id if current is not None else None
        card = self.scene.cards.get(self._lit)
        if card is not None:
            card.setOpacity(1.0)
            card.setSelected(True)
        self.scene.set_story_end(self._lit)
        self.spotlight.setVisible(card is not None)
        if card is not None:
            layout = self.scene.layout
            margin = layout.metrics.margin
            box = card.sceneBoundingRect()
            self.spotlight.setRect(box.left() - 10, margin + layout.metrics.header_height,
                                   box.width() + 20, layout.height - 2 * margin - layout.metrics.header_height)
        self.details.setText(self._details_html(story_page(self.document.project, self.jmap, current))
                             if current is not None else self._empty_html())
        self._frame()

    def _follow(self, _event) -> None:
        """After an edit (the scene has redrawn): the same touchpoint lit, or the one now in its place."""
        if self.document.project.lookup(self.map_id) is None:
            self.close()  # the map itself was deleted
            return
        ids = [t.id for t in self.jmap.touchpoints]
        self.go_to(ids.index(self._lit) if self._lit in ids else self.index)

    def _frame(self) -> None:
        """The whole map's height in view (its width too when it fits), the current card in the middle."""
        rect = self.scene.sceneRect()
        viewport = self.view.viewport().rect()
        if rect.isEmpty() or viewport.isEmpty():
            return
        self.view.set_zoom(min(MAX_ZOOM, (viewport.height() - 16) / rect.height(),
                               max((viewport.width() - 32) / rect.width(), 0.55 * viewport.height() / rect.height())))
        current = self.current_touchpoint()
        card = self.scene.cards.get(current.id) if current is not None else None
        if card is not None:
            self.view.centerOn(card.sceneBoundingRect().center().x(), rect.center().y())
        else:
            self.view.centerOn(rect.center())

    def _details_html(self, page: StoryPage) -> str:
        def items(title: str, texts: list[str], mark: str) -> str:
            if not texts:
                return ""
            rows = "".join(f"<div style='margin-left:8px'>{mark}&nbsp; {escape(t)}</div>" for t in texts)
            return f"<div style='color:{MUTED}; font-size:16px; margin-top:18px'>{escape(title)}</div>{rows}"

        ratings = "".join(f"<div><span style='color:{escape(color)}'>●</span>&nbsp; <b>{escape(name)}</b>: "
                          f"{escape(words)}</div>" for name, color, words in page.ratings)
        columns = "".join((
            f"<div style='color:{MUTED}; font-size:16px; margin-top:18px'>"
            f"{escape(self.tr('Satisfaction'))}</div>{ratings}" if ratings else "",
            items(self.tr("Pain points"), page.pain_points, "▼"),
            items(self.tr("Positive moments"), page.positive_moments, "▲"),
            items(self.tr("Actions"), page.actions, "→")))
        description = f"<div style='font-size:19px; color:{INK}'>{escape(page.description)}</div>" \
            if page.description else ""
        return (f"<div style='font-size:17px; color:{MUTED}'>{escape(page.place)}</div>"
                f"<div style='font-size:32px; font-weight:600; margin-top:6px; margin-bottom:10px'>{escape(page.title)}</div>{description}"
                f"<div style='font-size:21px'>{columns}</div>")

    def _empty_html(self) -> str:
        return f"<div style='font-size:28px'>{escape(self.tr('This map has no touchpoints yet.'))}</div>"

    # -- keys ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, control = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        last = len(self.jmap.touchpoints) - 1
        if key == Qt.Key.Key_Escape or key == Qt.Key.Key_F5:
            self.close()
        elif key == Qt.Key.Key_Down or (control and key in NEXT):
            self.go_to(stage_step(self.jmap, self.index, 1))
        elif key == Qt.Key.Key_Up or (control and key in PREVIOUS):
            self.go_to(stage_step(self.jmap, self.index, -1))
        elif key in NEXT:
            self.go_to(min(self.index + 1, last))
        elif key in PREVIOUS:
            self.go_to(self.index - 1)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(last)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event) -> None:
        self.side.setFixedWidth(max(360, round(SIDE_SHARE * event.size().width())))
        super().resizeEvent(event)
        self._frame()

    def closeEvent(self, event) -> None:
        self.document.changed.disconnect(self._follow)
        self.document.replaced.disconnect(self.close)
        self.scene.detach()
        self.view.setScene(None)
        self.scene.deleteLater()
        super().closeEvent(event)
        self.finished.emit()
