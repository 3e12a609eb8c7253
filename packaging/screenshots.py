"""The screenshots of docs/user-guide.md, taken from the running editor with no display.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [OUTDIR]

Each picture is the real window or dialog, on the hotel template (or the blank one), at
a fixed size and with fresh settings, so the guide can be brought up to date in one
step after the interface changes. OUTDIR defaults to docs/images.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from cxdesigner.app import create_application  # noqa: E402
from cxdesigner.editor.document import Document  # noqa: E402
from cxdesigner.interchange.templates import load_template  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1600, 950


def settle(app: QApplication, rounds: int = 5) -> None:
    """Let layouts, previews and deferred paints finish before grabbing."""
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(f"Wrote {path}")
    return path


def export_page(project, folder: Path) -> None:
    """The hotel map's exported A2 PDF page, as pdftoppm renders it (skipped without poppler)."""
    import shutil
    import subprocess

    from cxdesigner.render.files import pdf_bytes
    from cxdesigner.render.pages import PageSetup
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: export-hotel-pdf.png left as it was")
        return
    pdf = Path(tempfile.mkdtemp()) / "hotel.pdf"
    pdf.write_bytes(pdf_bytes(project, [project.maps[0].id], PageSetup("A2")))
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", str(pdf), str(folder / "export-hotel-pdf")],
                   check=True)
    print(f"Wrote {folder / 'export-hotel-pdf.png'}")


def main(argv: list[str]) -> int:
    from cxdesigner.ui.export_dialog import ExportDialog
    from cxdesigner.ui.lanes_dialog import LanesDialog
    from cxdesigner.ui.main_window import MainWindow
    from cxdesigner.ui.map_settings import MapSettingsDialog
    from cxdesigner.ui.projection_dialog import ProjectionDialog

    folder = Path(argv[0]) if argv else ROOT / "docs" / "images"
    folder.mkdir(parents=True, exist_ok=True)
    app = create_application(["cxdesigner"])
    scratch = Path(tempfile.mkdtemp())
    settings = None

    def window_on(document: Document | None) -> MainWindow:
        """A window as on a first start: fresh settings, nothing remembered."""
        nonlocal settings
        settings = QSettings(str(Path(tempfile.mkdtemp(dir=scratch)) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(document, settings)
        window.show()
        settle(app)
        window.resize(WIDTH, HEIGHT)
        settle(app)
        return window

    start = window_on(None)
    save(start, folder, "guide-start-page")
    start.close()

    blank = window_on(Document(load_template("blank")))
    save(blank, folder, "guide-blank-map")
    blank.document.undo_stack.setClean()
    blank.close()

    window = window_on(Document(load_template("hotel")))
    scene, panels = window.scene, window.panels
    window.view.zoom_to_fit()
    settle(app)
    save(window, folder, "guide-editor")
    from cxdesigner.app import apply_theme
    for dark, name in ((False, "editor-hotel"), (True, "editor-hotel-dark")):
        apply_theme(app, dark)
        themed = window_on(Document(load_template("hotel")))
        themed.view.set_zoom(0.62)
        themed.view.horizontalScrollBar().setValue(0)
        themed.view.verticalScrollBar().setValue(0)
        settle(app)
        save(themed, folder, name)
        themed.document.undo_stack.setClean()
        themed.close()
    apply_theme(app, False)
    export_page(window.document.project, folder)

    room = next(t for t in scene.jmap.touchpoints if "enters the room" in t.title.lower())
    scene.clearSelection()
    scene.cards[room.id].setSelected(True)
    window.view.set_zoom(0.8)
    window.view.ensureVisible(scene.cards[room.id], 40, 40)
    settle(app)
    save(window, folder, "guide-touchpoint")

    panels.dock_of(panels.personas).raise_()
    settle(app)
    save(window, folder, "guide-personas")

    panels.dock_of(panels.annotations).raise_()
    panels.annotations.setCurrentIndex(panels.annotations.count() - 1)  # Actions: owners, priority, status
    settle(app)
    save(window, folder, "guide-goals-actions")

    settings.setValue("export/folder", "/home/anna/Documents")  # an example folder, not this computer's
    for name, dialog in (("guide-lanes", LanesDialog(scene.jmap, window)),
                         ("guide-map-settings", MapSettingsDialog(window.document.project, scene.jmap, window)),
                         ("guide-export", ExportDialog(window.document.project, scene.map_id, settings, "hotel",
                                                       window))):
        dialog.show()
        settle(app, 20)
        save(dialog, folder, name)
        dialog.close()

    from cxdesigner.model import ActionStatus, Lane
    projection = ProjectionDialog(scene.jmap, window)
    for status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS):
        projection.statuses[status].setChecked(True)
    projection.show()
    settle(app, 20)
    save(projection, folder, "guide-projected-line-dialog")
    window.document.push(projection.command(window.document.project))
    projection.close()
    panels.dock_of(panels.insights).raise_()
    window.view.set_zoom(0.8)
    lane = scene.layout.lane_rect(Lane.SATISFACTION)
    window.view.centerOn(lane[0] + window.view.viewport().width() / 1.6, lane[1] + lane[3] / 2)
    settle(app, 20)
    save(window, folder, "guide-projected-line")
    from cxdesigner.ui.template_dialogs import SaveTemplateDialog
    dialog = SaveTemplateDialog(window.document.project, scene.jmap, window)
    dialog.show()
    settle(app, 20)
    save(dialog, folder, "guide-save-template")
    dialog.close()

    window.present()
    presentation = window.presentation
    presentation.showNormal()  # the picture at a projector's shape, whatever the screen here
    presentation.resize(1920, 1080)
    settle(app)
    incident = next(i for i, t in enumerate(scene.jmap.touchpoints) if "problem" in t.title.lower())
    presentation.go_to(incident)
    settle(app, 10)
    save(presentation, folder, "guide-present")
    presentation.close()
    settle(app)

    from PySide6.QtPrintSupport import QPrintPreviewDialog
    printing = window.printing()
    printer = printing.printer()  # the dialog does not own it: keep it alive while the dialog draws on it
    preview = QPrintPreviewDialog(printer, window)
    preview.paintRequested.connect(printing.paint)
    preview.resize(1100, 800)
    preview.show()
    settle(app, 20)
    save(preview, folder, "guide-print-preview")
    preview.close()

    window.document.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
