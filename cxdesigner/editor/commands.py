"""Undo commands: the only door through which the UI changes a project.

Each command calls ``Project`` methods and nothing else, remembers what it
needs to go back exactly, and is one step on the undo stack. Repeated edits
of the same field (typing, nudging a rating) merge into one step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from cxdesigner.model import KEYED_VALUES, RATING, TARGET, Entity, KeyedValue, Project, SatisfactionScale
from cxdesigner.model.containers import MAP_LISTS, PROJECT_LISTS

#: ``QUndoCommand.id()`` values for commands that merge.
UPDATE_ID, VALUE_ID = 1, 2


class ProjectCommand(QUndoCommand):
    """A command on one project, with a user-visible ``label`` for the Edit menu.

    Subclasses write ``apply`` and ``revert``. ``Document.push`` applies a
    command before it reaches the stack, so a change the model refuses raises
    there and never becomes an undo step; the stack's own first ``redo`` is
    then skipped.
    """

    def __init__(self, project: Project, text: str) -> None:
        super().__init__(tr(text))  # a label already in the user's language passes through unchanged
        self.project = project
        self.applied_early = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def subjects(self) -> list[str]:
        """The ids this step is about: what undo and redo show the user (not every item
        a cascade touched)."""
        return []

    def changes_nothing(self) -> bool:
        """True when applying would leave the project as it is: such a step is never recorded."""
        return False

    def redo(self) -> None:
        if self.applied_early:
            self.applied_early = False
        else:
            self.apply()

    def undo(self) -> None:
        self.revert()


class MacroCommand(ProjectCommand):
    """Several commands as one step (delete a selection, paste): all or none."""

    def __init__(self, project: Project, text: str, commands: list[ProjectCommand]) -> None:
        super().__init__(project, text)
        self.commands = commands

    def apply(self) -> None:
        done: list[ProjectCommand] = []
        with self.project.batch():
            try:
                for command in self.commands:
                    command.apply()
                    done.append(command)
            except BaseException:
                for command in reversed(done):
                    command.revert()
                raise

    def revert(self) -> None:
        with self.project.batch():
            for command in reversed(self.commands):
                command.revert()

    def subjects(self) -> list[str]:
        return list(dict.fromkeys(i for command in self.commands for i in command.subjects()))

    def changes_nothing(self) -> bool:
        return all(command.changes_nothing() for command in self.commands)


class AddItemCommand(ProjectCommand):
    """Add an entity (to a map, when it lives in one) at an index."""

    def __init__(self, project: Project, item: Entity, *, map_id: str | None = None,
                 index: int | None = None, label: str | None = None) -> None:
        super().__init__(project, label or tr(QT_TRANSLATE_NOOP("Commands", "Add %1")).replace("%1", _kind(item)))
        self.item, self.map_id, self.index = item, map_id, index

    def apply(self) -> None:
        self.project.add(self.item, map_id=self.map_id, index=self.index)

    def revert(self) -> None:
        self.project.remove(self.item.id)

    def subjects(self) -> list[str]:
        return [self.item.id]


class RemoveItemCommand(ProjectCommand):
    """Remove an entity and what depends on it; undo restores all of it."""

    def __init__(self, project: Project, item_id: str, label: str | None = None) -> None:
        super().__init__(project, label or tr(QT_TRANSLATE_NOOP("Commands", "Delete %1")).replace("%1", _kind(project.find(item_id))))
        self.item_id = item_id
        self.removal = None

    def apply(self) -> None:
        # Already gone with something removed before it in the same step (a stage's touchpoint,
        # a touchpoint's positive moment): nothing more to do, nothing to put back.
        self.removal = self.project.remove(self.item_id) if self.project.lookup(self.item_id) else None

    def revert(self) -> None:
        if self.removal is not None:
            self.project.restore(self.removal)

    def subjects(self) -> list[str]:
        return [self.item_id]


class UpdateItemCommand(ProjectCommand):
    """Set plain fields of an item. With ``merge``, successive edits of the same
    fields (keystrokes, nudges) become one undo step."""

    def __init__(self, project: Project, item_id: str, label: str | None = None, *,
                 merge: bool = False, **changes: Any) -> None:
        item = project.find(item_id)
        super().__init__(project, label or tr(QT_TRANSLATE_NOOP("Commands", "Edit %1")).replace("%1", _kind(item)))
        self.item_id, self.new, self.merge = item_id, changes, merge
        self.old = {name: getattr(item, name) for name in changes}

    def id(self) -> int:
        return UPDATE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateItemCommand) or (other.item_id, other.new.keys()) != (self.item_id, self.new.keys()):
            return False
        self.new = other.new
        self.setObsolete(self.changes_nothing())  # typed back to where it was: no step left
        return True

    def apply(self) -> None:
        self.project.update(self.item_id, **self.new)

    def revert(self) -> None:
        self.project.update(self.item_id, **self.old)

    def subjects(self) -> list[str]:
        return [self.item_id]

    def changes_nothing(self) -> bool:
        return self.new == self.old


class SetLanesCommand(UpdateItemCommand):
    """Set the lanes a map shows, in a step that adds the lanes they name first (the old
    list is read when the step runs, after those lanes exist)."""

    def __init__(self, project: Project, map_id: str, lanes: list) -> None:
        super().__init__(project, map_id, lanes=[])
        self.new = {"lanes": list(lanes)}

    def apply(self) -> None:
        self.old = {"lanes": list(self.project.find(self.item_id).lanes)}
        super().apply()

    def changes_nothing(self) -> bool:
        return False


class MoveItemCommand(ProjectCommand):
    """Move an item in its list (a touchpoint perhaps into another stage)."""

    def __init__(self, project: Project, item_id: str, index: int, *, stage_id: str | None = None,
                 label: str | None = None) -> None:
        item = project.find(item_id)
        super().__init__(project, label or tr(QT_TRANSLATE_NOOP("Commands", "Move %1")).replace("%1", _kind(item)))
        self.item_id, self.index, self.stage_id = item_id, index, stage_id
        jmap = project.map_of(item_id)
        container = getattr(jmap or project, _list_name(item))
        self.old_index = container.index(item)
        self.old_stage_id = getattr(item, "stage_id", None)

    def apply(self) -> None:
        self.project.move(self.item_id, self.index, stage_id=self.stage_id)

    def revert(self) -> None:
        self.project.move(self.item_id, self.old_index, stage_id=self.old_stage_id)

    def subjects(self) -> list[str]:
        return [self.item_id]

    def changes_nothing(self) -> bool:
        return self.index == self.old_index and self.stage_id in (None, self.old_stage_id)


class ArrangeTouchpointsCommand(ProjectCommand):
    """Move several touchpoints of a map together (a dragged selection, named in ``moving``)."""

    def __init__(self, project: Project, map_id: str, order: list[tuple[str, str]],
                 label: str | None = None, moving: list[str] | None = None) -> None:
        super().__init__(project, label or QT_TRANSLATE_NOOP("Commands", "Move touchpoints"))
        self.map_id, self.order = map_id, order
        self.old_order = [(t.id, t.stage_id) for t in project.find(map_id).touchpoints]
        self.moving = list(moving) if moving is not None else [i for (i, s), old in zip(order, self.old_order)
                                                                  if (i, s) != old]

    def apply(self) -> None:
        self.project.arrange(self.map_id, self.order)

    def revert(self) -> None:
        self.project.arrange(self.map_id, self.old_order)

    def subjects(self) -> list[str]:
        return self.moving

    def changes_nothing(self) -> bool:
        return self.order == self.old_order


#: The Edit menu's words for setting and clearing each kind of keyed value.
VALUE_LABELS = {RATING: (QT_TRANSLATE_NOOP("Commands", "Set rating"), QT_TRANSLATE_NOOP("Commands", "Clear rating")),
                TARGET: (QT_TRANSLATE_NOOP("Commands", "Set target"), QT_TRANSLATE_NOOP("Commands", "Clear target"))}


class SetValueCommand(ProjectCommand):
    """Set or clear (``value`` None) a keyed value (``kind``: ``RATING``, ``TARGET``) at a touchpoint
    for a persona; ``details`` are the value's other fields (a rating's evidence, n...).

    With ``merge``, successive nudges of the same value become one step.
    """

    def __init__(self, project: Project, kind: KeyedValue, map_id: str, touchpoint_id: str, persona_id: str,
                 value: float | None, label: str | None = None, *, merge: bool = False, **details: Any) -> None:
        super().__init__(project, label or VALUE_LABELS[kind][value is None])
        self.kind, self.map_id, self.key, self.merge = kind, map_id, (touchpoint_id, persona_id), merge
        self.old = kind.table(project.find(map_id)).get(self.key)
        self.new = None if value is None else kind.cls(touchpoint_id=touchpoint_id, persona_id=persona_id,
                                                       value=value, **details)

    def id(self) -> int:
        return VALUE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetValueCommand) or \
                (other.kind, other.map_id, other.key) != (self.kind, self.map_id, self.key):
            return False
        self.new = other.new
        self.setObsolete(self.changes_nothing())  # nudged back to where it was: no step left
        return True

    def apply(self) -> None:
        self._apply(self.new)

    def revert(self) -> None:
        self._apply(self.old)

    def subjects(self) -> list[str]:
        return [self.key[0]]

    def changes_nothing(self) -> bool:
        return self.new == self.old

    def _apply(self, value: Any) -> None:
        if value is None:
            self.project.clear_value(self.kind, self.map_id, *self.key)
        else:
            self.project.set_value(self.kind, self.map_id, value)


class SetScaleCommand(ProjectCommand):
    """Give a map a new scale, converting the values on it (ratings, targets); undo restores them exactly."""

    def __init__(self, project: Project, map_id: str, scale: SatisfactionScale, *, convert: bool = True) -> None:
        super().__init__(project, QT_TRANSLATE_NOOP("Commands", "Change scale"))
        jmap = project.find(map_id)
        self.map_id, self.scale, self.convert = map_id, scale, convert
        self.old_scale = jmap.scale
        self.old_values = {kind: dict(kind.table(jmap)) for kind in KEYED_VALUES}

    def apply(self) -> None:
        self.project.set_scale(self.map_id, self.scale, convert=self.convert)

    def revert(self) -> None:
        self.project.set_scale(self.map_id, self.old_scale, convert=False)
        for kind, values in self.old_values.items():
            for value in values.values():
                self.project.set_value(kind, self.map_id, value)

    def subjects(self) -> list[str]:
        return [self.map_id]

    def changes_nothing(self) -> bool:
        return self.scale == self.old_scale


class AttachPersonaCommand(ProjectCommand):
    """Let a map carry a persona and its line."""

    def __init__(self, project: Project, map_id: str, persona_id: str) -> None:
        super().__init__(project, QT_TRANSLATE_NOOP("Commands", "Show persona on map"))
        self.map_id, self.persona_id = map_id, persona_id

    def apply(self) -> None:
        self.project.attach_persona(self.map_id, self.persona_id)

    def revert(self) -> None:
        self.project.detach_persona(self.map_id, self.persona_id)

    def subjects(self) -> list[str]:
        return [self.persona_id]


class DetachPersonaCommand(ProjectCommand):
    """Take a persona off a map, with its ratings and goals there."""

    def __init__(self, project: Project, map_id: str, persona_id: str) -> None:
        super().__init__(project, QT_TRANSLATE_NOOP("Commands", "Remove persona from map"))
        self.map_id, self.persona_id = map_id, persona_id
        self.removal = None

    def apply(self) -> None:
        self.removal = self.project.detach_persona(self.map_id, self.persona_id)

    def revert(self) -> None:
        self.project.restore(self.removal)

    def subjects(self) -> list[str]:
        return [self.persona_id]


def tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


#: Each kind of item in menu words ("Add pain point"), and labels other layers push with.
KINDS = {"Goal": QT_TRANSLATE_NOOP("Commands", "goal"), "PainPoint": QT_TRANSLATE_NOOP("Commands", "pain point"),
         "PositiveMoment": QT_TRANSLATE_NOOP("Commands", "positive moment"),
         "Action": QT_TRANSLATE_NOOP("Commands", "action"), "Note": QT_TRANSLATE_NOOP("Commands", "note"),
         "Channel": QT_TRANSLATE_NOOP("Commands", "channel"),
         "Department": QT_TRANSLATE_NOOP("Commands", "department"),
         "Comment": QT_TRANSLATE_NOOP("Commands", "comment"), "Stage": QT_TRANSLATE_NOOP("Commands", "stage"),
         "Touchpoint": QT_TRANSLATE_NOOP("Commands", "touchpoint"),
         "CustomLane": QT_TRANSLATE_NOOP("Commands", "lane"), "LaneCell": QT_TRANSLATE_NOOP("Commands", "cell"),
         "JourneyMap": QT_TRANSLATE_NOOP("Commands", "map"), "Persona": QT_TRANSLATE_NOOP("Commands", "persona"),
         "Project": QT_TRANSLATE_NOOP("Commands", "project"),
         "SurveyDataset": QT_TRANSLATE_NOOP("Commands", "survey"),
         None: QT_TRANSLATE_NOOP("Commands", "Apply survey ratings")}


def _kind(item: Any) -> str:
    """``PainPoint`` -> ``pain point``: the item's kind in menu words, in the user's language."""
    name = type(item).__name__
    words = KINDS.get(name) or "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()
    return tr(words)


def _list_name(item: Any) -> str:
    return PROJECT_LISTS.get(type(item)) or MAP_LISTS[type(item)]


