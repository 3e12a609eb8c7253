"""Large valid inputs, where a user meets them: a JSON import of a project with a million survey
answers, opening the file it makes, and 10,000- and 20,000-touchpoint maps exported to SVG and PDF.

Each figure stands beside a floor from the same run: for the import, ``json.loads`` of the same
text plus raw ``sqlite3`` inserting the same rows (what parsing and storing cost at the least);
for opening, raw ``sqlite3`` reading every row; for exports, the same scene built and painted
once into an A4-at-150-dpi ``QImage``. Medians of paired runs. Memory is the peak resident size
of the real command, in a process of its own.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_export import _floor as _one_paint  # noqa: E402
from bench_project_file import _paired, _raw_read, _raw_write, generated_project  # noqa: E402

from cxdesigner.interchange.json_form import dumps, loads  # noqa: E402
from cxdesigner.interchange.templates import load_template  # noqa: E402
from cxdesigner.model import SurveyAnswer, SurveyDataset  # noqa: E402
from cxdesigner.storage import open_project, save_project  # noqa: E402
from cxdesigner.storage.rows import to_rows  # noqa: E402

ANSWERS = (600_000, 1_000_000)
TOUCHPOINTS = (10_000, 20_000)
RUNS = 3
TARGET_SECONDS, TARGET_MB = 5.0, 1024


def surveyed_project(answers: int):
    """The hotel project with one survey of ``answers`` answers (a respondent answering all nine touchpoints)."""
    project = load_template("hotel")
    jmap = project.maps[0]
    questions = {t.title: t.id for t in jmap.touchpoints}
    titles = list(questions)
    project.surveys.append(SurveyDataset(
        name="Big survey", map_id=jmap.id, question_touchpoints=questions,
        answers=[SurveyAnswer(respondent=f"R{i // len(titles)}", question=titles[i % len(titles)],
                              value=float(1 + i % 5), segment="Business" if i % 3 else "Family")
                 for i in range(answers)]))
    return project


def peak_mb(*args: str) -> tuple[float, int]:
    """Seconds and peak resident megabytes of ``cxdesigner ARGS`` in a fresh process."""
    probe = ("import resource, subprocess, sys, time; start = time.perf_counter(); "
             "code = subprocess.run([sys.executable, '-m', 'cxdesigner', *sys.argv[1:]], capture_output=True)"
             ".returncode; print(time.perf_counter() - start, code, "
             "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)")
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True).stdout
    seconds, code, megabytes = out.split()
    assert code == "0", args
    return float(seconds), int(megabytes)


def _verdict(seconds: float, megabytes: int) -> str:
    return "ok" if seconds <= TARGET_SECONDS and megabytes <= TARGET_MB else "MISSED"


def _heading(title: str, floor: str) -> None:
    print(f"{title}, median of {RUNS} runs (target: under {TARGET_SECONDS:g} s and {TARGET_MB} MB)")
    print(f"  {'':34} {'ours':>8} {floor:>8} {'ratio':>6} {'command':>8} {'peak':>8}")


def _row(name: str, paired: tuple, command: tuple, verdict: str, results: list) -> None:
    (mine, base, ratio), (seconds, megabytes) = paired, command
    print(f"  {name:34} {mine:7.2f}s {base:7.2f}s {ratio:5.1f}x {seconds:7.2f}s {megabytes:5} MB   {verdict}")
    results.append((name, mine, base, ratio, seconds, megabytes))


def run_import(folder: Path) -> list[tuple]:
    results = []
    _heading("JSON import and open, the hotel map with one survey", "floor")
    for answers in ANSWERS:
        project = surveyed_project(answers)
        text = dumps(project)
        source, ours, floor = folder / "big.json", folder / "ours.cxd", folder / "floor.sqlite"
        source.write_text(text, encoding="utf-8")
        rows = {t: [r if isinstance(r, tuple) else tuple(r.get(c.name) for c in t.columns) for r in rs]
                for t, rs in to_rows(project).items() if rs}
        del project
        imported = _paired(lambda: save_project(loads(text), ours),
                           lambda: (json.loads(text), _raw_write(floor, rows)), RUNS)
        opened = _paired(lambda: open_project(ours), lambda: _raw_read(floor, rows), RUNS)
        command = peak_mb("import", str(source), "--output", str(ours), "--force")
        shown = peak_mb("info", str(ours))
        _row(f"import, {answers:,} answers ({len(text) / 1e6:.0f} MB)", imported, command, _verdict(*command),
             results)
        _row(f"open, {answers:,} answers", opened, shown, _verdict(*shown), results)
    return results


def run_export(folder: Path) -> list[tuple]:
    from PySide6.QtWidgets import QApplication

    from cxdesigner.render.files import pdf_bytes, svg_bytes
    from cxdesigner.render.pages import PageSetup
    app = QApplication.instance() or QApplication([])  # noqa: F841
    results = []
    _heading("Large maps exported (the target at 10,000 touchpoints)", "1 paint")
    for count in TOUCHPOINTS:
        project = generated_project(count)
        path = folder / f"map{count}.cxd"
        save_project(project, path)
        map_id = project.maps[0].id
        for kind, export in (("svg", lambda: svg_bytes(project, map_id)),
                             ("pdf", lambda: pdf_bytes(project, [map_id], PageSetup()))):
            paired = _paired(export, lambda: _one_paint(project), RUNS)
            command = peak_mb("export", str(path), "--format", kind, "--output", str(folder / f"x.{kind}"))
            _row(f"{kind.upper()}, {count:,} touchpoints", paired, command,
                 _verdict(*command) if count <= 10_000 else "", results)
    return results


def run() -> list[tuple]:
    with tempfile.TemporaryDirectory() as folder:
        return run_import(Path(folder)) + run_export(Path(folder))


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    run()
