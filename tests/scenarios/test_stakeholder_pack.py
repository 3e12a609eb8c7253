"""Export… > Stakeholder pack (PDF): a designer comments on the map, then hands the pack over,
choosing it in the Export dialog, taking the poster it offers and adding the comments."""

import unicodedata

from pypdf import PdfReader

from test_reviewing import write


def pages_of(path) -> list[str]:
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in PdfReader(path).pages]


def test_the_pack_is_chosen_in_the_export_dialog_with_the_comments(editor, sample, tmp_path):
    window, person = editor(sample)
    person.click_card("Reports a problem in the room")
    write(person, "Do we know how often the air conditioning fails?")
    write(person, "Twice a week in summer, says the night desk.", "Reply")
    pdf = tmp_path / "for the board.pdf"
    seen = []

    def export_pack(dialog):
        person.choose("Format", "Stakeholder pack (PDF)", within=dialog)
        person.button(dialog, "Make a Poster")  # the map needs A2 on one sheet: offered, taken
        person.click(person.find("Add the review comments as an appendix", within=dialog))
        person.click(person.find("Export to", within=dialog))
        person.select_all_and_type(str(pdf))
        person.button(dialog, "Export")

    person.answer(export_pack)
    person.press("Ctrl+E")
    assert person.all_answered() and pdf.exists()
    pages = pages_of(pdf)
    jmap = window.document.project.maps[0]
    project = window.document.project
    assert all(f"Page {n} of {len(pages)}" in text and jmap.name in text for n, text in enumerate(pages, 1))
    personas = [project.find(i) for i in jmap.persona_ids]
    for persona in personas:
        assert any("Satisfaction along the journey" in t and persona.name in t for t in pages), persona.name
    whole = " ".join(pages)
    for said in ("Action plan", "Pain points", "Insights", "Review comments",
                 "Touchpoint “Reports a problem in the room” · Open",
                 "Do we know how often the air conditioning fails?", "Twice a week in summer, says the night desk."):
        assert said in whole, said
    starts = [next(n for n, text in enumerate(pages) if text.startswith(heading))
              for heading in ("Action plan In the order", "Pain points # Pain point", "Review comments")]
    assert starts == sorted(starts) and starts[0] > len(personas)  # after the map and the personas

    def look_again(dialog):  # the next export starts from the pack, comments ticked
        seen.append((dialog.format.currentText(), dialog.comments.isChecked(), dialog.summary.isVisible()))
        person.button(dialog, "Cancel")

    person.answer(look_again)
    person.press("Ctrl+E")
    assert person.all_answered() and seen[-1] == ("Stakeholder pack (PDF)", True, False)
