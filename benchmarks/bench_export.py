"""Exporting a 500-touchpoint map to PDF, SVG and PNG, beside one plain paint of its scene.

The floor builds the same journey scene and renders it once into a QImage the
size of an A4 page at 150 dpi: every item painted one time, with no file to
write. Ours is the whole export to bytes (scene, title block, pages or strips,
encoding). Medians of several paired runs.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_project_file import _paired, generated_project  # noqa: E402
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cxdesigner.canvas.editing_scene import EditingScene  # noqa: E402
from cxdesigner.editor.document import Document  # noqa: E402
from cxdesigner.render.files import pdf_bytes, png_bytes, svg_bytes  # noqa: E402
from cxdesigner.render.pages import PageSetup  # noqa: E402

TOUCHPOINTS = 500
RUNS = 5


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


def run() -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841
    project = generated_project(TOUCHPOINTS)
    map_id = project.maps[0].id
    print(f"Export of a {TOUCHPOINTS}-touchpoint map, median of {RUNS} runs (target: PDF under 1.5 s)")
    print(f"  {'export':<22} {'ours':>9} {'one paint':>10} {'ratio':>7}")
    for name, export in (("PDF, A4 one page", lambda: pdf_bytes(project, [map_id], PageSetup())),
                         ("PDF, A4 poster", lambda: pdf_bytes(project, [map_id], PageSetup(tile=True))),
                         ("SVG", lambda: svg_bytes(project, map_id)),
                         ("PNG, 150 dpi", lambda: png_bytes(project, map_id, 150))):
        ours, floor, ratio = _paired(export, lambda: _floor(project), RUNS)
        verdict = ("ok" if ours < 1.5 else "over") if name.startswith("PDF") else ""
        print(f"  {name:<22} {ours * 1000:>6.0f} ms {floor * 1000:>7.0f} ms {ratio:>6.1f}x  {verdict}")


if __name__ == "__main__":
    run()
