"""Goals, pain points, positive moments and actions of the current map.

One editor per kind: a list (filterable by stage), Add and Delete, and the
selected entry's fields, each edit one undo step. Links to touchpoints, pain
points and owners are chosen from the map's own lists.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QListWidget, QListWidgetItem, QSizePolicy,
                               QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from cxdesigner.canvas.words import choice_name
from cxdesigner.editor.commands import AddItemCommand, RemoveItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.model import (Action, ActionStatus, Department, Evidence, Goal, JourneyMap, PainPoint, Persona,
                              PositiveMoment, Priority, Stage, Touchpoint)
from cxdesigner.ui.following import Following
from cxdesigner.ui.colors import swatch
from cxdesigner.ui.panel_edits import PanelEdits
from cxdesigner.ui.plan_fields import PlanFields, plan_label
from cxdesigner.ui.text_box import TextBox

LISTS = {Goal: "goals", PainPoint: "pain_points", PositiveMoment: "positive_moments", Action: "actions"}
ENUM_FIELDS = {"evidence": Evidence, "priority": Priority, "status": ActionStatus}
LIST_NAMES = {Goal: "Goals", PainPoint: "Pain points", PositiveMoment: "Positive moments", Action: "Actions"}


class AnnotationEditor(Following, PanelEdits, QWidget):
    """The entries of one kind on the current map."""

    MAP_BOUND = True

    def __init__(self, kind: type, parent=None) -> None:
        super().__init__(parent)
        self.kind, self._loading = kind, False
        self.SHOWS = (kind, Stage, Touchpoint, Persona, Department, PainPoint, JourneyMap)
        #: The one touchpoint selected on the map: where a new entry goes.
        self.selected_touchpoint: str | None = None
        layout = QVBoxLayout(self)
        self.stage_filter = QComboBox()
        self.stage_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stage_filter.setAccessibleName(self.tr("Show entries of stage"))
        self.stage_filter.activated.connect(lambda: self.refresh(None))
        layout.addWidget(self.stage_filter)
        self.persona_filter = QComboBox()  # goals only: whose goals to list
        self.persona_filter.setAccessibleName(self.tr("Show goals of persona"))
        self.persona_filter.activated.connect(lambda: self.refresh(None))
        layout.addWidget(self.persona_filter)
        self.persona_filter.setVisible(kind is Goal)  # once in the layout: alone, it would open as a window
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr(LIST_NAMES[kind]))
        self.list.setWordWrap(True)  # long texts wrap rather than widen the panel
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The list's contents never move the form below it: it takes the room it is given.
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.list.setMinimumHeight(90)
        self.list.currentRowChanged.connect(lambda _: self._load())
        layout.addWidget(self.list, 1)
        layout.addLayout(self._button_bar(((QT_TRANSLATE_NOOP("PanelEdits", "Add"), self.add, QT_TRANSLATE_NOOP("PanelEdits", "Add one to this map")),
                                           (QT_TRANSLATE_NOOP("PanelEdits", "Delete"), self.delete, QT_TRANSLATE_NOOP("PanelEdits", "Delete the selected one")))))
        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        layout.addWidget(self.fields, 2)
        self.text = TextBox()
        self.text.committed.connect(lambda text: self._update(text=text))
        self.form.addRow(self.tr("Text"), self.text)
        self.combos: dict[str, QComboBox] = {}
        self.touchpoints = QListWidget()  # pain points: every touchpoint they affect
        self.touchpoints.itemChanged.connect(self._touchpoints_ticked)
        self.severity = QSpinBox()
        self.severity.setRange(1, 5)
        self.severity.setKeyboardTracking(False)
        self.severity.setToolTip(self.tr("1 minor … 5 blocking"))
        self.severity.valueChanged.connect(lambda v: self._update(severity=v))
        self.effect = QDoubleSpinBox()
        self.effect.setRange(-101, 100)
        self.effect.setSpecialValueText(self.tr("not set"))
        self.effect.setKeyboardTracking(False)
        self.effect.setToolTip(self.tr("The change of satisfaction this action should bring, in the map's scale"))
        self.effect.valueChanged.connect(lambda v: self._update(expected_effect=None if v <= -101 else v))
        self.resources: dict[str, TextBox] = {}
        self.plan: PlanFields | None = None  # actions only: phase, planned date, order
        self._steps: dict[str, int] = {}  # each action's step in the plan, counted once per refresh
        self._build_fields()
        if self.plan is not None:
            layout.insertLayout(layout.indexOf(self.list) + 2, self.plan.order_buttons())

    def _combo(self, field: str, label: str) -> None:
        combo = self.combos[field] = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)  # long texts elide instead of widening the panel
        combo.activated.connect(lambda: self._update(**{field: self._chosen(field, combo)}))
        self.form.addRow(self.tr(label), combo)

    @staticmethod
    def _chosen(field: str, combo: QComboBox):
        """The combo's value as the model holds it (Qt hands enum members back as their text)."""
        value, kind = combo.currentData(), ENUM_FIELDS.get(field)
        return kind(value) if kind is not None and value is not None else value

    def _build_fields(self) -> None:
        if self.kind is Goal:
            self._combo("persona_id", QT_TRANSLATE_NOOP("AnnotationEditor", "Persona"))
            self._combo("first_id", QT_TRANSLATE_NOOP("AnnotationEditor", "From"))
            self._combo("last_id", QT_TRANSLATE_NOOP("AnnotationEditor", "To"))
        elif self.kind is PainPoint:
            self.form.addRow(self.tr("Severity"), self.severity)
            self._combo("evidence", QT_TRANSLATE_NOOP("AnnotationEditor", "Evidence"))
            self.form.addRow(self.tr("Touchpoints"), self.touchpoints)
        elif self.kind is PositiveMoment:
            self._combo("touchpoint_id", QT_TRANSLATE_NOOP("AnnotationEditor", "Touchpoint"))
        else:
            for field, label in (("touchpoint_id", QT_TRANSLATE_NOOP("AnnotationEditor", "Touchpoint")), ("pain_point_id", QT_TRANSLATE_NOOP("AnnotationEditor", "Pain point")),
                                 ("owner_id", QT_TRANSLATE_NOOP("AnnotationEditor", "Owner")), ("priority", QT_TRANSLATE_NOOP("AnnotationEditor", "Priority")), ("status", QT_TRANSLATE_NOOP("AnnotationEditor", "Status"))):
                self._combo(field, label)
            self.plan = PlanFields(self, self.form)
            for field, label in (("resources_available", QT_TRANSLATE_NOOP("AnnotationEditor", "Resources we have")),
                                 ("resources_needed", QT_TRANSLATE_NOOP("AnnotationEditor", "Resources needed"))):
                box = self.resources[field] = TextBox()
                box.committed.connect(lambda text, field=field: self._update(**{field: text}))
                self.form.addRow(self.tr(label), box)
            self.form.addRow(self.tr("Expected effect"), self.effect)

    # -- following the document ----------------------------------------------------

    @property
    def jmap(self) -> JourneyMap | None:
        entry = self.document.project.lookup(self.map_id) if self.document and self.map_id else None
        return entry[0] if entry else None

    def visible_entries(self) -> list:
        jmap = self.jmap
        if jmap is None:
            return []
        stage, persona = self.stage_filter.currentData(), self.persona_filter.currentData()
        entries = getattr(jmap, LISTS[self.kind])
        return [e for e in entries if (stage is None or stage in self._stages_of(jmap, e))
                and (persona is None or getattr(e, "persona_id", None) == persona)]

    @staticmethod
    def _stages_of(jmap: JourneyMap, entry) -> set[str]:
        stage_of = {t.id: t.stage_id for t in jmap.touchpoints}
        ids = {getattr(entry, name, None) for name in ("touchpoint_id", "first_id", "last_id")}
        ids |= set(getattr(entry, "touchpoint_ids", []))
        return {stage_of.get(i, i) for i in ids if i}

    def current(self):
        row, entries = self.list.currentRow(), self.visible_entries()
        return entries[row] if 0 <= row < len(entries) else None

    def refresh(self, event) -> None:
        jmap, chosen = self.jmap, self.stage_filter.currentData()
        self.stage_filter.blockSignals(True)
        self.stage_filter.clear()
        self.stage_filter.addItem(self.tr("All stages"), None)
        for stage in jmap.stages if jmap else []:
            self.stage_filter.addItem(stage.name, stage.id)
        index = self.stage_filter.findData(chosen)
        self.stage_filter.setCurrentIndex(max(0, index))
        self.stage_filter.blockSignals(False)
        person = self.persona_filter.currentData()
        self.persona_filter.blockSignals(True)
        self.persona_filter.clear()
        self.persona_filter.addItem(self.tr("All personas"), None)
        for persona_id in jmap.persona_ids if jmap else []:
            self.persona_filter.addItem(self.document.project.find(persona_id).name, persona_id)
        self.persona_filter.setCurrentIndex(max(0, self.persona_filter.findData(person)))
        self.persona_filter.blockSignals(False)
        self._steps = {a.id: step for step, a in enumerate(jmap.actions, 1)} if jmap and self.kind is Action else {}
        self._fill_list([self._row(jmap, entry) for entry in self.visible_entries()])

    def _row(self, jmap: JourneyMap, entry) -> QListWidgetItem:
        """An entry's text; a goal's also says whose it is and what it spans."""
        if isinstance(entry, Action):
            return QListWidgetItem(plan_label(entry, self._steps[entry.id]))
        text = entry.text or self.tr("(no text)")
        if not isinstance(entry, Goal):
            return QListWidgetItem(text)
        persona = self.document.project.find(entry.persona_id)
        names = {item.id: getattr(item, "name", None) or getattr(item, "title", "") for item in
                 (*jmap.stages, *jmap.touchpoints)}
        first, last = names.get(entry.first_id, "?"), names.get(entry.last_id, "?")
        span = first if entry.first_id == entry.last_id else f"{first} → {last}"
        row = QListWidgetItem(swatch(persona.color), f"{text}\n{persona.name} · {span}")
        row.setToolTip(f"{text}\n{persona.name}: {span}")
        return row

    def _load(self) -> None:
        entry, jmap = self.current(), self.jmap
        self.fields.setEnabled(entry is not None)
        if entry is None:
            return
        self._loading = True
        try:
            if self.text.toPlainText() != entry.text:
                self.text.setPlainText(entry.text)
            project = self.document.project
            touchpoints = [(t.title, t.id) for t in jmap.touchpoints]
            none = [(self.tr("None"), None)]
            choices = {
                "persona_id": [(project.find(p).name, p) for p in jmap.persona_ids],
                "evidence": [(choice_name(e), e) for e in Evidence],
                "touchpoint_id": (none if self.kind is Action else []) + touchpoints,
                "pain_point_id": none + [(p.text, p.id) for p in jmap.pain_points],
                "owner_id": none + [(d.name, d.id) for d in project.departments],
                "priority": [(choice_name(p), p) for p in Priority],
                "status": [(choice_name(s), s) for s in ActionStatus],
            }
            for field, combo in self.combos.items():
                combo.clear()
                if field in ("first_id", "last_id"):
                    self._grouped(combo, [(s.name, s.id) for s in jmap.stages], touchpoints)
                else:
                    for label, value in choices[field]:
                        combo.addItem(label, value)
                combo.setCurrentIndex(max(0, combo.findData(getattr(entry, field))))
            if isinstance(entry, PainPoint):
                self.severity.setValue(entry.severity)
                self.touchpoints.clear()
                for title, touchpoint_id in touchpoints:
                    item = QListWidgetItem(title)
                    item.setData(Qt.ItemDataRole.UserRole, touchpoint_id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked if touchpoint_id in entry.touchpoint_ids
                                       else Qt.CheckState.Unchecked)
                    self.touchpoints.addItem(item)
            if isinstance(entry, Action):
                self.plan.load(jmap, entry)
                self.effect.setValue(-101 if entry.expected_effect is None else entry.expected_effect)
                for field, box in self.resources.items():
                    if box.toPlainText() != getattr(entry, field):
                        box.setPlainText(getattr(entry, field))
        finally:
            self._loading = False

    def _grouped(self, combo: QComboBox, stages, touchpoints) -> None:
        """A goal's ends: the stages, then the touchpoints, each under its heading."""
        for heading, entries in ((self.tr("Stages"), stages), (self.tr("Touchpoints"), touchpoints)):
            if combo.count():
                combo.insertSeparator(combo.count())
            combo.addItem(heading)
            header = combo.model().item(combo.count() - 1)
            header.setEnabled(False)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            for label, value in entries:
                combo.addItem(f"  {label}", value)

    # -- editing ------------------------------------------------------------------------

    def _touchpoints_ticked(self, _item) -> None:
        ticked = [self.touchpoints.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.touchpoints.count())
                  if self.touchpoints.item(i).checkState() == Qt.CheckState.Checked]
        self._update(touchpoint_ids=ticked)

    def new_entry(self):
        """A fresh entry of this kind, at the touchpoint selected on the map (else the first one);
        a goal spans the selected touchpoint, or the whole journey."""
        jmap = self.jmap
        ids = [t.id for t in jmap.touchpoints]
        selected = self.selected_touchpoint if self.selected_touchpoint in ids else None
        first = selected or (ids[0] if ids else None)
        text = self.tr("New entry")
        if self.kind is Goal:
            if not jmap.persona_ids or not jmap.stages:
                raise ValueError(self.tr("A goal needs a persona and a stage on this map."))
            persona = self.persona_filter.currentData() or jmap.persona_ids[0]
            ends = (selected, selected) if selected else (jmap.stages[0].id, jmap.stages[-1].id)
            return Goal(persona_id=persona, text=text, first_id=ends[0], last_id=ends[1])
        if self.kind is PositiveMoment:
            if first is None:
                raise ValueError(self.tr("Add a touchpoint to this map first."))
            return PositiveMoment(text=text, touchpoint_id=first)
        if self.kind is PainPoint:
            return PainPoint(text=text, touchpoint_ids=[first] if first else [])
        return Action(text=text, touchpoint_id=first)

    def add(self) -> None:
        if self.jmap is None:
            return
        try:
            entry = self.new_entry()
        except ValueError as error:
            self.document.refused.emit(str(error))
            return
        self.stage_filter.setCurrentIndex(0)
        self.persona_filter.setCurrentIndex(0)
        if self._push(AddItemCommand(self.document.project, entry, map_id=self.map_id)):
            self.list.setCurrentRow(self.visible_entries().index(entry))
            self.text.setFocus()
            self.text.selectAll()

    def delete(self) -> None:
        entry = self.current()
        if entry is not None:
            self._push(RemoveItemCommand(self.document.project, entry.id))


class AnnotationsPanel(QTabWidget):
    """Goals, pain points, positive moments and actions: one tab each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.editors = {kind: AnnotationEditor(kind) for kind in LISTS}
        for kind, label in ((Goal, QT_TRANSLATE_NOOP("AnnotationsPanel", "Goals")), (PainPoint, QT_TRANSLATE_NOOP("AnnotationsPanel", "Pain points")), (PositiveMoment, QT_TRANSLATE_NOOP("AnnotationsPanel", "Positive")),
                            (Action, QT_TRANSLATE_NOOP("AnnotationsPanel", "Actions"))):
            self.addTab(self.editors[kind], self.tr(label))

    def follow(self, document: Document, map_id: str | None) -> None:
        for editor in self.editors.values():
            editor.follow(document, map_id)

    def set_selection(self, touchpoint_id: str | None) -> None:
        for editor in self.editors.values():
            editor.selected_touchpoint = touchpoint_id
