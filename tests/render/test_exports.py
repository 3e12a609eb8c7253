"""Exports read back with independent tools: pypdf (and poppler when installed),
an XML parser and rsvg-convert for SVG, Qt's own PNG reader for images."""

import re
import shutil
import subprocess
import sys
import textwrap
import unicodedata
import xml.etree.ElementTree as ET

import pypdf
import pytest
from PySide6.QtGui import QColor, QImage

from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Stage, Touchpoint
from cxdesigner.model.duplicate import duplicate_map
from cxdesigner.render.export import ExportCancelled, ExportOptions, export_maps, output_paths
from cxdesigner.render.files import ExportError, pdf_bytes, png_bytes, svg_bytes
from png_reading import png_pixels
from cxdesigner.render.pages import PAGE_SIZES, PageSetup
from cxdesigner.render.picture import map_picture
from pdf_paths import empty_closes

PT_PER_MM = 72 / 25.4
PAPER_MM = {"A4": (210, 297), "A3": (297, 420), "A2": (420, 594), "A1": (594, 841), "A0": (841, 1189),
            "Letter": (215.9, 279.4), "Legal": (215.9, 355.6), "Tabloid": (279.4, 431.8)}


@pytest.fixture
def hotel(qapp):
    return load_template("hotel")


def words(text: str) -> str:
    """Extracted text as one line: ligatures (ﬁ) undone, titles wrapped after a hyphen rejoined."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).replace("- ", "-")


def read_pdf(path):
    reader = pypdf.PdfReader(path)
    return reader, words(" ".join(page.extract_text() for page in reader.pages))


def long_map(count: int):
    project = load_template("hotel")
    jmap = project.maps[0]
    for number in range(count - len(jmap.touchpoints)):
        stage = jmap.stages[number % len(jmap.stages)]
        project.add(Touchpoint(title=f"Extra step {number + 1}", stage_id=stage.id), map_id=jmap.id)
    return project


def test_pdf_has_one_page_with_every_title_as_text_and_metadata(hotel, tmp_path):
    path = tmp_path / "hotel.pdf"
    path.write_bytes(pdf_bytes(hotel, [hotel.maps[0].id], PageSetup("A2"), author="Ana Lima"))
    reader, text = read_pdf(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(box.width), round(box.height)) == (1684, 1191)  # A2 landscape: what the hotel needs at 7 pt
    assert reader.metadata.title == "Hotel stay" and reader.metadata.author == "Ana Lima"
    for touchpoint in hotel.maps[0].touchpoints:
        assert touchpoint.title in text
    assert "Claire (business traveller)" in text  # the persona key
    fonts = [page["/Resources"]["/Font"] for page in reader.pages]
    descriptors = [f.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"] for d in fonts
                   for f in d.values()]
    assert descriptors and all("/FontFile2" in d or "/FontFile3" in d or "/FontFile" in d for d in descriptors)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_reads_the_same_pdf(hotel, tmp_path):
    path = tmp_path / "hotel.pdf"
    path.write_bytes(pdf_bytes(hotel, [hotel.maps[0].id], PageSetup(size="A1", landscape=False)))
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info and "(A1)" in info
    text = words(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout)
    unhyphenated = text.replace("-", "")  # pdftotext joins "post-" and "stay" at a line break
    assert all(t.title.replace("-", "") in unhyphenated for t in hotel.maps[0].touchpoints)


@pytest.mark.parametrize("name", ["hotel", "online-shop", "bank-account", "blank"])
def test_pdfs_never_close_a_path_they_did_not_begin(name, tmp_path, qapp):
    """Every template, measured evidence and targets included: no drawing poppler complains about."""
    project = load_template(name)
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf_bytes(project, [m.id for m in project.maps], PageSetup("A1"), summary=True))
    assert empty_closes(path) == []
    if shutil.which("pdftoppm"):
        run = subprocess.run(["pdftoppm", "-r", "20", "-png", path, tmp_path / "page"], capture_output=True, text=True)
        assert run.returncode == 0 and run.stderr == ""


@pytest.mark.parametrize("size", list(PAGE_SIZES))
def test_every_page_size_in_both_orientations(hotel, tmp_path, size):
    for landscape in (True, False):
        path = tmp_path / f"{size}.pdf"
        path.write_bytes(pdf_bytes(hotel, [hotel.maps[0].id], PageSetup(size=size, landscape=landscape,
                                                                        tile=size not in ("A1", "A0"))))
        box = pypdf.PdfReader(path).pages[0].mediabox
        short, long = (d * PT_PER_MM for d in PAPER_MM[size])
        expected = (long, short) if landscape else (short, long)
        assert (float(box.width), float(box.height)) == pytest.approx(expected, abs=1.5)


def test_several_maps_in_one_pdf_one_page_each(hotel, tmp_path):
    hotel.add(duplicate_map(hotel.maps[0], "Hotel stay, next year"))
    path = tmp_path / "all.pdf"
    export_maps(hotel, [m.id for m in hotel.maps], ExportOptions("pdf", PageSetup("A1")), path)
    reader, _ = read_pdf(path)
    assert len(reader.pages) == 2
    assert "Hotel stay, next year" in words(reader.pages[1].extract_text())


def test_a_60_touchpoint_map_tiles_on_a4_with_every_title(tmp_path, qapp):
    project = long_map(60)
    path = tmp_path / "poster.pdf"
    path.write_bytes(pdf_bytes(project, [project.maps[0].id], PageSetup(tile=True)))
    reader, text = read_pdf(path)
    assert len(reader.pages) >= 6
    assert all(round(p.mediabox.width) == 842 for p in reader.pages)
    for touchpoint in project.maps[0].touchpoints:
        assert touchpoint.title in text
    assert "sheet 2 of" in words(reader.pages[1].extract_text())


def test_one_page_that_would_shrink_the_text_names_the_sheet_it_needs(hotel, tmp_path):
    """On A4 the hotel's text would fall under 7 pt: refused in one sentence, naming A2 and the poster."""
    with pytest.raises(ExportError) as refused:
        pdf_bytes(hotel, [hotel.maps[0].id], PageSetup("A4"))
    assert str(refused.value) == ("“Hotel stay” needs A2 landscape or larger to keep its text at 7 pt or more on one "
                                  "page: choose A2, or a poster of A4 sheets.")
    assert pdf_bytes(hotel, [hotel.maps[0].id], PageSetup("A3", min_font=4)).startswith(b"%PDF")
    poster = tmp_path / "poster.pdf"
    poster.write_bytes(pdf_bytes(hotel, [hotel.maps[0].id], PageSetup("A4", tile=True)))
    assert len(pypdf.PdfReader(poster).pages) > 1  # more sheets rather than smaller text


def test_tiles_cover_the_whole_map_with_overlap(hotel):
    from cxdesigner.render.pages import plan_sheets
    from PySide6.QtCore import QRectF
    with map_picture(hotel, hotel.maps[0].id) as picture:
        sheets = plan_sheets(picture, QRectF(0, 0, 1000, 700), PageSetup(tile=True, sheets_high=2), 96)
        rows = {s.row for s in sheets}  # two asked for, more when two would shrink the text under 7 pt
        assert rows == set(range(len(rows))) and len(rows) >= 2
        columns = max(s.column for s in sheets) + 1
        assert len(sheets) == len(rows) * columns
        left = min(s.source.left() for s in sheets)
        right = max(s.source.right() for s in sheets)
        assert (left, right) == pytest.approx((picture.rect.left(), picture.rect.right()))
        first, second = sorted((s for s in sheets if s.row == 0), key=lambda s: s.column)[:2]
        assert first.source.right() > second.source.left()  # neighbours share a strip


def test_svg_has_real_text_a_matching_viewbox_and_renders(hotel, tmp_path):
    path = tmp_path / "hotel.svg"
    path.write_bytes(svg_bytes(hotel, hotel.maps[0].id))
    root = ET.parse(path).getroot()
    ns = {"svg": "http://www.w3.org/2000/svg"}
    x, y, width, height = map(float, root.get("viewBox").split())
    assert (x, y) == (0, 0) and width > 1000 and height > 600
    assert root.find("svg:title", ns).text == "Hotel stay"
    text = words(" ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")))
    assert all(t.title in text for t in hotel.maps[0].touchpoints)
    pictures = len(hotel.maps[0].cells) - sum(c.emotion is not None for c in hotel.maps[0].cells)
    photos = sum(p.photo is not None for p in hotel.personas)
    assert len(list(root.iter("{http://www.w3.org/2000/svg}image"))) == pictures + photos  # icons stay vector
    if shutil.which("rsvg-convert"):
        png = tmp_path / "svg.png"
        subprocess.run(["rsvg-convert", "-o", png, path], check=True)
        image = QImage(str(png))
        assert abs(image.width() - width) <= 1 and abs(image.height() - height) <= 1


def test_png_size_follows_the_dpi_and_is_recorded(hotel, tmp_path):
    sizes = {}
    for dpi in (96, 192):
        path = tmp_path / f"{dpi}.png"
        path.write_bytes(png_bytes(hotel, hotel.maps[0].id, dpi))
        image = QImage(str(path))
        assert not image.isNull()
        sizes[dpi] = (image.width(), image.height())
        assert image.dotsPerMeterX() == round(dpi / 0.0254)
        assert image.pixelColor(2, 2) == QColor("white")
    assert sizes[192] == pytest.approx((2 * sizes[96][0], 2 * sizes[96][1]), abs=1)
    with map_picture(hotel, hotel.maps[0].id) as picture:
        assert sizes[96] == (round(picture.rect.width()), round(picture.rect.height()))


def test_png_can_be_transparent(hotel, tmp_path):
    path = tmp_path / "clear.png"
    path.write_bytes(png_bytes(hotel, hotel.maps[0].id, 72, transparent=True))
    image = QImage(str(path))
    assert image.hasAlphaChannel() and image.pixelColor(2, 2).alpha() == 0


def test_a_huge_png_is_refused_plainly(tmp_path, qapp):
    project = long_map(500)
    with pytest.raises(ExportError, match="too large for a PNG"):
        png_bytes(project, project.maps[0].id, 1200)


def test_exports_are_light_in_a_dark_session(tmp_path):
    """A session in the dark theme (its own process, as a user's would be) exports a light page."""
    code = textwrap.dedent(f"""
        import os
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from cxdesigner.app import apply_theme
        from cxdesigner.interchange.templates import load_template
        from cxdesigner.render.files import png_bytes
        app = QApplication([])
        apply_theme(app, dark=True)
        project = load_template("hotel")
        open({str(tmp_path / "dark.png")!r}, "wb").write(png_bytes(project, project.maps[0].id, 48))
        print(app.palette().window().color().name())
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "#24262b"  # the session stays dark
    image = QImage(str(tmp_path / "dark.png"))
    lightness = [image.pixelColor(x, y).lightness() for x in range(0, image.width(), 7)
                 for y in range(0, image.height(), 7)]
    assert sum(lightness) / len(lightness) > 200  # a light page with dark ink
    assert min(lightness) < 60


def test_export_names_one_file_per_map(hotel, tmp_path):
    hotel.add(duplicate_map(hotel.maps[0], "Hotel: stay / 2"))
    ids = [m.id for m in hotel.maps]
    paths = output_paths(hotel, ids, ExportOptions("svg"), tmp_path / "maps.svg")
    assert [p.name for p in paths] == ["maps-hotel-stay.svg", "maps-hotel-stay-2.svg"]
    written = export_maps(hotel, ids, ExportOptions("png", dpi=30), tmp_path / "maps.png")
    assert all(p.exists() for p in written) and len(written) == 2
    assert output_paths(hotel, ids, ExportOptions("pdf"), tmp_path / "all.pdf") == [tmp_path / "all.pdf"]


def test_csv_export_writes_the_touchpoints_and_beside_them_the_other_tables(hotel, tmp_path):
    written = export_maps(hotel, [hotel.maps[0].id], ExportOptions("csv", bom=True), tmp_path / "hotel.csv")
    assert [p.name for p in written][0] == "hotel.csv" and len(written) >= 3
    assert written[0].read_bytes().startswith(b"\xef\xbb\xbf")


def test_cancel_and_failures_leave_existing_files_alone(hotel, tmp_path):
    target = tmp_path / "map.pdf"
    target.write_bytes(b"the previous export")
    with pytest.raises(ExportCancelled):
        export_maps(hotel, [hotel.maps[0].id], ExportOptions("pdf"), target, progress=lambda done, total: False)
    with pytest.raises(ExportError, match="resolution"):
        export_maps(hotel, [hotel.maps[0].id], ExportOptions("png", dpi=5000), tmp_path / "map.png")
    calls = []
    with pytest.raises(ExportCancelled):  # a PNG cancels between its strips
        export_maps(hotel, [hotel.maps[0].id], ExportOptions("png", dpi=72), tmp_path / "map.png",
                    progress=lambda done, total: calls.append(done) or len(calls) < 2)
    missing = tmp_path / "gone" / "map.pdf"
    with pytest.raises(ExportError, match="Could not write map.pdf"):
        export_maps(hotel, [hotel.maps[0].id], ExportOptions("pdf"), missing)
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.pdf"]


def test_an_empty_map_still_exports(tmp_path, qapp):
    project = load_template("blank")
    jmap = project.maps[0]
    if not jmap.stages:
        project.add(Stage(name="Only stage"), map_id=jmap.id)
    path = tmp_path / "blank.pdf"
    path.write_bytes(pdf_bytes(project, [jmap.id], PageSetup("A3")))
    assert len(pypdf.PdfReader(path).pages) == 1


def test_an_optional_summary_lists_each_personas_scores(hotel, tmp_path):
    from cxdesigner.analysis.scores import mean_satisfaction
    jmap = hotel.maps[0]
    plain, summed = tmp_path / "plain.pdf", tmp_path / "summary.pdf"
    plain.write_bytes(pdf_bytes(hotel, [jmap.id], PageSetup("A1")))
    summed.write_bytes(pdf_bytes(hotel, [jmap.id], PageSetup("A1"), summary=True))
    _, without = read_pdf(plain)
    _, text = read_pdf(summed)
    assert "Peak-end score" not in without and "Peak-end score" in text
    for persona_id in jmap.persona_ids:
        assert f"{mean_satisfaction(jmap, persona_id):.2f}" in text
    with map_picture(hotel, jmap.id) as short, map_picture(hotel, jmap.id, summary=True) as tall:
        assert tall.rect.height() > short.rect.height()


@pytest.mark.parametrize("transparent", [False, True])
def test_a_png_in_many_strips_reads_back_as_the_picture_painted_whole(hotel, tmp_path, monkeypatch, transparent):
    import numpy as np
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from cxdesigner.render import png_file

    monkeypatch.setattr(png_file, "STRIP_BYTES", 64 * 1024)  # many strips, deflated while the next is painted
    data = png_bytes(hotel, hotel.maps[0].id, 96, transparent=transparent)
    width, height, colour, rows = png_pixels(data)
    channels = 4 if transparent else 3  # an opaque map is written without alpha
    assert colour == (6 if transparent else 2) and len(rows) == height * (1 + width * channels)
    path = tmp_path / "strips.png"
    path.write_bytes(data)
    strips = QImage(str(path)).convertToFormat(QImage.Format.Format_RGBA8888)
    with map_picture(hotel, hotel.maps[0].id) as picture:
        whole = QImage(strips.width(), strips.height(), QImage.Format.Format_RGBA8888_Premultiplied)
        whole.fill(QColor(0, 0, 0, 0) if transparent else QColor("white"))
        painter = QPainter(whole)
        picture.paint(painter, QRectF(0, 0, whole.width(), whole.height()))
        painter.end()
    whole = whole.convertToFormat(QImage.Format.Format_RGBA8888)

    def pixels(image):
        return np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine()).astype(int)

    difference = np.abs(pixels(strips) - pixels(whole))
    assert difference.mean() < 1.0 and (difference > 64).mean() < 0.01  # rows in order, none shifted or lost


def test_the_adler32_of_strips_joined_is_that_of_the_whole():
    import zlib

    from cxdesigner.render.png_file import _adler32_combine

    pieces = [b"", b"a", b"\xff" * 70000, bytes(range(256)) * 300, b"end"]
    whole = 1
    for piece in pieces:
        whole = _adler32_combine(whole, zlib.adler32(piece), len(piece))
    assert whole == zlib.adler32(b"".join(pieces))


def test_a_png_cancelled_between_strips_stops(hotel, monkeypatch):
    from cxdesigner.render import png_file

    monkeypatch.setattr(png_file, "STRIP_BYTES", 64 * 1024)
    calls = []
    with pytest.raises(ExportCancelled):
        png_bytes(hotel, hotel.maps[0].id, 96, after_strip=lambda: calls.append(1) or len(calls) < 3)
    assert len(calls) == 3
