"""Presentation mode: a person presents the hotel map with the keys, then goes back to editing."""

import math

import shiboken6

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cxdesigner.ui.presentation import Presentation
from sample import saved_map


def shown_presentation(window) -> Presentation:
    presentation = QApplication.activeWindow()
    assert isinstance(presentation, Presentation), f"the active window is {presentation!r}"
    assert presentation.isFullScreen()
    return presentation


def current_title(presentation) -> str:
    selected = presentation.scene.selectedItems()
    assert len(selected) == 1, f"{len(selected)} items selected"
    return selected[0].touchpoint.title


def drawn_up_to(presentation) -> float:
    """The x of the furthest point any line is drawn to: its shown markers and joined segments."""
    furthest = -math.inf
    for line in presentation.scene.lines.values():
        for handle in line.handles.values():
            if handle.isVisible():
                furthest = max(furthest, handle.pos().x())
        for curve in line.curves:
            for _, end in curve.segments:
                furthest = max(furthest, end[0])
    return furthest


def test_presenting_steps_through_the_story_and_leaves_the_editor_as_it_was(editor, sample):
    window, person = editor(sample)
    person.click_card("Eats at the hotel restaurant")
    person.press("Ctrl+-")
    window.view.horizontalScrollBar().setValue(120)
    before = (window.view.zoom, window.view.horizontalScrollBar().value(), window.view.verticalScrollBar().value(),
              [c.touchpoint.title for c in window.scene.selectedItems()], window.document.undo_stack.count(),
              window.document.undo_stack.index(), window.document.modified, window.scene)
    focused = QApplication.focusWidget()
    titles = [t.title for t in window.scene.jmap.touchpoints]
    stages = {t.title: t.stage_id for t in window.scene.jmap.touchpoints}

    person.press("F5")
    presentation = shown_presentation(window)
    assert current_title(presentation) == titles[0]
    pointer = presentation.view.viewport().cursor()  # the laser pointer: a red dot
    assert pointer.shape() == Qt.CursorShape.BitmapCursor
    middle = pointer.pixmap().toImage().pixelColor(pointer.hotSpot())
    assert middle.red() > 200 and middle.green() < 60 and middle.blue() < 60
    x_of = presentation.scene.layout.x_of
    ids = [t.id for t in window.scene.jmap.touchpoints]
    for step, key in enumerate(["Right", "Space", "PgDown", "Right"], start=1):
        person.press(key)
        assert current_title(presentation) == titles[step], f"{key} did not step to {titles[step]!r}"
        assert drawn_up_to(presentation) == x_of[ids[step]], "the line is not drawn up to the current touchpoint"
        assert titles[step] in presentation.details.text()
    person.press("Left")
    assert current_title(presentation) == titles[3]
    person.press("PgUp")
    assert current_title(presentation) == titles[2]

    person.press("Down")  # the first touchpoint of the next stage
    now = titles.index(current_title(presentation))
    assert stages[titles[now]] != stages[titles[2]] and stages[titles[now - 1]] == stages[titles[2]]
    person.press("Up")  # back to the first of the stage before
    back = titles.index(current_title(presentation))
    assert stages[titles[back]] == stages[titles[2]] and (back == 0 or stages[titles[back - 1]] != stages[titles[2]])
    person.press("Ctrl+Right")
    assert titles.index(current_title(presentation)) == now

    person.press("End")
    assert current_title(presentation) == titles[-1]
    assert drawn_up_to(presentation) == x_of[ids[-1]]
    person.press("Right")  # the story ends there
    assert current_title(presentation) == titles[-1]
    person.press("Home")
    assert current_title(presentation) == titles[0]
    assert drawn_up_to(presentation) == x_of[ids[0]]

    person.press("Escape")
    assert window.presentation is None and not shiboken6.isValid(presentation), "the presentation is still open"
    assert QApplication.activeWindow() is window
    after = (window.view.zoom, window.view.horizontalScrollBar().value(), window.view.verticalScrollBar().value(),
             [c.touchpoint.title for c in window.scene.selectedItems()], window.document.undo_stack.count(),
             window.document.undo_stack.index(), window.document.modified, window.scene)
    assert after == before
    assert QApplication.focusWidget() is focused
    assert all(line.until is None for line in window.scene.lines.values()), "the editor's lines were cut"

    person.menu("View", "Present")  # and from the menu, again, on the editor as it is
    presentation = shown_presentation(window)
    assert current_title(presentation) == titles[0]
    person.press("Escape")
    person.press("Ctrl+S")
    saved, _ = saved_map(sample)
    assert [t.title for t in saved.touchpoints] == titles
