"""``cxdesigner export --format xlsx`` and ``cxdesigner import`` of a map's tables, on real files."""

from __future__ import annotations

import openpyxl

from cxdesigner.cli import main
from cxdesigner.storage import open_project


def _hotel(tmp_path):
    path = tmp_path / "hotel.cxd"
    assert main(["new", str(path), "--template", "hotel"]) == 0
    return path


def test_export_a_workbook_with_real_cells_and_import_it_into_a_new_project(tmp_path, capsys):
    path, book = _hotel(tmp_path), tmp_path / "hotel.xlsx"
    assert main(["export", str(path), "--format", "xlsx", "--output", str(book)]) == 0
    sheets = openpyxl.load_workbook(book)
    assert sheets.sheetnames == ["Touchpoints", "Pain points", "Actions", "Personas", "Stages", "Map"]
    touchpoints = sheets["Touchpoints"]
    assert touchpoints.freeze_panes == "A2" and touchpoints["A1"].font.b
    assert touchpoints["A2"].value == 1 and isinstance(touchpoints["G2"].value, int)
    assert touchpoints.column_dimensions["C"].width > 20
    capsys.readouterr()
    assert main(["import", str(book), "--output", str(tmp_path / "copy.cxd")]) == 0
    out = capsys.readouterr().out
    assert 'into a new map "Hotel stay"' in out and "Touchpoints: 9 added, 0 changed." in out
    original, copy = open_project(path).maps[0], open_project(tmp_path / "copy.cxd").maps[0]
    assert [t.title for t in copy.touchpoints] == [t.title for t in original.touchpoints]
    assert sorted(r.value for r in copy.ratings.values()) == sorted(r.value for r in original.ratings.values())


def test_import_an_edited_csv_export_into_the_map_it_came_from(tmp_path, capsys):
    path = _hotel(tmp_path)
    assert main(["export", str(path), "--format", "csv", "--output", str(tmp_path / "hotel.csv")]) == 0
    csv = tmp_path / "hotel.csv"
    csv.write_text(csv.read_text("utf-8").replace("Visits the hotel website,Hotel website,Marketing,desktop,3",
                                                  "Visits the hotel website,Hotel website,Marketing,desktop,2"),
                   "utf-8")
    capsys.readouterr()
    assert main(["import", str(csv), "--into", str(path), "--map", "Hotel stay"]) == 0
    out = capsys.readouterr().out
    assert 'into the map "Hotel stay"' in out and "Ratings: 0 added, 1 changed." in out
    jmap = open_project(path).maps[0]
    assert len(jmap.touchpoints) == 9 and jmap.rating(jmap.touchpoints[0].id, jmap.persona_ids[0]).value == 2


def test_import_refuses_what_is_not_our_tables_in_one_line(tmp_path, capsys):
    path = _hotel(tmp_path)
    other = tmp_path / "other.csv"
    other.write_text("name,age\nAda,36\n", "utf-8")
    before = path.read_bytes()
    assert main(["import", str(other), "--into", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a table of touchpoints, pain points or actions" in err
    assert path.read_bytes() == before
