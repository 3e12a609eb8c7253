"""The editor in Spanish, German, French and Portuguese: every text it shows comes from the translation,
and fits where it is shown.

A text on screen equal to an English source is a miss, unless that source's translation is the
same word ("Persona", "Portrait"). The window is walked with a template made in the language:
menus, toolbars, docks and their panels, the map's lane titles, and the dialogs the menus open.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import best_language, load_template
from cxdesigner.storage.recovery import RecoveryStore
from cxdesigner.ui.main_window import MainWindow
from languages import LANGUAGES, action_texts, clipped, misses, plain, speaking, visible_texts

#: The menu entries that open a dialog of ours, by their English source (context, text).
DIALOGS = [("MainWindow", "Project &Settings…"), ("MainWindow", "&Export…"), ("SharedFiles", "&Preferences…"),
           ("MapMenu", "Map &Settings…"), ("MapMenu", "&Lanes…"), ("MapMenu", "&Projected Line…"),
           ("MapMenu", "Save as &Template…"), ("MainWindow", "&About CX Designer")]


@pytest.fixture
def window(qtbot, tmp_path, request):
    language = request.param
    with speaking(language):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("export/folder", str(tmp_path))
        project = load_template("hotel", best_language("hotel", language))
        shown = MainWindow(Document(project), settings, RecoveryStore(tmp_path / "recovery"))
        qtbot.addWidget(shown)
        shown.resize(1400, 900)
        shown.show()
        QApplication.processEvents()
        shown.language = language
        yield shown
        if shown.document is not None:
            shown.document.undo_stack.setClean()


def scene_texts(window) -> list[str]:
    found = []
    for item in window.scene.items():
        found += [getattr(item, "title", ""), getattr(item, "subtitle", ""), item.toolTip()]
    return [plain(t) for t in found if isinstance(t, str) and plain(t)]


def menu_action(window, context: str, source: str):
    wanted = plain(QCoreApplication.translate(context, source))
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            if plain(action.text()) == wanted:
                return action
    raise AssertionError(f"no menu entry {wanted!r} ({source!r})")


def open_dialog(window, context: str, source: str) -> tuple[list[str], list[str]]:
    """Open the dialog of a menu entry; what it shows and what does not fit, read before it closes."""
    seen: list = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read)
            return
        QApplication.processEvents()
        seen.append((visible_texts(dialog), clipped(dialog)))
        dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    QTimer.singleShot(0, read)
    menu_action(window, context, source).trigger()
    QApplication.processEvents()
    assert seen, f"{source!r} opened no dialog"
    return seen[0]


@pytest.mark.parametrize("window", LANGUAGES, indirect=True)
def test_the_window_its_menus_panels_and_map_speak_the_language(window):
    texts = visible_texts(window) + scene_texts(window)
    for top in window.menuBar().actions():
        texts += [plain(top.text())] + [plain(t) for t in action_texts(top.menu()) if plain(t)]
    assert len(texts) > 300
    assert misses(texts, window.language) == []


@pytest.mark.parametrize("window", LANGUAGES, indirect=True)
def test_the_dialogs_the_menus_open_speak_the_language(window):
    for context, source in DIALOGS:
        texts, _ = open_dialog(window, context, source)
        assert texts, source
        assert misses(texts, window.language) == [], source


@pytest.mark.parametrize("window", LANGUAGES, indirect=True)
def test_every_label_and_button_text_fits_its_widget(window):
    found = clipped(window)
    for context, source in DIALOGS:
        found += clipped_in(window, context, source)
    assert found == []


def clipped_in(window, context, source) -> list[str]:
    return [f"{plain(source)}: {c}" for c in open_dialog(window, context, source)[1]]


@pytest.mark.parametrize("window", ["de"], indirect=True)
def test_numbers_on_the_map_are_written_with_a_decimal_comma(window):
    from cxdesigner.canvas.style import short_number
    assert short_number(3.5) == "3,5" and short_number(0.25, sign=True) == "+0,25"
    assert isinstance(window, QWidget)
