"""How a panel follows the open document: one connection, and only the events it shows.

A panel mixes in ``Following``, names what it shows in ``SHOWS`` (item kinds such as
``Persona``, and ``ValueChanged`` for ratings and targets) and, when it is about
one map, sets ``MAP_BOUND``. ``follow(document, map_id)`` connects it; ``refresh(event)``
is then called only for events it shows (and once, with ``None``, on ``follow`` and
after a batch of changes it shows: a selection deleted redraws the panel once). So a
rating dragged on the map redraws the panels that show ratings and no others.
"""

from __future__ import annotations

from cxdesigner.editor.document import Document
from cxdesigner.model import Entity, JourneyMap, ValueChanged


class Following:
    #: The item kinds (and ``ValueChanged``, for ratings and targets) whose changes this panel shows.
    SHOWS: tuple[type, ...] = ()
    #: True when the panel shows one map: events of other maps pass it by.
    MAP_BOUND = False

    document: Document | None = None
    map_id: str | None = None

    def follow(self, document: Document, map_id: str | None = None) -> None:
        """Show ``document`` (and its map ``map_id``) from now on."""
        if self.document is not document:
            if self.document is not None:
                self.document.changed.disconnect(self._heard)
                self.document.settled.disconnect(self._settled)
            document.changed.connect(self._heard)
            document.settled.connect(self._settled)
        self.document, self.map_id = document, map_id
        self.refresh(None)

    def refresh(self, event) -> None:
        """Bring the panel in line with the model (``event`` is what changed, ``None``: everything)."""
        raise NotImplementedError

    def shows(self, event) -> bool:
        if isinstance(event, ValueChanged):
            return type(event) in self.SHOWS and (not self.MAP_BOUND or event.map_id == self.map_id)
        if not isinstance(event.item, tuple(k for k in self.SHOWS if issubclass(k, Entity))):
            return False
        return not self.MAP_BOUND or self._map_of(event) in (None, self.map_id)

    def _map_of(self, event) -> str | None:
        """The map an item event happened in (``None`` for project-wide items)."""
        if isinstance(event.item, JourneyMap):
            return event.item.id
        owner = getattr(event, "owner_id", "")
        if owner != "":
            return owner
        entry = self.document.project.lookup(event.item.id)
        return entry[1].id if entry is not None and entry[1] is not None else None

    _behind = False  # something it shows changed in a batch still under way

    def _heard(self, event) -> None:
        if self.shows(event):
            if self.document.project.batching:  # many changes as one step: shown once, when it is over
                self._behind = True
            else:
                self.refresh(event)

    def _settled(self) -> None:
        if self._behind:
            self._behind = False
            self.refresh(None)
