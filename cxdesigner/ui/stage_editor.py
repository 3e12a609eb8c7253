"""The inspector's page for a stage: its name, description and colour."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFormLayout, QLineEdit, QPushButton, QWidget

from cxdesigner.editor.document import Document
from cxdesigner.model import Stage
from cxdesigner.ui.palette import swatch
from cxdesigner.ui.panel_edits import PanelEdits
from cxdesigner.ui.text_box import TextBox


class StageEditor(PanelEdits, QWidget):
    refused = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.stage: Stage | None = None
        self._loading = False
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Stage name"))
        self.name.editingFinished.connect(lambda: self._update(name=self.name.text()))
        form.addRow(self.tr("Stage"), self.name)
        self.description = TextBox()
        self.description.committed.connect(lambda text: self._update(description=text))
        form.addRow(self.tr("Description"), self.description)
        self.color = QPushButton()
        self.color.setAccessibleName(self.tr("Stage colour"))
        self.color.clicked.connect(self._choose_color)
        form.addRow(self.tr("Colour"), self.color)

    def show_stage(self, document: Document, stage: Stage) -> None:
        self.document, self.stage = document, stage
        self._loading = True
        self.name.setText(stage.name)
        self.name.setCursorPosition(0)
        if self.description.toPlainText() != stage.description:
            self.description.setPlainText(stage.description)
        self.color.setText(stage.color)
        self.color.setIcon(swatch(stage.color))
        self._loading = False

    def current(self) -> Stage | None:
        return self.stage

    def _load(self) -> None:
        if self.stage is not None:
            self.show_stage(self.document, self.stage)

    def _choose_color(self) -> None:
        if self.stage is not None:
            color = QColorDialog.getColor(QColor(self.stage.color), self, self.tr("Stage colour"))
            if color.isValid():
                self._update(color=color.name())
