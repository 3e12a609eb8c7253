"""Random edits through the undo stack, then undo them all: the project comes back exactly."""

import copy

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from cxdesigner.editor.commands import (
    AddItemCommand, ArrangeTouchpointsCommand, MoveItemCommand, RemoveItemCommand, SetScaleCommand, SetValueCommand,
    UpdateItemCommand,
)
from cxdesigner.editor.document import Document
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import RATING, TARGET, SatisfactionScale, Stage, Touchpoint
from cxdesigner.model.duplicate import duplicate_map


class Editing(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.document = Document(load_template("hotel"))
        self.project = self.document.project
        self.original = copy.deepcopy(self.project)

    @property
    def jmap(self):
        return self.project.maps[0]

    def push(self, command) -> None:
        before, depth = copy.deepcopy(self.project), self.document.undo_stack.count()
        try:
            self.document.push(command)
        except ValueError:
            assert self.project == before and self.document.undo_stack.count() == depth

    @rule(data=st.data())
    def add_touchpoint(self, data):
        stage = data.draw(st.sampled_from(self.jmap.stages))
        self.push(AddItemCommand(self.project, Touchpoint(title="T", stage_id=stage.id), map_id=self.jmap.id))

    @precondition(lambda self: self.jmap.touchpoints)
    @rule(data=st.data())
    def remove_touchpoint(self, data):
        self.push(RemoveItemCommand(self.project, data.draw(st.sampled_from(self.jmap.touchpoints)).id))

    @precondition(lambda self: len(self.jmap.touchpoints) > 1)
    @rule(data=st.data())
    def move_touchpoint(self, data):
        touchpoint = data.draw(st.sampled_from(self.jmap.touchpoints))
        index = data.draw(st.integers(0, len(self.jmap.touchpoints) - 1))
        stage = data.draw(st.none() | st.sampled_from(self.jmap.stages))
        self.push(MoveItemCommand(self.project, touchpoint.id, index, stage_id=stage.id if stage else None))

    @precondition(lambda self: len(self.jmap.touchpoints) > 1)
    @rule(data=st.data())
    def move_several_touchpoints(self, data):
        moving = data.draw(st.lists(st.sampled_from([t.id for t in self.jmap.touchpoints]), min_size=1, unique=True))
        others = [(t.id, t.stage_id) for t in self.jmap.touchpoints if t.id not in moving]
        index = data.draw(st.integers(0, len(others)))
        stage = data.draw(st.sampled_from(self.jmap.stages))
        order = others[:index] + [(i, stage.id) for i in moving] + others[index:]
        self.push(ArrangeTouchpointsCommand(self.project, self.jmap.id, order))

    @precondition(lambda self: self.jmap.touchpoints and self.jmap.persona_ids)
    @rule(data=st.data(), value=st.integers(-3, 12) | st.none())
    def aim(self, data, value):
        touchpoint = data.draw(st.sampled_from(self.jmap.touchpoints))
        persona = data.draw(st.sampled_from(self.jmap.persona_ids))
        self.push(SetValueCommand(self.project, TARGET, self.jmap.id, touchpoint.id, persona, value))

    @precondition(lambda self: self.jmap.touchpoints and self.jmap.persona_ids)
    @rule(data=st.data(), value=st.integers(-3, 12) | st.none())
    def rate(self, data, value):
        touchpoint = data.draw(st.sampled_from(self.jmap.touchpoints))
        persona = data.draw(st.sampled_from(self.jmap.persona_ids))
        self.push(SetValueCommand(self.project, RATING, self.jmap.id, touchpoint.id, persona, value,
                                  merge=data.draw(st.booleans())))

    @precondition(lambda self: self.jmap.touchpoints)
    @rule(data=st.data(), title=st.sampled_from(["Renamed", "", "Again"]))
    def rename(self, data, title):
        touchpoint = data.draw(st.sampled_from(self.jmap.touchpoints))
        self.push(UpdateItemCommand(self.project, touchpoint.id, title=title, merge=data.draw(st.booleans())))

    @rule(data=st.data())
    def add_stage(self, data):
        index = data.draw(st.integers(0, len(self.jmap.stages)))
        self.push(AddItemCommand(self.project, Stage(name="S"), map_id=self.jmap.id, index=index))

    @precondition(lambda self: len(self.jmap.stages) > 1)
    @rule(data=st.data())
    def remove_or_move_stage(self, data):
        stage = data.draw(st.sampled_from(self.jmap.stages))
        if data.draw(st.booleans()):
            self.push(RemoveItemCommand(self.project, stage.id))
        else:
            self.push(MoveItemCommand(self.project, stage.id, data.draw(st.integers(0, len(self.jmap.stages) - 1))))

    @rule(high=st.sampled_from([5, 7, 10]), convert=st.booleans())
    def rescale(self, high, convert):
        self.push(SetScaleCommand(self.project, self.jmap.id, SatisfactionScale(low=1, high=high), convert=convert))

    @precondition(lambda self: self.project.personas)
    @rule(data=st.data())
    def remove_persona(self, data):
        self.push(RemoveItemCommand(self.project, data.draw(st.sampled_from(self.project.personas)).id))

    @rule()
    def duplicate(self):
        self.push(AddItemCommand(self.project, duplicate_map(self.jmap, "Copy")))

    @precondition(lambda self: self.document.undo_stack.canUndo())
    @rule()
    def undo(self):
        self.document.undo_stack.undo()

    @precondition(lambda self: self.document.undo_stack.canRedo())
    @rule()
    def redo(self):
        self.document.undo_stack.redo()

    @invariant()
    def sound(self):
        assert self.project.problems() == []

    def teardown(self):
        stack = self.document.undo_stack
        stack.setIndex(stack.count())
        final = copy.deepcopy(self.project)
        stack.setIndex(0)
        assert self.project == self.original
        stack.setIndex(stack.count())
        assert self.project == final


Editing.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)
TestEditing = Editing.TestCase
