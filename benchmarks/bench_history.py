"""What the history inside a file costs: its size after 200 saves, and the time of each save.

Two projects are saved 200 times each, with a designer's edits between saves (a
touchpoint renamed, a rating changed, a description rewritten; every fifth save a
touchpoint added somewhere, every tenth one moved or removed): the hotel template and a
generated map of 1,000 touchpoints rated by two personas. Each save goes through
``save_project`` with the history the editor holds. Beside it, "without history" is the
same project written as CX Designer 0.x saved it (``write_rows(to_rows(...))``: the same
tables, no revision rows). Then a 10,000-touchpoint project, with 20 saves in its history
already, is saved after one small edit, alternating with a save without history:
the target is within 1.5x.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from bench_project_file import _paired, generated_project

from cxdesigner.interchange.templates import load_template
from cxdesigner.model import RATING, Rating, Touchpoint
from cxdesigner.storage import open_project, read_project, save_project
from cxdesigner.storage.history import History
from cxdesigner.storage.rows import to_rows
from cxdesigner.storage.writer import write_rows

SAVES = 200


def designer_edits(project, rng: random.Random, step: int) -> None:
    """What a designer does between two saves."""
    jmap = project.maps[0]
    tps = jmap.touchpoints
    tp = rng.choice(tps)
    project.update(tp.id, title=f"{tp.title.split(' (')[0]} ({step})")
    if jmap.persona_ids:
        persona = rng.choice(jmap.persona_ids)
        project.set_value(RATING, jmap.id, Rating(touchpoint_id=rng.choice(tps).id, persona_id=persona,
                                           value=rng.choice([jmap.scale.low, jmap.scale.neutral, jmap.scale.high])))
    project.update(rng.choice(tps).id, description=f"Observed in interview {step}.")
    if step % 5 == 0:
        stage = rng.choice(jmap.stages)
        inside = jmap.touchpoints_in(stage.id)
        index = jmap.touchpoints.index(inside[0]) if inside else None
        project.add(Touchpoint(title=f"New touchpoint {step}", stage_id=stage.id), map_id=jmap.id, index=index)
    if step % 10 == 0:
        moved = rng.choice(tps)
        same_stage = jmap.touchpoints_in(moved.stage_id)
        project.move(moved.id, jmap.touchpoints.index(same_stage[-1]))
    if step % 10 == 5 and len(tps) > 5:
        project.remove(rng.choice(tps).id)


def two_hundred_saves(project, folder: Path, label: str) -> tuple[str, float, float, int, int]:
    rng = random.Random(7)
    ours, plain = folder / f"{label}.cxd", folder / f"{label}-plain.cxd"
    history = History()
    mine, theirs = [], []
    for step in range(SAVES):
        designer_edits(project, rng, step)
        start = time.perf_counter()
        save_project(project, ours, history=history)
        mine.append(time.perf_counter() - start)
        start = time.perf_counter()
        write_rows(to_rows(project), plain)
        theirs.append(time.perf_counter() - start)
    opened = read_project(ours)
    assert len(opened.history.revisions) == SAVES and opened.project == project
    first = next(iter(opened.history.revisions))
    assert opened.history.project_of(first) is not None
    return (label, statistics.median(mine), statistics.median(theirs), os.path.getsize(ours),
            os.path.getsize(plain))


def run() -> list[tuple]:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        rows = [two_hundred_saves(load_template("hotel"), folder, "hotel template"),
                two_hundred_saves(generated_project(1_000), folder, "1,000 touchpoints")]
        print(f"History: {SAVES} saves, each after a few edits; median save time and final file size")
        print(f"  {'':18} {'save':>8} {'without':>8} {'ratio':>6} {'file':>10} {'without':>10} {'ratio':>6}")
        for label, mine, theirs, size, plain in rows:
            print(f"  {label:18} {mine * 1000:5.1f} ms {theirs * 1000:5.1f} ms {mine / theirs:5.2f}x "
                  f"{size / 1e3:7.0f} kB {plain / 1e3:7.0f} kB {size / plain:5.2f}x")
        large = generated_project()
        path, plain = folder / "large.cxd", folder / "large-plain.cxd"
        history = History()
        rng = random.Random(3)
        for step in range(20):
            designer_edits(large, rng, step)
            save_project(large, path, history=history)
        step = iter(range(20, 10_000))

        def ours():
            designer_edits(large, rng, next(step))
            save_project(large, path, history=history)

        def without():
            write_rows(to_rows(large), plain)

        mine, theirs, ratio = _paired(ours, without)
        editor_open = statistics.median(_timed(lambda: read_project(path)) for _ in range(5))
        plain_open = statistics.median(_timed(lambda: open_project(path)) for _ in range(5))
        verdict = "ok" if ratio <= 1.5 else "MISSED"
        print(f"  10,000 touchpoints, 21st save: {mine * 1000:.0f} ms, without history {theirs * 1000:.0f} ms, "
              f"{ratio:.2f}x   target: within 1.5x   {verdict}")
        print(f"  opening it in the editor (its history and the head's snapshot): {editor_open * 1000:.0f} ms, "
              f"open_project alone {plain_open * 1000:.0f} ms")
    return rows


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


if __name__ == "__main__":
    run()
