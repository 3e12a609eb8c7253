"""Edit > Preferences…: who you are, as versions and comments record it, and the language.

The name defaults to the computer's login name; it is kept in the settings and applies
to every open window from the next save or comment on. The language follows the system
unless one is chosen here; it takes effect when the editor next starts.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QVBoxLayout)

from cxdesigner.storage.processes import user_name

AUTHOR_KEY = "identity/author"
LANGUAGE_KEY = "ui/language"
#: The languages the editor speaks, each named in itself (as people look for their own).
LANGUAGES = (("en", "English"), ("es", "Español"), ("de", "Deutsch"), ("fr", "Français"),
             ("pt_BR", "Português (Brasil)"))


def chosen_locale(settings: QSettings) -> QLocale:
    """The language chosen in Preferences, or the system's when none (or an unknown one) is."""
    code = str(settings.value(LANGUAGE_KEY, "") or "")
    return QLocale(code) if code in dict(LANGUAGES) else QLocale.system()


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
        languages = QFormLayout()
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system (%1)").replace("%1", QLocale.system().nativeLanguageName()), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(str(settings.value(LANGUAGE_KEY, "") or ""))))
        self.language.setToolTip(self.tr("The language of menus, panels, templates and exports"))
        languages.addRow(self.tr("Language"), self.language)
        layout.addLayout(languages)
        restart = QLabel(self.tr("A new language takes effect when you restart CX Designer."))
        restart.setWordWrap(True)
        layout.addWidget(restart)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.settings.setValue(AUTHOR_KEY, " ".join(self.name.text().split())[:100])
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData() or "")
        super().accept()
