"""The CSV tables of a map: columns, quoting, BOM, formula safety, read back with the csv module."""

import csv
import io
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from strategies import projects

from cxdesigner.interchange.csv_form import actions_to_csv, map_tables, map_to_csv, pain_points_to_csv, safe_cell
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import RATING, Action, ActionStatus, Priority, Rating


def test_one_row_per_touchpoint_with_a_column_per_persona(project):
    jmap = project.maps[0]
    rows = list(csv.reader(io.StringIO(map_to_csv(project, jmap))))
    assert rows[0] == ["order", "stage", "touchpoint", "channel", "department", "device",
                       "Anna satisfaction", "Ben satisfaction"]
    assert rows[1] == ["1", "Booking", "Visit site", "Website", "", "", "4", "2"]
    assert rows[2] == ["2", "Booking", "Book room", "Website", "Sales", "", "3", ""]
    assert len(rows) == 1 + len(jmap.touchpoints)


def test_a_column_per_lane_of_the_map_s_own(project):
    from cxdesigner.model import CustomLane, Emotion, LaneCell, LaneKind
    jmap = project.maps[0]
    anna, ben = jmap.persona_ids
    says = CustomLane(title="=Customer says", kind=LaneKind.TEXT)
    wait = CustomLane(title="Wait", kind=LaneKind.METRIC, unit="min")
    mood = CustomLane(title="Mood", kind=LaneKind.EMOTION)
    board = CustomLane(title="Storyboard", kind=LaneKind.IMAGE)
    for lane in (says, wait, mood, board):
        project.add(lane, map_id=jmap.id)
    project.update(jmap.id, lanes=[*jmap.lanes, wait.id, says.id, mood.id])  # the storyboard is hidden: last
    first = jmap.touchpoints[0].id
    for cell in (LaneCell(lane_id=says.id, touchpoint_id=first, text="-where is it?"),
                 LaneCell(lane_id=wait.id, touchpoint_id=first, number=-2.5),
                 LaneCell(lane_id=mood.id, touchpoint_id=first, persona_id=ben, emotion=Emotion.ANGRY),
                 LaneCell(lane_id=board.id, touchpoint_id=first, image=b"\x89PNG")):
        project.add(cell, map_id=jmap.id)
    rows = _rows(map_to_csv(project, jmap))
    assert rows[0][8:] == ["Wait (min)", "'=Customer says", "Mood: Anna", "Mood: Ben", "Storyboard"]
    assert rows[1][8:] == ["-2.5", "'-where is it?", "", "angry", "picture"]
    assert rows[2][8:] == ["", "", "", "", ""]


def test_awkward_titles_are_quoted(project):
    jmap = project.maps[0]
    project.update(jmap.touchpoints[0].id, title='Says "hi", then\nleaves')
    project.set_value(RATING, jmap.id, type(jmap.ratings[next(iter(jmap.ratings))])(
        touchpoint_id=jmap.touchpoints[0].id, persona_id=project.personas[0].id, value=3.25))
    rows = list(csv.reader(io.StringIO(map_to_csv(project, jmap), newline="")))
    assert rows[1][2] == 'Says "hi", then\nleaves'
    assert rows[1][6] == "3.25"


def _rows(text):
    """Parse CSV text the way a file opened with ``newline=""`` would be read."""
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_pain_points_table(project):
    jmap = project.maps[0]
    pain = jmap.pain_points[0]
    project.update(pain.id, touchpoint_ids=[jmap.touchpoints[3].id, jmap.touchpoints[0].id, jmap.touchpoints[2].id])
    rows = _rows(pain_points_to_csv(project, jmap))
    assert rows == [["order", "text", "severity", "evidence", "touchpoints", "stages"],
                    ["1", "Queue at the desk", "4", "assumption", "Visit site; Check in; Enter room", "Booking; Stay"]]


def test_actions_table(project):
    jmap = project.maps[0]
    project.add(Action(text="Faster wifi", priority=Priority.HIGH, status=ActionStatus.DONE, resources_needed="Router",
                       expected_effect=-0.5, phase="next", planned_on=date(2027, 3, 1)), map_id=jmap.id)
    rows = _rows(actions_to_csv(project, jmap))
    assert rows[0] == ["order", "text", "priority", "status", "owner", "touchpoint", "pain_point",
                       "resources_available", "resources_needed", "expected_effect", "phase", "planned_on"]
    assert rows[1] == ["1", "Online check-in", "medium", "idea", "Sales", "Check in", "Queue at the desk", "", "", "",
                       "", ""]
    assert rows[2] == ["2", "Faster wifi", "high", "done", "", "", "", "", "Router", "-0.5", "next", "2027-03-01"]
    assert len(rows) == 3


def test_map_tables_names_every_table(project):
    jmap = project.maps[0]
    tables = map_tables(project, jmap, bom=True)
    assert list(tables) == ["touchpoints", "pain-points", "actions"]
    assert tables["touchpoints"] == map_to_csv(project, jmap, bom=True)
    assert tables["pain-points"] == pain_points_to_csv(project, jmap, bom=True)
    assert tables["actions"] == actions_to_csv(project, jmap, bom=True)


@pytest.mark.parametrize("table", [map_to_csv, pain_points_to_csv, actions_to_csv])
def test_bom_is_opt_in_and_lines_end_with_crlf(project, table, tmp_path):
    jmap = project.maps[0]
    plain, marked = table(project, jmap), table(project, jmap, bom=True)
    assert not plain.startswith("\ufeff") and marked == "\ufeff" + plain
    assert plain.endswith("\r\n") and plain.count("\n") == plain.count("\r\n")
    path = tmp_path / "table.csv"
    path.write_bytes(marked.encode("utf-8"))
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == _rows(plain)


def test_awkward_text_reads_back_exactly(project, tmp_path):
    jmap = project.maps[0]
    awkward = ['Says "hi", then\nleaves', "Pays, quickly; 🛎️ 😀", "يدفع\r\nالحساب", "Line\rbreak", '""', " "]
    for touchpoint, title in zip(jmap.touchpoints, awkward):
        project.update(touchpoint.id, title=title if title.strip() else "x" + title)
    project.update(jmap.pain_points[0].id, text=awkward[0])
    project.update(jmap.actions[0].id, text=awkward[1], resources_needed=awkward[2])
    path = tmp_path / "tables.csv"
    path.write_text("".join(map_tables(project, jmap).values()), encoding="utf-8", newline="")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [r[2] for r in rows[1:5]] == [t.title for t in jmap.touchpoints]
    assert rows[6][1] == awkward[0] and rows[6][4] == "; ".join(t.title for t in jmap.touchpoints[2:4])
    assert rows[8][1] == awkward[1] and rows[8][8] == awkward[2]


def test_formula_like_text_is_defused(project):
    jmap = project.maps[0]
    first, second, third, fourth = jmap.touchpoints
    project.update(first.id, title="=HYPERLINK(\"http://x\")", device="-1")
    project.update(second.id, title="+1 night")
    project.update(third.id, title="-5% off")
    project.update(fourth.id, title="@SUM(A1)")
    project.update(project.personas[0].id, name="=Anna")
    project.update(project.departments[0].id, name="\tSales")
    rows = _rows(map_to_csv(project, jmap))
    assert rows[0][6] == "'=Anna satisfaction"
    assert [r[2] for r in rows[1:]] == ["'=HYPERLINK(\"http://x\")", "'+1 night", "'-5% off", "'@SUM(A1)"]
    assert rows[1][5] == "'-1" and rows[2][4] == "'\tSales"
    assert _rows(actions_to_csv(project, jmap))[1][4] == "'\tSales"
    project.update(jmap.pain_points[0].id, text="=1+1")
    assert _rows(pain_points_to_csv(project, jmap))[1][1:5] == ["'=1+1", "4", "assumption", "'-5% off; @SUM(A1)"]


def test_negative_ratings_stay_plain_numbers():
    project = load_template("bank-account")
    jmap = project.maps[0]
    rows = _rows(map_to_csv(project, jmap))
    values = [cell for row in rows[1:] for cell in row[6:]]
    assert "-2" in values and "-1" in values and not any(v.startswith("'") for v in values)
    persona = jmap.persona_ids[0]
    project.set_value(RATING, jmap.id, Rating(touchpoint_id=jmap.touchpoints[0].id, persona_id=persona, value=-1.25))
    assert _rows(map_to_csv(project, jmap))[1][6] == "-1.25"


@pytest.mark.parametrize("cell,text", [("=A1", "'=A1"), ("+A1", "'+A1"), ("-A1", "'-A1"), ("@A1", "'@A1"),
                                       ("\tA1", "'\tA1"), ("\rA1", "'\rA1"), ("A=1", "A=1"), ("", ""),
                                       (" =A1", " =A1"), ("'=A1", "''=A1"), ("'A1", "'A1")])
def test_safe_cell(cell, text):
    assert safe_cell(cell) == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_any_map_reads_back_row_for_row(project):
    for jmap in project.maps:
        tables = {name: _rows(text) for name, text in map_tables(project, jmap).items()}
        assert [r[2] for r in tables["touchpoints"][1:]] == [safe_cell(t.title) for t in jmap.touchpoints]
        assert [r[1] for r in tables["pain-points"][1:]] == [safe_cell(p.text) for p in jmap.pain_points]
        assert [r[1] for r in tables["actions"][1:]] == [safe_cell(a.text) for a in jmap.actions]
        assert [r[8] for r in tables["actions"][1:]] == [safe_cell(a.resources_needed) for a in jmap.actions]
        for row in tables["touchpoints"][1:]:
            assert all(cell == "" or float(cell) == float(cell) for cell in row[6:6 + len(jmap.persona_ids)])
        assert all(len(row) == len(rows[0]) for rows in tables.values() for row in rows)


@pytest.mark.parametrize("text", ["=A1", "'=A1", "''=A1", "'A1", "-2", "plain", ""])
def test_a_defused_cell_reads_back_as_it_was(text):
    from cxdesigner.interchange.csv_form import undefused
    assert undefused(safe_cell(text)) == text
