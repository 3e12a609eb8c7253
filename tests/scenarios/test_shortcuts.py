"""Shortcuts work wherever the focus is: after typing in a panel, after a dialog closed."""

import pytest
from PySide6.QtWidgets import QDialog

from cxdesigner.ui.export_dialog import ExportDialog
from sample import saved_map


@pytest.mark.parametrize("field", ["Customer does", "Title", "Satisfaction of Claire (business traveller)"])
def test_zoom_keys_right_after_typing_in_a_panel(editor, sample, field):
    window, person = editor(sample)
    person.click_card("Arrives at the reception")
    person.click(field)
    person.type("2" if field.startswith("Satisfaction") else " more")
    zoom = window.view.zoom
    person.press("Ctrl+-")
    assert window.view.zoom < zoom, "Ctrl+minus did not zoom out"
    person.press("Ctrl++")
    assert window.view.zoom == pytest.approx(zoom)
    person.press("Ctrl+0")
    fitted = window.view.zoom
    assert fitted != pytest.approx(zoom), "Ctrl+0 did not fit the map"
    person.press("Ctrl+1")
    assert window.view.zoom == pytest.approx(1.0), "Ctrl+1 did not go to 100%"


def test_export_again_after_the_export_dialog_closed(editor, sample):
    window, person = editor(sample)
    person.click_card("Pays for the stay")
    seen = []

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog)
        person.button(dialog, "Cancel")

    for _ in range(3):
        person.answer(cancel)
        person.press("Ctrl+E")
        assert person.all_answered()
    assert len(seen) == 3
    person.click("Customer does")
    person.answer(cancel)
    person.press("Ctrl+E")
    assert person.all_answered() and len(seen) == 4


@pytest.mark.parametrize("redo", ["Ctrl+Y", "Ctrl+Shift+Z"])
def test_every_usual_redo_key_redoes(editor, sample, redo):
    window, person = editor(sample)
    person.click_card("Pays for the stay")
    person.press("Delete")
    count = len(window.scene.cards)
    person.press("Ctrl+Z")
    assert len(window.scene.cards) == count + 1
    person.press(redo)
    assert len(window.scene.cards) == count, f"{redo} did not redo"


def test_copy_and_paste_by_the_other_usual_keys(editor, sample):
    window, person = editor(sample)
    person.click_card("Pays for the stay")
    count = len(window.scene.cards)
    person.press("Ctrl+Ins")
    person.press("Shift+Ins")
    assert len(window.scene.cards) == count + 1


def test_a_pasted_touchpoint_keeps_its_target(editor, sample):
    """A copy once left its targets behind: the pasted card came back with its ratings only."""
    window, person = editor(sample)
    person.click_card("Pays for the stay")
    person.click("Target satisfaction of Claire (business traveller)")
    person.select_all_and_type("5")
    person.press("Tab")
    person.click_card("Pays for the stay")
    person.press("Ctrl+C")
    person.press("Ctrl+V")
    person.press("Ctrl+S")
    jmap, project = saved_map(sample)
    claire = next(p.id for p in project.personas if p.name.startswith("Claire"))
    targets = [jmap.targets.get((t.id, claire)) for t in jmap.touchpoints if t.title == "Pays for the stay"]
    assert [t.value if t else None for t in targets] == [5.0, 5.0]
