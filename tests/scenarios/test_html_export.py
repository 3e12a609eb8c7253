"""A person exports the interactive HTML map from the Export dialog and opens what it wrote."""

from cxdesigner.storage.reader import open_project
from html_reading import read_page
from person import NotFound


def test_export_the_interactive_map_from_the_dialog(editor, sample, tmp_path):
    window, person = editor(sample)
    target = tmp_path / "for the team.html"
    seen = {}

    def export_dialog(dialog):
        person.choose("Format", "Interactive map (HTML)", within=dialog)
        try:
            person.find("Paper size", within=dialog)
            seen["paper"] = True
        except NotFound:
            seen["paper"] = False
        person.click(person.find("Export to", within=dialog))
        person.select_all_and_type(str(target))
        person.button(dialog, "Export")

    person.answer(export_dialog)
    person.menu("File", "Export…")
    assert person.all_answered()
    assert seen["paper"] is False  # a page in a browser has no paper to choose
    project = open_project(sample)
    page = read_page(target.read_text(encoding="utf-8"))
    jmap = project.maps[0]
    for text in [jmap.name, *(t.title for t in jmap.touchpoints), *(p.text for p in jmap.pain_points),
                 *(a.text for a in jmap.actions), *(project.find(p).name for p in jmap.persona_ids)]:
        assert text in page.text, text
    assert page.external_references() == []
    assert len(target.read_bytes()) < 300_000
    assert not window.isWindowModified()  # an export changes nothing in the project
