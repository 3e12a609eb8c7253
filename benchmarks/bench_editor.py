"""The editor's responsiveness: a rating drag step, start-up, and memory.

- Drag step: one pointer move over a satisfaction handle (event dispatch, curve
  redraw, and the view's repaint of what changed), on maps of 100 and 1,000
  touchpoints, beside a bare QGraphicsScene dragging one item among as many.
- Start-up: process start to the first painted map of ``python -m cxdesigner``
  on the hotel sample, beside a bare QApplication and QMainWindow shown and painted.
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


#: What both start scripts share: ``FirstPaint(widget, app)`` quits ``app`` once ``widget`` has been
#: painted, noting when in ``marks``.
FIRST_PAINT = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
marks = {}
class FirstPaint(QObject):
    def __init__(self, watched, app):
        super().__init__()
        self.watched, self.app = watched, app
        watched.installEventFilter(self)
    def eventFilter(self, watched, event):
        if watched is self.watched and event.type() == QEvent.Type.Paint and "paint" not in marks:
            # after this paint has reached the window
            QTimer.singleShot(0, lambda: (marks.setdefault("paint", time.perf_counter()), self.app.quit()))
        return False
"""

#: ``python -m cxdesigner FILE`` as a user starts it, told to quit once the map has been painted.
#: It prints when the imports were done, the file read, the window shown and the map painted.
STARTUP_OURS = FIRST_PAINT + """
from PySide6.QtWidgets import QApplication
def exec_(app):
    from cxdesigner.ui.main_window import MainWindow
    watcher = FirstPaint(MainWindow.open_windows()[0].view.viewport(), app)
    marks["window"] = time.perf_counter()
    return run_loop()
run_loop = QApplication.exec
QApplication.exec = exec_
import cxdesigner.app, cxdesigner.ui.main_window, cxdesigner.storage.recovery  # what app.run imports first
import cxdesigner.ui.error_guard, cxdesigner.ui.recovery_dialog
from cxdesigner.editor.document import Document
marks["imports"] = time.perf_counter()
opened = Document.open.__func__
def timed_open(cls, *args, **kwargs):
    marks["read start"] = time.perf_counter()
    try:
        return opened(cls, *args, **kwargs)
    finally:
        marks["read"] = time.perf_counter()
Document.open = classmethod(timed_open)
from cxdesigner.cli import main
code = main([sys.argv[1]])
print(" ".join(f"{name.replace(' ', '_')}={value!r}" for name, value in marks.items()))
sys.exit(code)
"""

#: A bare QApplication and QMainWindow, shown and painted once.
STARTUP_FLOOR = FIRST_PAINT + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 860)
watcher = FirstPaint(window, app)
window.show()
app.exec()
print(f"paint={marks['paint']!r}")
"""


def _start_once(script: str, env: dict[str, str], *args: str) -> dict[str, float]:
    """Seconds from launching a process to each mark it prints (the clock is the system's monotonic one)."""
    began = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", script, *args], check=True, env=env, capture_output=True,
                            text=True)
    line = result.stdout.strip().splitlines()[-1]
    return {name: float(value) - began for name, value in (part.split("=") for part in line.split())}


def startup(runs: int = 9) -> dict[str, float]:
    """Medians over ``runs`` of process start to the first painted map (``python -m cxdesigner hotel.cxd``)
    and to a bare painted QMainWindow, the two alternating; the median ratio; and where our time goes.

    Bytecode is written and used, as in an installed package: one uncounted run of each warms it.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    mine, base = [], []
    with tempfile.TemporaryDirectory() as folder:
        env["XDG_CONFIG_HOME"] = env["XDG_DATA_HOME"] = env["XDG_STATE_HOME"] = folder  # no user's settings
        _start_once(STARTUP_OURS, env, str(SAMPLE))
        _start_once(STARTUP_FLOOR, env)
        for _ in range(runs):
            mine.append(_start_once(STARTUP_OURS, env, str(SAMPLE)))
            base.append(_start_once(STARTUP_FLOOR, env)["paint"])
    def median(name: str) -> float:
        return statistics.median(m[name] for m in mine)
    return {"ours": median("paint"), "floor": statistics.median(base),
            "ratio": statistics.median(m["paint"] / b for m, b in zip(mine, base)),
            "imports": median("imports"), "read": statistics.median(m["read"] - m["read_start"] for m in mine),
            "window": statistics.median(m["window"] - m["imports"] for m in mine),
            "first paint": statistics.median(m["paint"] - m["window"] for m in mine), "runs": runs}


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
    figures = startup()
    verdict = "ok" if figures["ours"] <= 0.5 else "MISSED"
    print(f"Start to a painted hotel map, python -m cxdesigner, median of {figures['runs']} (target: 0.5 s)\n"
          f"  ours {figures['ours'] * 1000:.0f} ms, bare QApplication + QMainWindow {figures['floor'] * 1000:.0f} ms, "
          f"{figures['ratio']:.1f}x  {verdict}\n"
          f"  of which: imports {figures['imports'] * 1000:.0f} ms, file read {figures['read'] * 1000:.0f} ms, "
          f"window built and shown {figures['window'] * 1000:.0f} ms (read included), "
          f"first paint {figures['first paint'] * 1000:.0f} ms")
    memory = peak_memory_mb()
    print(f"Peak memory, 1,000 touchpoints open and scrolled end to end (target: under 300 MB)\n"
          f"  {memory:.0f} MB  {'ok' if memory < 300 else 'MISSED'}")
    return [Figure("start to a painted hotel map", figures["ours"] * 1000, figures["floor"] * 1000, 500,
                   runs=figures["runs"])]


if __name__ == "__main__":
    run()
