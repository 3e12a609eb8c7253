"""The editor's responsiveness: a rating drag step, start-up, and memory.

- Drag step: one pointer move over a satisfaction handle (event dispatch, curve
  redraw, and the view's repaint of what changed), on maps of 100 and 1,000
  touchpoints, beside a bare QGraphicsScene dragging one item among as many.
- Start-up: process start to a shown, painted editor on the hotel sample,
  beside a process that imports the same libraries and shows an empty window.
- Memory: peak resident size with a 1,000-touchpoint map open and scrolled
  from end to end.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QMouseEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsEllipseItem, QGraphicsScene, QGraphicsView  # noqa: E402

STEPS = 300
SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "samples" / "hotel.cxd"


def _move(view: QGraphicsView, point: QPointF, buttons) -> None:
    event = QMouseEvent(QEvent.Type.MouseMove, point, QPointF(view.viewport().mapToGlobal(point.toPoint())),
                        Qt.MouseButton.NoButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def _press(view: QGraphicsView, point: QPointF, kind=QEvent.Type.MouseButtonPress) -> None:
    left = Qt.MouseButton.LeftButton
    event = QMouseEvent(kind, point, QPointF(view.viewport().mapToGlobal(point.toPoint())), left,
                        left if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), event)


def _per_step(view: QGraphicsView, start: QPointF, amplitude: float) -> float:
    """Median seconds per pointer move of a press-drag-release at ``start``."""
    app = QApplication.instance()
    _press(view, start)
    times = []
    for step in range(STEPS):
        point = QPointF(start.x(), start.y() + amplitude * ((step % 20) - 10) / 10)
        began = time.perf_counter()
        _move(view, point, Qt.MouseButton.LeftButton)
        app.processEvents()  # the view repaints what the step changed, as on screen
        times.append(time.perf_counter() - began)
    _press(view, start, QEvent.Type.MouseButtonRelease)
    return statistics.median(times)


def drag_step(count: int, project=None, runs: int = 1) -> tuple[float, float]:
    """Median seconds per step, ours and the bare scene's: ``runs`` drags of each, alternating.

    ``project`` (one map of ``count`` touchpoints) defaults to ``generated_project(count)``.
    """
    from bench_project_file import generated_project

    from cxdesigner.canvas.editing_scene import EditingScene
    from cxdesigner.canvas.view import JourneyView
    from cxdesigner.editor.document import Document

    document = Document(project if project is not None else generated_project(count))
    jmap = document.project.maps[0]
    scene = EditingScene(document, jmap.id)
    view = JourneyView(scene)
    view.resize(1600, 900)
    view.show()
    QTest.qWaitForWindowExposed(view)
    handle = scene.lines[jmap.persona_ids[0]].handles[jmap.touchpoints[count // 2].id]
    view.centerOn(handle)
    start = QPointF(view.mapFromScene(handle.scenePos()))

    bare = QGraphicsScene()
    items = []
    for i in range(count):
        item = QGraphicsEllipseItem(-7, -7, 14, 14)
        item.setPos(i * 176, 300)
        item.setFlag(QGraphicsEllipseItem.GraphicsItemFlag.ItemIsMovable)
        bare.addItem(item)
        items.append(item)
    floor_view = QGraphicsView(bare)
    floor_view.resize(1600, 900)
    floor_view.show()
    QTest.qWaitForWindowExposed(floor_view)
    floor_view.centerOn(items[count // 2])
    floor_start = QPointF(floor_view.mapFromScene(items[count // 2].scenePos()))
    mine, base = [], []
    for _ in range(runs):
        mine.append(_per_step(view, start, 60))
        base.append(_per_step(floor_view, floor_start, 60))
    view.close()
    floor_view.close()
    return statistics.median(mine), statistics.median(base)


STARTUP_OURS = """
import sys, time
from cxdesigner.app import create_application
from cxdesigner.editor.document import Document
from cxdesigner.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
app = create_application()
window = MainWindow(Document.open(sys.argv[1]), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
window.repaint()
app.processEvents()
"""

STARTUP_FLOOR = """
import sys
import numpy, pyqtgraph, sqlalchemy, sqlite3
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 860)
window.show()
window.repaint()
app.processEvents()
"""


def startup(runs: int = 7) -> tuple[float, float, float]:
    """Median wall time of whole processes, ours and the floor alternating; median ratio."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    mine, base = [], []
    with tempfile.TemporaryDirectory() as folder:
        settings = str(Path(folder) / "settings.ini")
        for _ in range(runs):
            for script, times in ((STARTUP_OURS, mine), (STARTUP_FLOOR, base)):
                began = time.perf_counter()
                subprocess.run([sys.executable, "-c", script, str(SAMPLE), settings], check=True, env=env)
                times.append(time.perf_counter() - began)
    ratios = [m / b for m, b in zip(mine, base)]
    return statistics.median(mine), statistics.median(base), statistics.median(ratios)


MEMORY = """
import resource, sys
sys.path.insert(0, sys.argv[1])
from bench_project_file import generated_project
from PySide6.QtCore import QSettings
from cxdesigner.app import create_application
from cxdesigner.editor.document import Document
from cxdesigner.ui.main_window import MainWindow
app = create_application()
window = MainWindow(Document(generated_project(1000)), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.resize(1600, 900)
window.show()
bar = window.view.horizontalScrollBar()
for value in range(bar.minimum(), bar.maximum() + 1, max(1, bar.pageStep() // 2)):
    bar.setValue(value)
    window.view.viewport().repaint()
    app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def peak_memory_mb() -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run([sys.executable, "-c", MEMORY, str(Path(__file__).parent),
                                 str(Path(folder) / "s.ini")], check=True, env=env, capture_output=True, text=True)
    return float(result.stdout.strip().splitlines()[-1])


def run() -> list:
    """Print every figure; return the headline one for run.py's table: start to a painted window."""
    from targets import Figure

    QApplication.instance() or QApplication([])
    print(f"Rating drag step, median of {STEPS} pointer moves (target: under 4 ms at 1,000 touchpoints)")
    print(f"  {'touchpoints':>11} {'ours':>9} {'bare scene':>11} {'ratio':>6}")
    for count in (100, 1000):
        ours, floor = drag_step(count)
        verdict = "ok" if count < 1000 or ours < 0.004 else "MISSED"
        print(f"  {count:>11} {ours * 1000:6.2f} ms {floor * 1000:8.2f} ms {ours / floor:5.1f}x  {verdict}")
    mine, base, ratio = startup()
    verdict = "ok" if ratio < 1.3 else "MISSED"
    print(f"Start-up to a painted window on the hotel sample (target: under 1.3x the floor)\n"
          f"  ours {mine * 1000:.0f} ms, QApplication + same imports {base * 1000:.0f} ms, {ratio:.2f}x  {verdict}")
    memory = peak_memory_mb()
    print(f"Peak memory, 1,000 touchpoints open and scrolled end to end (target: under 300 MB)\n"
          f"  {memory:.0f} MB  {'ok' if memory < 300 else 'MISSED'}")
    return [Figure("start to a painted hotel map (floor: same imports)", mine * 1000, base * 1000, 500, runs=7)]


if __name__ == "__main__":
    run()
