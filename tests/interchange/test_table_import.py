"""A map's tables imported back: every template makes the same map again, through Excel and through CSV;
an edited export changes what was edited; rows that cannot be read are reported by table and line."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from cxdesigner.interchange.csv_form import map_tables
from cxdesigner.interchange.map_workbook import map_workbook
from cxdesigner.interchange.table_import import TableImportError, import_tables, read_tables
from cxdesigner.interchange.templates import load_template, template_names
from cxdesigner.model import Project


def described(project, jmap, *, details: bool = True):
    """Everything the tables carry about ``jmap``, by names rather than ids."""
    names = {item.id: getattr(item, "name", None) or getattr(item, "title", None) or getattr(item, "text", "")
             for item, _ in project.walk()}
    personas = [project.find(p) for p in jmap.persona_ids]
    used = {t.stage_id for t in jmap.touchpoints}
    found = {
        "stages": [(s.name, s.description, s.color) if details else s.name for s in jmap.stages
                   if details or s.id in used],
        "touchpoints": [(t.title, names[t.stage_id], names.get(t.channel_id), names.get(t.department_id), t.device)
                        for t in jmap.touchpoints],
        "ratings": {(names[r.touchpoint_id], names[r.persona_id]): r.value for r in jmap.ratings.values()},
        "pain points": [(p.text, p.severity, p.evidence, [names[t] for t in p.touchpoint_ids])
                        for p in jmap.pain_points],
        "actions": [(a.text, a.priority, a.status, names.get(a.owner_id), names.get(a.touchpoint_id),
                     names.get(a.pain_point_id), a.resources_available, a.resources_needed, a.expected_effect,
                     a.phase, a.planned_on) for a in jmap.actions],
        "personas": [p.name for p in personas],
    }
    if details:
        found["map"] = (jmap.name, jmap.description, jmap.scale)
        found["persona details"] = [(p.age, p.occupation, p.quote, p.motivations, p.frustrations, p.demographics,
                                     p.psychographics, p.biography, p.color) for p in personas]
    return found


TEMPLATE_MAPS = [(name, index) for name in template_names() for index in range(len(load_template(name).maps))]


@pytest.mark.parametrize("template,index", TEMPLATE_MAPS)
def test_every_template_map_comes_back_the_same_through_a_workbook(tmp_path, template, index):
    project = load_template(template)
    jmap = project.maps[index]
    path = tmp_path / "map.xlsx"
    path.write_bytes(map_workbook(project, jmap))
    new = Project(name="Imported")
    result = import_tables(new, read_tables(path))
    assert result.new_map and result.problems == []
    assert described(new, new.find(result.map_id)) == described(project, jmap)
    assert new.problems() == []
    again = import_tables(project, read_tables(path), map_id=jmap.id)  # into the map it came from
    assert again.added == again.changed == {} and again.problems == []
    fresh = load_template(template)
    assert described(project, jmap) == described(fresh, fresh.maps[index])


@pytest.mark.parametrize("template,index", TEMPLATE_MAPS)
def test_every_template_map_comes_back_the_same_through_our_csv_tables(tmp_path, template, index):
    project = load_template(template)
    jmap = project.maps[index]
    for name, text in map_tables(project, jmap).items():
        (tmp_path / ("map.csv" if name == "touchpoints" else f"map-{name}.csv")).write_text(text, "utf-8")
    new = Project(name="Imported")
    result = import_tables(new, read_tables(tmp_path / "map.csv"))
    assert result.problems == []
    assert described(new, new.find(result.map_id), details=False) == described(project, jmap, details=False)


def test_an_edited_workbook_changes_what_was_edited_and_adds_what_is_new(tmp_path):
    project = load_template("hotel")
    jmap = project.maps[0]
    path = tmp_path / "hotel.xlsx"
    path.write_bytes(map_workbook(project, jmap))
    book = openpyxl.load_workbook(path)
    touchpoints, actions = book["Touchpoints"], book["Actions"]
    touchpoints["G2"] = 1  # Claire at the website: 1 instead of 3
    touchpoints.append([10, "Loyalty", "Reads the loyalty newsletter", "E-mail", "Marketing", "phone", 4, 5])
    touchpoints.append([11, "Loyalty", "", "", "", "", 4])
    touchpoints.append([12, "Loyalty", "Rates the stay", "", "", "", 9])
    actions.append([7, "Send a thank-you card", "high", "planned", "Marketing", "Reads the loyalty newsletter", "",
                    "", "", 0.5, "Q3", date(2026, 9, 1)])
    actions.append([8, "Something", "urgent", "idea"])
    book.save(path)
    result = import_tables(project, read_tables(path), map_id=jmap.id)
    assert result.problems == [
        "Touchpoints, line 12: it has no touchpoint title",
        "Touchpoints, line 13: the satisfaction '9' is not a number on the map's scale (1 to 5)",
        "Actions, line 9: the priority 'urgent' is none of low, medium, high, critical"]
    assert result.added == {"touchpoints": 1, "ratings": 2, "actions": 1}
    assert result.changed == {"ratings": 1}
    new = jmap.touchpoints[-1]
    assert (new.title, project.find(new.stage_id).name, new.device) == ("Reads the loyalty newsletter", "Loyalty",
                                                                       "phone")
    action = jmap.actions[-1]
    assert (action.touchpoint_id, action.expected_effect, action.phase, action.planned_on) == (
        new.id, 0.5, "Q3", date(2026, 9, 1))
    assert jmap.rating(jmap.touchpoints[0].id, jmap.persona_ids[0]).value == 1
    assert project.problems() == []


def test_text_that_looks_like_a_formula_comes_back_as_text(tmp_path):
    project = load_template("hotel")
    jmap = project.maps[0]
    project.update(jmap.touchpoints[0].id, title="=HYPERLINK(\"x\")", device="'=1+1")
    project.update(jmap.pain_points[0].id, text="-2 points at check-in")
    for form in ("xlsx", "csv"):
        if form == "xlsx":
            (tmp_path / "map.xlsx").write_bytes(map_workbook(project, jmap))
        else:
            for name, text in map_tables(project, jmap).items():
                (tmp_path / ("map.csv" if name == "touchpoints" else f"map-{name}.csv")).write_text(text, "utf-8")
        new = Project(name="Imported")
        result = import_tables(new, read_tables(tmp_path / f"map.{form}"))
        imported = new.find(result.map_id)
        assert (imported.touchpoints[0].title, imported.touchpoints[0].device) == ("=HYPERLINK(\"x\")", "'=1+1")
        assert imported.pain_points[0].text == "-2 points at check-in"


@pytest.mark.parametrize("content,message", [
    (b"a,b\n1,2\n", "is not a table of touchpoints, pain points or actions"),
    (b"", "holds no table"),
    (b"PK\x03\x04broken", "damaged"),
])
def test_files_that_are_not_our_tables_are_refused_in_one_sentence(tmp_path, content, message):
    path = tmp_path / "tables.csv"
    path.write_bytes(content)
    with pytest.raises(TableImportError, match=message):
        read_tables(path)
