"""Panels behind another tab are built when first shown, and then behave as if they always were.

Building every panel with the window cost the start a fifth of a second: the one in
front of each group is built with the window, the others the first time their tab or
the saved window layout shows them.
"""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTabBar

from cxdesigner.analysis.scores import mean_satisfaction
from cxdesigner.editor.commands import AddItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Persona
from cxdesigner.ui.main_window import MainWindow
from cxdesigner.ui.side_panels import LATER


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def shown(qtbot, settings) -> MainWindow:
    window = MainWindow(Document(load_template("hotel")), settings)
    qtbot.addWidget(window, before_close_func=lambda w: w.document and w.document.undo_stack.setClean())
    window.show()
    QTest.qWaitForWindowExposed(window)
    QApplication.processEvents()
    return window


def click_tab(window: MainWindow, title: str) -> None:
    """Click the dock tab named ``title``, as a person does."""
    for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
        for index in range(bar.count()):
            if bar.isVisible() and bar.tabText(index).replace("&&", "&") == title:
                QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                                 bar.tabRect(index).center())
                QApplication.processEvents()
                return
    raise AssertionError(f"no dock tab {title!r} on screen")


def test_only_the_panels_in_front_are_built_with_the_window(qtbot, settings):
    window = shown(qtbot, settings)
    assert set(LATER) == {"catalog", "personas", "annotations", "insights", "comments"}
    assert not window.panels._built
    assert [d.objectName() for d in window.panels.docks if not d.visibleRegion().isEmpty()] == ["palette",
                                                                                                 "inspector"]


def test_a_tab_clicked_builds_its_panel_showing_the_map(qtbot, settings):
    window = shown(qtbot, settings)
    jmap = window.document.project.maps[0]
    click_tab(window, "Insights")
    qtbot.waitUntil(lambda: "insights" in window.panels._built and window.panels.insights.isVisible())
    panel = window.panels.insights
    assert panel.figures["mean_satisfaction"].text() == f"{mean_satisfaction(jmap, jmap.persona_ids[0]):.2f}"
    assert len(panel.comparison.getPlotItem().listDataItems()) == 2
    assert window.panels.dock_of(panel).objectName() == "insights"
    assert set(window.panels._built) == {"insights"}  # the others wait for their turn


def test_a_panel_built_late_knows_the_selection_and_follows_edits(qtbot, settings):
    window = shown(qtbot, settings)
    touchpoint = window.document.project.maps[0].touchpoints[2]
    window.scene.cards[touchpoint.id].setSelected(True)
    click_tab(window, "Goals & actions")
    panel = window.panels.annotations
    assert {editor.selected_touchpoint for editor in panel.editors.values()} == {touchpoint.id}
    click_tab(window, "Personas")
    personas = window.panels.personas
    before = personas.list.count()
    window.panels.push(AddItemCommand(window.document.project, Persona(name="Sam"), label="Add persona"))
    assert personas.list.count() == before + 1


def test_the_saved_layout_brings_a_panel_in_front_again(qtbot, settings):
    window = shown(qtbot, settings)
    click_tab(window, "Insights")
    window.close()
    again = shown(qtbot, settings)
    qtbot.waitUntil(lambda: "insights" in again.panels._built and again.panels.insights.isVisible())
    assert again.panels.insights.figures["mean_satisfaction"].text()
    assert not again.panels.dock_of(again.panels.insights).visibleRegion().isEmpty()
