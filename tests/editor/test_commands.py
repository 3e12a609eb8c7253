"""Every command kind undoes and redoes exactly; refused changes never reach the stack."""

import copy

import pytest

from cxdesigner.editor.commands import (
    AddItemCommand, AttachPersonaCommand, DetachPersonaCommand, MacroCommand, MoveItemCommand,
    RemoveItemCommand, SetScaleCommand, SetValueCommand, UpdateItemCommand,
)
from cxdesigner.editor.document import Document
from cxdesigner.model import RATING, TARGET, Evidence, Persona, SatisfactionScale, Touchpoint
from cxdesigner.storage import open_project
from cxdesigner.storage.lock import FileInUse


def _commands(project):
    jmap = project.maps[0]
    tps, (anna, ben) = jmap.touchpoints, project.personas
    cleo = Persona(name="Cleo")
    return [
        lambda: AddItemCommand(project, Touchpoint(title="New", stage_id=jmap.stages[0].id), map_id=jmap.id),
        lambda: AddItemCommand(project, cleo),
        lambda: AttachPersonaCommand(project, jmap.id, cleo.id),
        lambda: RemoveItemCommand(project, tps[2].id),
        lambda: RemoveItemCommand(project, jmap.stages[0].id),
        lambda: UpdateItemCommand(project, tps[0].id, title="Renamed", device="mobile"),
        lambda: MoveItemCommand(project, tps[0].id, len(jmap.touchpoints) - 1),
        lambda: MoveItemCommand(project, jmap.stages[1].id, 0),
        lambda: SetValueCommand(project, RATING, jmap.id, tps[1].id, ben.id, 5, evidence=Evidence.SURVEY, n=12),
        lambda: SetValueCommand(project, RATING, jmap.id, tps[0].id, anna.id, None),
        lambda: SetValueCommand(project, TARGET, jmap.id, tps[1].id, ben.id, 4),
        lambda: SetScaleCommand(project, jmap.id, SatisfactionScale(low=1, high=10)),
        lambda: SetScaleCommand(project, jmap.id, SatisfactionScale(low=2, high=3), convert=False),
        lambda: DetachPersonaCommand(project, jmap.id, anna.id),
    ]


@pytest.mark.parametrize("number", range(14))
def test_each_command_undoes_and_redoes_exactly(project, number):
    document = Document(project)
    make = _commands(project)
    for step in make[:2] if number == 2 else []:
        document.push(step())
    before = copy.deepcopy(project)
    document.push(make[number]())
    after = copy.deepcopy(project)
    assert after != before and project.problems() == []
    document.undo_stack.undo()
    assert project == before
    document.undo_stack.redo()
    assert project == after


def test_all_commands_in_a_row_then_undo_all(project):
    document = Document(project)
    original = copy.deepcopy(project)
    states = []
    for make in _commands(project):
        try:
            document.push(make())
        except (ValueError, KeyError, IndexError):
            continue  # an earlier step removed what this one needs
        states.append(copy.deepcopy(project))
    assert len(states) >= 8
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert project == original
    for state in states:
        document.undo_stack.redo()
        assert project == state


def test_refused_change_leaves_project_and_stack_alone(project):
    document = Document(project)
    jmap = project.maps[0]
    before = copy.deepcopy(project)
    with pytest.raises(ValueError, match="between 1 and 5"):
        document.push(SetValueCommand(project, RATING, jmap.id, jmap.touchpoints[0].id, project.personas[0].id, 9))
    with pytest.raises(ValueError, match="does not fit"):
        document.push(MoveItemCommand(project, jmap.touchpoints[0].id, 3, stage_id=jmap.stages[0].id))
    assert project == before and document.undo_stack.count() == 0 and not document.modified


def test_macro_is_all_or_nothing(project):
    document = Document(project)
    jmap = project.maps[0]
    before = copy.deepcopy(project)
    rename = [UpdateItemCommand(project, jmap.touchpoints[0].id, title="One"),
              UpdateItemCommand(project, jmap.touchpoints[1].id, title="  ")]
    with pytest.raises(ValueError, match="title"):
        document.push(MacroCommand(project, "Rename two", rename))
    assert project == before and document.undo_stack.count() == 0
    delete = [RemoveItemCommand(project, t.id) for t in jmap.touchpoints[:2]]
    document.push(MacroCommand(project, "Delete 2 touchpoints", delete))
    assert len(jmap.touchpoints) == 2 and document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert project == before


def test_nudges_merge_into_one_step_but_separate_edits_do_not(project):
    document = Document(project)
    jmap = project.maps[0]
    tp, anna = jmap.touchpoints[0], project.personas[0]
    for value in (3, 2, 1):
        document.push(SetValueCommand(project, RATING, jmap.id, tp.id, anna.id, value, merge=True))
    assert document.undo_stack.count() == 1
    document.push(SetValueCommand(project, RATING, jmap.id, tp.id, anna.id, 5))
    document.push(SetValueCommand(project, RATING, jmap.id, tp.id, anna.id, 4))
    assert document.undo_stack.count() == 3
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert jmap.rating(tp.id, anna.id).value == 4  # the fixture's value
    for text in ("C", "Ch", "Che"):
        document.push(UpdateItemCommand(project, tp.id, merge=True, title=text))
    assert document.undo_stack.count() == 1 and tp.title == "Che"
    document.undo_stack.undo()
    assert tp.title == "Visit site"


def test_command_names_for_the_edit_menu(project):
    jmap = project.maps[0]
    assert RemoveItemCommand(project, jmap.pain_points[0].id).text() == "Delete pain point"
    assert RemoveItemCommand(project, jmap.id).text() == "Delete map"
    assert AddItemCommand(project, Persona(name="x")).text() == "Add persona"


def test_document_modified_follows_the_clean_index(project, tmp_path, qtbot):
    document = Document(project)
    flags = []
    document.modified_changed.connect(flags.append)
    jmap = project.maps[0]
    document.push(UpdateItemCommand(project, jmap.id, name="Stay"))
    assert document.modified and flags == [True]
    with pytest.raises(ValueError, match="no file yet"):
        document.save()
    document.save(tmp_path / "stay.cxd")
    assert not document.modified and flags == [True, False]
    assert document.display_name == "stay.cxd"
    document.undo_stack.undo()
    assert document.modified
    document.undo_stack.redo()
    assert not document.modified
    assert open_project(tmp_path / "stay.cxd") == project
    with pytest.raises(FileInUse) as busy:  # this document still has it
        Document.open(tmp_path / "stay.cxd")
    assert busy.value.holder.is_this_process()
    document.close()
    reopened = Document.open(tmp_path / "stay.cxd")
    assert reopened.project == project and not reopened.modified
    reopened.close()


def test_document_relays_model_events(project):
    document = Document(project)
    seen = []
    document.changed.connect(seen.append)
    document.push(UpdateItemCommand(project, project.id, name="Relayed"))
    assert [type(e).__name__ for e in seen] == ["ItemChanged"]
    document.close()
    project.update(project.id, name="Quiet")
    assert len(seen) == 1


def test_undoing_a_scale_change_restores_targets_exactly(project):
    from cxdesigner.model import Target
    jmap = project.maps[0]
    project.set_value(TARGET, jmap.id, Target(touchpoint_id=jmap.touchpoints[0].id, persona_id=project.personas[0].id,
                                       value=4))
    before = copy.deepcopy(project)
    document = Document(project)
    document.push(SetScaleCommand(project, jmap.id, SatisfactionScale(low=1, high=10)))
    assert next(iter(jmap.targets.values())).value != 4
    document.undo_stack.undo()
    assert project == before


def test_a_macro_tells_its_listeners_once_that_its_changes_are_over():
    from cxdesigner.editor.commands import MacroCommand, RemoveItemCommand
    from cxdesigner.interchange.templates import load_template

    project = load_template("hotel")
    heard, settled = [], []
    project.subscribe(lambda event: heard.append(project.batching), lambda: settled.append(len(heard)))
    ids = [t.id for t in project.maps[0].touchpoints[:3]]
    macro = MacroCommand(project, "Delete", [RemoveItemCommand(project, i) for i in ids])
    macro.apply()
    assert heard and all(heard) and settled == [len(heard)]  # every event inside the batch, one settle after
    macro.revert()
    assert len(settled) == 2 and not project.batching
    assert [t.id for t in project.maps[0].touchpoints[:3]] == ids
