"""The inspector's page for a stage: its name, description and colour."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from cxdesigner.editor.document import Document
from cxdesigner.model import Stage
from cxdesigner.ui.panel_edits import PanelEdits
from cxdesigner.ui.text_box import TextBox, show_text


class StageEditor(PanelEdits, QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.stage: Stage | None = None
        self._loading = False
        form = QFormLayout(self)
        self._name_and_color_rows(form, QT_TRANSLATE_NOOP("PanelEdits", "Stage"))
        self.description = TextBox()
        self.description.committed.connect(lambda text: self._update(description=text))
        form.addRow(self.tr("Description"), self.description)
        hint = QLabel(self.tr("Right-click the stage's title on the map to add a stage before or after it, move it "
                              "or delete it."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow(hint)

    def show_stage(self, document: Document, stage: Stage) -> None:
        self.document, self.stage = document, stage
        self._loading = True
        self._show_name_and_color(stage)
        show_text(self.description, stage.description)
        self._loading = False

    def current(self) -> Stage | None:
        return self.stage

    def _load(self) -> None:
        if self.stage is not None:
            self.show_stage(self.document, self.stage)
