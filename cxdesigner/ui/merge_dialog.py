"""The conflicts of a merge, one by one: the ancestor's value, mine and theirs, and a choice for each.

Each conflict starts on mine (as the merge itself would settle it); the person picks
theirs, or for a text field writes a value of their own. Merge applies every choice at
once; Cancel leaves the document as it was.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QVBoxLayout)

from cxdesigner.merge import FIELD, MINE, ORDER, REMOVAL, THEIRS, Conflict, Edit
from cxdesigner.merge.describe import Names


def shown(conflict: Conflict, value, names: Names) -> str:
    """One side's value of a conflict in words."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("ConflictsDialog", text)

    if conflict.kind == ORDER:
        return tr(QT_TRANSLATE_NOOP("ConflictsDialog", "after %1")).replace("%1", names.show(value)) if value is not None else tr(QT_TRANSLATE_NOOP("ConflictsDialog", "first"))
    if conflict.kind == REMOVAL:
        if conflict.field is not None:
            return tr(QT_TRANSLATE_NOOP("ConflictsDialog", "taken off")) if value is None else tr(QT_TRANSLATE_NOOP("ConflictsDialog", "kept"))
        return tr(QT_TRANSLATE_NOOP("ConflictsDialog", "removed")) if value is None else tr(QT_TRANSLATE_NOOP("ConflictsDialog", "kept, with its changes"))
    text = names.show(value)
    return text if len(text) <= 300 else text[:299] + "…"


class ConflictsDialog(QDialog):
    """Steps through ``conflicts``; ``resolutions()`` is the choice made for each, by conflict key."""

    def __init__(self, conflicts: list[Conflict], names: Names, title: str, parent=None,
                 chosen: dict | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.conflicts, self.names = conflicts, names
        self.choices: dict[str, str | Edit] = {c.key: (chosen or {}).get(c.key, MINE) for c in conflicts}
        self.index = 0
        layout = QVBoxLayout(self)
        self.counter = QLabel()
        layout.addWidget(self.counter)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        layout.addWidget(self.sentence)
        values = QFormLayout()
        self.before, self.mine, self.theirs = QLabel(), QLabel(), QLabel()
        for label, field in ((self.tr("Before"), self.before), (self.tr("Mine"), self.mine),
                             (self.tr("Theirs"), self.theirs)):
            field.setWordWrap(True)
            values.addRow(label, field)
        layout.addLayout(values)
        self.keep_mine = QRadioButton(self.tr("Keep mine"))
        self.keep_theirs = QRadioButton(self.tr("Keep theirs"))
        self.own = QRadioButton(self.tr("My own:"))
        self.own_text = QLineEdit()
        self.own_text.setAccessibleName(self.tr("My own value"))
        self.group = QButtonGroup(self)
        for button in (self.keep_mine, self.keep_theirs, self.own):
            self.group.addButton(button)
        # As wide as their words: a click on the empty row beyond them would choose nothing.
        layout.addWidget(self.keep_mine, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.keep_theirs, 0, Qt.AlignmentFlag.AlignLeft)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own)
        own_row.addWidget(self.own_text, 1)
        layout.addLayout(own_row)
        self.group.buttonClicked.connect(lambda _button: self._record())
        self.own_text.textEdited.connect(lambda _text: (self.own.setChecked(True), self._record()))
        steps = QHBoxLayout()
        self.previous = QPushButton(self.tr("Previous"))
        self.next = QPushButton(self.tr("Next"))
        self.previous.clicked.connect(lambda: self._show(self.index - 1))
        self.next.clicked.connect(lambda: self._show(self.index + 1))
        steps.addWidget(self.previous)
        steps.addWidget(self.next)
        steps.addStretch(1)
        layout.addLayout(steps)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show(0)

    def _show(self, index: int) -> None:
        self.index = max(0, min(index, len(self.conflicts) - 1))
        conflict = self.conflicts[self.index]
        self.counter.setText(self.tr("Conflict %1 of %2").replace("%1", str(self.index + 1))
                             .replace("%2", str(len(self.conflicts))))
        self.sentence.setText(conflict.sentence)
        self.before.setText(shown(conflict, conflict.base, self.names))
        self.mine.setText(shown(conflict, conflict.mine, self.names))
        self.theirs.setText(shown(conflict, conflict.theirs, self.names))
        editable = conflict.kind == FIELD and any(isinstance(v, str) for v in (conflict.mine, conflict.theirs))
        self.own.setVisible(editable)
        self.own_text.setVisible(editable)
        choice = self.choices[conflict.key]
        self.own_text.setText(choice.value if isinstance(choice, Edit) else
                              conflict.mine if isinstance(conflict.mine, str) else "")
        {MINE: self.keep_mine, THEIRS: self.keep_theirs}.get(choice, self.own).setChecked(True)
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < len(self.conflicts) - 1)

    def _record(self) -> None:
        key = self.conflicts[self.index].key
        if self.own.isChecked():
            self.choices[key] = Edit(self.own_text.text())
        else:
            self.choices[key] = MINE if self.keep_mine.isChecked() else THEIRS

    def resolutions(self) -> dict[str, str | Edit]:
        return dict(self.choices)
