"""Every keyed value kind (ratings, targets) goes the whole way through one code path: set and
clear through the document, undo and redo, a removal's cascade, a new scale, save and open of a
real file, the JSON form, and a three-way merge. A kind added to ``KEYED_VALUES`` is tested here
with no new test."""

import copy
import dataclasses
import sqlite3

import pytest

from cxdesigner.editor.commands import RemoveItemCommand, SetScaleCommand, SetValueCommand
from cxdesigner.editor.document import Document
from cxdesigner.interchange.json_form import dumps, loads
from cxdesigner.merge import merge
from cxdesigner.merge.records import tables
from cxdesigner.model import KEYED_VALUES, JourneyMap, RuleError, SatisfactionScale, ValueChanged
from cxdesigner.storage import ProjectFileError, open_project
from cxdesigner.storage.rows import KEYED_TABLES

KINDS = pytest.mark.parametrize("kind", KEYED_VALUES, ids=lambda kind: kind.name)


def _value(kind, touchpoint_id, persona_id, value):
    return kind.cls(touchpoint_id=touchpoint_id, persona_id=persona_id, value=value)


@pytest.fixture
def saved(project, tmp_path):
    """The shared project with a value of every kind at the first touchpoint for Anna, in a file."""
    jmap = project.maps[0]
    for kind in KEYED_VALUES:
        project.set_value(kind, jmap.id, _value(kind, jmap.touchpoints[0].id, project.personas[0].id, 4))
    document = Document(project)
    document.save(tmp_path / "base.cxd")
    yield document
    document.close()


@KINDS
def test_set_clear_undo_redo_save_open_json_and_merge(kind, saved, tmp_path):
    document, project = saved, saved.project
    jmap, (anna, ben) = project.maps[0], project.personas
    first, third, last = jmap.touchpoints[0].id, jmap.touchpoints[2].id, jmap.touchpoints[3].id
    others = {k: dict(k.table(jmap)) for k in KEYED_VALUES if k is not kind}
    heard = []
    document.changed.connect(heard.append)
    before = dict(kind.table(jmap))

    document.push(SetValueCommand(project, kind, jmap.id, third, ben.id, jmap.scale.high))
    document.push(SetValueCommand(project, kind, jmap.id, first, anna.id, None))
    after = dict(kind.table(jmap))
    assert after[(third, ben.id)] == _value(kind, third, ben.id, jmap.scale.high)
    assert (first, anna.id) not in after
    assert [(type(e), e.kind, e.touchpoint_id, e.persona_id, e.old is None, e.new is None) for e in heard] == [
        (ValueChanged, kind, third, ben.id, (third, ben.id) not in before, False),
        (ValueChanged, kind, first, anna.id, False, True)]
    assert {k: dict(k.table(jmap)) for k in others} == others  # the other kinds are left alone

    document.undo_stack.undo()
    document.undo_stack.undo()
    assert kind.table(jmap) == before
    document.undo_stack.redo()
    document.undo_stack.redo()
    assert kind.table(jmap) == after

    document.save()
    opened = open_project(document.path)
    assert opened == project and kind.table(opened.maps[0]) == after
    assert loads(dumps(project)) == project

    base = open_project(tmp_path / "base.cxd")
    theirs = copy.deepcopy(base)
    theirs.set_value(kind, jmap.id, _value(kind, last, ben.id, jmap.scale.low))
    result = merge(base, opened, theirs)
    assert result.conflicts == []
    assert kind.table(result.project.maps[0]) == {**after, (last, ben.id): _value(kind, last, ben.id, jmap.scale.low)}


@KINDS
def test_a_removed_touchpoint_or_persona_takes_its_values_and_undo_brings_them_back(kind, saved):
    document, project = saved, saved.project
    jmap, anna = project.maps[0], project.personas[0]
    first = jmap.touchpoints[0].id
    before = copy.deepcopy(project)
    document.push(RemoveItemCommand(project, first))
    assert all(key[0] != first for key in kind.table(jmap)) and project.problems() == []
    document.undo_stack.undo()
    assert project == before and kind.table(jmap)[(first, anna.id)].value == 4
    document.push(RemoveItemCommand(project, anna.id))
    assert all(key[1] != anna.id for key in kind.table(jmap))
    document.undo_stack.undo()
    assert project == before


@KINDS
def test_a_new_scale_carries_every_value_onto_it_and_undo_restores_it(kind, saved):
    document, project = saved, saved.project
    jmap, anna = project.maps[0], project.personas[0]
    key = (jmap.touchpoints[0].id, anna.id)
    before = copy.deepcopy(project)
    document.push(SetScaleCommand(project, jmap.id, SatisfactionScale(1, 9)))
    assert kind.table(jmap)[key].value == 7  # 4 on 1..5 is three quarters of the way up
    document.undo_stack.undo()
    assert project == before


@KINDS
def test_a_value_outside_the_scale_or_of_another_kind_is_refused(kind, saved):
    document, project = saved, saved.project
    jmap, ben = project.maps[0], project.personas[1]
    touchpoint = jmap.touchpoints[1].id
    before = copy.deepcopy(project)
    with pytest.raises(RuleError, match=f"{kind.name} must lie between 1 and 5"):
        document.push(SetValueCommand(project, kind, jmap.id, touchpoint, ben.id, 6))
    other = next((k for k in KEYED_VALUES if k.cls is not kind.cls), None)
    if other is not None:
        with pytest.raises(RuleError, match=f"not a {kind.name}"):
            project.set_value(kind, jmap.id, _value(other, touchpoint, ben.id, 3))
    assert project == before and document.undo_stack.count() == 0


@KINDS
def test_a_broken_value_in_a_file_is_refused_with_one_sentence(kind, saved):
    """The whole-project check reads every kind too: a value out of the scale, written into the file."""
    table = next(t for t, k in KEYED_TABLES if k is kind)
    db = sqlite3.connect(saved.path)
    with db:
        db.execute(f'UPDATE "{table.name}" SET value = 99')
    db.close()
    with pytest.raises(ProjectFileError, match=f"{kind.name} must lie between"):
        open_project(saved.path)


def test_every_keyed_table_of_a_map_is_a_kind_with_a_table_in_the_file():
    """A dict of values added to the map beside the table of kinds would be merged but never
    checked, converted, saved or undone: the map's keyed tables are exactly the kinds'."""
    assert set(tables(JourneyMap)) == {kind.attribute for kind in KEYED_VALUES}
    assert [kind for _, kind in KEYED_TABLES] == list(KEYED_VALUES)
    for table, kind in KEYED_TABLES:  # every field is a column, in order: the reader builds each from its row
        fields = [f.name for f in dataclasses.fields(kind.cls)]
        assert fields[:2] == ["touchpoint_id", "persona_id"]
        assert [c.name for c in table.columns if c.name in fields] == fields
