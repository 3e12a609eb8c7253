"""The stakeholder pack read back: pypdf (and poppler's pdftotext when installed) find every
persona, action, pain point and comment whole, a page number on every page, the header of a
long table on every page it runs over, and no text under 7 pt."""

import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime

import pypdf
from hypothesis import HealthCheck, given, settings, strategies as st
import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Action, Lane, PainPoint
from cxdesigner.model.comments import Comment
from cxdesigner.render.export import ExportOptions, export_maps
from cxdesigner.render.files import ExportError
from cxdesigner.render.pack import pack_bytes
from cxdesigner.render.pack_text import NARROW_PLAN_COLUMNS, PLAN_COLUMNS
from cxdesigner.render.pages import PageSetup
from pdf_fonts import smallest_font_sizes

POSTER = PageSetup("A4", tile=True)  # every template's map keeps its text at 7 pt on A4 sheets
WORDS = ("customers wait at the desk while the only clerk answers the phone and looks for keys "
         "so the evening shift needs a second person and a clear way to hand over ").split()


def squash(text: str) -> str:
    """Text with no white space at all, ligatures undone: a wrapped cell reads as its whole text."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def page_texts(path) -> list[str]:
    """Each page's text on one line, single spaces (pypdf gives tabs between words)."""
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in pypdf.PdfReader(path).pages]


def long_text(count: int, start: int = 0) -> str:
    """``count`` words, each numbered ("desk12"), so a text is found whole and in order even when
    its table row breaks over a page and the row's other cells are read in between."""
    return " ".join(f"{WORDS[(start + i) % len(WORDS)]}{start}x{i}" for i in range(count))


def in_order(text: str, whole: str, start: int = 0) -> int:
    """Where the last word of ``text`` ends in the squashed ``whole``, every word found after
    the one before it; -1 when one is missing."""
    for word in text.split():
        found = whole.find(squash(word), start)
        if found < 0:
            return -1
        start = found + len(squash(word))
    return start


def pack(project, tmp_path, setup=POSTER, name="pack.pdf", **options):
    path = tmp_path / name
    export_maps(project, [project.maps[0].id], ExportOptions("pdf", setup, pack=True, **options), path)
    return path


def said_in_pack(project, jmap) -> list[str]:
    """What the pack must show whole: persona names and quotes, actions and their owners, pain points."""
    departments = {d.id: d.name for d in project.departments}
    personas = [project.find(i) for i in jmap.persona_ids]
    return [*(p.name for p in personas), *(p.quote for p in personas if p.quote),
            *(a.text for a in jmap.actions), *(departments[a.owner_id] for a in jmap.actions if a.owner_id),
            *(a.resources_needed for a in jmap.actions), *(p.text for p in jmap.pain_points)]


@pytest.mark.parametrize("template", ["hotel", "bank-account", "online-shop"])
def test_every_persona_action_and_pain_point_is_there_whole_on_numbered_pages(template, tmp_path, qapp):
    project = load_template(template)
    jmap = project.maps[0]
    path = pack(project, tmp_path)
    pages = page_texts(path)
    whole = squash(" ".join(pages))
    missing = [text for text in said_in_pack(project, jmap) if squash(text) not in whole]
    assert not missing
    for pain in jmap.pain_points:  # its evidence in the same row as its text
        assert squash(pain.text) + squash(f"{pain.severity} of 5") + squash(pain.evidence.value.capitalize()) in whole
    for number, text in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in text and jmap.name in text
    for persona in (project.find(i) for i in jmap.persona_ids):  # a page of its own, its quote on it
        page = next(t for t in pages if "Satisfaction along the journey" in t and squash(persona.name) in squash(t)
                    and squash(persona.quote) in squash(t))
        assert squash(f"1 {jmap.touchpoints[0].title}") in squash(page)  # the key to its small line
    assert "…" not in " ".join(pages)


def test_pdftotext_reads_the_same_texts(tmp_path, qapp):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    project = load_template("hotel")
    path = pack(project, tmp_path)
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    whole = squash(text)
    assert [t for t in said_in_pack(project, project.maps[0]) if squash(t) not in whole] == []
    assert text.count("Page ") >= len(pypdf.PdfReader(path).pages)


def test_a_long_plan_breaks_over_pages_with_its_header_on_each(tmp_path, qapp):
    project = load_template("hotel")
    jmap = project.maps[0]
    owner = project.departments[0]
    for number in range(40):
        project.add(Action(text=long_text(60, number), touchpoint_id=jmap.touchpoints[number % 9].id,
                           owner_id=owner.id, resources_needed=long_text(20, number + 100), phase="next",
                           planned_on=date(2027, 1, 1 + number % 28), expected_effect=0.5), map_id=jmap.id)
    project.add(Action(text=long_text(300, 999), touchpoint_id=jmap.touchpoints[0].id), map_id=jmap.id)
    jmap.lanes.remove(Lane.ACTIONS)  # the map page stays one sheet; the plan is what this is about
    path = pack(project, tmp_path, PageSetup("A3", tile=True))
    pages = page_texts(path)
    plan = [t for t in pages if "Pain point" in t and "Resources needed" in t]  # the plan's pages
    assert len(plan) >= 4
    for text in plan:
        assert all(squash(title) in squash(text) for title, _ in PLAN_COLUMNS)
    whole, place = squash(" ".join(pages)), 0
    for action in jmap.actions:  # whole, and in plan order
        start = whole.find(squash(action.text.split()[0]), place)
        place = in_order(action.text, whole, start)
        assert start >= 0 and place >= 0 and in_order(action.resources_needed, whole, start) >= 0, action.text
    assert "2027-01-28" in " ".join(pages)
    assert sum("Pain points # Pain point" in t for t in pages) == 1  # no line drawn hidden on a neighbour page


def test_no_text_under_7_pt_in_the_hotel_and_bank_account_packs(tmp_path, qapp):
    for template, setup in (("hotel", PageSetup("A2")), ("hotel", POSTER), ("bank-account", POSTER),
                            ("bank-account", PageSetup("A3", landscape=False, tile=True))):
        path = pack(load_template(template), tmp_path, setup, comments=True)
        sizes = smallest_font_sizes(path)
        assert None not in sizes and min(sizes) >= 7 - 1e-6, (template, setup, sizes)


def test_a_larger_smallest_text_makes_the_pages_larger_too(tmp_path, qapp):
    path = pack(load_template("bank-account"), tmp_path, PageSetup("A3", tile=True, min_font=9))
    assert min(smallest_font_sizes(path)) >= 9 - 1e-6


def test_a_map_too_large_for_its_sheet_is_refused_as_for_its_pdf(tmp_path, qapp):
    with pytest.raises(ExportError, match="needs A2 landscape"):
        pack(load_template("hotel"), tmp_path, PageSetup("A4"))
    assert not (tmp_path / "pack.pdf").exists()


def test_the_comments_appendix_when_asked(tmp_path, qapp):
    project = load_template("hotel")
    jmap = project.maps[0]
    touchpoint, action = jmap.touchpoints[2], jmap.actions[0]
    thread = Comment(target_id=touchpoint.id, text="Is the queue measured or guessed?", author="Ana",
                     created_at=datetime(2026, 11, 30, 9, 15))
    reply = Comment(target_id=touchpoint.id, text="Measured: twelve minutes on Fridays.", author="Ben",
                    reply_to_id=thread.id, created_at=datetime(2026, 11, 30, 10, 2))
    done = Comment(target_id=action.id, text=long_text(120, 7), author="Chloé", resolved=True)
    on_map = Comment(target_id=jmap.id, text="Ready for the board once the pool step is rated.")
    for comment in (thread, reply, done, on_map):
        project.add(comment, map_id=jmap.id)
    without = " ".join(page_texts(pack(project, tmp_path, name="without.pdf")))
    assert "Review comments" not in without and "twelve minutes" not in without
    pages = page_texts(pack(project, tmp_path, comments=True))
    appendix = squash(" ".join(pages[pages.index(next(t for t in pages if "Review comments" in t)):]))
    for text in (f"Touchpoint “{touchpoint.title}” · Open", "Ana, 2026-11-30 09:15", thread.text,
                 "Ben, 2026-11-30 10:02", reply.text, f"Action “{action.text}” · Resolved", done.text,
                 "The map · Open", on_map.text):
        assert squash(text) in appendix, text
    assert appendix.index(squash(thread.text)) < appendix.index(squash(reply.text))


def test_persona_photo_is_drawn_on_its_page(tmp_path, qapp):
    project = load_template("hotel")
    persona = project.find(project.maps[0].persona_ids[0])
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#123456"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    persona.photo = bytes(data)
    path = tmp_path / "pack.pdf"
    path.write_bytes(pack_bytes(project, [project.maps[0].id], POSTER))
    number = next(i for i, t in enumerate(page_texts(path)) if "Satisfaction along the journey" in t
                  and squash(persona.quote) in squash(t))
    assert pypdf.PdfReader(path).pages[number].images, "no picture on the persona's page"


def test_one_pack_for_several_maps_names_each_on_its_pages(tmp_path, qapp):
    from cxdesigner.model.duplicate import duplicate_map
    project = load_template("bank-account")
    project.add(duplicate_map(project.maps[0], "Second opening"))
    path = tmp_path / "both.pdf"
    export_maps(project, [m.id for m in project.maps], ExportOptions("pdf", POSTER, pack=True, one_pdf=False), path)
    pages = page_texts(path)
    assert sorted({m.name for m in project.maps if m.name in pages[-1]}) == ["Second opening"]
    assert project.maps[0].name in pages[0] and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert sum("Action plan" in t for t in pages) == 2


def test_a_map_with_nothing_around_it_still_makes_a_pack(tmp_path, qapp):
    project = load_template("blank")
    pages = page_texts(pack(project, tmp_path))
    assert "No actions yet." in " ".join(pages) and "No pain points yet." in " ".join(pages)
    assert all(f"of {len(pages)}" in t for t in pages)


def test_pain_point_severity_is_its_own(tmp_path, qapp):
    project = load_template("hotel")
    jmap = project.maps[0]
    project.add(PainPoint(text="The lift is out of order", severity=5, touchpoint_ids=[jmap.touchpoints[3].id]),
                map_id=jmap.id)
    whole = squash(" ".join(page_texts(pack(project, tmp_path))))
    assert squash(f"The lift is out of order 5 of 5 Assumption {jmap.touchpoints[3].title}") in whole


LATIN = st.characters(codec="latin-1", categories=("L", "N", "P", "Zs"))
#: Words of up to 40 letters (one longer than its column breaks anywhere), some 2,000 characters in all.
TEXTS = st.lists(st.text(LATIN.filter(lambda c: not c.isspace()), min_size=1, max_size=40),
                 min_size=1, max_size=120).map(" ".join)


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                              HealthCheck.function_scoped_fixture])
@given(actions=st.lists(st.tuples(TEXTS, TEXTS), min_size=1, max_size=6), pain=TEXTS, quote=TEXTS)
def test_generated_long_texts_are_printed_whole(actions, pain, quote, tmp_path_factory, qapp):
    project = load_template("bank-account")
    jmap = project.maps[0]
    project.find(jmap.persona_ids[0]).quote = quote
    project.add(PainPoint(text=pain, touchpoint_ids=[jmap.touchpoints[0].id]), map_id=jmap.id)
    for text, needed in actions:
        project.add(Action(text=text, resources_needed=needed, touchpoint_id=jmap.touchpoints[1].id), map_id=jmap.id)
    # the map page keeps to a few sheets: the pages after it are what this is about
    jmap.lanes = [lane for lane in jmap.lanes if lane not in (Lane.ACTIONS, Lane.PAIN_POINTS, Lane.PERSONAS)]
    path = pack(project, tmp_path_factory.mktemp("pack"))
    pages = page_texts(path)
    whole = squash(" ".join(pages))
    for text in (quote, pain, *(t for pair in actions for t in pair)):
        assert in_order(text, whole) >= 0, text
    assert all(f"Page {n} of {len(pages)}" in t for n, t in enumerate(pages, 1))
    assert min(smallest_font_sizes(path)) >= 7 - 1e-6


def test_a_portrait_page_folds_the_plan_into_fewer_columns(tmp_path, qapp):
    project = load_template("hotel")
    jmap = project.maps[0]
    pages = page_texts(pack(project, tmp_path, PageSetup("A4", landscape=False, tile=True)))
    plan = next(t for t in pages if t.startswith("Action plan"))
    assert all(squash(title) in squash(plan) for title, _ in NARROW_PLAN_COLUMNS)
    first = jmap.actions[0]
    assert squash(f"{first.priority.value} {first.status.value.replace('_', ' ')}") in squash(plan).lower()
    assert not [a.text for a in jmap.actions if squash(a.text) not in squash(plan)]
