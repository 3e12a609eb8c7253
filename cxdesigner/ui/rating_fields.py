"""The Inspector's satisfaction rows: per persona of the map, a rating, its evidence and a target.

Tab goes value, evidence, target, then the next persona's value; nothing here moves
the map's selection. Each entered value is one undo step (arrow steps merge).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from cxdesigner.editor.commands import SetValueCommand
from cxdesigner.editor.document import Document
from cxdesigner.model import RATING, TARGET, Evidence, JourneyMap, Touchpoint
from cxdesigner.ui.scale_spin import ScaleSpin

EVIDENCE_NAMES = {Evidence.ASSUMPTION: QT_TRANSLATE_NOOP("RatingFields", "Assumption"), Evidence.SURVEY: QT_TRANSLATE_NOOP("RatingFields", "Survey"), Evidence.INTERVIEW: QT_TRANSLATE_NOOP("RatingFields", "Interview"),
                  Evidence.ANALYTICS: QT_TRANSLATE_NOOP("RatingFields", "Analytics")}


class RatingFields(QWidget):
    #: A persona's rating or target was entered here (its id): the line last touched.
    touched = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.document: Document | None = None
        self.touchpoint: Touchpoint | None = None
        self.rows: dict[str, tuple[ScaleSpin, QComboBox, ScaleSpin]] = {}
        self._built_for: tuple | None = None

    def show_touchpoint(self, document: Document, jmap: JourneyMap, touchpoint: Touchpoint) -> None:
        """Fill the rows; they are rebuilt only when the map's personas or scale change, so a
        field being edited keeps its focus while its own edit comes back as an event."""
        self.document, self.touchpoint = document, touchpoint
        personas = [document.project.find(p) for p in jmap.persona_ids]
        shape = (tuple((p.id, p.name, p.color) for p in personas), jmap.scale)
        if shape != self._built_for:
            self._build(personas, jmap.scale)
            self._built_for = shape
        for persona_id, (value, evidence, target) in self.rows.items():
            rating = jmap.rating(touchpoint.id, persona_id)
            value.set_value(rating.value if rating else None)
            evidence.blockSignals(True)
            evidence.setCurrentIndex(list(Evidence).index(rating.evidence) if rating else 0)
            evidence.blockSignals(False)
            evidence.setEnabled(rating is not None)
            aim = jmap.target(touchpoint.id, persona_id)
            target.set_value(aim.value if aim else None)

    def _build(self, personas, scale) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.rows = {}
        previous: QWidget | None = None
        for row, persona in enumerate(personas):
            value, target = ScaleSpin(scale, self.tr("not rated")), ScaleSpin(scale, self.tr("no target"))
            value.setAccessibleName(self.tr("Satisfaction of %1").replace("%1", persona.name))
            target.setAccessibleName(self.tr("Target satisfaction of %1").replace("%1", persona.name))
            target.setToolTip(self.tr("Where this touchpoint should get to (the to-be line, drawn fainter)"))
            evidence = QComboBox()
            evidence.setAccessibleName(self.tr("Evidence for %1").replace("%1", persona.name))
            for kind in Evidence:
                evidence.addItem(self.tr(EVIDENCE_NAMES[kind]), kind)
            value.valueChanged.connect(lambda _v, p=persona.id: self._rate(p))
            target.valueChanged.connect(lambda _v, p=persona.id: self._aim(p))
            evidence.activated.connect(lambda _i, p=persona.id: self._set_evidence(p))
            label = QLabel(persona.name)
            label.setWordWrap(True)
            label.setStyleSheet(f"color: {persona.color}; font-weight: bold")
            self.grid.addWidget(label, 3 * row, 0, 1, 3)
            self.grid.addWidget(value, 3 * row + 1, 1)
            self.grid.addWidget(evidence, 3 * row + 1, 2)
            self.grid.addWidget(target, 3 * row + 2, 1)
            self.grid.addWidget(QLabel(self.tr("Target")), 3 * row + 2, 2)
            for widget in (value, evidence, target):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
            self.rows[persona.id] = (value, evidence, target)

    @property
    def chain(self) -> list[QWidget]:
        """The fields in the order Tab goes through them."""
        return [widget for row in self.rows.values() for widget in row]

    # -- editing ------------------------------------------------------------------------

    def _map(self) -> JourneyMap:
        return self.document.project.map_of(self.touchpoint.id)

    def _rate(self, persona_id: str) -> None:
        value, evidence, _ = self.rows[persona_id]
        jmap = self._map()
        entered = value.current()
        old = jmap.rating(self.touchpoint.id, persona_id)
        if entered is not None and old is not None and old.value == entered:
            return
        details = {} if entered is None else {"evidence": Evidence(evidence.currentData()) if old else
                                              Evidence.ASSUMPTION}
        self.touched.emit(persona_id)
        self._push(SetValueCommand(self.document.project, RATING, jmap.id, self.touchpoint.id, persona_id, entered,
                                   merge=True, **details))

    def _aim(self, persona_id: str) -> None:
        jmap = self._map()
        self.touched.emit(persona_id)
        self._push(SetValueCommand(self.document.project, TARGET, jmap.id, self.touchpoint.id, persona_id,
                                   self.rows[persona_id][2].current()))

    def _set_evidence(self, persona_id: str) -> None:
        """Another evidence kind for the same rating: its value and measurements stay."""
        jmap = self._map()
        rating = jmap.rating(self.touchpoint.id, persona_id)
        evidence = Evidence(self.rows[persona_id][1].currentData())
        if rating is None or rating.evidence == evidence:
            return
        self._push(SetValueCommand(
            self.document.project, RATING, jmap.id, rating.touchpoint_id, persona_id, rating.value, evidence=evidence,
            n=rating.n, spread=rating.spread, interval_low=rating.interval_low, interval_high=rating.interval_high))

    def _push(self, command) -> None:
        """One undo step; when nothing is recorded (refused, or no change) the fields show the model again."""
        if not self.document.try_push(command):
            self.show_touchpoint(self.document, self._map(), self.touchpoint)
