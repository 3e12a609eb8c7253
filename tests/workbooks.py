"""Workbooks made for tests: real ones from openpyxl, and hostile ones with a sheet's XML of our choosing."""

from __future__ import annotations

import io
import zipfile

import openpyxl

SHEET_PART = "xl/worksheets/sheet1.xml"
SHEET_START = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
SHEET_END = b"</sheetData></worksheet>"


def workbook_bytes(*sheets: tuple[str, list[list]]) -> bytes:
    """A real workbook with ``(title, rows)`` sheets, in order."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def with_parts(data: bytes, parts: dict[str, bytes], *, level: int = 6) -> bytes:
    """``data`` with some of its parts replaced (or added), compressed at ``level``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for info in source.infolist():
            if info.filename not in parts:
                target.writestr(info.filename, source.read(info))
        for name, content in parts.items():
            target.writestr(name, content)
    return out.getvalue()


def with_sheet_xml(body: bytes) -> bytes:
    """A one-sheet workbook whose sheet's ``sheetData`` is ``body``."""
    return with_parts(workbook_bytes(("Sheet", [["x"]])), {SHEET_PART: SHEET_START + body + SHEET_END}, level=1)


def million_rows() -> bytes:
    return with_sheet_xml(b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n)
                                   for n in range(1, 1_000_001)))


def one_sentence(error: BaseException) -> str:
    """A refusal's message, checked to be one short printable sentence without internals."""
    message = str(error)
    assert message and "\n" not in message and message.isprintable() and len(message) <= 400, repr(message)
    assert message.endswith("."), message
    for word in ("Traceback", "Error:", "<class", "zipfile", "openpyxl", "KeyError"):
        assert word not in message, message
    return message
