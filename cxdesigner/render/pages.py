"""Laying map pictures out on sheets of paper: one page per map, or a tiled poster.

Shared by PDF files and printers (both are paged paint devices). A tiled
poster spans ``sheets_high`` sheets top to bottom and as many across as the
map needs; neighbouring sheets repeat ``overlap_mm`` of the map, and crop
marks show where to trim so the sheets can be laid edge to edge.

Paper keeps every text at ``min_font`` points or more (7 by default): a map never
shrinks below that. One that does not fit its sheet is refused with a sentence
naming the sheet it needs (``TooSmall``); a poster takes more sheets instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPen

from cxdesigner.canvas.style import scene_font
from cxdesigner.render.picture import MapPicture

PAGE_SIZES = {
    "A4": QPageSize.PageSizeId.A4, "A3": QPageSize.PageSizeId.A3, "A2": QPageSize.PageSizeId.A2,
    "A1": QPageSize.PageSizeId.A1, "A0": QPageSize.PageSizeId.A0, "Letter": QPageSize.PageSizeId.Letter,
    "Legal": QPageSize.PageSizeId.Legal, "Tabloid": QPageSize.PageSizeId.Tabloid,
}
MM_PER_INCH = 25.4
CROP_MARK_MM = 5.0
#: No text on paper smaller than this, in points (``--min-font``).
MIN_FONT_PT = 7.0
#: The smallest text a map draws, in points at 100% (the texts of ``canvas.text``; see ``scene_font``).
SMALLEST_SCENE_POINTS = 8.0
#: Sheets offered, smallest first, when a map needs a larger one.
LARGER = ("A4", "A3", "A2", "A1", "A0")
#: A poster taller than this many sheets is no poster any more: refused.
MAX_POSTER_ROWS = 40


class TooSmall(ValueError):
    """The map's text would be smaller than the minimum on this sheet; ``str()`` says which sheet it needs."""

    def __init__(self, title: str, setup: PageSetup, needs: str | None, poster: bool = False) -> None:
        orientation = QCoreApplication.translate("pages", QT_TRANSLATE_NOOP("pages", "landscape") if setup.landscape
                                                 else QT_TRANSLATE_NOOP("pages", "portrait"))
        if poster:
            text = QCoreApplication.translate(
                "pages", "“%1” would take more than %6 rows of %5 sheets to keep its text at %4 pt: choose larger "
                "sheets.").replace("%6", str(MAX_POSTER_ROWS))
        elif needs:
            text = QCoreApplication.translate(
                "pages", "“%1” needs %2 %3 or larger to keep its text at %4 pt or more on one page: choose %2, "
                "or a poster of %5 sheets.").replace("%2", needs)
        else:
            text = QCoreApplication.translate(
                "pages", "“%1” is too large for one page even on A0 %3 at %4 pt: make it a poster of %5 sheets.")
        super().__init__(text.replace("%1", title).replace("%3", orientation)
                         .replace("%4", f"{setup.min_font:g}").replace("%5", setup.size))
        self.needs = needs


@dataclass(frozen=True)
class PageSetup:
    """How maps go onto paper."""

    size: str = "A4"
    landscape: bool = True
    tile: bool = False          # a poster over several sheets instead of one page per map
    sheets_high: int = 1        # poster: how many sheets the map's height spans
    margin_mm: float = 10.0
    overlap_mm: float = 10.0    # poster: how much neighbouring sheets share
    min_font: float = MIN_FONT_PT  # no text smaller on paper, in points

    def __post_init__(self) -> None:
        if self.size not in PAGE_SIZES:
            raise ValueError(f"Unknown page size '{self.size}'. Choose one of {', '.join(PAGE_SIZES)}.")
        if not 1 <= self.sheets_high <= 20:
            raise ValueError("A poster is 1 to 20 sheets high.")
        if not 3 <= self.min_font <= 30:
            raise ValueError("The smallest text on paper is 3 to 30 points.")

    def smallest_scale(self, dpi: float) -> float:
        """Device pixels per scene unit below which a map's smallest text falls under ``min_font``."""
        return self.min_font * dpi / (96 * SMALLEST_SCENE_POINTS)

    def page_layout(self) -> QPageLayout:
        orientation = QPageLayout.Orientation.Landscape if self.landscape else QPageLayout.Orientation.Portrait
        margins = QMarginsF(*(self.margin_mm,) * 4)
        return QPageLayout(QPageSize(PAGE_SIZES[self.size]), orientation, margins, QPageLayout.Unit.Millimeter)


@dataclass(frozen=True)
class Sheet:
    """One sheet: ``source`` of a picture painted into ``target`` (device pixels)."""

    picture: MapPicture
    source: QRectF
    target: QRectF
    row: int = 0
    column: int = 0
    rows: int = 1
    columns: int = 1


def fit_scale(picture: MapPicture, setup: PageSetup, dpi: float = 72.0, area: QRectF | None = None) -> float:
    """The scale that fits a map on one sheet of ``setup`` (device pixels per scene unit)."""
    if area is None:
        paint = setup.page_layout().paintRect(QPageLayout.Unit.Inch)
        area = QRectF(0, 0, paint.width() * dpi, paint.height() * dpi)
    rect = picture.rect
    return min(area.width() / rect.width(), area.height() / rect.height())


def needed_size(picture: MapPicture, setup: PageSetup) -> str | None:
    """The smallest ISO sheet, same orientation, that holds the map on one page at ``min_font``."""
    for size in LARGER:
        candidate = PageSetup(size, setup.landscape, margin_mm=setup.margin_mm, min_font=setup.min_font)
        if fit_scale(picture, candidate) >= candidate.smallest_scale(72.0):
            return size
    return None


def plan_sheets(picture: MapPicture, area: QRectF, setup: PageSetup, dpi: float) -> list[Sheet]:
    """Where each part of the picture goes, for a printable ``area`` at ``dpi``.

    Raises ``TooSmall`` for one page whose text would fall under the minimum; a poster
    takes as many sheets as keep it at the minimum (``sheets_high`` at least).
    """
    rect = picture.rect
    least = setup.smallest_scale(dpi)
    if not setup.tile:
        scale = fit_scale(picture, setup, dpi, area)
        if scale < least * 0.999:
            raise TooSmall(picture.title, setup, needed_size(picture, setup))
        size = rect.size() * scale
        target = QRectF(area.left() + (area.width() - size.width()) / 2, area.top(), size.width(), size.height())
        return [Sheet(picture, rect, target)]
    overlap = setup.overlap_mm / MM_PER_INCH * dpi
    inner = area.adjusted(*(CROP_MARK_MM / MM_PER_INCH * dpi * k for k in (1, 1, -1, -1)))  # room for the marks
    rows = max(setup.sheets_high, math.ceil((rect.height() * least - overlap) / (inner.height() - overlap) - 1e-9))
    if rows > MAX_POSTER_ROWS:
        raise TooSmall(picture.title, setup, None, poster=True)
    scale = (rows * inner.height() - (rows - 1) * overlap) / rect.height()
    width = rect.width() * scale
    step_x, step_y = inner.width() - overlap, inner.height() - overlap
    columns = max(1, math.ceil((width - overlap) / step_x))
    sheets = []
    for row in range(rows):
        for column in range(columns):
            x, y = column * step_x, row * step_y
            w, h = min(inner.width(), width - x), min(inner.height(), rect.height() * scale - y)
            source = QRectF(rect.left() + x / scale, rect.top() + y / scale, w / scale, h / scale)
            sheets.append(Sheet(picture, source, QRectF(inner.left(), inner.top(), w, h), row, column, rows, columns))
    return sheets


def paint_sheets(device: QPagedPaintDevice, pictures: Iterable[MapPicture], setup: PageSetup,
                 *, after_map: Callable[[], bool] | None = None) -> int:
    """Paint every picture onto ``device`` (already set to ``setup.page_layout()``).

    ``after_map`` is called after each map; returning False stops (Cancel).
    Returns the number of pages painted.
    """
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError("The output could not be opened for drawing.")
    pages = 0
    try:
        dpi = device.resolution()
        area = QRectF(device.pageLayout().paintRectPixels(dpi))
        area.moveTo(0, 0)
        for picture in pictures:
            for sheet in plan_sheets(picture, area, setup, dpi):
                if pages and not device.newPage():
                    raise OSError("The output refused a new page.")
                paint_sheet(painter, sheet, setup, dpi)
                footer(painter, area, dpi, sheet_caption(sheet))
                pages += 1
            if after_map is not None and not after_map():
                break
    finally:
        painter.end()
    return pages


def _crop_marks(painter: QPainter, sheet: Sheet, setup: PageSetup, dpi: float) -> None:
    """Short lines outside the image: the outer edges, and on the left and top of
    every sheet after the first, where to trim before laying it over its neighbour."""
    mark, overlap = CROP_MARK_MM / MM_PER_INCH * dpi, setup.overlap_mm / MM_PER_INCH * dpi
    t = sheet.target
    xs = [t.left(), t.right()] + ([t.left() + overlap] if sheet.column else [])
    ys = [t.top(), t.bottom()] + ([t.top() + overlap] if sheet.row else [])
    painter.save()
    painter.setPen(QPen(QColor("#000000"), max(1.0, dpi / 300)))
    for x in xs:
        painter.drawLine(QPointF(x, t.top() - mark), QPointF(x, t.top() - mark / 4))
        painter.drawLine(QPointF(x, t.bottom() + mark / 4), QPointF(x, t.bottom() + mark))
    for y in ys:
        painter.drawLine(QPointF(t.left() - mark, y), QPointF(t.left() - mark / 4, y))
        painter.drawLine(QPointF(t.right() + mark / 4, y), QPointF(t.right() + mark, y))
    painter.restore()


def paint_sheet(painter: QPainter, sheet: Sheet, setup: PageSetup, dpi: float) -> None:
    """One sheet's part of its picture, and a poster's crop marks."""
    painter.save()
    painter.setClipRect(sheet.target)
    sheet.picture.paint(painter, sheet.target, sheet.source)
    painter.restore()
    if setup.tile:
        _crop_marks(painter, sheet, setup, dpi)


def sheet_caption(sheet: Sheet) -> str:
    """The map's name, and the sheet's place when the map is a poster."""
    text = sheet.picture.title
    if sheet.rows * sheet.columns > 1:
        text += "  ·  " + QCoreApplication.translate("pages", "row %1 of %2, sheet %3 of %4").replace(
            "%1", str(sheet.row + 1)).replace("%2", str(sheet.rows)).replace(
            "%3", str(sheet.column + 1)).replace("%4", str(sheet.columns))
    return text


def footer(painter: QPainter, area: QRectF, dpi: float, caption: str, page: str = "",
           points: float = MIN_FONT_PT) -> None:
    """Small in the bottom margin: ``caption`` at the right, or with a ``page`` number
    ("Page 3 of 9") the caption at the left and the number at the right."""
    painter.save()
    font = scene_font(7)
    font.setPixelSize(max(1, round(points / 72 * dpi)))
    painter.setFont(font)
    painter.setPen(QColor("#6b7280"))
    height = (points + 5) / 72 * dpi
    line = QRectF(area.left(), area.bottom() + height * 0.1, area.width(), height)
    top = Qt.AlignmentFlag.AlignTop
    if page:
        number_width = painter.fontMetrics().horizontalAdvance(page) + dpi / 6
        painter.drawText(line.adjusted(0, 0, -number_width, 0), Qt.AlignmentFlag.AlignLeft | top,
                         painter.fontMetrics().elidedText(caption, Qt.TextElideMode.ElideRight,
                                                          int(line.width() - number_width)))
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | top, page)
    else:
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | top, caption)
    painter.restore()


def sheet_preview(picture: MapPicture, setup: PageSetup, width: int) -> tuple[QImage, int]:
    """The first sheet as it will print, ``width`` pixels wide, and how many sheets there are
    (``TooSmall`` when one page would make the text too small)."""
    layout = setup.page_layout()
    page = layout.fullRect(QPageLayout.Unit.Inch)
    dpi = width / page.width()
    image = QImage(width, max(1, round(page.height() * dpi)), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    paint = layout.paintRect(QPageLayout.Unit.Inch)
    area = QRectF(paint.left() * dpi, paint.top() * dpi, paint.width() * dpi, paint.height() * dpi)
    sheets = plan_sheets(picture, area, setup, dpi)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setClipRect(sheets[0].target)
    picture.paint(painter, sheets[0].target, sheets[0].source)
    painter.end()
    return image, len(sheets)
