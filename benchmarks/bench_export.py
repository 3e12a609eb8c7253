"""Exporting a 500-touchpoint map to PDF, SVG and PNG, beside one plain paint of its scene.

The floor builds the same journey scene and renders it once into a QImage the
size of an A4 page at 150 dpi: every item painted one time, with no file to
write. Ours is the whole export to bytes (scene, title block, pages or strips,
encoding). Medians of several paired runs.

Then the SVG at 1,000 and 5,000 touchpoints (time and size; its floor writes the map's
texts alone, escaped as SVG needs them; the file is written from the layout and model,
``render/svg_file.py``, with no scene painted) and the PNG of 500 touchpoints at 150 dpi at
each zlib level (time and size; its floor the same one paint).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_project_file import _paired, generated_project  # noqa: E402
from targets import Figure  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cxdesigner.canvas.editing_scene import EditingScene  # noqa: E402
from cxdesigner.editor.document import Document  # noqa: E402
from cxdesigner.render import png_file  # noqa: E402
from cxdesigner.render.files import ExportError, pdf_bytes, png_bytes, svg_bytes  # noqa: E402
from cxdesigner.render.html_text import text  # noqa: E402
from cxdesigner.render.pages import PageSetup  # noqa: E402

TOUCHPOINTS = 500
RUNS = 5
SVG_SIZES = (1_000, 5_000)
SVG_TARGETS = {1_000: (0.060, 1.0), 5_000: (0.350, None)}  # seconds, MB
PNG_LEVELS = (1, 3, 4, 6)
PNG_TARGET = 3.0


def _floor(project) -> None:
    document = Document(project)
    scene = EditingScene(document, project.maps[0].id)
    image = QImage(1754, 1240, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), scene.sceneRect())
    painter.end()
    scene.detach()
    document.close()


def run() -> list[Figure]:
    app = QApplication.instance() or QApplication([])  # noqa: F841
    project = generated_project(TOUCHPOINTS)
    map_id = project.maps[0].id
    print(f"Export of a {TOUCHPOINTS}-touchpoint map, median of {RUNS} runs (target: PDF under 1.5 s)")
    print(f"  {'export':<22} {'ours':>9} {'one paint':>10} {'ratio':>7}")
    for name, export in (("PDF, A4 one page", lambda: pdf_bytes(project, [map_id], PageSetup())),
                         ("PDF, A4 poster", lambda: pdf_bytes(project, [map_id], PageSetup(tile=True))),
                         ("SVG", lambda: svg_bytes(project, map_id)),
                         ("PNG, 150 dpi", lambda: png_bytes(project, map_id, 150))):
        try:
            ours, floor, ratio = _paired(export, lambda: _floor(project), RUNS)
        except ExportError as error:  # a map this long is refused on one page and made a poster
            print(f"  {name:<22} refused: {error}")
            continue
        verdict = ("ok" if ours < 1.5 else "over") if name.startswith("PDF") else ""
        print(f"  {name:<22} {ours * 1000:>6.0f} ms {floor * 1000:>7.0f} ms {ratio:>6.1f}x  {verdict}")

    figures = _svg()
    _png_levels(project)
    return figures


def _texts_floor(project) -> bytes:
    """Every text of the map escaped for SVG and joined: what any SVG of it must at least write."""
    jmap = project.maps[0]
    words = [jmap.name, *(s.name for s in jmap.stages), *(t.title for t in jmap.touchpoints),
             *(p.name for p in project.personas)]
    return "".join(f"<text>{text(w)}</text>" for w in words).encode("utf-8")


def _svg() -> list[Figure]:
    figures = []
    print("SVG export, median of 3 runs (targets: 60 ms and 1 MB at 1,000; 350 ms at 5,000)")
    print(f"  {'touchpoints':<12} {'ours':>9} {'size':>9} {'texts alone':>12} {'ratio':>7}")
    for count in SVG_SIZES:
        project = generated_project(count)
        map_id = project.maps[0].id
        ours, floor, ratio = _paired(lambda: svg_bytes(project, map_id), lambda: _texts_floor(project), 3)
        size = len(svg_bytes(project, map_id)) / 1e6
        seconds, megabytes = SVG_TARGETS[count]
        verdict = "ok" if ours <= seconds and (megabytes is None or size <= megabytes) else "over"
        print(f"  {count:<12,} {ours * 1000:>6.0f} ms {size:>6.2f} MB {floor * 1000:>9.1f} ms {ratio:>6.0f}x  {verdict}")
        figures.append(Figure(f"SVG export, {count:,} touchpoints", ours * 1000, floor * 1000, seconds * 1000, runs=3))
        if megabytes is not None:
            figures.append(Figure(f"SVG size, {count:,} touchpoints", size, None, megabytes, unit="MB"))
    return figures


def _png_levels(project) -> None:
    map_id = project.maps[0].id
    chosen = png_file.PNG_LEVEL
    print(f"PNG of {TOUCHPOINTS} touchpoints at 150 dpi by zlib level, median of 3 runs "
          f"(target {PNG_TARGET:g} s; level {chosen} chosen)")
    print(f"  {'level':<6} {'ours':>9} {'size':>9} {'one paint':>10} {'ratio':>7}")
    try:
        for level in PNG_LEVELS:
            png_file.PNG_LEVEL = level
            ours, floor, ratio = _paired(lambda: png_bytes(project, map_id, 150), lambda: _floor(project), 3)
            size = len(png_bytes(project, map_id, 150)) / 1e6
            mark = ("ok" if ours <= PNG_TARGET else "over") + (" (chosen)" if level == chosen else "")
            print(f"  {level:<6} {ours * 1000:>6.0f} ms {size:>6.2f} MB {floor * 1000:>7.0f} ms {ratio:>6.1f}x  {mark}")
    finally:
        png_file.PNG_LEVEL = chosen


if __name__ == "__main__":
    run()
