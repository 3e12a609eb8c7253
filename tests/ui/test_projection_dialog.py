"""Map > Projected Line…: the choice of actions as one undo step, undone exactly, drawn and taken away."""

import copy
from datetime import date

from cxdesigner.canvas.editing_scene import EditingScene
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import ActionStatus
from cxdesigner.ui.projection_dialog import ProjectionDialog


def hotel():
    document = Document(load_template("hotel"))
    return document, document.project.maps[0]


def drawn(scene):
    """Per persona: whether its projected line has a path, and how many markers the plan moved."""
    return {p: (not line.projected.path().isEmpty(), line.projected_marks.path().elementCount() > 0)
            for p, line in scene.lines.items()}


def test_statuses_and_a_date_chosen_then_undone_exactly(qtbot):
    document, jmap = hotel()
    project = document.project
    # The template's plan: the technician on call in progress from 15 January, online check-in
    # planned for 1 April, the post-stay e-mails for 1 June.
    before = copy.deepcopy(project)
    scene = EditingScene(document, jmap.id)
    assert not any(path for path, _ in drawn(scene).values())
    dialog = ProjectionDialog(jmap)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "No status is ticked: the map shows no projected line."
    dialog.statuses[ActionStatus.PLANNED].setChecked(True)
    dialog.statuses[ActionStatus.IN_PROGRESS].setChecked(True)
    assert dialog.summary.text() == "3 actions with an expected effect will be applied."
    dialog.by_date.setChecked(True)
    assert dialog.until.date().toString("yyyy-MM-dd") == "2026-06-01"  # the plan's last date to start from
    dialog.until.setDate(dialog.until.date().fromString("2026-03-31", "yyyy-MM-dd"))
    assert dialog.summary.text() == "1 action with an expected effect will be applied."  # the technician
    document.push(dialog.command(project))
    assert jmap.projected_statuses == [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS]
    assert jmap.projected_until == date(2026, 3, 31)
    assert document.undo_stack.count() == 1 and not document.undo_stack.isClean()
    assert all(path and marks for path, marks in drawn(scene).values())
    document.undo_stack.undo()
    assert project == before
    assert not any(path for path, _ in drawn(scene).values())
    document.undo_stack.redo()
    assert jmap.projected_until == date(2026, 3, 31)
    scene.detach()


def test_switch_off_is_one_step_and_nothing_changed_is_none(qtbot):
    document, jmap = hotel()
    project = document.project
    jmap.projected_statuses = [ActionStatus.IDEA]
    unchanged = ProjectionDialog(jmap)
    qtbot.addWidget(unchanged)
    assert unchanged.command(project) is None
    dialog = ProjectionDialog(jmap)
    qtbot.addWidget(dialog)
    dialog.switch_off()
    assert dialog.result() == ProjectionDialog.DialogCode.Accepted
    command = dialog.command(project)
    assert command.text() == "Switch off the projected line"
    document.push(command)
    assert jmap.projected_statuses == [] and jmap.projected_until is None
    document.undo_stack.undo()
    assert jmap.projected_statuses == [ActionStatus.IDEA]
