"""What the user does on the map, turned into commands: dragging cards, keys,
in-place titles, context menus, palette drops and finished rating drags.

``SceneGestures`` is mixed into ``EditingScene``; it reads the scene's document,
map, layout and items, and changes the model only by pushing commands.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cxdesigner.canvas.items import TouchpointCard
from cxdesigner.canvas.style import short_number
from cxdesigner.canvas.layout import drop_target, layout_map
from cxdesigner.canvas.sticky_note import NoteText
from cxdesigner.canvas.title_editor import TitleEditor
from cxdesigner.editor.commands import (AddItemCommand, ArrangeTouchpointsCommand, MoveItemCommand, RemoveItemCommand, SetValueCommand,
                                        UpdateItemCommand)
from cxdesigner.model import RATING, JourneyMap, Note, Touchpoint

#: What a palette entry carries when dragged: the channel id as UTF-8 (empty for none).
PALETTE_MIME = "application/x-cxdesigner-palette"


class SceneGestures:
    """The editing half of the journey scene."""

    # -- moving cards ----------------------------------------------------------------

    _drag: dict[TouchpointCard, float] | None = None  # cards being dragged -> their x at the start

    def drag_cards(self, card: TouchpointCard, dx: float) -> None:
        """Cards follow the pointer: the dragged one, with the rest of the selection
        when it is part of it; their neighbours slide to where they would end up."""
        if self._drag is None:
            journey = {t.id: n for n, t in enumerate(self.jmap.touchpoints)}
            group = sorted((c for c in self.cards.built.values() if c.isSelected()),  # selected cards stay built
                           key=lambda c: journey[c.touchpoint_id])
            self._drag = {c: c.pos().x() for c in (group if card in group else [card])}
        for moving, x in self._drag.items():
            moving.setZValue(50)
            moving.setPos(x + dx, moving.pos().y())
        order = self._order_after_drop(card)
        touchpoints = {t.id: t for t in self.jmap.touchpoints}
        preview = layout_map(JourneyMap(id=self.map_id, name="", stages=self.jmap.stages, touchpoints=[
            dataclasses.replace(touchpoints[i], stage_id=s) for i, s in order]), self.layout.lanes)
        for touchpoint_id, other in self.cards.built.items():
            if other not in self._drag:
                self._place(other, QPointF(preview.x_of[touchpoint_id], self._card_top()), True)

    def finish_move(self, card: TouchpointCard) -> None:
        """Dropped cards: one undo step, or a slide back when nothing changed."""
        order, count = self._order_after_drop(card), len(self._drag)
        for moving in self._drag:
            moving.setZValue(10)
        self._drag = None
        if order == [(t.id, t.stage_id) for t in self.jmap.touchpoints]:
            self.rebuild(animate=True)
            return
        label = self.tr("Move touchpoint") if count == 1 else self.tr("Move %n touchpoints", "", count)
        if not self._push(ArrangeTouchpointsCommand(self.document.project, self.map_id, order, label=label)):
            self.rebuild(animate=True)

    def _order_after_drop(self, card: TouchpointCard) -> list[tuple[str, str]]:
        """The map's ``(touchpoint id, stage id)`` order if the dragged cards landed now."""
        moving = [c.touchpoint_id for c in self._drag]
        index, stage_id = drop_target(self.layout, self.jmap, card.pos().x(), moving)
        others = [(t.id, t.stage_id) for t in self.jmap.touchpoints if t.id not in moving]
        return others[:index] + [(i, stage_id) for i in moving] + others[index:]

    # -- keyboard -----------------------------------------------------------------------

    def current_touchpoint(self) -> str | None:
        """The one selected touchpoint, if exactly one is selected (and still on the map: while a
        rebuild takes away the cards of deleted touchpoints one by one, the last can be the one)."""
        cards = [i for i in self.selectedItems() if isinstance(i, TouchpointCard)]
        return cards[0].touchpoint_id if len(cards) == 1 and self.project.lookup(cards[0].touchpoint_id) else None

    def select_touchpoint(self, touchpoint_id: str, reveal: bool = True) -> None:
        """The one touchpoint selected, with the keyboard on the map (Enter renames it), and in
        view unless not ``reveal`` (a drag under way: the map must not move under the pointer)."""
        self.clearSelection()
        card = self.cards[touchpoint_id]
        card.setSelected(True)
        for view in self.views():
            view.setFocus()
            if reveal:
                view.ensureVisible(card, 40, 40)
        card.setFocus()

    def keyPressEvent(self, event) -> None:
        """Arrows walk the timeline (Ctrl moves the card), Up/Down nudge the first
        persona's rating, Enter edits the title in place."""
        if isinstance(self.focusItem(), TitleEditor | NoteText):
            return super().keyPressEvent(event)  # typing in a title or a note: the keys are the editor's
        key, mods = event.key(), event.modifiers()
        current = self.current_touchpoint()
        if not self.jmap.touchpoints:
            return super().keyPressEvent(event)
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)
        if step is not None and mods & Qt.KeyboardModifier.ControlModifier and current:
            self._nudge_order(current, step)
        elif step is not None:
            self._walk(step)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and current:
            self._nudge_rating(current, 1 if key == Qt.Key.Key_Up else -1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current:
            self.edit_title(current)
        else:
            return super().keyPressEvent(event)
        event.accept()

    def select_range(self, touchpoint_id: str) -> None:
        """Select every touchpoint between the current one and ``touchpoint_id``."""
        ids = [t.id for t in self.jmap.touchpoints]
        current = self.current_touchpoint() or next(
            (t for t in ids if self.cards[t].isSelected()), touchpoint_id)
        low, high = sorted((ids.index(current), ids.index(touchpoint_id)))
        for index, card_id in enumerate(ids):
            self.cards[card_id].setSelected(low <= index <= high)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab walk the touchpoints in journey order."""
        return self._walk(1 if next else -1)

    def _walk(self, step: int) -> bool:
        """Select the next (or previous) touchpoint, wrapping at the ends."""
        ids = [t.id for t in self.jmap.touchpoints]
        if not ids:
            return False
        current = self.current_touchpoint()
        index = ids.index(current) + step if current else (0 if step > 0 else len(ids) - 1)
        self.select_touchpoint(ids[index % len(ids)])
        return True

    def edit_title(self, touchpoint_id: str) -> None:
        """Lay a line edit over the card's title; Enter commits, Escape cancels."""
        card = self.cards[touchpoint_id]
        rect = QRectF(card.scenePos().x() - card.width / 2 + 8, card.scenePos().y() + 6, card.width - 16, 28)

        def commit(text: str) -> None:
            if text != card.touchpoint.title:
                self._push(UpdateItemCommand(self.document.project, touchpoint_id, label=self.tr("Rename touchpoint"),
                                             title=text))

        editor = TitleEditor(card.touchpoint.title, rect, commit)
        self.addItem(editor)
        editor.setFocus()
        editor.field.setFocus()

    def card_actions(self, touchpoint_id: str) -> list[QAction]:
        """What a card's context menu offers: rename, delete, and rate or clear per persona."""
        jmap, project = self.jmap, self.document.project
        actions = []

        def action(text: str, slot) -> None:
            item = QAction(text, self)
            item.triggered.connect(slot)
            actions.append(item)

        action(self.tr("Rename"), lambda: self.edit_title(touchpoint_id))
        action(self.tr("Delete"), lambda: self._push(RemoveItemCommand(project, touchpoint_id)))
        for persona_id in jmap.persona_ids:
            name = project.find(persona_id).name
            if jmap.rating(touchpoint_id, persona_id):
                action(self.tr("Clear rating of %1").replace("%1", name), lambda _checked=False, p=persona_id: self._push(
                    SetValueCommand(project, RATING, jmap.id, touchpoint_id, p, None)))
            else:
                action(self.tr("Rate for %1").replace("%1", name), lambda _checked=False, p=persona_id: self._rate_here(
                    touchpoint_id, p))
        return actions

    def _rate_here(self, touchpoint_id: str, persona_id: str) -> None:
        """A first rating in the middle of the scale; Up and Down then go on rating this persona."""
        jmap = self.jmap
        self.active_persona = persona_id
        self._push(SetValueCommand(self.document.project, RATING, jmap.id, touchpoint_id, persona_id,
                                   jmap.scale.snap(jmap.scale.neutral)))

    def background_actions(self, pos: QPointF) -> list[QAction]:
        """What a right-click on an empty spot offers: add things right there."""
        touchpoint = QAction(self.tr("Add Touchpoint Here"), self)
        touchpoint.triggered.connect(lambda: self.create_touchpoint(pos.x()))
        note = QAction(self.tr("Add Sticky Note Here"), self)
        note.triggered.connect(lambda: self.add_note(pos))
        return [touchpoint, note]

    def contextMenuEvent(self, event) -> None:
        """Items answer for themselves; an empty spot offers ``background_actions``
        and the view's own (``context_actions``: paste, select all, zoom)."""
        super().contextMenuEvent(event)
        if event.isAccepted():
            return
        menu = QMenu()
        actions = self.background_actions(event.scenePos())
        menu.addActions(actions)
        view = event.widget().parent() if event.widget() is not None else None
        extra = getattr(view, "context_actions", [])
        if extra:
            menu.addSeparator()
            menu.addActions(extra)
        menu.exec(event.screenPos())
        for action in actions:  # made for this menu only
            action.deleteLater()

    def select_all(self) -> None:
        """Every touchpoint of the map."""
        for card in self.cards.values():
            card.setSelected(True)

    def add_note(self, pos: QPointF) -> None:
        """A sticky note centred on scene ``pos``, one undo step."""
        note = Note(text=self.tr("Note"), x=pos.x() - 80, y=pos.y() - 50)
        self._push(AddItemCommand(self.document.project, note, map_id=self.map_id))

    def add_note_in_free_space(self, x: float) -> None:
        """A sticky note under the lanes, near scene ``x``, beside the notes already there:
        it covers nothing of the map."""
        top = self.layout.height + 12
        left = max(self.layout.metrics.margin, x - 80)
        taken = [(n.x, n.y, n.x + n.width, n.y + n.height) for n in self.jmap.notes]
        while any(a < left + 160 and left < c and b < top + 100 and top < d for a, b, c, d in taken):
            left += 172
        self._push(AddItemCommand(self.document.project, Note(text=self.tr("Note"), x=left, y=top),
                                  map_id=self.map_id))

    def _nudge_order(self, touchpoint_id: str, step: int) -> None:
        index = [t.id for t in self.jmap.touchpoints].index(touchpoint_id) + step
        if 0 <= index < len(self.jmap.touchpoints):
            self._push(MoveItemCommand(self.document.project, touchpoint_id, index))
            self.select_touchpoint(touchpoint_id)

    def nudged_persona(self) -> str | None:
        """Whom Up and Down rate: the persona whose line was touched last, else the map's first."""
        ids = self.jmap.persona_ids
        return self.active_persona if self.active_persona in ids else (ids[0] if ids else None)

    def _nudge_rating(self, touchpoint_id: str, direction: int) -> None:
        jmap = self.jmap
        persona_id = self.nudged_persona()
        if persona_id is None:
            self.document.refused.emit(self.tr("This map shows no persona to rate."))
            return
        rating = jmap.rating(touchpoint_id, persona_id)
        value = jmap.scale.snap(jmap.scale.neutral if rating is None else rating.value + direction * jmap.scale.step)
        if self._push(SetValueCommand(self.document.project, RATING, jmap.id, touchpoint_id, persona_id, value,
                                      merge=True)):
            self.told.emit(self.tr("%1 rated %2 here. Up and Down rate this persona; View > Satisfaction Lines "
                                   "chooses another.").replace("%1", self.document.project.find(persona_id).name)
                           .replace("%2", short_number(value)))

    def _push(self, command) -> bool:
        return self.document.try_push(command)

    # -- creating from the palette ---------------------------------------------------

    def _palette_entry(self, event) -> str | None:
        """The channel id (``""`` for none) a palette drag carries, or ``None``."""
        data = event.mimeData()
        return bytes(data.data(PALETTE_MIME)).decode() if data.hasFormat(PALETTE_MIME) else None

    def dragEnterEvent(self, event) -> None:
        if self._palette_entry(event) is not None and self.jmap.stages:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._palette_entry(event) is not None and self.jmap.stages:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event) -> None:
        channel_id = self._palette_entry(event)
        if channel_id is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.create_touchpoint(event.scenePos().x(), channel_id or None)

    def create_touchpoint(self, x: float, channel_id: str | None = None) -> Touchpoint | None:
        """A new touchpoint at scene ``x``: in time where dropped, in the stage under it."""
        jmap = self.jmap
        if not jmap.stages:
            self.document.refused.emit(self.tr("Add a stage to this map first."))
            return None
        index, stage_id = drop_target(self.layout, jmap, x)
        if channel_id is not None and self.document.project.lookup(channel_id) is None:
            channel_id = None  # dragged from another project's palette: no such channel here
        touchpoint = Touchpoint(title=self.tr("New touchpoint"), stage_id=stage_id, channel_id=channel_id)
        if not self._push(AddItemCommand(self.document.project, touchpoint, map_id=jmap.id, index=index)):
            return None
        self.select_touchpoint(touchpoint.id)
        return touchpoint

    def commit_rating(self, touchpoint_id: str, persona_id: str, value: float) -> None:
        """A finished handle drag: one undo step (or a plain refusal, the line back as it was)."""
        self.active_persona = persona_id
        if not self._push(SetValueCommand(self.document.project, RATING, self.map_id, touchpoint_id, persona_id,
                                          value)):
            self._update_line(self.lines[persona_id])
