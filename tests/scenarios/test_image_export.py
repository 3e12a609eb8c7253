"""A person exports the map as a PNG image from the Export dialog, at a resolution typed in,
and the picture it wrote is the map: its size from the resolution, opaque, every row there."""

from PySide6.QtGui import QColor, QImage

from cxdesigner.render.files import png_size
from cxdesigner.render import png_file
from cxdesigner.render.picture import map_picture
from cxdesigner.storage import open_project
from png_reading import png_pixels


def test_export_the_map_as_a_png_image_at_a_typed_resolution(editor, sample, tmp_path, monkeypatch):
    monkeypatch.setattr(png_file, "STRIP_BYTES", 256 * 1024)  # painted in many strips, as a long map is
    window, person = editor(sample)
    before = sample.read_bytes()
    target = tmp_path / "hotel for print.png"

    def export_dialog(dialog):
        person.choose("Format", "PNG image", within=dialog)
        person.click(person.find("Resolution", within=dialog))
        person.select_all_and_type("120")
        person.press("Tab")
        person.click(person.find("Export to", within=dialog))
        person.select_all_and_type(str(target))
        person.button(dialog, "Export")

    person.answer(export_dialog)
    person.menu("File", "Export…")
    assert person.all_answered()
    width, height, colour, rows = png_pixels(target.read_bytes())  # the zlib stream checks out
    project = open_project(sample)
    with map_picture(project, project.maps[0].id) as picture:
        expected = png_size(picture, 120)
    assert (width, height) == (expected.width(), expected.height())
    assert colour == 2 and len(rows) == height * (1 + 3 * width)  # opaque: no alpha written
    image = QImage(str(target))
    assert image.pixelColor(2, 2) == QColor("white") == image.pixelColor(2, height - 3)  # the margins, top and bottom
    for y in (height // 4, height // 2, 3 * height // 4):  # the map all the way down, not a blank strip
        assert len({image.pixelColor(x, y).name() for x in range(0, width, 7)}) > 5, y
    assert sample.read_bytes() == before and not window.isWindowModified()  # an export changes nothing
