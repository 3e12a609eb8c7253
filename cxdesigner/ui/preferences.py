"""Edit > Preferences…: who you are, as versions and comments record it.

The name defaults to the computer's login name; it is kept in the settings and applies
to every open window from the next save or comment on.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from cxdesigner.storage.processes import user_name

AUTHOR_KEY = "identity/author"


def author_name(settings: QSettings) -> str:
    """The name saves and comments are made under."""
    name = str(settings.value(AUTHOR_KEY, "") or "").strip()
    return name or user_name()


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(author_name(settings))
        self.name.setPlaceholderText(user_name())
        form.addRow(self.tr("Your name"), self.name)
        layout.addLayout(form)
        note = QLabel(self.tr("Each save records it in the file's versions, and each comment under its text."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.setValue(AUTHOR_KEY, " ".join(self.name.text().split())[:100])
        super().accept()
