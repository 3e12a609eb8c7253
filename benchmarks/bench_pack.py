"""The stakeholder pack beside the map's own PDF on the same paper.

The floor is the hotel map as an A4 poster PDF: what the pack starts with. Ours is the
whole pack (the same poster, a page per persona, the plan, pain points, insights and the
comments). The second pair has a plan of 200 actions of about 60 words each, so the
tables run over many pages; the ratio is what the pages after the map cost.
"""

from __future__ import annotations

import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_project_file import _paired  # noqa: E402
from pypdf import PdfReader  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cxdesigner.interchange.templates import load_template  # noqa: E402
from cxdesigner.model import Action, Lane  # noqa: E402
from cxdesigner.render.files import pdf_bytes  # noqa: E402
from cxdesigner.render.pack import pack_bytes  # noqa: E402
from cxdesigner.render.pages import PageSetup  # noqa: E402

RUNS = 5
ACTIONS = 200
WORDS = "keep a technician on call for the night shift and let reception offer another room at once".split()


def _long_plan():
    project = load_template("hotel")
    jmap = project.maps[0]
    for number in range(ACTIONS):
        text = " ".join(WORDS[(number + i) % len(WORDS)] for i in range(60))
        project.add(Action(text=text, touchpoint_id=jmap.touchpoints[number % len(jmap.touchpoints)].id,
                           resources_needed=text[:120]), map_id=jmap.id)
    jmap.lanes = [lane for lane in jmap.lanes if lane != Lane.ACTIONS]  # the map stays the hotel's size
    return project


def run() -> None:
    app = QApplication.instance() or QApplication([])  # noqa: F841
    setup = PageSetup("A4", tile=True)
    print(f"The stakeholder pack beside the map's own poster PDF (A4), median of {RUNS} runs")
    print(f"  {'pack':<28} {'ours':>9} {'map PDF':>9} {'ratio':>7} {'pages':>6}")
    for name, project in (("hotel template", load_template("hotel")), (f"hotel, {ACTIONS} long actions",
                                                                        _long_plan())):
        map_id = project.maps[0].id
        pages = len(PdfReader(io.BytesIO(pack_bytes(project, [map_id], setup, comments=True))).pages)
        ours, floor, ratio = _paired(lambda: pack_bytes(project, [map_id], setup, comments=True),
                                     lambda: pdf_bytes(project, [map_id], setup), RUNS)
        print(f"  {name:<28} {ours * 1000:>6.0f} ms {floor * 1000:>6.0f} ms {ratio:>6.1f}x {pages:>6}")


if __name__ == "__main__":
    run()
