"""Opening and saving a 10,000-touchpoint project, beside raw sqlite3 on the same rows.

The floor is what sqlite3 alone needs to write (``executemany`` in one
transaction) and read back (``fetchall``) exactly the rows our file holds, in
the same run on the same machine. Medians of several runs are printed.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from cxdesigner.model import JourneyMap, Persona, Project, Rating, Stage, Touchpoint
from cxdesigner.storage import open_project, save_project
from cxdesigner.storage.history import History
from cxdesigner.storage.rows import to_rows
from sqlalchemy.schema import CreateTable

from cxdesigner.storage.schema import metadata, sql

TOUCHPOINTS = 10_000
RUNS = 9


def generated_project(count: int = TOUCHPOINTS) -> Project:
    """One map, 10 stages, ``count`` touchpoints, two personas rating every touchpoint."""
    personas = [Persona(name="Anna"), Persona(name="Ben")]
    stages = [Stage(name=f"Stage {i + 1}") for i in range(10)]
    touchpoints = [Touchpoint(title=f"Touchpoint {i + 1}", stage_id=stages[i * 10 // count].id,
                              description="A contact between customer and organisation.",
                              customer_action="Clicks", thoughts="Is this right?", feelings="Curious")
                   for i in range(count)]
    jmap = JourneyMap(name="Large journey", persona_ids=[p.id for p in personas], stages=stages,
                      touchpoints=touchpoints)
    for i, tp in enumerate(touchpoints):
        for k, persona in enumerate(personas):
            jmap.ratings[(tp.id, persona.id)] = Rating(touchpoint_id=tp.id, persona_id=persona.id,
                                                       value=1 + (i * (k + 3)) % 5)
    return Project(name="Benchmark", personas=personas, maps=[jmap])


def _paired(ours, floor, runs: int = RUNS) -> tuple[float, float, float]:
    """Median seconds of each, and the median of per-pair ratios.

    The two alternate, so a slow spell of a shared machine hits both alike.
    """
    mine, base = [], []
    for _ in range(runs):
        for action, times in ((ours, mine), (floor, base)):
            start = time.perf_counter()
            action()
            times.append(time.perf_counter() - start)
    ratios = [m / b for m, b in zip(mine, base)]
    return statistics.median(mine), statistics.median(base), statistics.median(ratios)


def _raw_write(path: Path, rows) -> None:
    """The same tables (same DDL), the same rows as tuples, one executemany each."""
    if path.exists():
        path.unlink()
    db = sqlite3.connect(path)
    with db:
        for table in metadata.sorted_tables:
            db.execute(sql(CreateTable(table)))
        for table, table_rows in rows.items():
            db.executemany(f'INSERT INTO "{table.name}" VALUES ({", ".join("?" * len(table.columns))})',
                           table_rows)
    db.close()


def _raw_read(path: Path, tables) -> None:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    for table in tables:
        db.execute(f'SELECT * FROM "{table.name}"').fetchall()
    db.close()


def run() -> list[tuple[str, float, float, float]]:
    project = generated_project()
    rows = {t: [r if isinstance(r, tuple) else tuple(r.get(c.name) for c in t.columns) for r in rs]
            for t, rs in to_rows(project).items() if rs}
    with tempfile.TemporaryDirectory() as folder:
        ours, floor = Path(folder) / "ours.cxd", Path(folder) / "floor.sqlite"
        history = History()  # as the editor holds it: the file is not read again before each save
        save = _paired(lambda: save_project(project, ours, history=history), lambda: _raw_write(floor, rows))
        opened = _paired(lambda: open_project(ours), lambda: _raw_read(floor, rows))
        assert open_project(ours) == project
        size = os.path.getsize(ours)
    print(f"Project file, {TOUCHPOINTS:,} touchpoints and {len(project.maps[0].ratings):,} ratings "
          f"({size / 1e6:.1f} MB), median of {RUNS} runs")
    results = [("save", *save), ("open", *opened)]
    print(f"  {'':6} {'ours':>9} {'sqlite3 floor':>14} {'ratio':>7}   target: within 4x and under 0.5 s")
    for name, mine, base, ratio in results:
        verdict = "ok" if ratio <= 4 and mine < 0.5 else "MISSED"
        print(f"  {name:6} {mine * 1000:7.0f} ms {base * 1000:11.0f} ms {ratio:6.1f}x   {verdict}")
    return results


if __name__ == "__main__":
    run()
