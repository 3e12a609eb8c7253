"""Map > Lanes…: tick, untick and reorder lanes; the map draws them right away, and so does the PDF."""

from pypdf import PdfReader
from PySide6.QtWidgets import QGraphicsItem

from cxdesigner.canvas.cells import TextCell
from cxdesigner.canvas.chips import Chip, GoalBar
from cxdesigner.canvas.items import LaneLabel
from cxdesigner.model import Lane
from cxdesigner.storage import open_project


def drawn_lanes(window) -> list[str]:
    labels = [i for i in window.scene.items() if isinstance(i, LaneLabel)]
    return [label.title for label in sorted(labels, key=lambda label: label.rect.top())]


def in_lane(window, title: str, kind: type) -> list[QGraphicsItem]:
    label = next(i for i in window.scene.items() if isinstance(i, LaneLabel) and i.title == title)
    return [i for i in window.scene.items() if isinstance(i, kind)
            and label.rect.top() <= i.scenePos().y() < label.rect.bottom()]


def test_lanes_ticked_unticked_and_moved_are_drawn_and_exported(editor, sample, tmp_path):
    window, person = editor(sample)

    def tick(dialog):
        lanes = person.find("Lanes", within=dialog)
        for title in ("Goals", "Channels", "Thinks", "Departments"):
            person.click_item(lanes, title, check=True)
        person.click_item(lanes, "Actions", check=True)  # untick
        person.button(dialog, "OK")

    person.answer(tick)
    person.menu("Map", "Lanes…")
    assert person.all_answered()
    shown = drawn_lanes(window)
    assert "Actions" not in shown and {"Goals", "Channels", "Thinks", "Departments", "Pain points"} <= set(shown)
    project = window.document.project
    assert len(in_lane(window, "Goals", GoalBar)) == len(project.maps[0].goals)
    channel_names = {c.name for c in project.channels}
    department_names = {d.name for d in project.departments}
    chips = {c.text for c in in_lane(window, "Channels", Chip)}
    assert chips and chips <= channel_names
    assert {c.text for c in in_lane(window, "Departments", Chip)} <= department_names
    thoughts = in_lane(window, "Thinks", TextCell)
    assert thoughts and all(cell.italic for cell in thoughts)

    def move_goals_up(dialog):
        person.click_item(person.find("Lanes", within=dialog), "Goals")
        lanes = person.find("Lanes", within=dialog)
        while lanes.currentRow() > 1:  # up to just under the touchpoints
            person.click(person.find("Move Up", within=dialog))
        person.button(dialog, "OK")

    person.answer(move_goals_up)
    person.menu("Map", "Lanes…")
    assert person.all_answered() and drawn_lanes(window)[:2] == ["Touchpoints", "Goals"]

    pdf = tmp_path / "lanes.pdf"

    def export_dialog(dialog):
        person.choose("Format", "PDF document", within=dialog)
        person.choose("Paper size", "A1", within=dialog)
        person.click(person.find("Export to", within=dialog))
        person.select_all_and_type(str(pdf))
        person.button(dialog, "Export")

    person.answer(export_dialog)
    person.press("Ctrl+E")
    assert person.all_answered() and pdf.exists()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    for title in ("Goals", "Channels", "Thinks", "Departments"):
        assert title in text
    assert "Actions" not in text
    assert all(name in text for name in chips), (chips, text)
    person.press("Ctrl+S")
    assert open_project(sample).maps[0].lanes[:2] == [Lane.TOUCHPOINTS, Lane.GOALS]


def test_compact_lanes_cut_texts_on_screen_only(editor, sample, tmp_path):
    window, person = editor(sample)
    project = window.document.project
    tp = next(t for t in project.maps[0].touchpoints if t.title == "Arrives at the reception")
    long_words = "The queue at the desk was long and nobody explained why the room was not ready " * 4

    def show_customer_does(dialog):
        person.click_item(person.find("Lanes", within=dialog), "Customer does", check=True)
        person.button(dialog, "OK")

    person.answer(show_customer_does)
    person.menu("Map", "Lanes…")
    person.click_card(tp.title)
    person.click("Customer does")
    person.select_all_and_type(long_words)
    person.click("Title")
    full_height = window.scene.layout.height

    person.menu("View", "Compact Lanes")
    assert window.scene.layout.height < full_height
    cell = next(c for c in in_lane(window, "Customer does", TextCell) if c.toolTip().startswith("The queue"))
    assert cell.toolTip() == long_words  # whole on hover
    pdf = tmp_path / "compact.pdf"

    def export_dialog(dialog):
        person.choose("Format", "PDF document", within=dialog)
        person.choose("Paper size", "A1", within=dialog)
        person.click(person.find("Export to", within=dialog))
        person.select_all_and_type(str(pdf))
        person.button(dialog, "Export")

    person.answer(export_dialog)
    person.press("Ctrl+E")
    assert person.all_answered()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert " ".join(long_words.split()) in text  # the export is never compact
    person.menu("View", "Compact Lanes")
    assert window.scene.layout.height == full_height
