"""Channels and departments are edited through the undo stack; deleting one in use asks first."""

import copy

from PySide6.QtWidgets import QMessageBox

from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import ChannelKind
from cxdesigner.ui.catalog_panel import CatalogPanel


def test_edit_add_and_delete(qtbot, monkeypatch):
    document = Document(load_template("hotel"))
    project = document.project
    before = copy.deepcopy(project)
    panel = CatalogPanel()
    qtbot.addWidget(panel)
    panel.follow(document)
    channels = panel.channels
    assert channels.list.count() == len(project.channels) and channels.name.text() == project.channels[0].name
    channels.name.setText("Website")
    channels.name.editingFinished.emit()
    channels.channel_kind.setCurrentIndex(2)
    channels.channel_kind.activated.emit(2)
    assert project.channels[0].name == "Website" and project.channels[0].kind == ChannelKind.HUMAN
    channels.add()
    assert project.channels[-1].name == "New channel" and channels.list.currentRow() == len(project.channels) - 1
    panel.departments.list.setCurrentRow(0)
    used_by = [t for t in project.maps[0].touchpoints if t.department_id == project.departments[0].id]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    panel.departments.delete()
    assert asked and asked[0].startswith(f"{len(used_by)} touchpoints use")
    assert all(t.department_id is None for t in used_by)
    refusals = []
    channels.document.refused.connect(refusals.append)
    channels.list.setCurrentRow(0)
    channels.name.setText("")
    channels.name.editingFinished.emit()
    assert refusals == ["A channel needs a name."]
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert project == before
