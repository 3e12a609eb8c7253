"""The map for assistive technology: the view's drawing surface exposes the map's stages,
touchpoint cards, lane cells and notes as accessible children, each named with what a
sighted user reads on it; the keyboard walk moves the accessible focus among them.

A scene item is no QObject Qt's accessibility knows, so each child is a Python
``QAccessibleInterface`` that finds its item again by a stable key (``("touchpoint", id)``...)
on every question: items the scene rebuilds after an edit keep their accessible object.
"""

from __future__ import annotations

import re
import weakref

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsItem, QWidget

from cxdesigner.canvas.cells import Cell, PictureCell
from cxdesigner.canvas.chips import Chip, GoalBar
from cxdesigner.canvas.items import StageBand, TouchpointCard
from cxdesigner.canvas.lanes import lane_title
from cxdesigner.canvas.sticky_note import StickyNote
from cxdesigner.canvas.style import palette_color, short_number
from cxdesigner.model import Evidence

Key = tuple[str, ...]
CELLS = (Cell, Chip, GoalBar)  # what sits in a lane: texts, pictures, faces, figures, goals and chips
_installed = False


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2... replaced in one pass (a title holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]) if int(m.group(1)) <= len(values)
                  else m.group(0), template)


class MapCounts(QObject):
    """Counted words of the map's descriptions, with Qt's plural forms."""

    def answers(self, n: int) -> str:
        return self.tr("%n answers", "", n)

    def pain_points(self, n: int) -> str:
        return self.tr("%n pain points", "", n)

    def touchpoints(self, n: int) -> str:
        return self.tr("%n touchpoints", "", n)


COUNTS = MapCounts()


class MapViewport(QWidget):
    """The journey view's drawing surface; its accessible object lists the map's items."""


def install() -> None:
    """Have Qt ask us for the accessible object of every map viewport (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(lambda _key, obj: MapAccessible(obj) if isinstance(obj, MapViewport) else None)
        _installed = True


# -- what a sighted user reads --------------------------------------------------------------

def evidence_word(evidence: Evidence) -> str:
    """How a rating is known, as the map's key says it."""
    return {Evidence.SURVEY: QCoreApplication.translate("MapAccessible", "measured"),
            Evidence.INTERVIEW: QCoreApplication.translate("MapAccessible", "from interviews"),
            Evidence.ANALYTICS: QCoreApplication.translate("MapAccessible", "from analytics"),
            }.get(evidence, QCoreApplication.translate("MapAccessible", "assumed"))


def touchpoint_text(scene, touchpoint_id: str) -> tuple[str, str]:
    """'Touchpoint 3 of 9, Arrives at the reception, stage Stay' and its ratings and pain points."""
    jmap, project = scene.jmap, scene.project
    index = getattr(scene, "_accessible_positions", {}).get(touchpoint_id, -1)
    if not (0 <= index < len(jmap.touchpoints) and jmap.touchpoints[index].id == touchpoint_id):
        index = next(i for i, t in enumerate(jmap.touchpoints) if t.id == touchpoint_id)
    touchpoint = jmap.touchpoints[index]
    stage = next((s.name for s in jmap.stages if s.id == touchpoint.stage_id), "")
    name = fill(QCoreApplication.translate("MapAccessible", "Touchpoint %1 of %2, %3, stage %4"),
                index + 1, len(jmap.touchpoints), touchpoint.title, stage)
    parts = []
    for persona_id in jmap.persona_ids:
        rating, persona = jmap.rating(touchpoint_id, persona_id), project.find(persona_id)
        if rating is None or persona is None:
            continue
        said = fill(QCoreApplication.translate("MapAccessible", "%1 %2 of %3, %4"), persona.name,
                    short_number(rating.value), short_number(jmap.scale.high), evidence_word(rating.evidence))
        if rating.n:
            said += ", " + COUNTS.answers(rating.n)
        parts.append(said)
    pains = sum(touchpoint_id in p.touchpoint_ids for p in jmap.pain_points)
    if pains:
        parts.append(COUNTS.pain_points(pains))
    card = scene.cards.get(touchpoint_id)
    facts = [f for f in (getattr(card, "channel_name", ""), getattr(card, "department_name", "")) if f]
    if facts:
        parts.append(", ".join(facts))
    return name, "; ".join(parts)


def stage_text(scene, band: StageBand) -> tuple[str, str]:
    stages = scene.jmap.stages
    index = next((i for i, s in enumerate(stages) if s.id == band.item_id), 0)
    count = sum(t.stage_id == band.item_id for t in scene.jmap.touchpoints)
    name = fill(QCoreApplication.translate("MapAccessible", "Stage %1 of %2, %3"), index + 1, len(stages), band.name)
    description = COUNTS.touchpoints(count)
    if stages and stages[index].description:
        description += "; " + stages[index].description
    return name, description


def cell_place(scene, cell: QGraphicsItem) -> tuple[str, str] | None:
    """The lane a cell lies in and the touchpoint whose column it is in."""
    layout, point = scene.layout, cell.sceneBoundingRect().center()
    lane = next((lane for lane in layout.lanes if layout.lane_top[lane] <= point.y()
                 < layout.lane_top[lane] + layout.lane_rect(lane)[3]), None)
    if lane is None or not layout.x_of:
        return None
    column = min(layout.x_of, key=lambda t: abs(layout.x_of[t] - point.x()))
    return str(getattr(lane, "value", lane)), column


def cell_text(scene, cell: QGraphicsItem) -> tuple[str, str]:
    lane_id, column = cell_place(scene, cell) or ("", "")
    lane = next((lane for lane in scene.layout.lanes if str(getattr(lane, "value", lane)) == lane_id), None)
    touchpoint = next((t.title for t in scene.jmap.touchpoints if t.id == column), "")
    title = lane_title(scene.jmap, lane) if lane is not None else ""
    name = fill(QCoreApplication.translate("MapAccessible", "%1, %2"), title, touchpoint)
    picture = QCoreApplication.translate("MapAccessible", "A picture")
    words = picture if isinstance(cell, PictureCell) else getattr(cell, "text", "") or cell.toolTip()
    return name, "; ".join(line for line in str(words).splitlines() if line.strip())


def note_text(note: StickyNote) -> tuple[str, str]:
    return QCoreApplication.translate("MapAccessible", "Note"), note.note.text


# -- the accessible objects -------------------------------------------------------------------

def item_key(scene, item: QGraphicsItem) -> Key | None:
    if isinstance(item, TouchpointCard):
        return "touchpoint", item.touchpoint_id
    if isinstance(item, StageBand):
        return "stage", item.item_id
    if isinstance(item, StickyNote):
        return "note", item.item_id
    if isinstance(item, CELLS):
        place = cell_place(scene, item)
        return ("cell", *place, str(getattr(item, "item_id", ""))) if place else None
    return None


def map_items(scene) -> list[tuple[Key, QGraphicsItem | None]]:
    """The map's items in reading order: stages, the cards in journey order (``None`` for the
    item: ``find_item`` builds it), the cells lane by lane, then the notes. Kept until the scene next changes: a screen reader asks for the
    children one by one, and each question must not look through the whole map again."""
    if scene is None or not hasattr(scene, "cards"):
        return []
    known = getattr(scene, "_accessible_items", None)
    if known is None:
        if not getattr(scene, "_accessible_follows", False):
            scene._accessible_follows = True
            own = weakref.ref(scene)
            scene.changed.connect(lambda _regions: own() is not None and setattr(own(), "_accessible_items", None))
        known = scene._accessible_items = _reading_order(scene)
        scene._accessible_index = {k: n for n, (k, _) in enumerate(known)}
        scene._accessible_lookup = dict(known)
        scene._accessible_positions = {t.id: n for n, t in enumerate(scene.jmap.touchpoints)}
    return known


def _reading_order(scene) -> list[tuple[Key, QGraphicsItem]]:
    stages = [(item_key(scene, b), b) for b in scene.stage_bands()]
    # Every touchpoint, built or not (its card is built when asked for); cells only where built.
    cards = [(("touchpoint", t.id), None) for t in scene.jmap.touchpoints]
    others = [i for i in scene.items() if isinstance(i, (*CELLS, StickyNote))]
    others.sort(key=lambda i: (isinstance(i, StickyNote), i.scenePos().y(), i.scenePos().x()))
    found = stages + cards + [(item_key(scene, i), i) for i in others]
    seen: set[Key] = set()
    return [(k, i) for k, i in found if k is not None and not (k in seen or seen.add(k))]


def find_item(scene, key: Key) -> QGraphicsItem | None:
    """The item ``key`` names: a card or a stage straight away (the keyboard walk asks often),
    a cell or a note by looking through the map."""
    if scene is None or not hasattr(scene, "cards"):
        return None
    if key[0] == "touchpoint":
        return scene.cards.get(key[1])
    if key[0] == "stage":
        return next((band for band in scene.stage_bands() if band.item_id == key[1]), None)
    map_items(scene)
    item = scene._accessible_lookup.get(key)
    if item is not None and item.scene() is not scene:  # rebuilt since: look again
        scene._accessible_items = None
        map_items(scene)
        item = scene._accessible_lookup.get(key)
    return item


class ItemAccessible(QAccessibleInterface):
    """One stage, card, cell or note of the map, as assistive technology sees it."""

    ROLES = {"touchpoint": QAccessible.Role.ListItem, "stage": QAccessible.Role.Grouping,
             "cell": QAccessible.Role.Cell, "note": QAccessible.Role.Note}

    def __init__(self, viewport: MapViewport, key: Key) -> None:
        super().__init__()
        self.viewport, self.key = viewport, key

    def _view(self):
        return self.viewport.parent() if shiboken6.isValid(self.viewport) else None

    def _scene(self):
        view = self._view()
        return view.scene() if view is not None else None

    def item(self) -> QGraphicsItem | None:
        return find_item(self._scene(), self.key)

    def isValid(self) -> bool:
        return self.item() is not None

    def object(self):
        return None

    def window(self):
        view = self._view()
        return view.window().windowHandle() if view is not None else None

    def rect(self) -> QRect:
        item, view = self.item(), self._view()
        if item is None or view is None:
            return QRect()
        box = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return QRect(self.viewport.mapToGlobal(box.topLeft()), box.size())

    def role(self):
        return self.ROLES[self.key[0]]

    def state(self):
        state, item, view = QAccessible.State(), self.item(), self._view()
        if item is None or view is None:
            state.invalid = True
            return state
        state.focusable = state.selectable = self.key[0] in ("touchpoint", "note")
        state.selected = item.isSelected()
        state.focused = self.key == focus_key(view.scene()) and view.hasFocus()
        return state

    def text(self, kind) -> str:
        item, scene = self.item(), self._scene()
        if item is None:
            return ""
        what = self.key[0]
        name, description = (touchpoint_text(scene, self.key[1]) if what == "touchpoint" else
                             stage_text(scene, item) if what == "stage" else
                             note_text(item) if what == "note" else cell_text(scene, item))
        return name if kind == QAccessible.Text.Name else description if kind == QAccessible.Text.Description else ""

    def setText(self, kind, text: str) -> None:
        pass

    def parent(self):
        return QAccessible.queryAccessibleInterface(self.viewport) if shiboken6.isValid(self.viewport) else None

    def child(self, index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child) -> int:
        return -1

    def childAt(self, x: int, y: int):
        return None


def focus_key(scene) -> Key | None:
    """The card the keyboard is on: the one selected touchpoint."""
    current = scene.current_touchpoint() if hasattr(scene, "current_touchpoint") else None
    return ("touchpoint", current) if current else None


class MapAccessible(QAccessibleWidget):
    """The map's drawing surface with the map's items as children."""

    _children: dict[int, dict[Key, ItemAccessible]] = {}  # viewport -> its children, kept for the session

    def __init__(self, viewport: MapViewport) -> None:
        super().__init__(viewport, QAccessible.Role.Client, "")
        self.viewport = viewport

    def interface_for(self, key: Key) -> ItemAccessible:
        known = self._children.setdefault(id(self.viewport), {})
        if key not in known:
            known[key] = ItemAccessible(self.viewport, key)
            QAccessible.registerAccessibleInterface(known[key])
        return known[key]

    def _items(self) -> list[tuple[Key, QGraphicsItem]]:
        view = self.viewport.parent()
        return map_items(view.scene() if view is not None else None)

    def text(self, kind) -> str:
        if kind == QAccessible.Text.Name:
            return QCoreApplication.translate("MapAccessible", "Journey map")
        if kind == QAccessible.Text.Description:
            return QCoreApplication.translate("MapAccessible", "Tab and the arrow keys walk the touchpoints; Enter renames the selected one.")
        return super().text(kind)

    def childCount(self) -> int:
        return len(self._items())

    def child(self, index: int):
        items = self._items()
        return self.interface_for(items[index][0]) if 0 <= index < len(items) else None

    def indexOfChild(self, child) -> int:
        view = self.viewport.parent()
        if not self._items():
            return -1
        return view.scene()._accessible_index.get(getattr(child, "key", None), -1)

    def focusChild(self):
        view = self.viewport.parent()
        key = focus_key(view.scene()) if view is not None else None
        return self.interface_for(key) if key is not None and view.hasFocus() else None

    def childAt(self, x: int, y: int):
        view = self.viewport.parent()
        if view is None or view.scene() is None:
            return None
        point = view.mapToScene(self.viewport.mapFromGlobal(QRect(x, y, 1, 1).topLeft()))
        scene = view.scene()
        for key, item in reversed(map_items(scene)):
            box = scene.card_rect(key[1]) if item is None else item.sceneBoundingRect()
            if box.contains(point):
                return self.interface_for(key)
        return None


def announce_focus(view) -> None:
    """Tell assistive technology the keyboard is on another card, and keep the view's own
    description on it for bridges that read only the focused widget."""
    if not shiboken6.isValid(view):
        return
    viewport, key = view.viewport(), focus_key(view.scene())
    viewport.update()  # the focus ring follows
    if key is None or not isinstance(viewport, MapViewport):
        return
    port = QAccessible.queryAccessibleInterface(viewport)
    if not isinstance(port, MapAccessible):
        return
    child = port.interface_for(key)
    name, description = child.text(QAccessible.Text.Name), child.text(QAccessible.Text.Description)
    view.setAccessibleDescription(f"{name}; {description}" if description else name)
    if view.hasFocus():
        QAccessible.updateAccessibility(QAccessibleEvent(child, QAccessible.Event.Focus))


def paint_focus_ring(painter: QPainter, view) -> None:
    """A ring around the card the keyboard is on, while the map has the keyboard."""
    key = focus_key(view.scene())
    if key is None or not view.hasFocus():
        return
    card = view.scene().cards.get(key[1])
    if card is None:
        return
    painter.save()
    pen = QPen(QColor(palette_color(QPalette.ColorRole.Highlight)), 2.5 / max(0.1, view.zoom))
    pen.setDashPattern([3, 2])
    painter.setPen(pen)
    painter.setBrush(QColor(0, 0, 0, 0))
    rect = QRectF(card.sceneBoundingRect()).adjusted(-5, -5, 5, 5)
    painter.drawRoundedRect(rect, 10, 10)
    painter.restore()
