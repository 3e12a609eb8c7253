"""The Export dialog: format, maps, paper or image options, a preview and where to write.

Exports go through ``render.export``, like the command line: every file is
written whole through a temporary file, many maps show a progress bar with
Cancel, and a failure is one plain sentence with nothing half-written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QProgressDialog, QPushButton, QVBoxLayout)

from cxdesigner.model import Project
from cxdesigner.interchange.mermaid import left_out_sentence
from cxdesigner.render.export import FORMATS, ExportCancelled, ExportOptions, export_maps, output_paths
from cxdesigner.render.files import ExportError, png_size
from cxdesigner.render.pages import TooSmall, sheet_preview
from cxdesigner.render.picture import map_picture
from cxdesigner.ui.page_options import PageOptions, load_setup, store_setup

LABELS = {"pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF document"),
          "pack": QT_TRANSLATE_NOOP("ExportDialog", "Stakeholder pack (PDF)"),
          "svg": QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing"), "png": QT_TRANSLATE_NOOP("ExportDialog", "PNG image"),
          "csv": QT_TRANSLATE_NOOP("ExportDialog", "CSV tables (spreadsheets)"),
          "xlsx": QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (a sheet per table)"),
          "json": QT_TRANSLATE_NOOP("ExportDialog", "JSON (whole project)"),
          "mermaid": QT_TRANSLATE_NOOP("ExportDialog", "Mermaid journey text"),
          "html": QT_TRANSLATE_NOOP("ExportDialog", "Interactive map (HTML)")}
PREVIEW_WIDTH = 360
#: The choices of the Format list that write a PDF: the map itself, or the stakeholder pack.
PDF_KEYS = ("pdf", "pack")


class ExportDialog(QDialog):
    def __init__(self, project: Project, current_map_id: str | None, settings: QSettings, base_name: str,
                 parent=None, folder: Path | None = None) -> None:
        """``folder``: where the files go by default (the project's own folder); else the last export's."""
        super().__init__(parent)
        self.project, self.settings, self.base_name = project, settings, base_name
        self.folder = folder or Path(str(settings.value("export/folder", Path.home())))
        self.setWindowTitle(self.tr("Export"))
        self.written: list[Path] = []
        columns = QHBoxLayout(self)
        left = QVBoxLayout()
        columns.addLayout(left, 1)
        form = QFormLayout()
        self.format = QComboBox()
        for key, label in LABELS.items():
            self.format.addItem(self.tr(label), key)
        self.format.setCurrentIndex(max(0, self.format.findData(settings.value("export/format", "pdf"))))
        form.addRow(self.tr("Format"), self.format)
        left.addLayout(form)
        self.maps = QListWidget()
        self.maps.setAccessibleName(self.tr("Maps to export"))
        for jmap in project.maps:
            item = QListWidgetItem(jmap.name)
            item.setData(Qt.ItemDataRole.UserRole, jmap.id)
            item.setCheckState(Qt.CheckState.Checked if jmap.id == current_map_id else Qt.CheckState.Unchecked)
            self.maps.addItem(item)
        self.maps.setMaximumHeight(110)
        self.maps_box = self._group(self.tr("Maps"), self.maps)
        left.addWidget(self.maps_box)
        self.paper = PageOptions(load_setup(settings))
        self.summary = QCheckBox(self.tr("Add a summary of the journey scores"))
        self.summary.setToolTip(self.tr("Each persona's mean satisfaction, peak-end score, NPS, weakest touchpoint "
                                        "and biggest drop, under the map"))
        self.summary.setChecked(str(settings.value("export/summary", "false")).lower() == "true")
        left.addWidget(self.summary)
        self.comments = QCheckBox(self.tr("Add the review comments as an appendix"))
        self.comments.setToolTip(self.tr("Every comment thread of the map, with its replies, open or resolved, "
                                         "after the insights"))
        self.comments.setChecked(str(settings.value("export/comments", "false")).lower() == "true")
        left.addWidget(self.comments)
        self.one_pdf = QCheckBox(self.tr("All maps in one PDF"))
        self.one_pdf.setChecked(True)
        self.author = QLineEdit(str(settings.value("export/author", "")))
        self.author.setPlaceholderText(self.tr("Recorded in the PDF"))
        paper = QVBoxLayout()
        paper.addWidget(self.paper)
        # A map whose text would be too small on the chosen sheet: say so, and offer the way out.
        self.legibility = QLabel()
        self.legibility.setWordWrap(True)
        self.legibility.setStyleSheet("color: #c92a2a")
        self.larger = QPushButton()
        self.larger_size = "A4"  # the sheet the Use… button offers
        self.larger.clicked.connect(lambda: self.paper.use_size(self.larger_size))
        self.as_poster = QPushButton(self.tr("Make a Poster"))
        self.as_poster.setToolTip(self.tr("Tile the map over several sheets of this paper, text kept legible"))
        self.as_poster.clicked.connect(self.paper.use_poster)
        offers = QHBoxLayout()
        offers.addWidget(self.larger)
        offers.addWidget(self.as_poster)
        offers.addStretch()
        paper.addWidget(self.legibility)
        paper.addLayout(offers)
        for widget in (self.legibility, self.larger, self.as_poster):
            widget.hide()
        author = QFormLayout()
        author.addRow(self.tr("Author"), self.author)
        paper.addLayout(author)
        paper.addWidget(self.one_pdf)
        self.paper_box = self._group(self.tr("Paper"), paper)
        left.addWidget(self.paper_box)
        self.dpi = QDoubleSpinBox()
        self.dpi.setRange(24, 1200)
        self.dpi.setDecimals(0)
        self.dpi.setSuffix(" dpi")
        self.dpi.setValue(float(settings.value("export/dpi", 150)))
        self.transparent = QCheckBox(self.tr("Transparent background"))
        image = QFormLayout()
        image.addRow(self.tr("Resolution"), self.dpi)
        image.addRow(self.transparent)
        self.image_box = self._group(self.tr("Image"), image)
        left.addWidget(self.image_box)
        self.bom = QCheckBox(self.tr("Byte-order mark, for Excel"))
        self.bom.setChecked(str(settings.value("export/bom", "true")).lower() == "true")
        self.bom.setToolTip(self.tr("Lets spreadsheet programs recognise the UTF-8 text"))
        self.csv_box = self._group(self.tr("Tables"), self.bom)
        left.addWidget(self.csv_box)
        self.left_out = QLabel()  # what a Mermaid journey has no place for
        self.left_out.setWordWrap(True)
        self.left_out.setAccessibleName(self.tr("Left out"))
        left.addWidget(self.left_out)
        where = QHBoxLayout()
        self.output = QLineEdit()
        self.output.setAccessibleName(self.tr("Export to"))
        self.output.setMinimumWidth(380)  # a whole path, file name included, stays readable
        self.output.textChanged.connect(self.output.setToolTip)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        where.addWidget(self.output, 1)
        where.addWidget(browse)
        place = QFormLayout()
        place.addRow(self.tr("Save as"), where)
        left.addLayout(place)
        left.addStretch()
        right = QVBoxLayout()
        columns.addLayout(right)
        self.preview = QLabel()
        self.preview.setFixedWidth(PREVIEW_WIDTH + 2)
        self.preview.setMinimumHeight(260)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("QLabel { background: palette(mid); }")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview_note = QLabel()
        self.preview_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right.addWidget(self.preview)
        right.addWidget(self.preview_note)
        right.addStretch()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        right.addWidget(self.buttons)
        self._refresh = QTimer(self, singleShot=True, interval=120)
        self._refresh.timeout.connect(self.update_preview)
        for signal in (self.format.currentIndexChanged, self.maps.itemChanged, self.paper.changed,
                       self.dpi.valueChanged, self.transparent.toggled, self.summary.toggled):
            signal.connect(self._changed)
        self._keep_one_size()
        self._changed()
        self.update_preview()

    def _keep_one_size(self) -> None:
        """As large as the largest format's options need, so switching format never resizes the dialog."""
        sizes = []
        for index in range(self.format.count()):
            self.format.setCurrentIndex(index)
            self._changed()
            self.layout().activate()
            sizes.append(self.sizeHint())
        self.setMinimumSize(max(s.width() for s in sizes), max(s.height() for s in sizes))
        self.format.setCurrentIndex(max(0, self.format.findData(self.settings.value("export/format", "pdf"))))
        self.output.clear()

    @staticmethod
    def _group(title: str, content) -> QGroupBox:
        box = QGroupBox(title)
        if isinstance(content, QVBoxLayout | QFormLayout):
            box.setLayout(content)
        else:
            QVBoxLayout(box).addWidget(content)
        return box

    # -- reading the form ---------------------------------------------------------

    def format_key(self) -> str:
        """The Format list's choice: a key of ``FORMATS``, or ``pack`` for the stakeholder pack."""
        return self.format.currentData()

    def file_format(self) -> str:
        """The kind of file written (the stakeholder pack is a PDF)."""
        return "pdf" if self.format_key() == "pack" else self.format_key()

    def map_ids(self) -> list[str]:
        return [self.maps.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.maps.count())
                if self.maps.item(i).checkState() == Qt.CheckState.Checked]

    def options(self) -> ExportOptions:
        pack = self.format_key() == "pack"
        return ExportOptions(self.file_format(), self.paper.setup(), self.dpi.value(), self.transparent.isChecked(),
                             self.bom.isChecked(), self.author.text().strip(), self.one_pdf.isChecked(),
                             self.summary.isChecked() and not pack, pack, pack and self.comments.isChecked())

    def _changed(self) -> None:
        key = self.format_key()
        self.maps_box.setVisible(key != "json")
        self.paper_box.setVisible(key in PDF_KEYS)
        self.one_pdf.setVisible(key == "pdf" and len(self.map_ids()) > 1)
        self.image_box.setVisible(key == "png")
        self.summary.setVisible(key in ("pdf", "svg", "png"))
        self.comments.setVisible(key == "pack")
        self.csv_box.setVisible(key == "csv")
        self.left_out.setText(" ".join(filter(None, (left_out_sentence(self.project, self.project.find(i))
                                                     for i in self.map_ids()))) if key == "mermaid" else "")
        self.left_out.setVisible(bool(self.left_out.text()))
        suffix = FORMATS[self.file_format()]
        current = self.output.text().strip()
        folder = Path(current).parent if current else self.folder
        stem = Path(current).stem if current else self.base_name
        self.output.setText(str(folder / f"{stem}{suffix}"))
        self.output.setCursorPosition(len(self.output.text()))  # the file's name in sight, not the folder's start
        self.export_button.setEnabled(key == "json" or bool(self.map_ids()))
        self._refresh.start()

    # -- preview -------------------------------------------------------------------------

    def update_preview(self) -> None:
        """The first page (PDF) or the map (images) as it will come out."""
        ids, key = self.map_ids(), self.file_format()
        if key not in ("pdf", "svg", "png") or not ids:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No preview for this format"))
            self.preview_note.clear()
            return
        with map_picture(self.project, ids[0], summary=self.options().summary) as picture:
            if key == "pdf":
                try:
                    image, sheets = sheet_preview(picture, self.paper.setup(), PREVIEW_WIDTH)
                except TooSmall as problem:
                    self._show_legibility(problem)
                    self.preview.setPixmap(QPixmap())
                    self.preview.setText(self.tr("Too small to read on this sheet"))
                    self.preview_note.clear()
                    return
                self._show_legibility(None)
                note = self.tr("%n sheet(s) for this map", "", sheets)
            else:
                size = png_size(picture, self.dpi.value() if key == "png" else 96)
                image = QImage(PREVIEW_WIDTH, max(1, round(PREVIEW_WIDTH * size.height() / size.width())),
                               QImage.Format.Format_ARGB32_Premultiplied)
                image.fill(Qt.GlobalColor.white)
                painter = QPainter(image)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                picture.paint(painter, image.rect().toRectF())
                painter.end()
                note = self.tr("%1 × %2 pixels").replace("%1", QLocale().toString(size.width())).replace(
                    "%2", QLocale().toString(size.height()))
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.preview_note.setText(note)

    def _show_legibility(self, problem: TooSmall | None) -> None:
        """The sentence and the offers (a larger sheet, a poster) when the text would be too small."""
        self.legibility.setVisible(problem is not None)
        self.as_poster.setVisible(problem is not None)
        self.larger.setVisible(problem is not None and problem.needs is not None)
        if problem is not None:
            self.legibility.setText(str(problem))
            if problem.needs:
                self.larger.setText(self.tr("Use %1").replace("%1", problem.needs))
                self.larger_size = problem.needs
        self.export_button.setEnabled(problem is None and (self.format_key() == "json" or bool(self.map_ids())))

    # -- writing ---------------------------------------------------------------------------

    def browse(self) -> None:
        key, suffix = self.format_key(), FORMATS[self.file_format()]
        pattern = f"{self.tr(LABELS[key])} (*{suffix})"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.output.text(), pattern)
        if path:
            self.output.setText(path if path.endswith(suffix) else path + suffix)

    def run(self) -> None:
        """Export; the dialog closes on success and stays open (with a message) otherwise."""
        output = Path(self.output.text().strip()).expanduser()
        options, ids = self.options(), self.map_ids()
        existing = [p for p in output_paths(self.project, ids, options, output) if p.exists()]
        if existing and QMessageBox.question(
                self, self.tr("Export"), self.tr("Replace %n existing file(s)?", "", len(existing))
                ) != QMessageBox.StandardButton.Yes:
            return
        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, max(1, len(ids)), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.written = export_maps(self.project, ids, options, output, step)
        except ExportCancelled:
            return
        except ExportError as error:
            QMessageBox.warning(self, self.tr("Export"), str(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
        self._remember(output, options)
        self.accept()

    def _remember(self, output: Path, options: ExportOptions) -> None:
        for key, value in (("folder", str(output.parent)), ("format", self.format_key()), ("dpi", options.dpi),
                           ("bom", options.bom), ("author", options.author), ("summary", self.summary.isChecked()),
                           ("comments", self.comments.isChecked())):
            self.settings.setValue(f"export/{key}", value)
        store_setup(self.settings, options.setup)
