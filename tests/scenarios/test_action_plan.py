"""Actions as a plan: a phase and a date typed in the Actions tab, Map > Projected Line… chosen,
the projected line drawn and its figures in the Insights, undone, done again, saved and read back."""

from datetime import date

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QCheckBox, QDateEdit, QTabWidget

from cxdesigner.analysis.projection import projected_map
from person import plain
from cxdesigner.analysis.scores import mean_satisfaction
from cxdesigner.model import ActionStatus
from tests.scenarios.sample import saved_map

CHECK_IN = "Offer online check-in the day before arrival and send a text message when the room is ready."
TECHNICIAN = "Keep a technician on call"


def projected_drawn(window) -> bool:
    return all(not line.projected.path().isEmpty() for line in window.scene.lines.values())


def choose_actions(person, dialog) -> None:
    """Tick Planned and In progress, keep those planned by the end of March, OK."""
    for text in ("Planned", "In progress", "Only those planned by"):
        box = next(b for b in dialog.findChildren(QCheckBox) if plain(b.text()) == text)
        person.click(box, QPoint(8, box.height() // 2))  # on its tick box
    person.click(dialog.findChild(QDateEdit))
    person.press("Ctrl+A")
    person.type("2026-03-31")
    assert dialog.until.date().toString("yyyy-MM-dd") == "2026-03-31"
    # The technician (from 15 January) and the check-in (now on 1 March); not the e-mails (1 June).
    assert dialog.summary.text() == "2 actions with an expected effect will be applied."
    person.button(dialog, "OK")


def test_a_plan_typed_by_tab_and_the_projected_line(editor, sample, qtbot):
    window, person = editor(sample)
    actions = person.panel("Goals & actions")
    tabs = actions.findChild(QTabWidget).tabBar()
    person.tab(tabs, "Actions")
    plan = person.find("Actions", within=actions)
    person.click_item(plan, f"2. {CHECK_IN}\nnext · 2026-04-01")
    person.click(person.find("Phase", within=actions))
    person.select_all_and_type("now")
    person.press("Tab")
    assert person.focus() is person.find("Planned on", within=actions)
    person.type("2026-03-01")
    person.press("Tab")
    assert plan.currentItem().text() == f"2. {CHECK_IN}\nnow · 2026-03-01"
    jmap = window.document.project.maps[0]
    assert (jmap.actions[1].phase, jmap.actions[1].planned_on) == ("now", date(2026, 3, 1))
    person.click(person.find("Move Earlier", within=actions))  # the check-in comes first in the plan
    assert jmap.actions[0].text == CHECK_IN and plan.currentItem().text().startswith(f"1. {CHECK_IN}")
    person.click_item(plan, f"1. {CHECK_IN}\nnow · 2026-03-01")
    person.press("Alt+Down")
    assert jmap.actions[1].text == CHECK_IN and plan.currentItem().text().startswith(f"2. {CHECK_IN}")
    person.press("Alt+Up")
    assert jmap.actions[0].text == CHECK_IN
    steps = window.document.undo_stack.count()

    assert not projected_drawn(window)
    person.answer(lambda dialog: choose_actions(person, dialog))
    person.menu("Map", "Projected Line…")
    assert person.all_answered()
    assert jmap.projected_statuses == [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS]
    assert window.document.undo_stack.count() == steps + 1
    assert projected_drawn(window)
    claire = jmap.persona_ids[0]
    after = projected_map(jmap)
    insights = person.panel("Insights")
    qtbot.wait(300)  # the Insights redraw once the map settles
    figure = person.find("Projected mean", within=insights)
    assert figure.text().startswith(f"{mean_satisfaction(after, claire):.2f}  (+")
    assert person.find("Projected peak-end", within=insights).text()
    window.grab().save(str(sample.parent / "projected.png"))

    person.press("Ctrl+Z")  # the projected line only
    assert jmap.projected_statuses == [] and jmap.projected_until is None
    qtbot.wait(300)
    assert not projected_drawn(window) and not figure.isVisible()
    assert jmap.actions[0].phase == "now"
    person.press("Ctrl+Shift+Z")
    assert projected_drawn(window)
    person.press("Ctrl+S")
    saved, _ = saved_map(sample)
    assert saved.projected_statuses == [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS]
    assert saved.projected_until == date(2026, 3, 31)
    first = saved.actions[0]
    assert (first.text, first.phase, first.planned_on) == (CHECK_IN, "now", date(2026, 3, 1))
    assert saved.actions[1].text.startswith(TECHNICIAN)
