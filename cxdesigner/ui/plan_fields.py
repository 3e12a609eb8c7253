"""An action's place in the plan, in the Actions tab: its phase, its planned date and its order.

The phase is the designer's own word, with "now", "next" and "later" and the phases the map
already uses offered; the date is typed as year-month-day (empty for none) and a date that
cannot be read is refused in one sentence. Move Earlier and Move Later change the order the
actions are applied in. Each change is one undo step, through the panel's ``_update``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton

from cxdesigner.editor.commands import MoveItemCommand
from cxdesigner.model import Action, JourneyMap
from cxdesigner.ui.text_box import line_field, show_text

#: Offered in the phase list in the editor's language (a phase is the words typed or chosen, kept as they are).
SUGGESTED_PHASES = (QT_TRANSLATE_NOOP("PlanFields", "now"), QT_TRANSLATE_NOOP("PlanFields", "next"),
                    QT_TRANSLATE_NOOP("PlanFields", "later"))


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanFields", text)


class PlanFields(QObject):
    """The phase, planned date and order fields of ``editor`` (an ``AnnotationEditor`` of actions)."""

    def __init__(self, editor, form: QFormLayout) -> None:
        super().__init__(editor)
        self.editor = editor
        self.phase = QComboBox()
        self.phase.setEditable(True)
        self.phase.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.phase.setAccessibleName(tr(QT_TRANSLATE_NOOP("PlanFields", "Phase")))
        self.phase.setToolTip(tr(QT_TRANSLATE_NOOP("PlanFields", "When in the plan: now, next, later, or a word of your own")))
        self.phase.lineEdit().editingFinished.connect(self._phase_finished)
        self.phase.activated.connect(lambda _: self._phase_finished())
        form.addRow(tr(QT_TRANSLATE_NOOP("PlanFields", "Phase")), self.phase)
        self.planned = line_field(self._date_finished, tr(QT_TRANSLATE_NOOP("PlanFields", "YYYY-MM-DD")))
        self.planned.setAccessibleName(tr(QT_TRANSLATE_NOOP("PlanFields", "Planned on")))
        self.planned.setToolTip(tr(QT_TRANSLATE_NOOP("PlanFields", "The day the action is planned for, as year-month-day; empty for none")))
        form.addRow(tr(QT_TRANSLATE_NOOP("PlanFields", "Planned on")), self.planned)

    def order_buttons(self) -> QHBoxLayout:
        """Move Earlier and Move Later (Alt+Up, Alt+Down in the list): the plan's order."""
        bar = QHBoxLayout()
        for text, step, keys, tip in ((tr(QT_TRANSLATE_NOOP("PlanFields", "Move Earlier")), -1, "Alt+Up", tr(QT_TRANSLATE_NOOP("PlanFields", "Apply the selected action earlier"))),
                                      (tr(QT_TRANSLATE_NOOP("PlanFields", "Move Later")), 1, "Alt+Down", tr(QT_TRANSLATE_NOOP("PlanFields", "Apply the selected action later")))):
            button = QPushButton(text)
            button.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            button.clicked.connect(lambda _checked=False, step=step: self.move(step))
            bar.addWidget(button)
            shortcut = QShortcut(QKeySequence(keys), self.editor.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)  # only while the list has the focus
            shortcut.activated.connect(lambda step=step: self.move(step))
        return bar

    def load(self, jmap: JourneyMap, action: Action) -> None:
        """Show ``action``'s phase and date (never over what is being typed)."""
        suggested = [tr(phase) for phase in SUGGESTED_PHASES]
        used = [a.phase for a in jmap.actions if a.phase and a.phase not in suggested]
        phases = [*suggested, *dict.fromkeys(used)]
        if [self.phase.itemText(i) for i in range(self.phase.count())] != phases:
            self.phase.clear()
            self.phase.addItems(phases)
        if not (self.phase.hasFocus() and self.phase.lineEdit().isModified()):
            self.phase.setEditText(action.phase)
            self.phase.lineEdit().setModified(False)
        show_text(self.planned, action.planned_on.isoformat() if action.planned_on else "")

    def _phase_finished(self) -> None:
        self.phase.lineEdit().setModified(False)
        self.editor._update(phase=self.phase.currentText().strip())

    def _date_finished(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.editor._update(planned_on=None)
            return
        try:
            day = date.fromisoformat(text)
        except ValueError:
            self.editor.document.refused.emit(tr(QT_TRANSLATE_NOOP("PlanFields", "A planned date is written year-month-day, such as 2026-03-01.")))
            self.editor._load()
            return
        self.editor._update(planned_on=day)

    def move(self, step: int) -> None:
        """Move the selected action one place earlier or later in the plan, past the action shown
        before or after it: one undo step."""
        action, jmap = self.editor.current(), self.editor.jmap
        if action is None or jmap is None:
            return
        # Past the neighbour the list shows (with a stage chosen, the actions between stay put).
        shown = self.editor.visible_entries()
        neighbour = shown.index(action) + step
        if 0 <= neighbour < len(shown):
            index = jmap.actions.index(shown[neighbour])
            project = self.editor.document.project
            if self.editor._push(MoveItemCommand(project, action.id, index)):
                entries = self.editor.visible_entries()
                if action in entries:
                    self.editor.list.setCurrentRow(entries.index(action))


def plan_label(action: Action, step: int) -> str:
    """An action's row in the list: its ``step`` in the plan, its text, and its phase and date."""
    when = " · ".join(p for p in (action.phase, action.planned_on.isoformat() if action.planned_on else "") if p)
    text = f"{step}. {action.text or tr(QT_TRANSLATE_NOOP('PlanFields', '(no text)'))}"
    return f"{text}\n{when}" if when else text
