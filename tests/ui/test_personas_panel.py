"""The Personas panel edits every persona field through the undo stack."""

import copy

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import open_project, save_project
from cxdesigner.ui.personas_panel import PHOTO_SIDE, PersonasPanel


@pytest.fixture
def panel(qtbot):
    document = Document(load_template("hotel"))
    panel = PersonasPanel()
    qtbot.addWidget(panel)
    panel.follow(document, document.project.maps[0].id)
    return panel, document


def test_lists_and_edits_fields(panel):
    view, document = panel
    project = document.project
    assert view.list.count() == 2 and view.name.text() == project.personas[0].name
    view.name.setText("Claire")
    view.name.editingFinished.emit()
    view.age.setValue(42)
    view.age.editingFinished.emit()
    view.texts["quote"].committed.emit("Just let me sleep.")
    persona = project.personas[0]
    assert (persona.name, persona.age, persona.quote) == ("Claire", 42, "Just let me sleep.")
    assert view.list.item(0).text() == "Claire" and document.undo_stack.count() == 3


def test_photo_is_stored_scaled_and_survives_a_save(panel, tmp_path):
    view, document = panel
    big = QImage(1200, 900, QImage.Format.Format_RGB32)
    big.fill(QColor("#3366cc"))
    view.set_photo(big)
    stored = QImage.fromData(document.project.personas[0].photo)
    assert (stored.width(), stored.height()) == (PHOTO_SIDE, 192)
    save_project(document.project, tmp_path / "p.cxd")
    assert open_project(tmp_path / "p.cxd").personas[0].photo == document.project.personas[0].photo
    refusals = []
    view.document.refused.connect(refusals.append)
    view.set_photo(QImage())
    assert refusals == ["That file is not an image CX Designer can read."]


def test_add_duplicate_hide_and_delete_with_warning(panel, monkeypatch):
    view, document = panel
    project = document.project
    before = copy.deepcopy(project)
    jmap = project.maps[0]
    view.add()  # shown on the current map at once, as one step
    assert project.personas[-1].name == "New persona" and view.list.currentRow() == 2
    assert project.personas[-1].id in jmap.persona_ids and view.shown.isChecked()
    assert project.personas[-1].color not in [p.color for p in project.personas[:-1]]
    view.list.setCurrentRow(0)
    view.duplicate()
    assert project.personas[1].name == "Claire (business traveller) (copy)"
    view.list.setCurrentRow(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    view.delete()
    assert "Their 9 ratings and 3 goals go with them" in asked[0]
    assert all(key[1] != before.personas[0].id for key in jmap.ratings)
    view.list.setCurrentRow(0)  # the copy, which the map does not show yet
    view.shown.click()
    assert view.current().id in jmap.persona_ids and view.shown.isChecked()
    view.shown.click()
    assert view.current().id not in jmap.persona_ids
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert project == before


def test_dropping_an_image_file_sets_the_photo(panel, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication
    view, document = panel
    picture = tmp_path / "face.png"
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#cc6633"))
    image.save(str(picture))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(picture))])
    args = (Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    view.show()
    enter = QDragEnterEvent(QPointF(10, 10).toPoint(), *args)
    QApplication.sendEvent(view, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(view, QDropEvent(QPointF(10, 10), *args))
    photo = QImage.fromData(document.project.personas[0].photo)
    assert (photo.width(), photo.height()) == (64, 64) and photo.pixelColor(5, 5).name() == "#cc6633"
