"""``cxdesigner export`` and Mermaid ``import`` as users run them: no display, real files."""

import os
import subprocess
import sys

import pypdf
import pytest
from PySide6.QtGui import QImage

from cxdesigner.interchange.templates import load_template
from cxdesigner.model.comments import Comment
from cxdesigner.model.duplicate import duplicate_map
from cxdesigner.storage import open_project, save_project


def cli(*args, cwd=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run([sys.executable, "-m", "cxdesigner", *map(str, args)],
                          capture_output=True, text=True, env=env, cwd=cwd)


@pytest.fixture
def two_maps(tmp_path):
    project = load_template("hotel")
    project.add(duplicate_map(project.maps[0], "Second stay"))
    path = tmp_path / "hotel.cxd"
    save_project(project, path)
    return path


def test_pdf_svg_png_without_a_display(two_maps, tmp_path, qapp):
    done = cli("export", two_maps, "--format", "pdf", "--all-maps", "--page", "A3", "--portrait", "--min-font", "4",
               "--output", tmp_path / "all.pdf")
    assert done.returncode == 0, done.stderr
    reader = pypdf.PdfReader(tmp_path / "all.pdf")
    assert len(reader.pages) == 2 and round(reader.pages[0].mediabox.height) == 1191
    too_small = cli("export", two_maps, "--format", "pdf", "--map", "Hotel stay", "--output", tmp_path / "a4.pdf")
    assert too_small.returncode == 1 and "needs A2 landscape or larger" in too_small.stderr
    assert not (tmp_path / "a4.pdf").exists()
    done = cli("export", two_maps, "--format", "pdf", "--map", "Second stay", "--tile",
               "--output", tmp_path / "poster.pdf")
    assert done.returncode == 0 and len(pypdf.PdfReader(tmp_path / "poster.pdf").pages) > 1
    done = cli("export", two_maps, "--format", "svg", "--all-maps", "--output", tmp_path / "maps.svg")
    assert done.returncode == 0 and {"maps-hotel-stay.svg", "maps-second-stay.svg"} <= set(os.listdir(tmp_path))
    done = cli("export", two_maps, "--format", "png", "--map", "Hotel stay", "--dpi", "48", "--transparent",
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    image = QImage(str(tmp_path / "hotel.png"))
    assert image.hasAlphaChannel() and 800 < image.width() < 1000


def test_bad_requests_get_one_plain_line(two_maps, tmp_path):
    for args in (("--format", "pdf"),                                     # which map?
                 ("--format", "png", "--map", "Nope"),
                 ("--format", "png", "--map", "Hotel stay", "--dpi", "9000"),
                 ("--format", "pdf", "--all-maps", "--output", tmp_path / "no" / "where.pdf"),
                 ("--format", "mermaid", "--all-maps")):                  # several maps to stdout
        result = cli("export", two_maps, *args)
        assert result.returncode == 1, args
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr, result.stderr
    bad = tmp_path / "bad.cxd"
    bad.write_bytes(b"not a project")
    result = cli("export", bad, "--format", "pdf")
    assert result.returncode == 1 and len(result.stderr.splitlines()) == 1
    assert cli("export", two_maps, "--format", "pdf", "--page", "B5").returncode == 2


def test_mermaid_out_and_back_in(two_maps, tmp_path):
    done = cli("export", two_maps, "--format", "mermaid", "--map", "Hotel stay")
    assert done.returncode == 0 and done.stdout.startswith("journey")
    (said,) = done.stderr.splitlines()  # what Mermaid cannot hold, in one sentence beside the diagram
    assert said.startswith("Mermaid keeps Hotel stay's stages") and "pain points" in said
    source = tmp_path / "stay.mmd"
    source.write_text(done.stdout, encoding="utf-8")
    made = cli("import", source, "--output", tmp_path / "from-mermaid.cxd")
    assert made.returncode == 0, made.stderr
    project = open_project(tmp_path / "from-mermaid.cxd")
    original = load_template("hotel").maps[0]
    jmap = project.maps[0]
    assert [s.name for s in jmap.stages] == [s.name for s in original.stages]
    assert [t.title for t in jmap.touchpoints] == [t.title for t in original.touchpoints]
    broken = tmp_path / "broken.mmd"
    broken.write_text("journey\n  section A\n  Task: eleven: Me\n", encoding="utf-8")
    refused = cli("import", broken, "--output", tmp_path / "x.cxd")
    assert refused.returncode == 1 and "Line 3" in refused.stderr and not (tmp_path / "x.cxd").exists()


def test_html_of_every_map_in_one_page_by_default_beside_the_project(two_maps, tmp_path):
    done = cli("export", two_maps, "--format", "html", "--all-maps", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Wrote hotel.html"
    from html_reading import read_page
    page = read_page((tmp_path / "hotel.html").read_text(encoding="utf-8"))
    assert [a["value"] for t, a in page.tags if t == "option"] == [f"m-{m.id}" for m in open_project(two_maps).maps]
    assert page.external_references() == []
    folder = cli("export", two_maps, "--format", "html", "--map", "Second stay", "--output", tmp_path / "none" / "x.html")
    assert folder.returncode == 1 and folder.stderr.count("\n") == 1 and "does not exist" in folder.stderr


def test_the_stakeholder_pack_from_the_command_line(two_maps, tmp_path, qapp):
    project = open_project(two_maps)
    jmap = project.maps[0]
    project.add(Comment(target_id=jmap.id, text="Show this to the board on Monday.", author="Ana"), map_id=jmap.id)
    save_project(project, two_maps)
    refused = cli("export", two_maps, "--format", "pdf", "--map", "Hotel stay", "--pack", "--output",
                  tmp_path / "a4.pdf")
    assert refused.returncode == 1 and "needs A2 landscape or larger" in refused.stderr
    done = cli("export", two_maps, "--format", "pdf", "--map", "Hotel stay", "--pack", "--comments", "--tile",
               "--output", tmp_path / "pack.pdf")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Wrote {tmp_path / 'pack.pdf'}"
    reader = pypdf.PdfReader(tmp_path / "pack.pdf")
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    persona = project.find(jmap.persona_ids[0])
    for said in ("Action plan", "Pain points", "Insights", "Review comments", "Show this to the board on Monday.",
                 persona.name, f"Page {len(reader.pages)} of {len(reader.pages)}"):
        assert said in text, said
    plain = cli("export", two_maps, "--format", "pdf", "--map", "Hotel stay", "--pack", "--tile",
                "--output", tmp_path / "plain.pdf")
    assert plain.returncode == 0 and "Review comments" not in " ".join(
        page.extract_text() for page in pypdf.PdfReader(tmp_path / "plain.pdf").pages)
    for args, said in ((("--format", "svg", "--pack"), "use --pack with --format pdf"),
                       (("--format", "pdf", "--comments"), "add --pack")):
        wrong = cli("export", two_maps, "--map", "Hotel stay", *args, "--output", tmp_path / "x.out")
        assert wrong.returncode == 1 and said in wrong.stderr and len(wrong.stderr.splitlines()) == 1
