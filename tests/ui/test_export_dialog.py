"""The Export dialog and printing, driven like a user would, files read back."""

import pypdf
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPageSize, QImage, QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model.duplicate import duplicate_map
from cxdesigner.ui.export_dialog import ExportDialog
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.page_options import load_setup


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def project():
    project = load_template("hotel")
    project.add(duplicate_map(project.maps[0], "Second stay"))
    return project


def test_exports_the_checked_map_as_png_and_remembers_the_choices(qtbot, project, settings, tmp_path):
    dialog = ExportDialog(project, project.maps[0].id, settings, "hotel")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("png"))
    assert dialog.image_box.isVisibleTo(dialog) and not dialog.paper_box.isVisibleTo(dialog)
    dialog.dpi.setValue(48)
    dialog.update_preview()
    assert not dialog.preview.pixmap().isNull() and "pixels" in dialog.preview_note.text()
    dialog.output.setText(str(tmp_path / "stay.png"))
    dialog.run()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [p.name for p in dialog.written] == ["stay.png"]
    assert not QImage(str(tmp_path / "stay.png")).isNull()
    again = ExportDialog(project, project.maps[0].id, settings, "hotel")
    qtbot.addWidget(again)
    assert again.format_key() == "png" and again.dpi.value() == 48
    assert again.output.text() == str(tmp_path / "hotel.png")


def test_two_maps_in_one_pdf_with_the_paper_chosen(qtbot, project, settings, tmp_path):
    dialog = ExportDialog(project, project.maps[0].id, settings, "hotel")
    qtbot.addWidget(dialog)
    dialog.maps.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.paper.size.setCurrentText("A4")
    dialog.paper.portrait.setChecked(True)
    dialog.update_preview()  # too small to read on A4 portrait: said, and a larger sheet offered
    assert dialog.legibility.isVisibleTo(dialog) and not dialog.export_button.isEnabled()
    offered = dialog.larger_size
    assert dialog.larger.text() == f"Use {offered}" and offered in ("A3", "A2", "A1")
    dialog.larger.click()
    dialog.update_preview()
    assert "1 sheet" in dialog.preview_note.text() and dialog.export_button.isEnabled()
    dialog.output.setText(str(tmp_path / "both.pdf"))
    dialog.run()
    reader = pypdf.PdfReader(tmp_path / "both.pdf")
    assert len(reader.pages) == 2 and round(reader.pages[0].mediabox.height) == {"A3": 1191, "A2": 1684,
                                                                                 "A1": 2384}[offered]
    assert load_setup(settings).size == offered and not load_setup(settings).landscape


def test_replacing_files_asks_and_no_keeps_them(qtbot, project, settings, tmp_path, monkeypatch):
    target = tmp_path / "map.svg"
    target.write_text("before")
    dialog = ExportDialog(project, project.maps[0].id, settings, "map")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("svg"))
    dialog.output.setText(str(target))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    dialog.run()
    assert asked == ["Replace 1 existing file?"] and target.read_text() == "before"


def test_a_failed_export_says_so_and_stays_open(qtbot, project, settings, tmp_path, monkeypatch):
    dialog = ExportDialog(project, project.maps[0].id, settings, "map")
    qtbot.addWidget(dialog)
    dialog.output.setText(str(tmp_path / "missing" / "map.pdf"))
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    dialog.run()
    assert warned and warned[0].startswith("Could not write map.pdf") and dialog.result() != dialog.DialogCode.Accepted


def test_printing_paints_the_current_map_like_the_pdf_export(qtbot, settings, tmp_path):
    window = MainWindow(Document(load_template("hotel")), settings)
    qtbot.addWidget(window)
    printer = window.printing().printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A1))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)  # as if changed in the preview
    window.printing().paint(printer)
    reader = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(reader.pages) == 1 and "Reports a problem in the room" in " ".join(reader.pages[0].extract_text().split())
    assert not load_setup(settings).landscape  # remembered for next time


def test_print_preview_paints_through_a_printer_that_stays_alive(qtbot, settings, tmp_path, monkeypatch):
    import gc

    from PySide6.QtPrintSupport import QPrintPreviewDialog
    window = MainWindow(Document(load_template("hotel")), settings)
    qtbot.addWidget(window)
    target = tmp_path / "preview.pdf"

    def exec_(dialog):
        gc.collect()  # a printer nobody keeps would be gone now
        printer = dialog.printer()
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A1))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    window.printing().preview()
    assert len(pypdf.PdfReader(target).pages) == 1


def test_two_maps_as_excel_workbooks_one_each_read_back(qtbot, project, settings, tmp_path):
    import openpyxl
    dialog = ExportDialog(project, project.maps[0].id, settings, "hotel")
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    dialog.maps.item(1).setCheckState(Qt.CheckState.Checked)
    assert not dialog.csv_box.isVisibleTo(dialog) and not dialog.paper_box.isVisibleTo(dialog)
    assert dialog.output.text().endswith("hotel.xlsx")
    dialog.output.setText(str(tmp_path / "stays.xlsx"))
    dialog.run()
    assert [p.name for p in dialog.written] == ["stays-hotel-stay.xlsx", "stays-second-stay.xlsx"]
    for path, jmap in zip(dialog.written, project.maps):
        book = openpyxl.load_workbook(path)
        assert book["Map"]["A2"].value == jmap.name
        assert [row[2] for row in book["Touchpoints"].iter_rows(min_row=2, values_only=True)] == [
            t.title for t in jmap.touchpoints]
