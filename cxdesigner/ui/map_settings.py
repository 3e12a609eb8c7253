"""The map's own settings: name, description and satisfaction scale.

Changing the scale converts the existing ratings (the ends map onto the new
ends); the dialog previews the conversion before anything changes, and OK
applies everything as one undo step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout)

from cxdesigner.canvas.style import short_number
from cxdesigner.editor.commands import MacroCommand, SetScaleCommand, UpdateItemCommand
from cxdesigner.model import JourneyMap, Project, SatisfactionScale
from cxdesigner.ui.text_box import TextBox

PREVIEW_ROWS = 8


class MapSettingsDialog(QDialog):
    def __init__(self, project: Project, jmap: JourneyMap, parent=None) -> None:
        super().__init__(parent)
        self.project, self.jmap = project, jmap
        self.scale_touched = False  # the scale changes only when the user edits it
        self.setWindowTitle(self.tr("Map settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(jmap.name)
        form.addRow(self.tr("Name"), self.name)
        self.description = TextBox()
        self.description.setPlainText(jmap.description)
        form.addRow(self.tr("Description"), self.description)
        scale = jmap.scale
        self.low, self.high, self.step = (self._spin(scale.low), self._spin(scale.high), self._spin(scale.step))
        self.step.setMinimum(0.1)
        ends = QHBoxLayout()
        for label, spin in ((self.tr("from"), self.low), (self.tr("to"), self.high), (self.tr("step"), self.step)):
            ends.addWidget(QLabel(label))
            ends.addWidget(spin)
        form.addRow(self.tr("Scale"), ends)
        self.low_label, self.high_label = QLineEdit(scale.low_label), QLineEdit(scale.high_label)
        for label in (self.low_label, self.high_label):
            label.textEdited.connect(self._scale_edited)
        form.addRow(self.tr("Low end means"), self.low_label)
        form.addRow(self.tr("High end means"), self.high_label)
        self.convert = QCheckBox(self.tr("Convert existing ratings to the new scale"))
        self.convert.setChecked(True)
        self.convert.setToolTip(self.tr("Off: ratings keep their numbers, cut to the new ends"))
        form.addRow(self.convert)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c92a2a")
        layout.addWidget(self.problem)
        self.preview = QTableWidget(0, 3)
        self.preview.setAccessibleName(self.tr("How ratings convert"))
        self.preview.setHorizontalHeaderLabels([self.tr("Touchpoint"), self.tr("Now"), self.tr("After")])
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # whole names; the numbers are short
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.preview.setWordWrap(True)
        self.preview.verticalHeader().hide()
        self.preview.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setMinimumWidth(560)
        layout.addWidget(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for spin in (self.low, self.high, self.step):
            spin.valueChanged.connect(self._refresh)
        self.convert.toggled.connect(self._refresh)
        self._refresh()

    def _spin(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(min(-1000.0, value), max(1000.0, value))
        spin.setDecimals(3)
        spin.setValue(value)
        spin.valueChanged.connect(self._scale_edited)
        return spin

    def _scale_edited(self) -> None:
        self.scale_touched = True

    def new_scale(self) -> SatisfactionScale:
        """The scale as entered; ``ValueError`` with a plain sentence when it cannot be."""
        return SatisfactionScale(self.low.value(), self.high.value(), self.step.value(),
                                 self.low_label.text(), self.high_label.text())

    def _refresh(self) -> None:
        """Show how the first ratings would change, or why the scale is not possible."""
        try:
            scale = self.new_scale()
        except ValueError as error:
            self.problem.setText(str(error))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        self.problem.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        old = self.jmap.scale
        titles = {t.id: t.title for t in self.jmap.touchpoints}
        ratings = list(self.jmap.ratings.values())[:PREVIEW_ROWS]
        self.preview.setRowCount(len(ratings))
        for row, rating in enumerate(ratings):
            after = old.convert(rating.value, scale) if self.convert.isChecked() else scale.clamp(rating.value)
            persona = self.project.find(rating.persona_id).name
            for column, text in enumerate((f"{titles[rating.touchpoint_id]} ({persona})", short_number(rating.value),
                                           short_number(after))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.preview.setItem(row, column, item)

    def command(self) -> MacroCommand | None:
        """The accepted changes as one undo step (``None`` when nothing changed)."""
        commands = []
        changes = {k: v for k, v in (("name", self.name.text().strip()),
                                      ("description", self.description.toPlainText()))
                   if getattr(self.jmap, k) != v}
        if changes:
            commands.append(UpdateItemCommand(self.project, self.jmap.id, **changes))
        scale = self.new_scale() if self.scale_touched else self.jmap.scale
        if scale != self.jmap.scale:
            commands.append(SetScaleCommand(self.project, self.jmap.id, scale, convert=self.convert.isChecked()))
        return MacroCommand(self.project, self.tr("Map settings"), commands) if commands else None
