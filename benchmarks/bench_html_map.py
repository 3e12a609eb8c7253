"""Exporting the interactive HTML map of a 1,000-touchpoint map, beside writing its texts plainly.

Ours is the whole export to a file: the layout, every lane measured from its wrapped
text, the SVG, the journey list, the insights, the script's data, the atomic write.
The floor writes a file holding the same texts (every touchpoint's title, description
and what the customer does, thinks and feels, every rating as a number), each escaped
with ``html.escape`` inside a list item, with no layout at all. Medians of paired runs.
"""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_project_file import _paired, generated_project  # noqa: E402

from cxdesigner.render.export import ExportOptions, export_maps  # noqa: E402

TOUCHPOINTS = 1000
RUNS = 7


def _floor(project, path: Path) -> None:
    jmap = project.maps[0]
    parts = []
    for t in jmap.touchpoints:
        texts = (t.title, t.description, t.customer_action, t.thoughts, t.feelings,
                 *(f"{r.value:g}" for p in jmap.persona_ids if (r := jmap.rating(t.id, p))))
        parts.append("<li>" + "".join(f"<p>{html.escape(x)}</p>" for x in texts) + "</li>")
    path.write_text("<ol>" + "".join(parts) + "</ol>", encoding="utf-8")


def run() -> None:
    project = generated_project(TOUCHPOINTS)
    map_ids = [project.maps[0].id]
    with tempfile.TemporaryDirectory() as folder:
        ours_path, floor_path = Path(folder) / "map.html", Path(folder) / "plain.html"
        ours, floor, ratio = _paired(lambda: export_maps(project, map_ids, ExportOptions("html"), ours_path),
                                     lambda: _floor(project, floor_path), RUNS)
        size = ours_path.stat().st_size
    print(f"Interactive HTML map of {TOUCHPOINTS} touchpoints, median of {RUNS} runs (target: under 1 s)")
    print(f"  {'export':<22} {'ours':>9} {'plain text':>11} {'ratio':>7}")
    print(f"  {'HTML, one page':<22} {ours * 1000:>6.0f} ms {floor * 1000:>8.1f} ms {ratio:>6.1f}x  "
          f"{'ok' if ours < 1 else 'over'}  ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    run()
