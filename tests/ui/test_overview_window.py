"""The first window shows a real project: its maps, touchpoints and each persona's line."""

import math

import pyqtgraph as pg

from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import open_project, save_project
from cxdesigner.ui.overview_window import OverviewWindow


def test_shows_the_hotel_sample(qtbot, tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(load_template("hotel"), path)
    project = open_project(path)
    window = OverviewWindow(project, str(path))
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Hotel stay — hotel.cxd — CX Designer"
    assert window.maps.count() == 1 and window.maps.currentRow() == 0
    assert window.table.topLevelItemCount() == 9
    assert window.table.topLevelItem(3).text(2) == "Enters the room for the first time"
    curves = [i for i in window.plot.listDataItems() if isinstance(i, pg.PlotDataItem)]
    assert len(curves) == 2
    assert curves[0].opts["pen"].color().name() == project.personas[0].color.lower()


def test_unrated_touchpoint_breaks_the_line(qtbot, project):
    jmap = project.maps[0]
    project.clear_rating(jmap.id, jmap.touchpoints[1].id, project.personas[0].id)
    window = OverviewWindow(project)
    qtbot.addWidget(window)
    _, ys = window.plot.listDataItems()[0].getData()
    assert ys[0] == 4 and math.isnan(ys[1])
    assert window.table.topLevelItem(1).text(4) == "–"


def test_without_a_project_it_says_what_to_do(qtbot):
    window = OverviewWindow(None)
    qtbot.addWidget(window)
    assert "cxdesigner new" in window.heading.text()
    assert window.statusBar().currentMessage() == "No project open"
