"""Every menu command once, on the hotel sample, through the menus: no error, no dialog left open."""

from PySide6.QtWidgets import QMenu

from person import plain

#: Last, or not at all: they end the session the others run in.
LAST = {"Close", "Quit"}


def commands(window) -> list[tuple[str, ...]]:
    """The path of every command of the menu bar, submenus included, as a person reads them."""
    paths = []

    def walk(menu: QMenu, path: tuple[str, ...]) -> None:
        menu.aboutToShow.emit()  # menus filled as they open (recent files, lines) list their entries
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible() or not plain(action.text()):
                continue
            if action.menu() is not None:
                walk(action.menu(), (*path, plain(action.text())))
            elif action.isEnabled():
                paths.append((*path, plain(action.text())))

    for top in window.menuBar().actions():
        walk(top.menu(), (plain(top.text()),))
    return paths


def test_every_menu_command_once(editor, sample):
    window, person = editor(sample)
    person.click_card("Reports a problem in the room")
    every = commands(window)
    assert len(every) > 50
    person.dismiss_all()
    done = []
    for path in [p for p in every if p[-1] not in LAST] + [p for p in every if p[-1] == "Close"]:
        if path[-1] == "No recent files":
            continue
        if window.document is None:  # New… went back to the start page: open the sample again from there
            recent = person.find("Recent projects")
            person.click_item(recent, recent.item(0).text())
        person.menu(*path)
        if path[-1] == "User Guide":  # a window beside the editor, not a dialog: closed by its button
            person.button(window._guide, "Close")
        if path[-1] == "Present":  # a full-screen window of its own: Escape leaves it
            assert window.presentation is not None
            person.press("Escape")
            assert window.presentation is None
        done.append(" > ".join(path))
        person.wait(30)
    person.dismiss_all(False)
    assert person.all_answered()
    assert window.isVisible(), "Close with unsaved changes, answered Cancel, keeps the window"
    assert len(done) == len(every) - sum(p[-1] in {"Quit", "No recent files"} for p in every)
    assert {"Export", "Map settings", "About CX Designer"} <= set(person.dismissed)
    print(f"{len(done)} commands; dialogs closed with Escape: {', '.join(person.dismissed)}")
