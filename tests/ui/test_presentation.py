"""Presentation mode on the edges: an empty map, lines switched off, a map full of hostile text."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.ui.presentation import Presentation


def present(qtbot, document, hidden=()):
    presentation = Presentation(document, document.project.maps[0].id, set(hidden))
    qtbot.addWidget(presentation)
    presentation.resize(1280, 720)
    presentation.show()
    qtbot.waitExposed(presentation)
    return presentation


def test_an_empty_map_says_so_and_every_key_is_harmless(qtbot):
    document = Document(load_template("blank"))
    presentation = present(qtbot, document)
    assert "no touchpoints yet" in presentation.details.text()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End, Qt.Key.Key_Home):
        QTest.keyClick(presentation, key)
    assert presentation.index == 0 and not presentation.spotlight.isVisible()
    assert document.undo_stack.count() == 0 and not document.modified


def test_lines_switched_off_in_the_editor_stay_off(qtbot):
    document = Document(load_template("hotel"))
    hidden = document.project.maps[0].persona_ids[1]
    presentation = present(qtbot, document, {hidden})
    QTest.keyClick(presentation, Qt.Key.Key_End)
    assert not any(item.isVisible() for item in presentation.scene.lines[hidden].items())
    assert any(item.isVisible() for item in presentation.scene.lines[document.project.maps[0].persona_ids[0]].items())


def test_typed_text_is_shown_as_text(qtbot):
    document = Document(load_template("hotel"))
    jmap = document.project.maps[0]
    jmap.touchpoints[0].title = "<b>bold</b> & <img src=x>"
    jmap.touchpoints[0].description = "</div><h1>big</h1>"
    presentation = present(qtbot, document)
    text = presentation.details.text()
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=x&gt;" in text and "<img" not in text
    assert "&lt;/div&gt;&lt;h1&gt;big&lt;/h1&gt;" in text


def test_an_edit_made_in_the_editor_meanwhile_shows_and_the_story_goes_on(qtbot):
    from cxdesigner.editor.commands import RemoveItemCommand, SetValueCommand, UpdateItemCommand
    from cxdesigner.model import RATING
    document = Document(load_template("hotel"))
    jmap = document.project.maps[0]
    presentation = present(qtbot, document)
    for _ in range(4):
        QTest.keyClick(presentation, Qt.Key.Key_Right)
    lit = jmap.touchpoints[4]
    document.push(UpdateItemCommand(document.project, lit.id, title="Dinner, at last"))
    document.push(SetValueCommand(document.project, RATING, jmap.id, lit.id, jmap.persona_ids[0], 1.0))
    document.push(RemoveItemCommand(document.project, jmap.touchpoints[0].id))  # the cards are laid out again
    assert [c.touchpoint.title for c in presentation.scene.selectedItems()] == ["Dinner, at last"]
    assert "Dinner, at last" in presentation.details.text() and "1 on a scale of 1 to 5" in presentation.details.text()
    assert presentation.scene.cards[lit.id].opacity() == 1.0
    assert {card.opacity() for tid, card in presentation.scene.cards.items() if tid != lit.id} == {0.42}
    QTest.keyClick(presentation, Qt.Key.Key_Right)
    assert presentation.current_touchpoint() is jmap.touchpoints[4]
    closed = []
    presentation.finished.connect(lambda: closed.append(True))
    document.push(RemoveItemCommand(document.project, jmap.id))
    assert closed, "the presentation of a deleted map stayed open"


def test_closing_the_document_ends_its_presentation(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from cxdesigner.ui.main_window import MainWindow
    window = MainWindow(Document(load_template("hotel")), QSettings(str(tmp_path / "s.ini"),
                                                                    QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.present_action.trigger()
    presentation = window.presentation
    assert presentation is not None and presentation.isVisible()
    window.close_document()
    assert window.presentation is None
    window.show_start_page()
    assert not window.present_action.isEnabled()
