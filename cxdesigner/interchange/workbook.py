"""Excel workbooks (``.xlsx``) read as rows of text, within limits, whatever the file holds.

A workbook is a zip of XML parts. Before openpyxl touches it, the zip's own
directory is checked (how many parts, how large each says it unpacks to, and by
what ratio: a zip bomb says so there, and Python's zip reader never unpacks a
part past the size it declares), and the chosen sheet is scanned once, unpacked
in pieces, for its rows, cells and widest column: a sheet of a million rows, or
one cell far to the right that would make every row millions of cells wide, is
refused before a single row is built. A password-protected workbook is not a zip
at all but an OLE2 container (so is an old ``.xls``), and is named as such.

Cells come out as the text a survey or table reader parses: whole numbers
without ``.0``, dates in ISO form, formulas as their last computed value.
Documented in ``docs/spreadsheets.md``.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from cxdesigner.collector import collector_paused
from cxdesigner.plain import clip

#: The largest workbook file read, in bytes (a workbook is compressed: this is a large one).
MAX_BYTES = 64 * 2**20
#: What its parts may unpack to: each, all together, and the ratio of one part to its packed size.
MAX_PART = 256 * 2**20
MAX_TOTAL = 400 * 2**20
MAX_RATIO = 200
#: Parts other than sheets (shared strings, styles...) are read whole by openpyxl: smaller.
MAX_OTHER_PART = 32 * 2**20
MAX_PARTS = 5_000
#: A sheet: rows (counting the empty rows a sheet skips), cells and columns.
MAX_ROWS = 200_000
MAX_CELLS = 5_000_000
MAX_COLUMNS = 2_000
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
_CHUNK = 1 << 20
_ROW = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?row[\s/>]([^>]*)")
_ROW_NUMBER = re.compile(rb'\br="([0-9]+)"')
_WIDE_COLUMN = re.compile(rb'<(?:[A-Za-z_][\w.-]*:)?c\s[^>]*?\br="[A-Za-z]{4,}')
_DOCTYPE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_SHEET_PART = re.compile(r"xl/(worksheets|chartsheets|dialogsheets|macrosheets)/[^/]+\.xml", re.IGNORECASE)


class WorkbookError(ValueError):
    """A workbook that cannot be read; ``str()`` is one plain sentence naming it."""


@dataclass
class WorkbookRows:
    """The rows of one sheet as text, and which sheet it was among those the workbook has."""

    sheet: str
    sheets: list[str]
    rows: list[list[str]]


def is_workbook(data: bytes) -> bool:
    """Whether ``data`` starts like a workbook file: a zip, or the OLE2 container of a protected one."""
    return data.startswith(ZIP) or data.startswith(OLE2)


def read_workbook_file(path: str | Path, sheet: str | None = None) -> WorkbookRows:
    """The rows of ``sheet`` (default: the first) of the workbook at ``path``, read through the bounded reader."""
    from cxdesigner.inputs import InputError, read_limited
    try:
        data = read_limited(path, MAX_BYTES, "workbook")
    except InputError as error:
        raise WorkbookError(str(error)) from None
    return read_workbook(data, sheet, name=Path(path).name)


def read_workbook(data: bytes, sheet: str | None = None, *, name: str = "The workbook") -> WorkbookRows:
    """The rows of ``sheet`` (default: the first) of the workbook ``data``; ``WorkbookError`` otherwise."""
    return _read_sheets(data, name, [sheet])[0]


def read_all_sheets(data: bytes, *, name: str = "The workbook") -> list[WorkbookRows]:
    """The rows of every sheet of the workbook ``data``, in order, opened once."""
    return _read_sheets(data, name, None)


def _read_sheets(data: bytes, name: str, wanted: list[str | None] | None) -> list[WorkbookRows]:
    if len(data) > MAX_BYTES:
        raise WorkbookError(f"{name} is larger than CX Designer reads as a workbook ({MAX_BYTES // 2**20} MB).")
    if data.startswith(OLE2):
        raise WorkbookError(f"{name} is password-protected or an old Excel 97-2003 workbook (.xls); remove the "
                            f"password or save it as an .xlsx workbook, then import it again.")
    if not data.startswith(ZIP):
        raise WorkbookError(f"{name} is not an Excel workbook (.xlsx).")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise WorkbookError(f"{name} is damaged: it is not a complete .xlsx workbook.") from None
    with archive, collector_paused():
        _check_parts(archive, name)
        return _rows(archive, data, wanted, name)


def _check_parts(archive: zipfile.ZipFile, name: str) -> None:
    """The zip's directory, before anything is unpacked: how many parts, and what each says it unpacks to."""
    parts = archive.infolist()
    if len(parts) > MAX_PARTS:
        raise WorkbookError(f"{name} holds {len(parts):,} parts, more than a workbook CX Designer reads "
                            f"({MAX_PARTS:,}).")
    total = 0
    for part in parts:
        limit = MAX_PART if _SHEET_PART.fullmatch(part.filename) else MAX_OTHER_PART
        ratio = part.file_size / max(part.compress_size, 1)
        total += part.file_size
        if part.file_size > limit or total > MAX_TOTAL or (part.file_size > 2**20 and ratio > MAX_RATIO):
            raise WorkbookError(f"{name} unpacks to far more than it holds (a zip bomb), so it is not read.")
        if part.flag_bits & 0x1:
            raise WorkbookError(f"{name} is encrypted; save it without a password and import it again.")
    if "[Content_Types].xml" not in archive.namelist() or "xl/workbook.xml" not in archive.namelist():
        raise WorkbookError(f"{name} is a zip file but not an Excel workbook (.xlsx).")


def _rows(archive: zipfile.ZipFile, data: bytes, wanted: list[str | None] | None, name: str) -> list[WorkbookRows]:
    from openpyxl import load_workbook
    for part in archive.infolist():  # openpyxl reads every sheet on opening (for its size): all are scanned first
        _scan_part(archive, part, name)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except Exception:  # noqa: BLE001 (openpyxl raises whatever its parsers meet: every one means a bad file)
        raise WorkbookError(f"{name} is damaged or not an Excel workbook (.xlsx) that CX Designer can read.") from None
    try:
        sheets = [ws.title for ws in book.worksheets]
        if not sheets:
            raise WorkbookError(f"{name} has no sheet.")
        found = []
        for sheet in sheets if wanted is None else wanted:
            chosen = sheets[0] if sheet is None else sheet
            if chosen not in sheets:
                raise WorkbookError(f"{name} has no sheet called '{clip(chosen)}'; its sheets are "
                                    f"{', '.join(repr(clip(s)) for s in sheets[:20])}.")
            worksheet = book[chosen]
            if not hasattr(worksheet, "reset_dimensions"):
                raise WorkbookError(f"The sheet '{clip(chosen)}' of {name} is not a table of cells.")
            worksheet.reset_dimensions()  # a sheet's own claim of its size would pad every row to it
            found.append(WorkbookRows(chosen, sheets, _values(worksheet, name, chosen)))
    except WorkbookError:
        raise
    except Exception:  # noqa: BLE001
        raise WorkbookError(f"{name} is damaged or not an Excel workbook (.xlsx) that CX Designer can read.") from None
    finally:
        book.close()
    return found


def _scan_part(archive: zipfile.ZipFile, part: zipfile.ZipInfo, name: str) -> None:
    """One pass over a part, unpacked in pieces: no XML entities, and rows, cells and columns within the limits.

    Every part is scanned, not only those named like sheets: the workbook's own links may call any part a sheet.
    """
    rows = cells = 0
    tail = b""
    too_many = (f"A sheet of {name} holds more than CX Designer reads "
                f"({MAX_ROWS:,} rows, {MAX_CELLS:,} cells or {MAX_COLUMNS:,} columns).")
    try:
        with archive.open(part) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                block = tail + chunk
                cut = block.rfind(b"<") if chunk else len(block)
                if cut <= 0 and chunk:
                    cut = max(len(block) - 64, 0)  # no tag in it: keep only what could start one
                scanned, tail = block[:cut], block[cut:]
                _no_doctype(scanned, name)
                for match in _ROW.finditer(scanned):
                    rows += 1
                    number = _ROW_NUMBER.search(match.group(1))
                    if rows > MAX_ROWS or (number and int(number.group(1)[:12]) > MAX_ROWS):
                        raise WorkbookError(too_many)
                cells += scanned.count(b"<c ") + scanned.count(b"<c>") + scanned.count(b":c ")
                if cells > MAX_CELLS or _WIDE_COLUMN.search(scanned):
                    raise WorkbookError(too_many)
                if not chunk:
                    return
    except WorkbookError:
        raise
    except Exception:  # noqa: BLE001 (a bad CRC, a truncated part, an unknown compression)
        raise WorkbookError(f"{name} is damaged: a part of it cannot be unpacked.") from None


def _read(archive: zipfile.ZipFile, part: zipfile.ZipInfo, name: str) -> bytes:
    try:
        return archive.read(part)
    except Exception:  # noqa: BLE001 (a bad CRC, a truncated part or an unknown compression)
        raise WorkbookError(f"{name} is damaged: a part of it cannot be unpacked.") from None


def _no_doctype(text: bytes, name: str) -> None:
    """Workbooks never declare XML entities; a part that does may expand without end."""
    if _DOCTYPE.search(text):
        raise WorkbookError(f"{name} holds XML declarations that no workbook has, so it is not read.")


def _values(worksheet, name: str, sheet: str) -> list[list[str]]:
    rows: list[list[str]] = []
    cells = 0
    for values in worksheet.iter_rows(values_only=True):
        if len(values) > MAX_COLUMNS or len(rows) >= MAX_ROWS:
            raise WorkbookError(f"The sheet '{clip(sheet)}' of {name} holds more than CX Designer reads "
                                f"({MAX_ROWS:,} rows or {MAX_COLUMNS:,} columns).")
        cells += len(values)
        if cells > MAX_CELLS:
            raise WorkbookError(f"The sheet '{clip(sheet)}' of {name} holds more than {MAX_CELLS:,} cells.")
        row = [cell_text(v) for v in values]
        while row and row[-1] == "":
            row.pop()
        rows.append(row)
    while rows and not rows[-1]:
        rows.pop()
    return rows


def cell_text(value: object) -> str:
    """A cell's value as the text a parser reads: ``5`` not ``5.0``, dates as ``2026-03-01``, times ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if not value.microsecond else "auto")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return f"{value.total_seconds() / 60:g}"
    return str(value)


def sheet_titles(data: bytes, *, name: str = "The workbook") -> list[str]:
    """The names of a workbook's sheets, in order, read from its small workbook part alone (to offer a choice)."""
    from xml.etree import ElementTree
    if not data.startswith(ZIP):
        return read_workbook(data, name=name).sheets  # refused there, in its own words
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise WorkbookError(f"{name} is damaged: it is not a complete .xlsx workbook.") from None
    with archive:
        _check_parts(archive, name)
        text = _read(archive, archive.getinfo("xl/workbook.xml"), name)
        _no_doctype(text, name)
        try:
            root = ElementTree.fromstring(text)
        except ElementTree.ParseError:
            raise WorkbookError(f"{name} is damaged: its list of sheets cannot be read.") from None
    return [clip(element.get("name", ""), 200) for element in root.iter() if element.tag.rsplit("}", 1)[-1] == "sheet"]
