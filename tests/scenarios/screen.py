"""What the window shows, read back as a person sees it.

Offscreen Qt keeps each window's last painted pixels; ``stale_pixels`` compares them
with a fresh painting of the same window. Any difference is drawing left behind: a
piece of line or a column still on screen after the model moved on.
"""

from PySide6.QtGui import QImage
from PySide6.QtTest import QTest


def stale_pixels(window, settle_ms: int = 350) -> int:
    """How many pixels of the map's viewport differ from a fresh painting of it."""
    QTest.qWait(settle_ms)  # slides and deferred repaints finish
    viewport = window.view.viewport()
    area = viewport.rect().translated(viewport.mapTo(window, viewport.rect().topLeft()))
    shown = window.screen().grabWindow(window.winId()).toImage().copy(area)
    fresh = window.grab().toImage().copy(area)
    shown = shown.convertToFormat(QImage.Format.Format_RGB32)
    fresh = fresh.convertToFormat(QImage.Format.Format_RGB32)
    assert shown.size() == fresh.size()
    return sum(shown.pixel(x, y) != fresh.pixel(x, y)
               for y in range(0, shown.height(), 2) for x in range(0, shown.width(), 2))
