"""The project's own settings: its name and description, shown on every export and print."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from cxdesigner.editor.commands import UpdateItemCommand
from cxdesigner.model import Project
from cxdesigner.ui.text_box import TextBox


class ProjectSettingsDialog(QDialog):
    def __init__(self, project: Project, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Project settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(project.name)
        self.name.setMinimumWidth(320)
        form.addRow(self.tr("Name"), self.name)
        self.description = TextBox()
        self.description.setPlainText(project.description)
        form.addRow(self.tr("Description"), self.description)
        layout.addLayout(form)
        hint = QLabel(self.tr("The name heads every exported and printed map, and is proposed as the file's name."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip())))

    def command(self) -> UpdateItemCommand | None:
        """The accepted changes as one undo step (``None`` when nothing changed)."""
        changes = {name: value for name, value in (("name", self.name.text().strip()),
                                                     ("description", self.description.toPlainText()))
                   if getattr(self.project, name) != value}
        return UpdateItemCommand(self.project, self.project.id, label=self.tr("Project settings"),
                                 **changes) if changes else None
