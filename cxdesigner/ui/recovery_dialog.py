"""After a crash: offer the recovery copies autosave left behind, showing what and when.

Recovered work opens as unsaved changes to its original file (or as an untitled
project), locked like an opened file and compared with that file before its first
save; its copy stays until that work is saved or thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from cxdesigner.storage.recovery import RecoveryEntry, RecoveryStore
from cxdesigner.canvas.style import local_time


class RecoveryDialog(QDialog):
    """Ticks the copies to recover; Recover, Discard (the ticked ones) or Later."""

    RECOVER, DISCARD, LATER = range(3)

    def __init__(self, entries: list[RecoveryEntry], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.choice = self.LATER
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("CX Designer closed without saving this work. "
                                        "Recover it to go on where you left off.")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Unsaved work"))
        self.list.setSpacing(3)
        for entry in entries:
            when = local_time(entry.saved_at)
            where = entry.source_path or self.tr("never saved")
            item = QListWidgetItem(f"{entry.title} — {when}\n{where}")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        recover = buttons.addButton(self.tr("Recover"), QDialogButtonBox.ButtonRole.AcceptRole)
        discard = buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.DestructiveRole)
        later = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setToolTip(self.tr("Keep the copies and ask again at the next start"))
        recover.clicked.connect(lambda: self._done(self.RECOVER))
        discard.clicked.connect(lambda: self._done(self.DISCARD))
        later.clicked.connect(lambda: self._done(self.LATER))
        layout.addWidget(buttons)

    def _done(self, choice: int) -> None:
        self.choice = choice
        self.accept() if choice != self.LATER else self.reject()

    def ticked(self) -> list[RecoveryEntry]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


def offer_recovery(store: RecoveryStore, settings: QSettings | None = None, ask=None) -> list:
    """Offer what a crash left; returns the windows showing recovered work.

    ``ask`` runs the dialog (tests answer it); by default it is shown modally.
    """
    from cxdesigner.ui.main_window import MainWindow

    entries = store.entries()
    if not entries:
        return []
    dialog = RecoveryDialog(entries)
    (ask or (lambda d: d.exec()))(dialog)
    windows = []
    for entry in dialog.ticked():
        if dialog.choice == RecoveryDialog.DISCARD:
            store.discard(entry)
        elif dialog.choice == RecoveryDialog.RECOVER:
            window = MainWindow(None, settings, store)
            if window.files.recover(entry):
                windows.append(window)
            else:
                window.deleteLater()
    return windows
