"""File > Import > Spreadsheet…: a map's tables (Excel or our CSV export) previewed, then imported in one step.

The import runs on a copy of the project for the preview: what it adds and changes,
the rows it leaves out and why, all before anything happens. Importing replaces the
project with that copy as one undo step (``editor/replace.py``).
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QLabel,
                               QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget)

from cxdesigner.interchange.table_import import TableImport, TableImportError, import_tables, read_tables
from cxdesigner.model import Project, RuleError

NEW_MAP = "new"


class TableImportDialog(QDialog):
    """Where the tables go (a map of the project, or a new one) and what that changes."""

    def __init__(self, project: Project, tables: dict, name: str, current_map_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source, self.tables, self.name = project, tables, name
        self.project: Project | None = None
        self.result: TableImport | None = None
        self.setWindowTitle(self.tr("Import Spreadsheet"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Touchpoints, pain points and actions from %1. Items already on the map are matched "
                               "by title and changed; the others are added.").replace("%1", name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Import into"))
        self.target.setToolTip(self.tr("The map the tables go into, or a new map"))
        for jmap in project.maps:
            self.target.addItem(jmap.name, jmap.id)
        self.target.addItem(self.tr("A new map"), NEW_MAP)
        self.target.setCurrentIndex(max(0, self.target.findData(current_map_id)))
        form.addRow(self.tr("Import &into"), self.target)
        layout.addLayout(form)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("What the import changes"))
        self.preview.setMinimumSize(520, 260)
        layout.addWidget(self.preview, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setToolTip(self.tr("Import as one step (Edit > Undo takes it back)"))
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.target.currentIndexChanged.connect(self._plan)
        self._plan()

    def _plan(self) -> None:
        """Import into a copy, and show what it did."""
        key = self.target.currentData()
        copy = deepcopy(self.source)
        try:
            result = import_tables(copy, self.tables, map_id=None if key == NEW_MAP else key,
                                   map_name=Path(self.name).stem)
        except (RuleError, ValueError) as error:
            self.project = self.result = None
            self.preview.setPlainText(str(error))
            self.import_button.setEnabled(False)
            return
        self.project, self.result = copy, result
        lines = [self.tr("Into a new map \"%1\".").replace("%1", copy.find(result.map_id).name)
                 if result.new_map else self.tr("Into the map \"%1\".").replace("%1", copy.find(result.map_id).name),
                 "", *result.summary()]
        if result.problems:
            lines += ["", self.tr("Rows left out (%n):", "", len(result.problems)), *result.problems]
        if result.notes:
            lines += ["", *result.notes]
        self.preview.setPlainText("\n".join(lines))
        self.import_button.setEnabled(bool(result.added or result.changed or result.new_map))


def import_spreadsheet(window) -> None:
    """Choose the file, preview, and import as one undo step."""
    from cxdesigner.editor.replace import ReplaceProjectCommand
    window.files.commit_pending_edits()
    folder = str(window.settings.value("files/last_folder", str(Path.home())))
    path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("TableImportDialog", "Import spreadsheet"), folder,
                                          QCoreApplication.translate("TableImportDialog", "Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;"
                                                    "CSV files (*.csv);;All files (*)"))
    if not path:
        return
    try:
        tables = read_tables(path)
    except TableImportError as error:
        QMessageBox.warning(window, QCoreApplication.translate("TableImportDialog", "Import Spreadsheet"), str(error))
        return
    document = window.document
    dialog = TableImportDialog(document.project, tables, Path(path).name,
                               window.scene.map_id if window.scene else None, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.project is None:
        return
    map_id = dialog.result.map_id
    window.panels.push(ReplaceProjectCommand(document, dialog.project,
                                             QCoreApplication.translate("TableImportDialog", "Import %1").replace("%1", Path(path).name)))
    maps = [m.id for m in document.project.maps]
    if map_id in maps:
        window.tabs.setCurrentIndex(maps.index(map_id))
