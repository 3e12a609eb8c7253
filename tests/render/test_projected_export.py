"""Exports draw the projected line when the map has it on (they draw the editor's scene)."""

import re

import pypdf
import pytest

from cxdesigner.canvas.satisfaction import PROJECTED_DASHES
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import ActionStatus
from cxdesigner.render.files import pdf_bytes, svg_bytes
from cxdesigner.render.pages import PageSetup

WIDTH = 2.2  # the projected line's pen, in scene units


@pytest.fixture
def hotel(qapp):
    return load_template("hotel")


def projected_strokes(svg: str) -> int:
    """The projected lines drawn: paths of the class whose rule gives the projected line's dashes."""
    dashes = " ".join(f"{d * WIDTH:g}" for d in PROJECTED_DASHES)
    assert not re.search(r"class=\"projected\"", svg) or f"stroke-dasharray:{dashes}" in svg
    return len(re.findall(r'<path class="projected" d="M', svg))


def pdf_text(project, map_id, tmp_path) -> str:
    path = tmp_path / "map.pdf"
    path.write_bytes(pdf_bytes(project, [map_id], PageSetup("A2")))
    return " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_svg_and_pdf_draw_the_projected_line_only_when_it_is_on(hotel, tmp_path):
    jmap = hotel.maps[0]
    assert projected_strokes(svg_bytes(hotel, jmap.id).decode()) == 0
    assert "projected" not in pdf_text(hotel, jmap.id, tmp_path)
    jmap.projected_statuses = [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS]
    assert projected_strokes(svg_bytes(hotel, jmap.id).decode()) >= len(jmap.persona_ids)  # a line per persona
    assert "projected" in pdf_text(hotel, jmap.id, tmp_path)  # and its key in the legend


def test_the_summary_block_gives_todays_figures_and_the_projected_ones(hotel):
    from cxdesigner.analysis.projection import projected_map
    from cxdesigner.analysis.scores import mean_satisfaction
    from cxdesigner.canvas.style import short_number
    from cxdesigner.render.summary import summary_rows

    jmap = hotel.maps[0]
    claire = jmap.persona_ids[0]
    today = short_number(mean_satisfaction(jmap, claire))
    assert summary_rows(hotel, jmap)[0][1] == today
    jmap.projected_statuses = [ActionStatus.IN_PROGRESS]
    after = short_number(mean_satisfaction(projected_map(jmap), claire))
    assert summary_rows(hotel, jmap)[0][1] == f"{today} → {after}" and after != today
