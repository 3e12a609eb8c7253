"""Lanes of the map's own: added in Map > Lanes…, filled in the Inspector, drawn, undone, saved."""

from PySide6.QtGui import QColor, QImage

from cxdesigner.canvas.cells import EmotionCell, MetricCell, PictureCell, TextCell
from cxdesigner.model import Emotion, LaneKind
from cxdesigner.storage import open_project
from tests.scenarios.test_lanes import drawn_lanes, in_lane

CLAIRE = "Claire (business traveller)"
ADDED = ("Customer says", "Wait", "Sketches", "Mood")


def added_cells(jmap):
    """The cells of the lanes these tests add (the sample has lanes of its own too)."""
    ids = {lane.id for lane in jmap.custom_lanes if lane.title in ADDED}
    return [cell for cell in jmap.cells if cell.lane_id in ids]


def add_lanes(person, dialog) -> None:
    for kind, title in (("Text", "Customer says"), ("Metric", "Wait"), ("Pictures (storyboard)", "Sketches"),
                        ("Emotions", "Mood")):
        person.pick("Add Lane", kind, within=dialog)
        person.select_all_and_type(title)  # the new lane's title is open for typing
        person.press("Return")
        if kind == "Metric":
            person.click(person.find("Unit", within=dialog))
            person.type("min")
    person.button(dialog, "OK")


def test_lanes_of_my_own_filled_in_the_inspector(editor, sample, tmp_path):
    window, person = editor(sample)
    person.answer(lambda dialog: add_lanes(person, dialog))
    person.menu("Map", "Lanes…")
    assert person.all_answered()
    assert {"Customer says", "Wait", "Sketches", "Mood"} <= set(drawn_lanes(window))
    picture = tmp_path / "reception.png"
    image = QImage(640, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#74c0fc"))
    image.save(str(picture))

    person.click_card("Arrives at the reception")
    person.click("Customer says")
    person.type("Is my room ready already?")
    person.press("Tab")
    assert person.focus() is person.find("Wait")
    person.type("12,5 min")
    person.press("Tab")
    assert person.focus() is person.find("Sketches")
    person.answer(lambda dialog: person.file_name(dialog, str(picture)))
    person.press("Space")
    assert person.all_answered()
    person.choose(f"Mood of {CLAIRE}", "Delighted")

    assert [c.text for c in in_lane(window, "Customer says", TextCell)] == ["Is my room ready already?"]
    assert [c.toolTip() for c in in_lane(window, "Wait", MetricCell)] == ["12.5 min"]
    assert len(in_lane(window, "Sketches", PictureCell)) == 1
    assert len(in_lane(window, "Mood", EmotionCell)) >= 1  # implied faces wherever there are ratings

    person.press("Ctrl+Z")  # the face only
    jmap = window.document.project.maps[0]
    assert all(cell.emotion is None for cell in added_cells(jmap))
    person.press("Ctrl+Shift+Z")
    person.press("Ctrl+S")
    saved = open_project(sample).maps[0]
    lanes = {lane.title: lane for lane in saved.custom_lanes}
    assert lanes["Wait"].kind is LaneKind.METRIC and lanes["Wait"].unit == "min"
    tp = next(t for t in saved.touchpoints if t.title == "Arrives at the reception")
    claire = next(p for p in open_project(sample).personas if p.name == CLAIRE)
    assert saved.cell(lanes["Customer says"].id, tp.id).text == "Is my room ready already?"
    assert saved.cell(lanes["Wait"].id, tp.id).number == 12.5
    stored = QImage.fromData(saved.cell(lanes["Sketches"].id, tp.id).image)
    assert max(stored.width(), stored.height()) == 480  # kept scaled down
    assert saved.cell(lanes["Mood"].id, tp.id, claire.id).emotion is Emotion.DELIGHTED


def test_a_lane_renamed_removed_and_brought_back(editor, sample):
    window, person = editor(sample)
    person.answer(lambda dialog: add_lanes(person, dialog))
    person.menu("Map", "Lanes…")
    person.click_card("Pays for the stay")
    person.click("Customer says")
    person.type("Why is the minibar on the bill?")
    person.click("Wait")  # leaving the box keeps what was typed

    def rename_and_remove(dialog):
        lanes = person.find("Lanes", within=dialog)
        person.click_item(lanes, "Customer says")
        person.click(person.find("Rename", within=dialog))
        person.select_all_and_type("Customer asks")
        person.press("Return")
        person.click_item(lanes, "Sketches")
        person.click(person.find("Remove", within=dialog))
        person.button(dialog, "OK")

    person.answer(rename_and_remove)
    person.menu("Map", "Lanes…")
    assert person.all_answered()
    shown = drawn_lanes(window)
    assert "Customer asks" in shown and "Customer says" not in shown and "Sketches" not in shown
    assert person.find("Customer asks").toPlainText() == "Why is the minibar on the bill?"
    person.press("Ctrl+Z")  # the whole change of lanes is one step
    assert {"Customer says", "Sketches"} <= set(drawn_lanes(window))
    person.press("Ctrl+S")
    saved = open_project(sample).maps[0]
    assert {lane.title for lane in saved.custom_lanes} == {*ADDED, "Storyboard", "How they feel"}
    assert any(cell.text == "Why is the minibar on the bill?" for cell in saved.cells)


def test_a_number_out_of_reach_or_a_file_that_is_no_picture_is_refused(editor, sample, tmp_path):
    window, person = editor(sample)
    person.answer(lambda dialog: add_lanes(person, dialog))
    person.menu("Map", "Lanes…")
    person.click_card("Books a room online")
    person.click("Wait")
    person.type("1e308")
    person.press("Return")
    assert "between" in window.statusBar().currentMessage()
    assert person.find("Wait").text() == ""
    fake = tmp_path / "holiday.png"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    person.answer(lambda dialog: person.file_name(dialog, str(fake)))
    person.click("Sketches")
    assert person.all_answered()
    assert "holiday.png" in window.statusBar().currentMessage()
    assert added_cells(window.document.project.maps[0]) == []


def test_copied_touchpoints_bring_their_cells(editor, sample):
    window, person = editor(sample)
    person.answer(lambda dialog: add_lanes(person, dialog))
    person.menu("Map", "Lanes…")
    person.click_card("Eats at the hotel restaurant")
    person.click("Customer says")
    person.type("Can I have it in my room?")
    person.click("Wait")
    person.type("25")
    person.press("Return")
    person.click_card("Eats at the hotel restaurant")
    person.press("Ctrl+C")
    person.press("Ctrl+V")
    jmap = window.document.project.maps[0]
    copies = [t for t in jmap.touchpoints if t.title == "Eats at the hotel restaurant"]
    assert len(copies) == 2
    assert sorted((c.text, c.number or 0) for c in added_cells(jmap) if c.touchpoint_id == copies[1].id) == [
        ("", 25.0), ("Can I have it in my room?", 0)]
    assert len([c for c in jmap.cells if c.touchpoint_id == copies[1].id]) == 3  # its storyboard picture too
    person.press("Ctrl+Z")  # the paste, cells and all
    assert len(added_cells(jmap)) == 2
    person.press("Ctrl+S")
    assert len(added_cells(open_project(sample).maps[0])) == 2


def test_mermaid_export_says_it_leaves_the_lanes_out(editor, sample, tmp_path):
    window, person = editor(sample)
    person.answer(lambda dialog: add_lanes(person, dialog))
    person.menu("Map", "Lanes…")
    text = tmp_path / "stay.mmd"
    said = []

    def export_dialog(dialog):
        person.choose("Format", "Mermaid journey text", within=dialog)
        said.append(person.find("Left out", within=dialog).text())
        person.click(person.find("Export to", within=dialog))
        person.select_all_and_type(str(text))
        person.button(dialog, "Export")

    person.answer(export_dialog)
    person.press("Ctrl+E")
    assert person.all_answered()
    assert "Customer says, Wait, Sketches, Mood" in said[0] and "pain points" in said[0]
    assert "%% left out:" in text.read_text(encoding="utf-8")
