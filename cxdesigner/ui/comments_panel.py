"""The Comments panel: the review threads of the map shown, and writing, answering and resolving them.

A new comment goes on what is selected on the map (a touchpoint, a stage, a pain point
or an action) or, with nothing selected, on the map itself. Each thread shows its first
comment with the replies under it; resolved threads are hidden unless asked for.
Clicking a thread shows what it is about on the map. Every change is one undo step.
"""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from cxdesigner.editor.commands import AddItemCommand, RemoveItemCommand, UpdateItemCommand
from cxdesigner.model import Action, Comment, JourneyMap, PainPoint, Stage, Touchpoint
from cxdesigner.storage.processes import user_name
from cxdesigner.ui.following import Following
from cxdesigner.canvas.style import local_time

COMMENTED = (Stage, Touchpoint, PainPoint, Action)


class CommentsPanel(Following, QWidget):
    SHOWS = (Comment, *COMMENTED, JourneyMap)
    MAP_BOUND = True
    #: A thread was clicked: the id of what it is about, to show on the map.
    revealed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.target_id: str | None = None
        layout = QVBoxLayout(self)
        self.show_resolved = QCheckBox(self.tr("Show resolved"))
        self.show_resolved.toggled.connect(lambda _on: self.refresh(None))
        layout.addWidget(self.show_resolved, 0, Qt.AlignmentFlag.AlignLeft)  # a click beside its words is none
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Comments"))
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.tree, 1)
        self.about = QLabel()
        self.about.setWordWrap(True)
        layout.addWidget(self.about)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Comment text"))
        self.text.setPlaceholderText(self.tr("Write a comment or a reply…"))
        self.text.setMaximumHeight(80)
        self.text.textChanged.connect(self._enable)
        layout.addWidget(self.text)
        buttons = QHBoxLayout()
        self.comment_button = self._button(buttons, self.tr("Comment"), self._comment)
        self.reply_button = self._button(buttons, self.tr("Reply"), self._reply)
        self.resolve_button = self._button(buttons, self.tr("Resolve"), self._resolve)
        self.delete_button = self._button(buttons, self.tr("Delete"), self._delete)
        layout.addLayout(buttons)
        self._enable()

    @staticmethod
    def _button(row: QHBoxLayout, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    # -- what is shown -------------------------------------------------------------------

    @property
    def jmap(self) -> JourneyMap | None:
        entry = self.document.project.lookup(self.map_id) if self.document and self.map_id else None
        return entry[0] if entry is not None and isinstance(entry[0], JourneyMap) else None

    def set_selection(self, item_id: str | None) -> None:
        """What new comments go on: the selected item, if it can be commented on, else the map."""
        entry = self.document.project.lookup(item_id) if self.document and item_id else None
        jmap = self.jmap
        self.target_id = item_id if entry is not None and isinstance(entry[0], COMMENTED) and jmap is not None \
            and entry[1] is jmap else None
        self._tell_target()

    def show_thread_of(self, target_id: str) -> None:
        """Bring the first thread about ``target_id`` forward (a badge was clicked)."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            comment = self._comment_of(item)
            if comment is not None and comment.target_id == target_id:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return

    def _title(self, target_id: str) -> str:
        entry = self.document.project.lookup(target_id)
        if entry is None:
            return self.tr("something removed")
        item = entry[0]
        if isinstance(item, JourneyMap):
            return self.tr("the map")
        kind = {Stage: self.tr("stage"), Touchpoint: self.tr("touchpoint"), PainPoint: self.tr("pain point"),
                Action: self.tr("action")}.get(type(item), "")
        text = " ".join(str(getattr(item, "title", None) or getattr(item, "name", None) or item.text).split())
        return f"{kind} “{text if len(text) <= 60 else text[:59] + '…'}”" if text else kind

    def _tell_target(self) -> None:
        if self.jmap is None:
            self.about.setText("")
            return
        self.about.setText(self.tr("New comments go on %1.").replace(
            "%1", self._title(self.target_id or self.map_id)))

    def refresh(self, event) -> None:
        current = self._comment_of(self.tree.currentItem())
        self.tree.clear()
        jmap = self.jmap
        if jmap is not None:
            if self.target_id is not None and self.document.project.lookup(self.target_id) is None:
                self.target_id = None
            replies: dict[str, list[Comment]] = {}
            for comment in jmap.comments:
                if comment.reply_to_id is not None:
                    replies.setdefault(comment.reply_to_id, []).append(comment)
            for comment in jmap.comments:
                if comment.reply_to_id is not None or (comment.resolved and not self.show_resolved.isChecked()):
                    continue
                thread = self._row(comment, f" · {self.tr('on %1').replace('%1', self._title(comment.target_id))}")
                self.tree.addTopLevelItem(thread)
                for reply in replies.get(comment.id, []):
                    thread.addChild(self._row(reply, ""))
                thread.setExpanded(True)
        self.tree.expandAll()
        if current is not None:
            self._select(current.id)
        self._tell_target()
        self._enable()

    def _row(self, comment: Comment, about: str) -> QTreeWidgetItem:
        when = local_time(comment.created_at) if comment.created_at else ""
        head = " · ".join(part for part in (comment.author, when) if part) + about
        state = f" · {self.tr('resolved')}" if comment.resolved else ""
        item = QTreeWidgetItem([f"{head}{state}\n{comment.text}"])
        item.setData(0, Qt.ItemDataRole.UserRole, comment.id)
        item.setToolTip(0, comment.text)
        return item

    def _select(self, comment_id: str) -> None:
        for item in self._all_rows():
            if item.data(0, Qt.ItemDataRole.UserRole) == comment_id:
                self.tree.setCurrentItem(item)
                return

    def _all_rows(self):
        for index in range(self.tree.topLevelItemCount()):
            thread = self.tree.topLevelItem(index)
            yield thread
            for child in range(thread.childCount()):
                yield thread.child(child)

    def _comment_of(self, item: QTreeWidgetItem | None) -> Comment | None:
        if item is None or self.document is None:
            return None
        entry = self.document.project.lookup(item.data(0, Qt.ItemDataRole.UserRole))
        return entry[0] if entry is not None and isinstance(entry[0], Comment) else None

    def _thread(self) -> Comment | None:
        """The first comment of the thread selected in the list."""
        comment = self._comment_of(self.tree.currentItem())
        if comment is not None and comment.reply_to_id is not None:
            return self.document.project.find(comment.reply_to_id)
        return comment

    def _enable(self) -> None:
        written = bool(self.text.toPlainText().strip()) and self.jmap is not None
        thread = self._thread() if self.document else None
        self.comment_button.setEnabled(written)
        self.reply_button.setEnabled(written and thread is not None)
        self.resolve_button.setEnabled(thread is not None)
        self.resolve_button.setText(self.tr("Reopen") if thread is not None and thread.resolved else self.tr("Resolve"))
        self.delete_button.setEnabled(self._comment_of(self.tree.currentItem()) is not None)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        comment = self._comment_of(item)
        if comment is not None:
            self.revealed.emit(comment.target_id)

    # -- changes ------------------------------------------------------------------------------

    def _new(self, **fields) -> Comment:
        author = self.document.author if self.document.author is not None else user_name()
        return Comment(text=self.text.toPlainText().strip(), author=author,
                       created_at=datetime.now(timezone.utc).replace(microsecond=0), **fields)

    def _comment(self) -> None:
        self._add(self._new(target_id=self.target_id or self.map_id), self.tr("Add comment"))

    def _reply(self) -> None:
        thread = self._thread()
        self._add(self._new(target_id=thread.target_id, reply_to_id=thread.id), self.tr("Reply to comment"))

    def _add(self, comment: Comment, label: str) -> None:
        if self.document.try_push(AddItemCommand(self.document.project, comment, map_id=self.map_id, label=label)):
            self.text.clear()
            self._select(comment.id)

    def _resolve(self) -> None:
        thread = self._thread()
        text = self.tr("Reopen comment") if thread.resolved else self.tr("Resolve comment")
        self.document.try_push(UpdateItemCommand(self.document.project, thread.id, text, resolved=not thread.resolved))

    def _delete(self) -> None:
        comment = self._comment_of(self.tree.currentItem())
        self.document.try_push(RemoveItemCommand(self.document.project, comment.id, self.tr("Delete comment")))
