"""The inspector: every field of the selected touchpoint (or stage), each edit one undo step.

Fields show the model and follow its events; an edit becomes a command when the
field is left. Showing the same touchpoint again only refreshes the fields, so the
field being typed in keeps the keyboard focus whatever else happens on the map.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cxdesigner.editor.commands import MoveItemCommand
from cxdesigner.model import (Channel, CustomLane, Department, JourneyMap, LaneCell, Persona, Stage, Touchpoint,
                              ValueChanged)
from cxdesigner.ui.cell_fields import CellFields
from cxdesigner.ui.following import Following
from cxdesigner.ui.panel_edits import PanelEdits
from cxdesigner.ui.rating_fields import RatingFields
from cxdesigner.ui.stage_editor import StageEditor
from cxdesigner.ui.text_box import TextBox, line_field, show_text


class Inspector(Following, PanelEdits, QScrollArea):
    """Shows one touchpoint, or one stage, or a hint when nothing (or several things) is selected."""

    SHOWS = (Touchpoint, Stage, Channel, Department, Persona, JourneyMap, CustomLane, LaneCell, ValueChanged)
    MAP_BOUND = True
    #: A persona's rating or target was entered here: their line is the one last touched.
    persona_touched = Signal(str)

    TEXT_FIELDS = (("description", QT_TRANSLATE_NOOP("Inspector", "Description")), ("customer_action", QT_TRANSLATE_NOOP("Inspector", "Customer does")),
                   ("thoughts", QT_TRANSLATE_NOOP("Inspector", "Thinks")), ("feelings", QT_TRANSLATE_NOOP("Inspector", "Feels")))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.touchpoint: Touchpoint | None = None
        self._loading = False
        body = QWidget()
        outer = QVBoxLayout(body)
        self.hint = QLabel(self.tr("Select a touchpoint on the map to edit it here, or click a stage's title "
                                   "to edit the stage. Right-click a stage's title to add, move or delete stages."))
        self.hint.setWordWrap(True)
        outer.addWidget(self.hint)
        self.form_widget = QWidget()
        self.form = QFormLayout(self.form_widget)
        outer.addWidget(self.form_widget)
        self.stage_editor = StageEditor()
        outer.addWidget(self.stage_editor)
        outer.addStretch(1)
        self.setWidget(body)
        self.title = line_field(lambda text: self._update(title=text))
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
        self.device = line_field(lambda text: self._update(device=text), self.tr("desktop, mobile, in person…"))
        self.form.addRow(self.tr("Device"), self.device)
        self.texts: dict[str, TextBox] = {}
        for name, label in self.TEXT_FIELDS:
            box = self.texts[name] = TextBox()
            box.committed.connect(lambda text, name=name: self._update(**{name: text}))
            self.form.addRow(self.tr(label), box)
        self.cells = CellFields()
        self.form.addRow(self.cells)
        heading = QLabel(self.tr("Satisfaction"))
        heading.setStyleSheet("font-weight: bold")
        self.form.addRow(heading)
        self.ratings = RatingFields()
        self.ratings.touched.connect(self.persona_touched)
        self.form.addRow(self.ratings)
        self.show_item(None)

    def show_item(self, item_id: str | None) -> None:
        """Edit this touchpoint (or, given a stage's id, that stage); ``None`` shows the hint."""
        project = self.document.project if self.document else None
        entry = project.lookup(item_id) if project and item_id else None
        touchpoint = entry[0] if entry and isinstance(entry[0], Touchpoint) else None
        stage = entry[0] if entry and isinstance(entry[0], Stage) else None
        if touchpoint is not None and touchpoint is self.touchpoint and self.form_widget.isVisibleTo(self):
            self._load()  # the same touchpoint again: refresh, never hide what is being typed in
            return
        self.touchpoint = touchpoint
        self.hint.setVisible(touchpoint is None and stage is None)
        self.form_widget.setVisible(touchpoint is not None)
        self.stage_editor.setVisible(stage is not None)
        if touchpoint is not None:
            self._load()
        if stage is not None:
            self.stage_editor.show_stage(self.document, stage)

    def refresh(self, event) -> None:
        stage = self.stage_editor.stage if self.stage_editor.isVisibleTo(self) else None
        if stage is not None:
            self.show_item(stage.id if self.document.project.lookup(stage.id) else None)
        if self.touchpoint is None:
            return
        if self.document.project.lookup(self.touchpoint.id) is None:
            self.show_item(None)
        elif not (isinstance(event, ValueChanged) and event.touchpoint_id != self.touchpoint.id):
            self._load()

    # -- showing -------------------------------------------------------------------

    def _load(self) -> None:
        """Fill every field from the model without echoing edits back."""
        self._loading = True
        try:
            project, tp = self.document.project, self.touchpoint
            jmap = project.map_of(tp.id)
            show_text(self.title, tp.title)
            self._fill(self.stage, [(s.name, s.id) for s in jmap.stages], tp.stage_id)
            none = [(self.tr("None"), None)]
            self._fill(self.channel, none + [(c.name, c.id) for c in project.channels], tp.channel_id)
            self._fill(self.department, none + [(d.name, d.id) for d in project.departments], tp.department_id)
            show_text(self.device, tp.device)
            for name, box in self.texts.items():
                show_text(box, getattr(tp, name))
            self.cells.show_touchpoint(self.document, jmap, tp)
            self.ratings.show_touchpoint(self.document, jmap, tp)
            self._chain_tabs()
        finally:
            self._loading = False

    def _chain_tabs(self) -> None:
        """Tab goes down the form as it reads, through rows built after the fixed ones."""
        chain = [self.title, self.stage, self.channel, self.department, self.device, *self.texts.values(),
                 *self.cells.chain, *self.ratings.chain]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[str, str | None]], current: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        for label, value in entries:
            combo.addItem(label, value)
        values = [value for _, value in entries]
        combo.setCurrentIndex(values.index(current) if current in values else 0)
        combo.blockSignals(False)

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
