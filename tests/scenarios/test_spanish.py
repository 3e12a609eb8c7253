"""A Spanish-speaking designer builds a small map with the keyboard alone, saves it and exports it.

The editor runs in Spanish as it would on a Spanish system: Qt's and our translation installed,
numbers as Spanish writes them. The template is chosen on the start page with Tab and Return
(it is offered in Spanish), touchpoints are added from the Insertar menu by its mnemonics,
titled by typing, rated with the arrow keys; Ctrl+S saves and Ctrl+E exports. The saved file and
the exported PDF are read back: the map is in Spanish, and so are the lane titles on the page.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListWidget, QPushButton
from pypdf import PdfReader

from cxdesigner.storage import open_project

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from languages import speaking  # noqa: E402

TITLES = ["Ve un anuncio en redes", "Compara precios en la web", "Paga con el móvil"]


def key(keys: str, target=None) -> None:
    """One key (or combination) to the focused widget, or the open menu, as a keyboard sends it."""
    from PySide6.QtGui import QKeySequence
    combination = QKeySequence(keys)[0]
    widget = target or QApplication.activePopupWidget() or QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(widget, combination.key(), combination.keyboardModifiers())
    QApplication.processEvents()


def typed(text: str) -> None:
    """Type ``text`` where the focus is, accented letters as a Spanish keyboard sends them (as text)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus to type into"
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    QApplication.processEvents()


def tab_to(kind, limit: int = 30):
    for _ in range(limit):
        if isinstance(QApplication.focusWidget(), kind):
            return QApplication.focusWidget()
        key("Tab")
    raise AssertionError(f"Tab never reached a {kind.__name__}")


def menu(window, mnemonic: str, entry: str) -> None:
    """Alt and a menu's letter, then an entry's letter: the way to a menu without the mouse."""
    key(f"Alt+{mnemonic}", window)
    popup = QApplication.activePopupWidget()
    assert popup is not None, f"Alt+{mnemonic} opened no menu"
    key(entry, popup)


def test_a_small_map_in_spanish_by_keyboard_alone(editor, settings, tmp_path):
    settings.setValue("export/folder", str(tmp_path))
    with speaking("es"):
        window, person = editor()
        assert window.start_page.language.currentData() == "es"
        templates = tab_to(QListWidget)
        assert templates is window.start_page.templates
        names = [templates.item(i).text() for i in range(templates.count())]
        assert names[0] == "En blanco" and "Hotel" in names and "Cuenta bancaria" in names
        key("Home")
        key("Return")
        assert window.document is not None and window.scene is not None
        assert window.scene.jmap.stages[0].name == "Descubrimiento"
        assert [a.text() for a in window.menuBar().actions()][:3] == ["&Archivo", "&Editar", "&Ver"]

        for title in TITLES:
            menu(window, "I", "P")  # Insertar > Punto de contacto
            key("Return")  # the new touchpoint is the current one: Return opens its title
            key("Ctrl+A")
            typed(title)
            key("Return")
        key("Up")  # the last one rated a step up for the map's persona
        jmap = window.scene.jmap
        assert [t.title for t in jmap.touchpoints] == TITLES
        edit = window.menuBar().actions()[1].menu()
        undo = next(a.text() for a in edit.actions() if "Deshacer" in a.text())
        assert "Puntos de contacto" not in undo and undo.startswith("&Deshacer"), undo  # names the step in Spanish

        path = tmp_path / "mapa.cxd"
        person.answer(lambda dialog: (typed(str(path)), key("Return")))
        key("Ctrl+S", window)
        assert person.all_answered() and path.exists()

        def tab_to_button(dialog, reads) -> None:
            for _ in range(40):  # Tab along the dialog to the button, then Return presses it
                focused = QApplication.focusWidget()
                if isinstance(focused, QPushButton) and focused.text().startswith(reads):
                    key("Return")
                    return
                key("Tab")
            raise AssertionError(f"Tab never reached {reads!r}")

        def export(dialog) -> None:
            if not dialog.export_button.isEnabled():  # five stages are too wide for A4: take the larger sheet offered
                tab_to_button(dialog, "Usar A")
                QApplication.processEvents()
            assert dialog.export_button.isEnabled()
            tab_to_button(dialog, "Exportar")

        person.answer(export)
        window.activateWindow()  # as the window system does when a dialog closes (offscreen Qt does not)
        QApplication.processEvents()
        key("Ctrl+E", window)
        assert person.all_answered()

    project = open_project(path)
    saved = project.maps[0]
    assert [t.title for t in saved.touchpoints] == TITLES
    assert [r.touchpoint_id for r in saved.ratings.values()] == [saved.touchpoints[-1].id]
    assert [s.name for s in saved.stages][:3] == ["Descubrimiento", "Consideración", "Compra"]
    assert project.personas[0].name == "Cliente principal"
    pdfs = sorted(tmp_path.glob("*.pdf"))
    assert pdfs, f"no PDF exported in {sorted(p.name for p in tmp_path.iterdir())}"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdfs[0]).pages)
    for words in ("Puntos de contacto", "Satisfacción", "Ve un anuncio", "Consideración", "Fidelización", "Muy satisfecho"):
        assert words in text, words
    assert "Touchpoints" not in text and "Satisfaction" not in text


def test_preferences_choose_the_language_for_the_next_start(editor, settings, sample):
    from cxdesigner.ui.preferences import chosen_locale
    window, person = editor(sample)

    def choose(dialog) -> None:
        assert any("restart" in label.text() for label in dialog.findChildren(QLabel))
        person.choose(person.find("Language", QComboBox, within=dialog), "Deutsch")
        person.button(dialog, "OK")

    person.answer(choose)
    person.menu("Edit", "Preferences…")
    assert person.all_answered()
    assert settings.value("ui/language") == "de" and chosen_locale(settings).name() == "de_DE"
    assert window.menuBar().actions()[0].text() == "&File"  # on restart, not now
