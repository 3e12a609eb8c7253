"""Two survey waves imported through the wizard, as a person does: Insights compares them per
touchpoint and marks only the supported change, plans the next survey, and the earlier wave
is drawn on the map as a ghost line; the saved file keeps both waves with their fieldwork."""

from datetime import date

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDoubleSpinBox, QGraphicsPathItem, QLabel, QTableWidget

from cxdesigner.canvas.layout import value_to_y
from cxdesigner.storage import open_project
from test_merging import new_project

HEADER = "Respondent,Segment,Visits the hotel website,Arrives at the reception,Recommend (0-10)\n"


def answers(path, website, reception, nps):
    path.write_text(HEADER + "".join(f"{path.stem}-{i},Business,{w},{r},{n}\n"
                                     for i, (w, r, n) in enumerate(zip(website, reception, nps))))
    return path


def import_wave(person, data, wave, start, end):
    """Map > Import Survey…: the file, the wave and its fieldwork typed, then Next, Next and Finish."""
    def wizard(dialog):
        for name, text in (("Survey file", str(data)), ("Wave", wave), ("Fieldwork from", start),
                           ("Fieldwork to", end)):
            person.click(person.find(name, within=dialog))
            person.select_all_and_type(text)
        person.button(dialog, "Next >")
        person.button(dialog, "Next >")
        person.button(dialog, "Finish")
    person.answer(wizard)
    person.menu("Map", "Import Survey…")
    person._wait_for(person.all_answered, "the survey wizard to be answered")


def ghost_lines(window):
    return [item for item in window.scene.items()
            if isinstance(item, QGraphicsPathItem) and "survey wave" in item.toolTip()]


def test_two_waves_compared_planned_and_drawn_as_a_ghost(editor, tmp_path):
    path = tmp_path / "hotel.cxd"
    new_project(path)
    window, person = editor(path)
    spring = answers(tmp_path / "spring.csv", [1, 2, 3, 1, 2, 3], [3, 4, 5, 2, 4, 3], [9, 10, 6, 7, 3, 9])
    summer = answers(tmp_path / "summer.csv", [3, 4, 5, 4, 4], [4, 5, 3, 5, 4], [10, 9, 9, 8, 10])
    import_wave(person, spring, "2026 Q2", "2026-04-01", "2026-04-30")
    import_wave(person, summer, "2026 Q3", "2026-07-01", "")
    assert [(s.name, s.wave) for s in window.document.project.surveys] == [("spring", "2026 Q2"), ("summer", "2026 Q3")]
    assert window.document.undo_stack.count() == 2  # one step per import

    panel = person.panel("Insights")
    waves = panel.findChild(QTableWidget, options=Qt.FindChildOption.FindChildrenRecursively)
    # The panel redraws once the edits settle, as a person sees it do.
    person._wait_for(lambda: waves.isVisible() and waves.rowCount() == 9, "Insights to show both waves")
    table = person.find("Survey waves", QTableWidget, within=panel)
    shown = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(3)] for r in range(table.rowCount())]
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == ["Wave", "Satisfaction", "NPS"]
    assert shown == [["Visits the hotel website", "", ""],
                     ["2026 Q2", "2.00 ±0.94", ""],
                     ["2026 Q3", "▲ 4.00 ±0.88", ""],  # 2 to 4 on six and five answers: Welch p = 0.003
                     ["Arrives at the reception", "", ""],
                     ["2026 Q2", "3.50 ±1.10", ""],
                     ["2026 Q3", "4.20 ±1.04", ""],  # p = 0.250: no arrow
                     ["Journey NPS", "", ""],
                     ["2026 Q2", "—", "+17 ±72"],
                     ["2026 Q3", "—", "+80 ±35"]]  # +63 ± 80: not supported
    assert "a supported change (Welch's t = 4.14, df = 9.0, p = 0.003)" in table.item(2, 1).toolTip()
    assert "not a supported change" in table.item(5, 1).toolTip()
    assert "+63 ± 80 points since 2026 Q2: not a supported change" in table.item(8, 2).toolTip()
    assert "Fieldwork 2026-04-01 – 2026-04-30" in table.item(1, 0).toolTip()

    plan = person.find("Next survey", QLabel, within=panel)
    assert "Visits the hotel website: <b>6 more answers</b> (11 in all; ±0.88 now)" in plan.text()
    aim = person.find("Interval to aim for", QDoubleSpinBox, within=panel)
    person.click(aim)
    person.select_all_and_type("0.25")
    person.press("Tab")
    assert "Visits the hotel website: <b>29 more answers</b> (34 in all; ±0.88 now)" in plan.text()

    assert ghost_lines(window) == []
    person.menu("View", "Earlier Survey Wave", "2026 Q2")
    (ghost,) = ghost_lines(window)
    curves = [item for line in window.scene.lines.values() for item in line.items()]
    assert "2026 Q2" in ghost.toolTip() and curves and ghost.zValue() < min(item.zValue() for item in curves)
    window.view.centerOn(QPointF(ghost.boundingRect().center()))
    window.grab().save(str(tmp_path / "ghost.png"))
    person.menu("View", "Earlier Survey Wave", "None")
    assert ghost_lines(window) == []
    person.menu("View", "Earlier Survey Wave", "2026 Q2")
    person.menu("View", "Compact Lanes")  # the lanes move: the ghost goes with them
    (ghost,) = ghost_lines(window)
    jmap, layout = window.scene.jmap, window.scene.layout
    start = ghost.path().elementAt(0)
    assert (start.x, start.y) == (layout.x_of[jmap.touchpoints[0].id], value_to_y(layout, jmap, 2.0))

    person.press("Ctrl+S")
    spring_saved, summer_saved = open_project(path).surveys
    assert (spring_saved.wave, spring_saved.fieldwork_start, spring_saved.fieldwork_end) == (
        "2026 Q2", date(2026, 4, 1), date(2026, 4, 30))
    assert (summer_saved.wave, summer_saved.fieldwork_start, summer_saved.fieldwork_end) == (
        "2026 Q3", date(2026, 7, 1), None)
