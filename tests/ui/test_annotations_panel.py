"""Goals, pain points, positive moments and actions, edited on the current map."""

import copy

import pytest
from PySide6.QtCore import Qt

from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Action, Goal, PainPoint, PositiveMoment, Priority
from cxdesigner.ui.annotations_panel import AnnotationsPanel


@pytest.fixture
def panel(qtbot):
    document = Document(load_template("hotel"))
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    panel.follow(document, document.project.maps[0].id)
    return panel, document


def test_lists_every_kind(panel):
    view, document = panel
    jmap = document.project.maps[0]
    for kind, entries in ((Goal, jmap.goals), (PainPoint, jmap.pain_points),
                          (PositiveMoment, jmap.positive_moments), (Action, jmap.actions)):
        assert view.editors[kind].list.count() == len(entries)


def test_stage_filter(panel):
    view, document = panel
    jmap = document.project.maps[0]
    pains = view.editors[PainPoint]
    stay = jmap.stages[2]
    pains.stage_filter.setCurrentIndex(pains.stage_filter.findData(stay.id))
    pains.stage_filter.activated.emit(pains.stage_filter.currentIndex())
    in_stay = {t.id for t in jmap.touchpoints_in(stay.id)}
    expected = [p for p in jmap.pain_points if set(p.touchpoint_ids) & in_stay]
    assert pains.visible_entries() == expected and pains.list.count() == len(expected)


def test_edit_add_link_and_undo(panel):
    view, document = panel
    project = document.project
    jmap = project.maps[0]
    before = copy.deepcopy(project)
    actions = view.editors[Action]
    actions.list.setCurrentRow(0)
    action = actions.current()
    actions.combos["priority"].setCurrentIndex(3)
    actions.combos["priority"].activated.emit(3)
    assert action.priority == Priority.CRITICAL
    actions.effect.setValue(1.5)
    assert action.expected_effect == 1.5
    pains = view.editors[PainPoint]
    pains.add()
    new = jmap.pain_points[-1]
    assert new.text == "New entry" and new.touchpoint_ids == [jmap.touchpoints[0].id]
    pains.touchpoints.item(3).setCheckState(Qt.CheckState.Checked)
    assert new.touchpoint_ids == [jmap.touchpoints[0].id, jmap.touchpoints[3].id]
    pains.text.committed.emit("The lift is slow")
    assert new.text == "The lift is slow" and pains.list.currentItem().text() == "The lift is slow"
    goals = view.editors[Goal]
    goals.add()
    assert jmap.goals[-1].first_id == jmap.stages[0].id and jmap.goals[-1].last_id == jmap.stages[-1].id
    goals.delete()
    assert project.problems() == []
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert project == before


def test_adding_without_touchpoints_is_explained(qtbot):
    document = Document(load_template("blank"))
    panel = AnnotationsPanel()
    qtbot.addWidget(panel)
    panel.follow(document, document.project.maps[0].id)
    refusals = []
    panel.editors[PositiveMoment].document.refused.connect(refusals.append)
    panel.editors[PositiveMoment].add()
    assert refusals == ["Add a touchpoint to this map first."]


def test_goals_filter_by_persona(panel):
    view, document = panel
    jmap = document.project.maps[0]
    goals = view.editors[Goal]
    assert goals.persona_filter.isVisibleTo(goals) or not goals.isVisible()
    goals.persona_filter.setCurrentIndex(goals.persona_filter.findData(jmap.persona_ids[1]))
    goals.persona_filter.activated.emit(goals.persona_filter.currentIndex())
    assert goals.visible_entries() == [g for g in jmap.goals if g.persona_id == jmap.persona_ids[1]]
    assert goals.list.count() == len(goals.visible_entries()) > 0


def test_an_actions_phase_date_and_order_each_one_undo_step(panel, qtbot):
    from datetime import date

    view, document = panel
    project = document.project
    jmap = project.maps[0]
    before = copy.deepcopy(project)
    actions = view.editors[Action]
    refusals = []
    document.refused.connect(refusals.append)
    actions.list.setCurrentRow(1)
    action = actions.current()
    assert actions.list.item(1).text() == f"2. {action.text}\nnext · 2026-04-01"  # the template's plan
    plan = actions.plan
    assert [plan.phase.itemText(i) for i in range(plan.phase.count())] == ["now", "next", "later"]
    plan.phase.setEditText("Pilot in May")
    plan.phase.lineEdit().editingFinished.emit()
    assert action.phase == "Pilot in May"
    plan.planned.setText("2026-05-04")
    plan.planned.editingFinished.emit()
    assert action.planned_on == date(2026, 5, 4)
    assert actions.list.item(1).text() == f"2. {action.text}\nPilot in May · 2026-05-04"
    plan.planned.setText("4 May")
    plan.planned.editingFinished.emit()
    assert refusals == ["A planned date is written year-month-day, such as 2026-03-01."]
    assert action.planned_on == date(2026, 5, 4) and plan.planned.text() == "2026-05-04"
    plan.move(-1)
    assert jmap.actions[0] is action and actions.current() is action
    assert actions.list.item(0).text().startswith(f"1. {action.text}")
    plan.move(-1)  # already first: nothing
    assert document.undo_stack.count() == 3
    for _ in range(3):
        document.undo_stack.undo()
    assert project == before
    actions.list.setCurrentRow(0)
    assert [plan.phase.itemText(i) for i in range(plan.phase.count())] == ["now", "next", "later"]


def test_with_a_stage_shown_an_action_moves_past_the_one_shown_before_it(panel):
    view, document = panel
    jmap = document.project.maps[0]
    actions = view.editors[Action]
    stay = next(s for s in jmap.stages if s.name == "Stay")
    actions.stage_filter.setCurrentIndex(actions.stage_filter.findData(stay.id))
    actions.stage_filter.activated.emit(actions.stage_filter.currentIndex())
    shown = actions.visible_entries()
    assert len(shown) == 3 and len(jmap.actions) == 6
    dinner = shown[2]
    actions.list.setCurrentRow(2)
    actions.plan.move(-1)  # past the check-in, the action shown before it
    assert actions.visible_entries() == [shown[0], dinner, shown[1]] and actions.current() is dinner
    actions.plan.move(-1)
    actions.plan.move(-1)  # first of those shown already: nothing
    assert jmap.actions[0] is dinner and document.undo_stack.count() == 2
