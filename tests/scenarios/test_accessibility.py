"""A person who does not see the map: assistive technology reads its stages, cards, cells and
notes through Qt's accessibility, and the keyboard walk moves the accessible focus."""

import re

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from person import plain

NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


def map_interface(window):
    return QAccessible.queryAccessibleInterface(window.view.viewport())


def children(interface):
    return [interface.child(i) for i in range(interface.childCount())]


def test_the_map_exposes_its_stages_cards_cells_and_notes_by_what_they_show(editor, sample):
    window, person = editor(sample)
    jmap = window.scene.jmap
    port = map_interface(window)
    assert port.text(NAME) == "Journey map"
    kids = children(port)
    names = [c.text(NAME) for c in kids]
    roles = {c.role() for c in kids}
    assert QAccessible.Role.ListItem in roles and QAccessible.Role.Grouping in roles
    count = len(jmap.touchpoints)
    for index, touchpoint in enumerate(jmap.touchpoints):
        stage = next(s.name for s in jmap.stages if s.id == touchpoint.stage_id)
        assert f"Touchpoint {index + 1} of {count}, {touchpoint.title}, stage {stage}" in names
    assert f"Stage 1 of {len(jmap.stages)}, {jmap.stages[0].name}" in names
    rated = [c for c in kids if c.role() == QAccessible.Role.ListItem and c.text(DESCRIPTION)]
    persona = window.document.project.find(jmap.persona_ids[0]).name
    assert any(re.search(rf"{re.escape(persona)} [\d.]+ of [\d.]+, (assumed|measured)", c.text(DESCRIPTION))
               for c in rated)
    descriptions = " | ".join(c.text(DESCRIPTION) for c in kids)
    assert "1 pain point;" in descriptions and "1 pain points" not in descriptions  # Qt's plural forms
    cells = [c for c in kids if c.role() == QAccessible.Role.Cell]
    assert cells and all(c.text(NAME) for c in cells)
    for child in kids:  # each says where it is on screen and who its parent is
        assert child.parent().text(NAME) == "Journey map"
        assert port.indexOfChild(child) == kids.index(child)
        assert child.rect().isValid()


def test_the_keyboard_walk_moves_the_accessible_focus_and_the_focus_ring(editor, sample):
    window, person = editor(sample)
    jmap = window.scene.jmap
    person.click(window.view)
    person.press("Tab")
    person.press("Tab")
    port = map_interface(window)
    focused = port.focusChild()
    second = jmap.touchpoints[1]
    assert focused.text(NAME).startswith(f"Touchpoint 2 of {len(jmap.touchpoints)}, {second.title}")
    assert focused.state().focused
    assert window.view.accessibleDescription().startswith("Touchpoint 2 of")
    before = window.view.viewport().grab().toImage()
    person.press("Right")
    focused = port.focusChild()
    assert focused.text(NAME).startswith(f"Touchpoint 3 of {len(jmap.touchpoints)}")
    assert sum(c.state().focused for c in children(port)) == 1
    # the ring is drawn around the focused card: the picture around it changes as the focus moves
    card = person.card(jmap.touchpoints[2].title)
    corner = window.view.mapFromScene(card.sceneBoundingRect().topLeft())
    after = window.view.viewport().grab().toImage()
    ring = [(corner.x() + dx, corner.y() - 4) for dx in range(10, 40)]
    assert any(before.pixel(x, y) != after.pixel(x, y) for x, y in ring)


def unnamed(root):
    """The focusable widgets on screen in ``root`` that assistive technology cannot name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        empty_tabs = isinstance(widget, QTabBar) and widget.count() == 0  # nothing to reach there
        proxied = widget.focusProxy() is not None  # its focus goes to another widget, checked itself
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible() and widget.isEnabled() \
                and not (empty_tabs or proxied):
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is None or not interface.text(NAME).strip():
                found.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return found


def test_every_focusable_widget_of_the_window_its_panels_and_dialogs_has_a_name(editor, sample):
    window, person = editor()
    assert unnamed(window) == []  # the start page
    window.open_path(sample)
    for dock in window.panels.docks:
        person.show_panel(plain(dock.windowTitle()))
        assert unnamed(window) == [], dock.windowTitle()
    seen = []

    def look(dialog, button):
        seen.append((dialog.windowTitle(), unnamed(dialog)))
        person.button(dialog, button)

    for path, button in ((("Edit", "Preferences…"), "Cancel"), (("File", "Project Settings…"), "Cancel"),
                         (("File", "Export…"), "Cancel")):
        person.answer(lambda dialog, button=button: look(dialog, button))
        person.menu(*path)
        person.all_answered()
    assert len(seen) == 3 and all(names == [] for _, names in seen), seen


def test_high_contrast_from_the_view_menu_redraws_the_map_and_is_remembered(editor, sample, settings):
    window, person = editor(sample)
    card = person.card(window.scene.jmap.touchpoints[0].title)
    centre = window.view.mapFromScene(card.sceneBoundingRect().center() + QPointF(0, 12))
    assert QColor(window.view.viewport().grab().toImage().pixel(centre)).lightness() > 200  # a white card
    try:
        person.menu("View", "High Contrast")
        assert QApplication.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
        person.wait(50)
        assert QColor(window.view.viewport().grab().toImage().pixel(centre)).lightness() < 40  # drawn again, black
        assert settings.value("view/high_contrast") in (True, "true")
        person.menu("View", "High Contrast")
        assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 180
    finally:
        from cxdesigner.ui.contrast import set_high_contrast
        set_high_contrast(None)
