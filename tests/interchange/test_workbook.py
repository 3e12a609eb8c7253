"""The workbook reader: real cells as text, and hostile workbooks refused in one sentence, quickly and lightly."""

from __future__ import annotations

import os
import time
import tracemalloc
from datetime import date, datetime, time as clock

import pytest

from workbooks import SHEET_PART, one_sentence, million_rows, with_parts, with_sheet_xml, workbook_bytes
from cxdesigner.interchange.workbook import WorkbookError, read_workbook, read_workbook_file

SECONDS = 2.0
MEGABYTES = 200


def test_cells_come_out_as_the_text_a_parser_reads():
    data = workbook_bytes(("Answers", [["Respondent", "Score", "When", "At", "Share", "Yes"],
                                       [1, 5.0, date(2026, 3, 1), datetime(2026, 3, 1, 9, 30), 2.5, True],
                                       [2, -2, datetime(2026, 3, 2), clock(14, 5), None, "Very good"]]),
                          ("Other", [["hello"]]))
    found = read_workbook(data)
    assert (found.sheet, found.sheets) == ("Answers", ["Answers", "Other"])
    assert found.rows == [["Respondent", "Score", "When", "At", "Share", "Yes"],
                          ["1", "5", "2026-03-01", "2026-03-01 09:30:00", "2.5", "TRUE"],
                          ["2", "-2", "2026-03-02", "14:05:00", "", "Very good"]]
    assert read_workbook(data, "Other").rows == [["hello"]]


def test_a_sheet_that_is_not_there_is_named_with_those_that_are():
    data = workbook_bytes(("Answers", [["a"]]), ("Wave 2", [["b"]]))
    with pytest.raises(WorkbookError, match="no sheet called 'Wave 3'; its sheets are 'Answers', 'Wave 2'"):
        read_workbook(data, "Wave 3")


def test_a_formula_gives_its_last_computed_value_and_never_runs():
    data = with_sheet_xml(b'<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>NOW()</f></c></row>')
    assert read_workbook(data).rows == [["2"]]


def hostile(tmp_path, what):
    """The bytes (or the path) of one kind of hostile workbook."""
    if what == "a FIFO":
        fifo = tmp_path / "answers.xlsx"
        os.mkfifo(fifo)
        return fifo
    real = workbook_bytes(("Sheet", [["Respondent", "Score"], [1, 4]]))
    return {
        "zip bomb": lambda: with_parts(real, {SHEET_PART: b" " * (300 * 2**20)}, level=1),
        "shared strings bomb": lambda: with_parts(real, {"xl/sharedStrings.xml": b"<sst>" + b" " * (40 * 2**20)
                                                                                  + b"</sst>"}),
        "1,000,000 rows": million_rows,
        "one row far down": lambda: with_sheet_xml(b'<row r="1000000"><c r="A1000000"><v>1</v></c></row>'),
        "one cell far right": lambda: with_sheet_xml(b'<row r="1"><c r="XFD1"><v>1</v></c></row>'),
        "entities": lambda: with_parts(real, {"xl/workbook.xml": b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'}),
        "encrypted": lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096),
        "truncated": lambda: real[:len(real) // 2],
        "not a zip": lambda: b"Respondent,Score\n1,4\n",
        "another zip": _plain_zip,
    }[what]()


def _plain_zip() -> bytes:
    import io
    import zipfile
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return out.getvalue()


@pytest.mark.parametrize("what", ["zip bomb", "shared strings bomb", "1,000,000 rows", "one row far down",
                                  "one cell far right", "entities", "encrypted", "truncated", "not a zip",
                                  "another zip", "a FIFO"])
def test_hostile_workbooks_are_refused_in_one_sentence_quickly_and_lightly(tmp_path, what):
    source = hostile(tmp_path, what)

    def read():
        return read_workbook_file(source) if isinstance(source, os.PathLike) else read_workbook(source)

    start = time.perf_counter()
    with pytest.raises(WorkbookError) as refusal:
        read()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    try:
        with pytest.raises(WorkbookError):
            read()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    message = one_sentence(refusal.value)
    assert seconds < SECONDS, (what, seconds)
    assert peak < MEGABYTES * 2**20, (what, peak)
    expected = {"zip bomb": "zip bomb", "shared strings bomb": "zip bomb", "1,000,000 rows": "200,000 rows",
                "one row far down": "200,000 rows", "one cell far right": "columns", "entities": "XML declarations",
                "encrypted": "password-protected", "truncated": "damaged", "not a zip": "not an Excel workbook",
                "another zip": "not an Excel workbook", "a FIFO": "is not a regular file"}[what]
    assert expected in message, message


def test_a_part_lying_about_its_size_is_refused_as_damaged():
    real = workbook_bytes(("Sheet", [["Respondent", "Score"], [1, 4]]))
    index = real.index(b"xl/worksheets/sheet1.xml", real.index(b"PK\x01\x02"))  # its entry in the directory
    header = index - 46
    lying = bytearray(real)
    lying[header + 24:header + 28] = (10).to_bytes(4, "little")  # says it unpacks to 10 bytes
    with pytest.raises(WorkbookError) as refusal:
        read_workbook(bytes(lying))
    assert "damaged" in one_sentence(refusal.value)
