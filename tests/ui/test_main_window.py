"""The editor window: title and modified mark, save, open, prompts, recent files, delete."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from cxdesigner.editor.commands import UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import open_project, save_project
from cxdesigner.ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    window = MainWindow(Document(load_template("hotel")), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def answer(monkeypatch, button):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or button)
    return asked


def test_title_shows_name_and_modified_mark(window):
    assert window.windowTitle() == "Hotel stay[*] — CX Designer" and not window.isWindowModified()
    project = window.document.project
    window.document.push(UpdateItemCommand(project, project.maps[0].touchpoints[0].id, title="Finds us"))
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_save_as_then_save_and_reopen_equals(window, tmp_path):
    project = window.document.project
    window.document.push(UpdateItemCommand(project, project.id, name="Grand Hotel"))
    assert window.files.save_to(tmp_path / "grand.cxd")
    assert window.windowTitle() == "grand.cxd[*] — CX Designer" and not window.isWindowModified()
    assert open_project(tmp_path / "grand.cxd") == project
    assert window.recent.paths() == [(tmp_path / "grand.cxd").resolve()]


def test_close_asks_and_cancel_keeps_the_window(window, monkeypatch):
    project = window.document.project
    window.document.push(UpdateItemCommand(project, project.id, name="Changed"))
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible() and "Save the changes to Changed" in asked[0]
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    assert window.close()


def test_unmodified_window_closes_without_asking(window, monkeypatch):
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert window.close() and asked == []


def test_opening_a_bad_file_warns_and_keeps_the_document(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.cxd"
    bad.write_text("not a project")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    before = window.document
    assert not window.open_path(bad)
    assert window.document is before
    assert warnings == ["bad.cxd is not a CX Designer project (it is not a database file)."]


def test_open_replaces_the_document_and_lists_the_maps(window, tmp_path):
    path = tmp_path / "bank.cxd"
    save_project(load_template("bank-account"), path)
    assert window.open_path(path)
    assert window.document.path == path and window.tabs.count() == 1
    assert window.tabs.tabText(0) == window.document.project.maps[0].name
    assert len(window.scene.cards) == len(window.document.project.maps[0].touchpoints)


def test_recent_files_drop_missing_ones(window, tmp_path):
    kept, gone = tmp_path / "kept.cxd", tmp_path / "gone.cxd"
    for path in (kept, gone):
        save_project(load_template("blank"), path)
        window.recent.add(path)
    gone.unlink()
    assert window.recent.paths() == [kept.resolve()]


def test_delete_selection_is_one_undo_step(window):
    jmap = window.document.project.maps[0]
    for touchpoint in jmap.touchpoints[:3]:
        window.scene.cards[touchpoint.id].setSelected(True)
    window.delete_selection()
    assert len(jmap.touchpoints) == 6 and window.document.undo_stack.count() == 1
    assert window.document.undo_stack.undoText() == "Delete 3 items"
    window.document.undo_stack.undo()
    assert len(jmap.touchpoints) == 9 and len(window.scene.cards) == 9


def test_start_page_offers_templates_open_and_recent(qtbot, settings, tmp_path):
    saved = tmp_path / "mine.cxd"
    save_project(load_template("blank"), saved)
    RecentFilesFor(settings).add(saved)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.start_page and window.windowTitle() == "CX Designer"
    window.show()
    assert not window.save_action.isEnabled() and not window.panels.dock_of(window.panels.inspector).isVisible()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTabBar
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    assert not any(bar.isVisible() for bar in window.findChildren(QTabBar, options=direct))  # no stray dock tabs
    names = [window.start_page.templates.item(i).text() for i in range(window.start_page.templates.count())]
    assert names[:2] == ["Blank", "Bank account"] and "Hotel" in names
    assert not window.start_page.templates.item(0).icon().isNull()
    assert window.start_page.recent.item(0).toolTip() == str(saved.resolve())
    window.start_page.template_chosen.emit("hotel", "en")
    assert window.document.project.name == "Hotel stay" and window.save_action.isEnabled()
    assert len(window.scene.cards) == 9 and window.panels.dock_of(window.panels.inspector).isVisible()
    window.files.new_document()  # unmodified: straight back to the start page
    assert window.pages.currentWidget() is window.start_page and window.document is None
    window.start_page.recent_chosen.emit(saved.resolve())
    assert window.document.path == saved.resolve()


def RecentFilesFor(settings):
    from cxdesigner.ui.recent import RecentFiles
    return RecentFiles(settings)


def test_copy_paste_between_two_windows_and_cut(qtbot, settings, tmp_path):
    first = MainWindow(Document(load_template("hotel")), settings)
    second = MainWindow(Document(load_template("online-shop")), QSettings(str(tmp_path / "b.ini"),
                                                                          QSettings.Format.IniFormat))
    for window in (first, second):
        qtbot.addWidget(window)
    hotel = first.document.project.maps[0]
    for touchpoint in hotel.touchpoints[3:5]:
        first.scene.cards[touchpoint.id].setSelected(True)
    first.clipboard.copy.trigger()
    shop = second.document.project.maps[0]
    second.scene.select_touchpoint(shop.touchpoints[1].id)
    second.clipboard.paste.trigger()
    assert [t.title for t in shop.touchpoints[2:4]] == [t.title for t in hotel.touchpoints[3:5]]
    assert shop.touchpoints[2].stage_id == shop.touchpoints[1].stage_id
    assert second.document.undo_stack.count() == 1 and second.document.project.problems() == []
    assert {second.scene.current_touchpoint()} <= {None, shop.touchpoints[2].id, shop.touchpoints[3].id}
    first.scene.clearSelection()
    first.scene.cards[hotel.touchpoints[0].id].setSelected(True)
    first.clipboard.cut.trigger()
    assert len(hotel.touchpoints) == 8 and first.document.undo_stack.undoText() == "Cut 1 touchpoint"
    first.scene.select_touchpoint(hotel.touchpoints[-1].id)
    first.clipboard.paste.trigger()
    assert hotel.touchpoints[-1].title == "Visits the hotel website"
    assert all(hotel.rating(hotel.touchpoints[-1].id, p) for p in hotel.persona_ids)
    for window in (first, second):
        window.document.undo_stack.setClean()  # as if saved: closing asks nothing


def test_window_fits_a_laptop_screen(window):
    """No panel may force the window taller or wider than a 1366x768 screen."""
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 740


def test_persona_lines_toggle_in_the_view(window):
    jmap = window.document.project.maps[0]
    window._fill_lines_menu()
    first = window.lines_menu.actions()[0]
    assert first.text() == "Claire (business traveller)" and first.isChecked()
    first.setChecked(False)
    line = window.scene.lines[jmap.persona_ids[0]]
    assert not any(item.isVisible() for item in line.items())
    from cxdesigner.editor.commands import SetValueCommand
    from cxdesigner.model import RATING
    window.document.push(SetValueCommand(window.document.project, RATING, jmap.id, jmap.touchpoints[0].id,
                                         jmap.persona_ids[0], 1))
    assert not any(item.isVisible() for item in line.items())  # stays hidden after edits
    window._show_map(0)  # and when the map is shown again
    line = window.scene.lines[jmap.persona_ids[0]]
    assert not any(item.isVisible() for item in line.items())
    window._fill_lines_menu()
    window.lines_menu.actions()[0].setChecked(True)
    assert all(h.isVisible() for h in line.handles.values())
    window.document.undo_stack.setClean()


def test_undo_and_redo_select_and_reveal_what_changed(window):
    from cxdesigner.editor.commands import SetValueCommand
    from cxdesigner.model import RATING
    jmap = window.document.project.maps[0]
    last = jmap.touchpoints[-1]
    window.document.push(SetValueCommand(window.document.project, RATING, jmap.id, last.id, jmap.persona_ids[0], 1))
    window.scene.clearSelection()
    window.view.horizontalScrollBar().setValue(0)
    window.document.undo_stack.undo()
    assert window.scene.current_touchpoint() == last.id
    assert window.view.mapFromScene(window.scene.cards[last.id].scenePos()).x() < window.view.viewport().width()
    window.scene.clearSelection()
    window.document.undo_stack.redo()
    assert window.scene.current_touchpoint() == last.id
    window.document.undo_stack.setClean()


def test_clicking_a_stage_title_edits_the_stage(window, qtbot):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtTest import QTest

    from cxdesigner.canvas.items import StageBand
    jmap = window.document.project.maps[0]
    band = next(i for i in window.scene.items() if isinstance(i, StageBand) and i.item_id == jmap.stages[1].id)
    header = band.header_rect().center()
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(header))
    editor = window.panels.inspector.stage_editor
    assert editor.isVisibleTo(window.panels.inspector) and editor.name.text() == "Booking"
    editor.name.setText("Reservation")
    editor.name.editingFinished.emit()
    assert jmap.stages[1].name == "Reservation"
    assert editor.isVisibleTo(window.panels.inspector) and editor.name.text() == "Reservation"
    column = QPointF(header.x(), band.boundingRect().bottom() - 20)  # below the title: not the stage
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=window.view.mapFromScene(column))
    assert not any(isinstance(i, StageBand) for i in window.scene.selectedItems())
    window.document.undo_stack.setClean()


def test_right_click_on_an_empty_spot_adds_a_touchpoint_there(window, monkeypatch):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication, QMenu

    from cxdesigner.canvas import gestures
    scene, view = window.scene, window.view
    jmap = window.document.project.maps[0]
    first, second = jmap.touchpoints[:2]
    card = scene.cards[first.id]
    gap = QPointF((scene.layout.x_of[first.id] + scene.layout.x_of[second.id]) / 2, card.scenePos().y() + 20)
    view.centerOn(gap)
    offered = []

    class Recording(QMenu):
        def exec(self, *args):
            offered.extend(a for a in self.actions() if not a.isSeparator())

    monkeypatch.setattr(gestures, "QMenu", Recording)
    point = view.mapFromScene(gap)
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    texts = [a.text() for a in offered]
    assert texts[:2] == ["Add Touchpoint Here", "Add Sticky Note Here"]
    assert {"&Paste", "Select &All", "Zoom to &Fit"} <= set(texts)
    offered[0].trigger()
    assert len(jmap.touchpoints) == 10 and jmap.touchpoints[1].title == "New touchpoint"
    window.select_all_action.trigger()
    assert len([i for i in scene.selectedItems() if hasattr(i, "touchpoint_id")]) == 10
    window.document.undo_stack.undo()
    window.document.undo_stack.setClean()


def test_a_file_named_at_start_opens_without_the_start_page(qtbot, tmp_path, monkeypatch):
    """Opening a file from the command line draws no template previews first; a file that
    cannot be opened brings the start page after all."""
    from PySide6.QtWidgets import QMessageBox
    from cxdesigner.app import first_window
    saved = tmp_path / "mine.cxd"
    save_project(load_template("hotel"), saved)
    window = first_window(str(saved))
    qtbot.addWidget(window)
    assert window.start_page is None and window.document.project.name == "Hotel stay"
    assert len(window.scene.cards) == 9 and window.save_action.isEnabled()
    window.show()
    assert window.panels.dock_of(window.panels.inspector).isVisible()  # the panels, as after the start page
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: told.append(text))
    broken = tmp_path / "broken.cxd"
    broken.write_bytes(b"not a project")
    window = first_window(str(broken))
    qtbot.addWidget(window)
    assert told and window.pages.currentWidget() is window.start_page and not window.save_action.isEnabled()
