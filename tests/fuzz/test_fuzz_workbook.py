"""Workbooks with bytes changed, cut, inserted or a part rewritten: read as rows of text, or refused in one
sentence; never another exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from fuzz_harness import EXAMPLES, plain_message
from workbooks import SHEET_END, SHEET_PART, SHEET_START, with_parts, workbook_bytes
from cxdesigner.interchange.workbook import WorkbookError, read_workbook

BASE = workbook_bytes(("Answers", [["Respondent", "Arrives at the reception", "NPS"], [1, 4, 9], [2, 2.5, "na"]]),
                      ("Wave 2", [["a", "b"]]))


def _check(data: bytes) -> None:
    try:
        found = read_workbook(data)
    except WorkbookError as error:
        plain_message(error)
        return
    assert found.sheet in found.sheets
    assert all(isinstance(cell, str) for row in found.rows for cell in row)


@settings(max_examples=EXAMPLES * 2, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(BASE) - 1), st.binary(min_size=0, max_size=6), st.integers(0, 6)),
                min_size=1, max_size=6), st.integers(len(BASE) // 2, len(BASE)))
def test_mutated_workbook_bytes_are_read_or_refused_in_one_sentence(edits, cut):
    data = bytearray(BASE[:cut])
    for offset, insert, drop in edits:
        offset = min(offset, len(data))
        data[offset:offset + drop] = insert
    _check(bytes(data))


XML = st.one_of(st.sampled_from([b'<row r="1">', b"</row>", b'<c r="A1">', b'<c r="B1" t="s">', b'<c t="inlineStr">',
                                 b"<is><t>x</t></is>", b"<v>1</v>", b"<v>1e400</v>", b"<v>nan</v>", b"</c>",
                                 b'<c r="ZZ9">', b'<row r="0">', b'<row r="99999999999999">', b"<f>1/0</f>",
                                 b'<c t="d"><v>2026-13-40</v></c>', b'<c t="e"><v>#N/A</v></c>', b"&amp;", b"<"]),
                st.binary(max_size=8))


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(st.lists(XML, max_size=20))
def test_any_sheet_xml_is_read_or_refused_in_one_sentence(pieces):
    _check(with_parts(BASE, {SHEET_PART: SHEET_START + b"".join(pieces) + SHEET_END}))


def test_hostile_workbooks_through_the_commands(tmp_path):
    """The real ``survey`` and ``import`` commands, in processes with a memory ceiling, on hostile workbooks:
    refused in one sentence, well within time, the project file unchanged."""
    from fuzz_harness import cli, fingerprint, refused
    from workbooks import million_rows, with_sheet_xml
    from cxdesigner.storage import save_project
    from cxdesigner.interchange.templates import load_template
    hotel = tmp_path / "hotel.cxd"
    save_project(load_template("hotel"), hotel)
    files = {"rows.xlsx": (million_rows(), "200,000 rows"),
             "bomb.xlsx": (with_parts(BASE, {SHEET_PART: b" " * (300 * 2**20)}, level=1), "zip bomb"),
             "wide.xlsx": (with_sheet_xml(b'<row r="1"><c r="XFD1"><v>1</v></c></row>'), "columns"),
             "locked.xlsx": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096), "password-protected"),
             "cut.xlsx": (BASE[:len(BASE) // 2], "damaged")}
    for name, (data, words) in files.items():
        (tmp_path / name).write_bytes(data)
        before = fingerprint(tmp_path)
        for args in (("survey", hotel, tmp_path / name, "--yes"), ("import", tmp_path / name, "--into", hotel)):
            run = refused(cli(*args, memory=1 * 2**30), words)
            assert run.seconds < 10, (name, args[0], run.seconds)  # a new Python process and its imports included
        assert fingerprint(tmp_path) == before, name
