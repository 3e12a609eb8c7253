"""The map for assistive technology on a map of 1,000 touchpoints.

- Walk step: Tab to the next card in the editor's view (1600 x 900): selection, the
  accessible Focus event with the card's name and description, the focus ring and the
  view scrolled to the card, repainted. The floor is the same step with the accessible
  announcement switched off (selection, scroll and repaint alone).
- Reading the map: what a screen reader does on first meeting the map, every child's
  name and description; beside a floor that reads the same items' titles and texts
  straight from the scene.
Steps and floors alternate; medians, and the median of the per-pair ratios.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

COUNT = 1000
STEPS = 60


def _view():
    from bench_project_file import generated_project

    from cxdesigner.canvas.editing_scene import EditingScene
    from cxdesigner.canvas.view import JourneyView
    from cxdesigner.editor.document import Document

    document = Document(generated_project(COUNT))
    scene = EditingScene(document, document.project.maps[0].id)
    view = JourneyView(scene)
    view.resize(1600, 900)
    view.show()
    QTest.qWaitForWindowExposed(view)
    view.setFocus()
    QApplication.processEvents()
    return view, scene


def walk(view) -> tuple[float, float, float]:
    from cxdesigner.canvas import accessible

    app, announce = QApplication.instance(), accessible.announce_focus
    ours, floors, ratios = [], [], []
    for step in range(STEPS):
        began = time.perf_counter()
        QTest.keyClick(view.viewport(), Qt.Key.Key_Tab)
        app.processEvents()
        mine = time.perf_counter() - began
        accessible.announce_focus = lambda view: view.viewport().update()
        began = time.perf_counter()
        QTest.keyClick(view.viewport(), Qt.Key.Key_Tab)
        app.processEvents()
        floor = time.perf_counter() - began
        accessible.announce_focus = announce
        if step:
            ours.append(mine)
            floors.append(floor)
            ratios.append(mine / floor)
    return statistics.median(ours), statistics.median(floors), statistics.median(ratios)


def read(view, scene) -> tuple[float, float, float]:
    from cxdesigner.canvas.accessible import map_items

    name, description = QAccessible.Text.Name, QAccessible.Text.Description
    ours, floors = [], []
    for _ in range(3):
        began = time.perf_counter()
        port = QAccessible.queryAccessibleInterface(view.viewport())
        said = [(c.text(name), c.text(description)) for c in (port.child(i) for i in range(port.childCount()))]
        ours.append(time.perf_counter() - began)
        began = time.perf_counter()
        items = [scene.cards[k[1]] if i is None else i for k, i in map_items(scene)]  # a card is named by its key
        plain = [(getattr(i, "touchpoint", None), getattr(i, "text", "")) for i in items]
        floors.append(time.perf_counter() - began)
        assert len(said) == len(plain)
    return statistics.median(ours), statistics.median(floors), len(said)


def run() -> None:
    QApplication.instance() or QApplication([])
    view, scene = _view()
    mine, floor, ratio = walk(view)
    print(f"Keyboard walk step on {COUNT:,} touchpoints, median of {STEPS - 1}\n"
          f"  ours {mine * 1000:.1f} ms, without the accessible announcement {floor * 1000:.1f} ms, {ratio:.2f}x")
    mine, floor, children = read(view, scene)
    print(f"Reading every accessible child ({children:,}) of the map\n"
          f"  ours {mine * 1000:.0f} ms, the items' own texts {floor * 1000:.0f} ms, {mine / floor:.1f}x")
    view.close()


if __name__ == "__main__":
    run()
