"""A full map: 1,000 touchpoints with every lane on and long texts, opened and dragged.

- Open + first paint: the document, its journey scene (every card, chip, cell and lane
  laid out with its whole text) and a shown, painted view.
- Drag step: one pointer move dragging a satisfaction handle, as in bench_editor.py.

The floor is a bare QGraphicsScene holding the same texts as plain wrapped text items,
shown and painted; the drag's floor is bench_editor's bare scene. ``--baseline REV``
also runs the same measurement on an earlier commit (checked out in a temporary git
worktree), so the map that says everything is compared with the map that said less.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsTextItem, QGraphicsView  # noqa: E402

COUNT = 1000
RUNS = 5
HERE = Path(__file__).resolve().parent
SENTENCE = "The guest waits at the desk while the night porter looks for the booking in two systems"


def long_text(words: int, seed: int) -> str:
    chosen = (SENTENCE.split() * (words // 16 + 1))[seed % 7:seed % 7 + words]
    return " ".join(chosen)


def full_project(count: int = COUNT):
    """One map of ``count`` touchpoints, two personas rating each, every lane on, long texts."""
    from cxdesigner import model
    personas = [model.Persona(name="Anna"), model.Persona(name="Ben")]
    stages = [model.Stage(name=f"Stage {i + 1}") for i in range(10)]
    jmap = model.JourneyMap(name="Full journey", persona_ids=[p.id for p in personas], stages=stages,
                            lanes=list(model.Lane))
    jmap.touchpoints = [model.Touchpoint(title="", stage_id=stages[i * 10 // count].id) for i in range(count)]
    for i, touchpoint in enumerate(jmap.touchpoints):
        for k, persona in enumerate(personas):
            jmap.ratings[(touchpoint.id, persona.id)] = model.Rating(
                touchpoint_id=touchpoint.id, persona_id=persona.id, value=1 + (i * (k + 3)) % 5)
    project = model.Project(name="Benchmark", personas=personas, maps=[jmap])
    for i, touchpoint in enumerate(jmap.touchpoints):
        touchpoint.title = long_text(10, i)
        touchpoint.customer_action = touchpoint.thoughts = touchpoint.feelings = long_text(20, i)
        jmap.pain_points.append(model.PainPoint(text=long_text(40, i), touchpoint_ids=[touchpoint.id]))
        if i % 4 == 0:
            jmap.positive_moments.append(model.PositiveMoment(text=long_text(25, i), touchpoint_id=touchpoint.id))
        if i % 5 == 0:
            jmap.actions.append(model.Action(text=long_text(60, i), touchpoint_id=touchpoint.id))
    if hasattr(model, "CustomLane"):  # the lanes of a map's own, where the code has them
        says = model.CustomLane(title="Customer says")
        wait = model.CustomLane(title="Wait", kind=model.LaneKind.METRIC, unit="min")
        faces = model.CustomLane(title="How they feel", kind=model.LaneKind.EMOTION)
        jmap.custom_lanes += [says, wait, faces]
        jmap.lanes += [says.id, wait.id, faces.id]
        for i, touchpoint in enumerate(jmap.touchpoints):
            jmap.cells.append(model.LaneCell(lane_id=says.id, touchpoint_id=touchpoint.id, text=long_text(30, i)))
            jmap.cells.append(model.LaneCell(lane_id=wait.id, touchpoint_id=touchpoint.id, number=float(i % 40)))
    assert not project.problems(), project.problems()[:3]
    return project


def open_and_paint(project) -> tuple[float, object]:
    """Seconds from the document to a painted view of it, and the view."""
    from cxdesigner.canvas.editing_scene import EditingScene
    from cxdesigner.canvas.view import JourneyView
    from cxdesigner.editor.document import Document

    began = time.perf_counter()
    document = Document(project)
    scene = EditingScene(document, project.maps[0].id)
    view = _painted(JourneyView(scene))
    return time.perf_counter() - began, view


def _painted(view: QGraphicsView) -> QGraphicsView:
    """``view`` shown at 1600 x 900 and painted once."""
    view.resize(1600, 900)
    view.show()
    QTest.qWaitForWindowExposed(view)
    view.viewport().repaint()
    QApplication.processEvents()
    return view


def floor_open(project) -> float:
    """Seconds to show and paint a bare scene holding the same texts, wrapped to card width."""
    jmap = project.maps[0]
    texts = [t.title for t in jmap.touchpoints] + [p.text for p in jmap.pain_points]
    texts += [a.text for a in jmap.actions] + [m.text for m in jmap.positive_moments]
    began = time.perf_counter()
    scene = QGraphicsScene()
    for i, text in enumerate(texts):
        item = QGraphicsTextItem(text)
        item.setTextWidth(160)
        item.setPos((i % len(jmap.touchpoints)) * 176, 120 * (i // len(jmap.touchpoints)))
        scene.addItem(item)
    view = _painted(QGraphicsView(scene))
    seconds = time.perf_counter() - began
    view.close()
    return seconds


def measure() -> dict[str, float]:
    """This checkout's figures: open + first paint and the drag step (medians, seconds)."""
    from bench_editor import _per_step
    from PySide6.QtCore import QPointF

    opens, floors, view = [], [], None
    for _ in range(RUNS):
        if view is not None:
            view.close()
        project = full_project()
        seconds, view = open_and_paint(project)
        opens.append(seconds)
        floors.append(floor_open(full_project()))
    scene = view.scene()
    jmap = project.maps[0]
    handle = scene.lines[jmap.persona_ids[0]].handles[jmap.touchpoints[COUNT // 2].id]
    view.centerOn(handle)
    drag = _per_step(view, QPointF(view.mapFromScene(handle.scenePos())), 60)
    view.close()
    return {"open": statistics.median(opens), "open_floor": statistics.median(floors), "drag": drag}


def baseline(revision: str) -> dict[str, float]:
    """The same figures measured on ``revision``, in its own process and checkout."""
    root = HERE.parent
    with tempfile.TemporaryDirectory() as folder:
        checkout = Path(folder) / "baseline"
        subprocess.run(["git", "-C", str(root), "worktree", "add", "--detach", str(checkout), revision],
                       check=True, capture_output=True)
        try:
            env = dict(os.environ, PYTHONPATH=f"{checkout}{os.pathsep}{HERE}")
            done = subprocess.run([sys.executable, str(Path(__file__)), "--json"], env=env, cwd=checkout,
                                  capture_output=True, text=True)
            if done.returncode:
                raise SystemExit(f"The baseline at {revision} failed:\n{done.stderr}")
            return json.loads(done.stdout.strip().splitlines()[-1])
        finally:
            subprocess.run(["git", "-C", str(root), "worktree", "remove", "--force", str(checkout)],
                           capture_output=True)


def run(revision: str | None = None) -> None:
    QApplication.instance() or QApplication([])
    ours = measure()
    print(f"Full map: {COUNT:,} touchpoints, every lane on, long texts (medians of {RUNS})")
    print(f"  open + first paint {ours['open'] * 1000:7.0f} ms, bare scene of the same texts "
          f"{ours['open_floor'] * 1000:.0f} ms, {ours['open'] / ours['open_floor']:.1f}x")
    print(f"  drag step          {ours['drag'] * 1000:7.2f} ms")
    if revision:
        then = baseline(revision)
        for key, name in (("open", "open + first paint"), ("drag", "drag step")):
            ratio = ours[key] / then[key]
            print(f"  {name} at {revision}: {then[key] * 1000:.2f} ms, now {ratio:.2f}x "
                  f"(target: at most 1.5x)  {'ok' if ratio <= 1.5 else 'MISSED'}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", metavar="REV", help="also measure this earlier commit")
    parser.add_argument("--json", action="store_true", help="print this checkout's figures as JSON")
    options = parser.parse_args()
    if options.json:
        QApplication([])
        print(json.dumps(measure()))
    else:
        run(options.baseline)
