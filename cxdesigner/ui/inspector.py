"""The inspector: every field of the selected touchpoint, each edit one undo step.

Fields show the model and follow its events; an edit becomes a command when the
field is left (or, for ratings, as the value steps, merged into one undo step).
A change the model refuses is explained in the status line and the field reverts.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QScrollArea,
                               QVBoxLayout, QWidget)

from cxdesigner.editor.commands import MoveItemCommand, SetRatingCommand, SetTargetCommand
from cxdesigner.editor.document import Document
from cxdesigner.model import Evidence, Persona, RatingChanged, Stage, TargetChanged, Touchpoint
from cxdesigner.ui.panel_edits import PanelEdits
from cxdesigner.ui.stage_editor import StageEditor
from cxdesigner.ui.text_box import TextBox


class Inspector(PanelEdits, QScrollArea):
    """Shows one touchpoint (or a hint when none is selected)."""

    #: A refused edit: the model's sentence, for the status bar.
    refused = Signal(str)

    TEXT_FIELDS = (("description", "Description"), ("customer_action", "Customer does"),
                   ("thoughts", "Thinks"), ("feelings", "Feels"))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.document: Document | None = None
        self.touchpoint: Touchpoint | None = None
        self._loading = False
        body = QWidget()
        outer = QVBoxLayout(body)
        self.hint = QLabel(self.tr("Select a touchpoint on the map to edit it here."))
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        outer.addWidget(self.form_widget)
        self.stage_editor = StageEditor()
        self.stage_editor.refused.connect(self.refused)
        outer.addWidget(self.stage_editor)
        outer.addStretch(1)
        self.setWidget(body)
        self.title = QLineEdit()
        self.title.editingFinished.connect(lambda: self._update(title=self.title.text()))
        self.form.addRow(self.tr("Title"), self.title)
        self.stage, self.channel, self.department = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.stage, self.channel, self.department):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.stage.activated.connect(self._stage_chosen)
        self.channel.activated.connect(lambda: self._update(channel_id=self.channel.currentData()))
        self.department.activated.connect(lambda: self._update(department_id=self.department.currentData()))
        self.form.addRow(self.tr("Stage"), self.stage)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Department"), self.department)
        self.device = QLineEdit()
        self.device.setPlaceholderText(self.tr("desktop, mobile, in person…"))
        self.device.editingFinished.connect(lambda: self._update(device=self.device.text()))
        self.form.addRow(self.tr("Device"), self.device)
        self.texts: dict[str, TextBox] = {}
        for name, label in self.TEXT_FIELDS:
            box = self.texts[name] = TextBox()
            box.committed.connect(lambda text, name=name: self._update(**{name: text}))
            self.form.addRow(self.tr(label), box)
        self.ratings_box = QWidget()
        self.ratings = QGridLayout(self.ratings_box)
        self.ratings.setContentsMargins(0, 0, 0, 0)
        self.ratings.setColumnStretch(1, 1)
        self.ratings.setColumnStretch(2, 1)
        self.rating_rows: dict[str, tuple[QDoubleSpinBox, QComboBox, QDoubleSpinBox]] = {}
        self.rating_scale = None
        heading = QLabel(self.tr("Satisfaction"))
        heading.setStyleSheet("font-weight: bold")
        self.form.addRow(heading)
        self.form.addRow(self.ratings_box)
        self.show_item(None)

    def set_document(self, document: Document) -> None:
        if self.document is not None:
            self.document.changed.disconnect(self._on_change)
        self.document = document
        document.changed.connect(self._on_change)
        self.show_item(None)

    def show_item(self, touchpoint_id: str | None) -> None:
        """Edit this touchpoint (or, given a stage's id, that stage); ``None`` shows the hint."""
        project = self.document.project if self.document else None
        entry = project.lookup(touchpoint_id) if project and touchpoint_id else None
        self.touchpoint = entry[0] if entry and isinstance(entry[0], Touchpoint) else None
        stage = entry[0] if entry and isinstance(entry[0], Stage) else None
        self.hint.setVisible(self.touchpoint is None and stage is None)
        self.form_widget.setVisible(self.touchpoint is not None)
        self.stage_editor.setVisible(stage is not None)
        if self.touchpoint is not None:
            self._load()
        if stage is not None:
            self.stage_editor.show_stage(self.document, stage)

    def _on_change(self, event) -> None:
        stage = self.stage_editor.stage if self.stage_editor.isVisibleTo(self) else None
        if stage is not None:
            self.show_item(stage.id if self.document.project.lookup(stage.id) else None)
        if self.touchpoint is None:
            return
        if self.document.project.lookup(self.touchpoint.id) is None:
            self.show_item(None)
        elif isinstance(event, RatingChanged | TargetChanged) and event.touchpoint_id != self.touchpoint.id:
            return
        else:
            if isinstance(getattr(event, "item", None), Persona):
                self.rating_rows = {}  # a persona renamed or recoloured: rebuild its row
            self._load()

    # -- showing -------------------------------------------------------------------

    def _load(self) -> None:
        """Fill every field from the model without echoing edits back."""
        self._loading = True
        try:
            project, tp = self.document.project, self.touchpoint
            jmap = project.map_of(tp.id)
            self.title.setText(tp.title)
            self.title.setCursorPosition(0)
            self._fill(self.stage, [(s.name, s.id) for s in jmap.stages], tp.stage_id)
            none = [(self.tr("None"), None)]
            self._fill(self.channel, none + [(c.name, c.id) for c in project.channels], tp.channel_id)
            self._fill(self.department, none + [(d.name, d.id) for d in project.departments], tp.department_id)
            self.device.setText(tp.device)
            self.device.setCursorPosition(0)
            for name, box in self.texts.items():
                if box.toPlainText() != getattr(tp, name):
                    box.setPlainText(getattr(tp, name))
            self._load_ratings(jmap)
        finally:
            self._loading = False

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, str | None]], current: str | None) -> None:
        combo.clear()
        for label, value in entries:
            combo.addItem(label, value)
        values = [value for _, value in entries]
        combo.setCurrentIndex(values.index(current) if current in values else 0)

    def _load_ratings(self, jmap) -> None:
        """Rows per persona of the map: a value (or "not rated"), its evidence, and a target.

        Rows are rebuilt only when the map's personas change, so a spin box being
        stepped keeps its focus while its own edits come back as events.
        """
        if list(self.rating_rows) != jmap.persona_ids or self.rating_scale != jmap.scale:
            self._build_rating_rows(jmap)
        scale = jmap.scale
        for persona_id, (value, evidence, target) in self.rating_rows.items():
            rating = jmap.rating(self.touchpoint.id, persona_id)
            value.setValue(rating.value if rating else scale.low - scale.step)
            evidence.setCurrentIndex(list(Evidence).index(rating.evidence) if rating else 0)
            evidence.setEnabled(rating is not None)
            aim = jmap.targets.get((self.touchpoint.id, persona_id))
            target.setValue(aim.value if aim else scale.low - scale.step)

    def _build_rating_rows(self, jmap) -> None:
        while self.ratings.count():
            self.ratings.takeAt(0).widget().deleteLater()
        self.rating_rows, self.rating_scale = {}, jmap.scale
        scale = jmap.scale
        for row, persona_id in enumerate(jmap.persona_ids):
            persona = self.document.project.find(persona_id)
            value, target = self._scale_spin(scale, self.tr("not rated")), self._scale_spin(scale, self.tr("no target"))
            value.setAccessibleName(self.tr("Satisfaction of %1").replace("%1", persona.name))
            target.setAccessibleName(self.tr("Target satisfaction of %1").replace("%1", persona.name))
            target.setToolTip(self.tr("Where this touchpoint should get to (the to-be line, drawn fainter)"))
            target.valueChanged.connect(lambda v, p=persona_id: self._aim(p, v))
            evidence = QComboBox()
            evidence.setAccessibleName(self.tr("Evidence for %1").replace("%1", persona.name))
            for kind in Evidence:
                evidence.addItem(self.tr(kind.value.capitalize()), kind)
            value.valueChanged.connect(lambda v, p=persona_id, e=evidence: self._rate(p, v, e.currentData()))
            evidence.activated.connect(lambda _, p=persona_id, e=evidence: self._set_evidence(p, e.currentData()))
            label = QLabel(persona.name)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {persona.color}; font-weight: bold")
            self.ratings.addWidget(label, 3 * row, 0, 1, 3)
            self.ratings.addWidget(value, 3 * row + 1, 1)
            self.ratings.addWidget(evidence, 3 * row + 1, 2)
            self.ratings.addWidget(QLabel(self.tr("Target")), 3 * row + 2, 2)
            self.ratings.addWidget(target, 3 * row + 2, 1)
            self.rating_rows[persona_id] = (value, evidence, target)

    @staticmethod
    def _scale_spin(scale, empty: str) -> QDoubleSpinBox:
        """A value on the map's scale; one step below it means none (``empty``)."""
        spin = QDoubleSpinBox()
        spin.setRange(scale.low - scale.step, scale.high)
        spin.setSingleStep(scale.step)
        spin.setDecimals(2)  # measured means and converted values are rarely whole
        spin.setSpecialValueText(empty)
        return spin

    # -- editing --------------------------------------------------------------------

    def current(self) -> Touchpoint | None:
        return self.touchpoint

    def _stage_chosen(self) -> None:
        """Another stage: the touchpoint moves to the end of that stage."""
        tp, stage_id = self.touchpoint, self.stage.currentData()
        if self._loading or tp is None or stage_id == tp.stage_id:
            return
        jmap = self.document.project.map_of(tp.id)
        target = jmap.stage_index(stage_id)
        index = sum(1 for t in jmap.touchpoints if t is not tp and jmap.stage_index(t.stage_id) <= target)
        self._push(MoveItemCommand(self.document.project, tp.id, index, stage_id=stage_id,
                                   label=self.tr("Move touchpoint to %1").replace("%1", self.stage.currentText())))

    def _set_evidence(self, persona_id: str, evidence: Evidence) -> None:
        """Another evidence kind for the same rating: its value and measurements stay."""
        jmap = self.document.project.map_of(self.touchpoint.id) if self.touchpoint else None
        rating = jmap.rating(self.touchpoint.id, persona_id) if jmap else None
        if self._loading or rating is None or rating.evidence == evidence:
            return
        self._push(SetRatingCommand(self.document.project, jmap.id, rating.touchpoint_id, persona_id, rating.value,
                                    evidence=evidence, n=rating.n, spread=rating.spread,
                                    interval_low=rating.interval_low, interval_high=rating.interval_high))

    def _aim(self, persona_id: str, value: float) -> None:
        if self._loading or self.touchpoint is None:
            return
        jmap = self.document.project.map_of(self.touchpoint.id)
        self._push(SetTargetCommand(self.document.project, jmap.id, self.touchpoint.id, persona_id,
                                    None if value < jmap.scale.low else value))

    def _rate(self, persona_id: str, value: float, evidence: Evidence) -> None:
        if self._loading or self.touchpoint is None:
            return
        jmap = self.document.project.map_of(self.touchpoint.id)
        unrated = value < jmap.scale.low
        self._push(SetRatingCommand(self.document.project, jmap.id, self.touchpoint.id, persona_id,
                                    None if unrated else value, merge=True,
                                    **({} if unrated else {"evidence": evidence})))
