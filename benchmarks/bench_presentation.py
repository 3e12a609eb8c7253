"""Presentation mode: one step to the next touchpoint on a map of 1,000 touchpoints.

A step (a key press) lights the next card, dims the last, cuts both satisfaction lines
at the new point, writes its details and brings it to the middle of a 1600 x 900 view,
which repaints. The floor is that repaint alone: the same view scrolled by the same
distance with nothing else changed, which any step must pay. Steps and floors alternate;
medians, and the median of the per-pair ratios.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

COUNT = 1000
STEPS = 120


def step_and_floor() -> tuple[float, float, float]:
    from bench_project_file import generated_project

    from cxdesigner.editor.document import Document
    from cxdesigner.ui.presentation import Presentation

    app = QApplication.instance()
    document = Document(generated_project(COUNT))
    jmap = document.project.maps[0]
    presentation = Presentation(document, jmap.id, set())
    presentation.resize(1600, 900)
    presentation.show()
    QTest.qWaitForWindowExposed(presentation)
    app.processEvents()
    view, cards = presentation.view, presentation.scene.cards
    ours, floors, ratios = [], [], []
    for step in range(STEPS):
        began = time.perf_counter()
        QTest.keyClick(presentation, Qt.Key.Key_Right)
        app.processEvents()
        mine = time.perf_counter() - began
        current = presentation.index
        after = cards[jmap.touchpoints[min(current + 1, COUNT - 1)].id]
        back = cards[jmap.touchpoints[current].id]
        began = time.perf_counter()
        view.centerOn(after.sceneBoundingRect().center().x(), view.mapToScene(view.viewport().rect().center()).y())
        app.processEvents()
        floor = time.perf_counter() - began
        view.centerOn(back.sceneBoundingRect().center().x(), view.mapToScene(view.viewport().rect().center()).y())
        app.processEvents()
        if step:  # the first step pays for first paints
            ours.append(mine)
            floors.append(floor)
            ratios.append(mine / floor)
    presentation.close()
    return statistics.median(ours), statistics.median(floors), statistics.median(ratios)


def run() -> None:
    QApplication.instance() or QApplication([])
    mine, floor, ratio = step_and_floor()
    verdict = "ok" if mine < 0.05 else "MISSED"
    print(f"Presentation step on {COUNT:,} touchpoints, median of {STEPS - 1} (target: under 50 ms)\n"
          f"  ours {mine * 1000:.1f} ms, the repaint of the same scroll {floor * 1000:.1f} ms, {ratio:.2f}x  {verdict}")


if __name__ == "__main__":
    run()
