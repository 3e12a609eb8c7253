"""The bar that tells of copies lying beside the open file: a sync tool's conflicted copies, a reader's comments.

It does not block: the person goes on working and answers when they like. For a
conflicted copy it offers Merge It In, Compare and Ignore; for a comments file, Merge
Them In and Ignore. One copy at a time; the next is offered once the first is settled.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton


@dataclass(frozen=True)
class Offer:
    """A copy beside the file: its path, the sentence that tells of it, and whether it can be compared."""

    path: Path
    sentence: str
    comparable: bool


class CopiesBar(QFrame):
    """``merge``, ``compare`` and ``ignore`` are called with the offer answered."""

    def __init__(self, merge: Callable[[Offer], None], compare: Callable[[Offer], None], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("copies-bar")
        self.setStyleSheet("#copies-bar { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }")
        self.setAccessibleName(self.tr("Copies beside this file"))
        self.offers: list[Offer] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.merge_button = QPushButton()
        self.compare_button = QPushButton(self.tr("Compare"))
        self.ignore_button = QPushButton(self.tr("Ignore"))
        for button in (self.merge_button, self.compare_button, self.ignore_button):
            layout.addWidget(button)
        self.merge_button.clicked.connect(lambda: self.offers and merge(self.offers[0]))
        self.compare_button.clicked.connect(lambda: self.offers and compare(self.offers[0]))
        self.ignore_button.clicked.connect(self.settled)
        self.hide()

    def offer(self, offers: list[Offer]) -> None:
        """Tell of these copies (none: the bar goes)."""
        self.offers = list(offers)
        self._show_first()

    def settled(self) -> None:
        """The first copy is dealt with: tell of the next."""
        self.offers = self.offers[1:]
        self._show_first()

    def _show_first(self) -> None:
        if not self.offers:
            self.hide()
            return
        first = self.offers[0]
        self.label.setText(first.sentence)
        self.merge_button.setText(self.tr("Merge It In") if first.comparable else self.tr("Merge Them In"))
        self.compare_button.setVisible(first.comparable)
        self.show()
