"""The Insights panel shows the map's figures and follows edits."""

import pytest
from PySide6.QtCore import QSettings

from cxdesigner.analysis.definitions import FIGURES
from cxdesigner.analysis.scores import mean_satisfaction, peak_end
from cxdesigner.editor.commands import SetValueCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import RATING, TARGET
from cxdesigner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    window = MainWindow(Document(load_template("hotel")), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    dock = window.panels.dock_of(window.panels.insights)
    dock.show()
    dock.raise_()
    qtbot.waitUntil(lambda: window.panels.insights.isVisible())
    return window


def test_figures_lists_and_charts_for_the_chosen_persona(window):
    panel, jmap = window.panels.insights, window.document.project.maps[0]
    claire, morenos = jmap.persona_ids
    assert panel.persona.currentData() == claire
    assert panel.figures["mean_satisfaction"].text() == f"{mean_satisfaction(jmap, claire):.2f}"
    assert panel.figures["peak_end"].text() == f"{peak_end(jmap, claire).score:.2f}"
    assert panel.figures["nps"].text() == "—"  # no survey yet
    assert panel.figures["mean_satisfaction"].toolTip() == FIGURES["mean_satisfaction"].definition
    assert "Reports a problem in the room: 1" in panel.lists["weakest_touchpoints"].text()
    assert "→" in panel.lists["gaps"].text() and not panel.lists["target_gap"].isVisibleTo(panel)
    assert len(panel.comparison.getPlotItem().listDataItems()) == 2
    panel.persona.setCurrentIndex(1)
    panel.persona.activated.emit(1)
    assert panel.figures["mean_satisfaction"].text() == f"{mean_satisfaction(jmap, morenos):.2f}"


def test_follows_edits_shortly_after(window, qtbot):
    panel, document = window.panels.insights, window.document
    jmap = document.project.maps[0]
    claire = jmap.persona_ids[0]
    for touchpoint in jmap.touchpoints:
        document.push(SetValueCommand(document.project, RATING, jmap.id, touchpoint.id, claire, 5))
    document.push(SetValueCommand(document.project, TARGET, jmap.id, jmap.touchpoints[0].id, claire, 5))
    qtbot.waitUntil(lambda: panel.figures["mean_satisfaction"].text() == "5.00")
    assert panel.figures["target_gap"].text() == "+0.00" and panel.lists["target_gap"].isVisibleTo(panel)


def test_survey_waves_appear_with_the_first_survey_and_go_with_its_undo(window, qtbot, tmp_path):
    from cxdesigner.editor.commands import AddItemCommand
    from cxdesigner.model import SurveyAnswer, SurveyDataset
    panel, document = window.panels.insights, window.document
    waves = panel.waves
    assert not waves.table.isVisibleTo(panel) and not waves.plan_box.isVisibleTo(panel)
    assert waves.note.text().startswith("No survey yet")
    jmap = document.project.maps[0]
    answers = [SurveyAnswer(respondent=f"r{i}", question="Q1", value=float(v)) for i, v in enumerate([2, 4, 3, 5])]
    document.push(AddItemCommand(document.project, SurveyDataset(
        name="Pilot", map_id=jmap.id, question_touchpoints={"Q1": jmap.touchpoints[0].id}, answers=answers)))
    qtbot.waitUntil(lambda: waves.table.rowCount() == 2)
    assert waves.table.item(0, 0).text() == jmap.touchpoints[0].title and waves.table.item(1, 0).text() == "Pilot"
    assert waves.table.item(1, 1).text() == "3.50 ±2.05" and waves.note.text().startswith("1 wave,")
    assert "<b>25 more answers</b> (29 in all; ±2.05 now)" in waves.plan.text()  # sd 1.29: 29 answers for ±0.5
    panel.grab().save(str(tmp_path / "insights.png"))
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: not waves.table.isVisibleTo(panel))


def test_projected_mean_and_peak_end_beside_todays_while_the_line_is_on(window, qtbot):
    from cxdesigner.editor.commands import UpdateItemCommand
    from cxdesigner.model import ActionStatus

    panel, document = window.panels.insights, window.document
    jmap = document.project.maps[0]
    claire = jmap.persona_ids[0]
    rows = (panel.figures["projected_mean"], panel.figures["projected_peak_end"])
    assert not any(row.isVisibleTo(panel) for row in rows)
    # Claire today: 3, 4, 3, 5, 3, 4, 1, 4, 4 (mean 31 / 9). The technician on call (in progress, +2)
    # lifts the incident from 1 to 3; nothing else is in progress: mean 33 / 9.
    document.push(UpdateItemCommand(document.project, jmap.id, projected_statuses=[ActionStatus.IN_PROGRESS]))
    qtbot.waitUntil(lambda: all(row.isVisibleTo(panel) for row in rows))
    today_mean = mean_satisfaction(jmap, claire)
    assert panel.figures["projected_mean"].text() == f"{today_mean + 2 / 9:.2f}  (+0.22)"
    # The peak stays the room (5, as far from neutral as the incident was, and earlier), the end 4.
    assert panel.figures["projected_peak_end"].text() == "4.50  (unchanged)"
    assert panel.figures["projected_mean"].toolTip() == FIGURES["projected_mean"].definition
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: not any(row.isVisibleTo(panel) for row in rows))
