"""Real mouse gestures on a view's viewport, as a user's pointer sends them."""

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

LEFT = Qt.MouseButton.LeftButton


def _send(view, kind, point: QPoint, button, buttons, modifiers=Qt.KeyboardModifier.NoModifier):
    viewport = view.viewport()
    local = QPointF(point)
    event = QMouseEvent(kind, local, QPointF(viewport.mapToGlobal(point)), button, buttons, modifiers)
    QApplication.sendEvent(viewport, event)


def view_point(view, scene_point: QPointF) -> QPoint:
    return view.mapFromScene(scene_point)


def press(view, point, modifiers=Qt.KeyboardModifier.NoModifier):
    _send(view, QEvent.Type.MouseButtonPress, point, LEFT, LEFT, modifiers)


def move(view, point):
    _send(view, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, LEFT)


def release(view, point):
    _send(view, QEvent.Type.MouseButtonRelease, point, LEFT, Qt.MouseButton.NoButton)


def drag(view, start: QPoint, end: QPoint, steps: int = 8, during=None, during_step: int | None = None):
    """Press at ``start``, move in ``steps`` to ``end`` (calling ``during()`` after
    move ``during_step``, by default halfway), release."""
    press(view, start)
    for i in range(1, steps + 1):
        point = start + (end - start) * (i / steps)
        move(view, point)
        if during is not None and i == (during_step or steps // 2):
            during()
    release(view, end)
