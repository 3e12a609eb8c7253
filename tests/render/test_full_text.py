"""A printed map says everything the designer typed, whole, and names the sheet each template needs."""

import re
import unicodedata
from pathlib import Path

import pypdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxdesigner.interchange.templates import load_template, template_names
from cxdesigner.model import Lane, LaneKind, PainPoint, Project
from cxdesigner.render.files import pdf_bytes, pictures
from cxdesigner.render.pages import PageSetup, needed_size

DOCS = Path(__file__).parents[2] / "docs" / "export.md"
ELLIPSIS = "…"


def squeeze(text: str) -> str:
    """Text as words joined by single spaces, ligatures undone, so wrapped lines read as one."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def typed_texts(project: Project) -> list[str]:
    """Every text a stakeholder reads first: titles, pain points, positive moments, actions,
    custom text cells and persona quotes."""
    jmap = project.maps[0]
    texts = [t.title for t in jmap.touchpoints]
    texts += [p.text for p in jmap.pain_points] + [m.text for m in jmap.positive_moments]
    texts += [a.text for a in jmap.actions]
    text_lanes = {lane.id for lane in jmap.custom_lanes if lane.kind is not LaneKind.IMAGE
                  and lane.kind is not LaneKind.EMOTION and lane.kind is not LaneKind.METRIC}
    texts += [cell.text for cell in jmap.cells if cell.lane_id in text_lanes]
    texts += [p.quote for p in project.personas if p.id in jmap.persona_ids]
    return [squeeze(t) for t in texts if t.strip()]


def printed_text(project: Project, setup: PageSetup, tmp_path: Path) -> str:
    path = tmp_path / "map.pdf"
    path.write_bytes(pdf_bytes(project, [project.maps[0].id], setup))
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return squeeze(text).replace("- ", "-")


def every_lane_on(project: Project) -> Project:
    jmap = project.maps[0]
    jmap.lanes = list(Lane) + [lane.id for lane in jmap.custom_lanes]
    return project


def sheet_needed(project: Project, landscape: bool) -> str | None:
    for picture in pictures(project, [project.maps[0].id]):
        return needed_size(picture, PageSetup(landscape=landscape))


@pytest.mark.parametrize("name", template_names())
def test_every_typed_text_of_every_template_is_printed_whole(qapp, tmp_path, name):
    project = every_lane_on(load_template(name))
    text = printed_text(project, PageSetup("A0"), tmp_path)
    missing = [t for t in typed_texts(project) if t not in text]
    assert missing == []
    assert ELLIPSIS not in text


#: Letters every platform's sans-serif font draws (a glyph from a fallback font is another test's business).
LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßéèêçñãõøåÄÖÜÉÇÑ"
words = st.text(alphabet=LETTERS, min_size=1, max_size=14)
long_texts = st.lists(words, min_size=1, max_size=70).map(" ".join)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.lists(words, min_size=1, max_size=12).map(" ".join), pain=long_texts, action=long_texts)
def test_long_texts_are_printed_whole_with_no_ellipsis_nobody_typed(qapp, tmp_path, title, pain, action):
    project = every_lane_on(load_template("online-shop"))
    jmap = project.maps[0]
    first = jmap.touchpoints[0]
    project.update(first.id, title=title)
    project.add(PainPoint(text=pain, touchpoint_ids=[first.id]), map_id=jmap.id)
    project.update(jmap.actions[0].id, text=action)
    text = printed_text(project, PageSetup("A4", tile=True), tmp_path)
    # A word wider than its box breaks with a hyphen (the letters drawn hold none of their own).
    unbroken = text.replace("-", "")
    for typed in (title, pain, action):
        assert squeeze(typed) in unbroken
    assert ELLIPSIS not in text


def _documented_sizes() -> dict[str, tuple[str, str]]:
    """The table in docs/export.md: template → (landscape, portrait) sheet at 7 pt."""
    rows = re.findall(r"^\| `(\S+)` \| (\S+) \| (\S+) \|$", DOCS.read_text(encoding="utf-8"), re.MULTILINE)
    return {name: (landscape, portrait) for name, landscape, portrait in rows}


def test_docs_say_which_sheet_each_template_needs(qapp):
    documented = _documented_sizes()
    assert set(documented) == set(template_names())
    for name in template_names():
        project = load_template(name)
        assert documented[name] == (sheet_needed(project, True), sheet_needed(project, False)), name


def test_the_title_block_names_the_map_and_every_persona_whole(qapp, tmp_path):
    from cxdesigner.model import Persona
    project = load_template("hotel")
    jmap = project.maps[0]
    name = "A stay at the city-centre hotel, from the first search for a room to the e-mail after departure"
    project.update(jmap.id, name=name, description="Seen by the front desk, the night team and the restaurant. " * 4)
    for number in range(4):
        persona = Persona(name=f"Persona {number} with a rather long descriptive name", color="#336699")
        project.add(persona)
        project.attach_persona(jmap.id, persona.id)
    text = printed_text(project, PageSetup("A0"), tmp_path)
    assert squeeze(name) in text and ELLIPSIS not in text
    for persona in project.personas:
        assert squeeze(persona.name) in text
