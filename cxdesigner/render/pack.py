"""The stakeholder pack: one PDF to hand over, a map and everything said about it.

For each map: its page(s) as the map's PDF draws them (one sheet, or a poster), then
the pages of ``pack_text``: one per persona, the action plan, the pain points, the
insights and, when asked, the review comments. Every page carries the map's name and
"Page 3 of 9" at its foot, so the text pages are laid out before anything is painted, and the
sheets of every map after the first are counted beforehand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QRectF, QSizeF
from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument

from cxdesigner import __version__
from cxdesigner.model import Project
from cxdesigner.render.export import drawable
from cxdesigner.render.files import ExportError
from cxdesigner.render.pack_text import Style, pack_document
from cxdesigner.render.pages import PageSetup, TooSmall, footer, paint_sheet, plan_sheets, sheet_caption
from cxdesigner.render.picture import map_picture


#: The most characters of one text on the pack's pages (about twenty pages of it); the map
#: pages cut their texts shorter, as every exported map does.
MAX_PACK_CHARS = 50_000


def page_label(number: int, total: int) -> str:
    return QCoreApplication.translate("Pack", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(total))


def pack_bytes(project: Project, map_ids: Sequence[str], setup: PageSetup, *, author: str = "",
               comments: bool = False, after_map: Callable[[], bool] | None = None) -> bytes:
    """The pack as PDF bytes; ``ExportError`` when a map's text would be too small on the sheet.
    ``after_map`` returning False stops (Cancel); the caller then throws the bytes away."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(setup.page_layout())
    writer.setTitle(project.find(map_ids[0]).name if len(map_ids) == 1 else project.name)
    writer.setCreator(f"CX Designer {__version__}")
    writer.setAuthor(author)
    dpi = writer.resolution()
    area = QRectF(writer.pageLayout().paintRectPixels(dpi))
    area.moveTo(0, 0)
    style = Style(dpi, setup.min_font)
    project, pictured = drawable(project, MAX_PACK_CHARS), drawable(project)
    texts = []
    for map_id in map_ids:
        text = pack_document(project, project.find(map_id), style, area.width(), comments=comments, device=writer)
        text.setPageSize(QSizeF(area.width(), area.height()))
        texts.append(text)
    try:
        _paint(writer, pictured, list(zip(map_ids, texts)), setup, area, style, after_map)
    except TooSmall as error:
        raise ExportError(str(error)) from None
    del writer  # finishes the file
    buffer.close()
    return bytes(buffer.data())


def _paint(writer: QPdfWriter, project: Project, sections: list[tuple[str, QTextDocument]], setup: PageSetup,
           area: QRectF, style: Style, after_map: Callable[[], bool] | None) -> None:
    """Each map's sheets, then its text pages, numbered over the whole pack. The first map's
    picture is built once, the others' once more beforehand, only to count their sheets."""
    dpi = writer.resolution()
    later_sheets = 0
    for map_id, _ in sections[1:]:
        with map_picture(project, map_id) as picture:
            later_sheets += len(plan_sheets(picture, area, setup, dpi))
    painter = QPainter(writer)
    if not painter.isActive():
        raise ExportError("The PDF could not be drawn.")
    number, total, height = 0, 0, area.height()
    try:
        for map_id, text in sections:
            with map_picture(project, map_id) as picture:
                sheets = plan_sheets(picture, area, setup, dpi)
                total = total or len(sheets) + later_sheets + sum(t.pageCount() for _, t in sections)
                for sheet in sheets:
                    number = _new_page(writer, number)
                    paint_sheet(painter, sheet, setup, dpi)
                    footer(painter, area, dpi, sheet_caption(sheet), page_label(number, total), style.factor * 7)
                name = picture.title
            for page in range(text.pageCount()):
                number = _new_page(writer, number)
                painter.save()
                painter.translate(area.left(), area.top() - page * height)
                # a pixel inside the page: a line that ends where the page begins is the last page's
                text.drawContents(painter, QRectF(0, page * height + 1, area.width(), height - 2))
                painter.restore()
                footer(painter, area, dpi, name, page_label(number, total), style.factor * 7)
            if after_map is not None and not after_map():
                break
    finally:
        painter.end()


def _new_page(writer: QPdfWriter, number: int) -> int:
    """The next page's number; a new sheet for every page after the first."""
    if number and not writer.newPage():
        raise ExportError("The PDF refused a new page.")
    return number + 1
