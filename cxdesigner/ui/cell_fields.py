"""The Inspector's rows for the map's own lanes: the selected touchpoint's cell in each.

A text (or blueprint) lane gets a text box, a metric lane a number field with its
unit, a picture lane a button that chooses (or takes a dropped) picture and one that
clears it, an emotion lane a face per persona ("from the rating" until one is
chosen). Each entered value is one undo step; emptying a cell removes it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF, QSize, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from cxdesigner.canvas.faces import FACES, paint_face
from cxdesigner.canvas.lanes import TEXT_KINDS
from cxdesigner.canvas.pictures import decoded, picture_from_file, stored
from cxdesigner.editor.commands import AddItemCommand, RemoveItemCommand, UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.inputs import InputError
from cxdesigner.model import CustomLane, Emotion, JourneyMap, LaneCell, LaneKind, Touchpoint
from cxdesigner.model.bounds import MAX_SCALE_VALUE
from cxdesigner.ui.text_box import TextBox, line_field, show_text

EMOTION_NAMES = {Emotion.ANGRY: QT_TRANSLATE_NOOP("CellFields", "Angry"), Emotion.UNHAPPY: QT_TRANSLATE_NOOP("CellFields", "Unhappy"), Emotion.NEUTRAL: QT_TRANSLATE_NOOP("CellFields", "Neutral"),
                 Emotion.CONTENT: QT_TRANSLATE_NOOP("CellFields", "Content"), Emotion.DELIGHTED: QT_TRANSLATE_NOOP("CellFields", "Delighted")}
THUMBNAIL = 48


def face_icon(emotion: Emotion, ring: str) -> QIcon:
    pixmap = QPixmap(24, 24)
    pixmap.fill(0)
    painter = QPainter(pixmap)
    paint_face(painter, QRectF(2, 2, 20, 20), emotion, ring, True)
    painter.end()
    return QIcon(pixmap)


def parse_number(text: str, unit: str = "") -> float | None:
    """The number typed (``"12,5 min"`` reads as 12.5); ``None`` for an empty field.

    Raises ``ValueError`` with one plain sentence for anything else, or a number
    beyond what a map can draw."""
    text = text.strip().removesuffix(unit).strip() if unit else text.strip()
    if not text:
        return None
    if len(text) > 40:
        raise ValueError("That is not a number.")
    try:
        number = float(text.replace(",", ".") if text.count(",") == 1 and "." not in text else text)
    except ValueError:
        raise ValueError(f"{text!r} is not a number.") from None
    if not math.isfinite(number) or abs(number) > MAX_SCALE_VALUE:
        raise ValueError(f"A lane's number must lie between -{MAX_SCALE_VALUE:,.0f} and {MAX_SCALE_VALUE:,.0f}.")
    return number


def show_number(number: float | None) -> str:
    return "" if number is None else f"{number:g}"


class PictureButton(QPushButton):
    """A storyboard picture's thumbnail: click to choose a file, or drop one on it."""

    dropped = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setIconSize(QSize(THUMBNAIL * 4 // 3, THUMBNAIL))

    def show_picture(self, data: bytes | None) -> None:
        image = decoded(data)
        self.setIcon(QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon())
        self.setText(self.tr("Change…") if data else self.tr("Choose…"))

    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.dropped.emit(files[0])


class CellFields(QWidget):
    """One row per lane of the map's own that the map shows, for one touchpoint."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.document: Document | None = None
        self.touchpoint: Touchpoint | None = None
        self.fields: dict[tuple[str, str | None], QWidget] = {}
        #: Every field, Clear buttons too, top to bottom: the order Tab goes through them.
        self.chain: list[QWidget] = []
        self._built_for: tuple | None = None
        self._loading = False

    def show_touchpoint(self, document: Document, jmap: JourneyMap, touchpoint: Touchpoint) -> None:
        """Fill the rows; rebuilt only when the lanes (or, for faces, the personas) change, so
        a field being typed in keeps its focus while its own edit comes back as an event."""
        self.document, self.touchpoint = document, touchpoint
        lanes = [jmap.custom_lane(key) for key in jmap.lanes if jmap.custom_lane(key) is not None]
        personas = [document.project.find(p) for p in jmap.persona_ids]
        shape = (tuple((lane.id, lane.title, lane.kind, lane.unit) for lane in lanes),
                 tuple((p.id, p.name, p.color) for p in personas))
        if shape != self._built_for:
            self._build(lanes, personas)
            self._built_for = shape
        self.setVisible(bool(lanes))
        self._loading = True
        try:
            for (lane_id, persona_id), field in self.fields.items():
                cell = jmap.cell(lane_id, touchpoint.id, persona_id)
                if isinstance(field, TextBox):
                    show_text(field, cell.text if cell else "")
                elif isinstance(field, QLineEdit):
                    show_text(field, show_number(cell.number if cell else None))
                elif isinstance(field, PictureButton):
                    field.show_picture(cell.image if cell else None)
                elif isinstance(field, QComboBox):
                    emotion = cell.emotion if cell else None
                    field.setCurrentIndex(0 if emotion is None else 1 + FACES.index(emotion))
        finally:
            self._loading = False

    def _build(self, lanes: list[CustomLane], personas) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields, self.chain = {}, []
        for lane in lanes:
            if lane.kind in TEXT_KINDS:
                box = TextBox()
                box.committed.connect(lambda text, lane=lane: self._set(lane, None, text=text))
                self._row(lane, None, lane.title, box)
            elif lane.kind is LaneKind.METRIC:
                field = line_field(lambda text, lane=lane: self._set_number(lane, text),
                                   self.tr("no value"))
                field.setToolTip(self.tr("A number (in %1)").replace("%1", lane.unit) if lane.unit
                                 else self.tr("A number"))
                row = QHBoxLayout()
                row.addWidget(field, 1)
                if lane.unit:
                    row.addWidget(QLabel(lane.unit))
                self._row(lane, None, lane.title, field, row)
            elif lane.kind is LaneKind.IMAGE:
                self._picture_row(lane)
            elif lane.kind is LaneKind.EMOTION:
                for persona in personas:
                    faces = QComboBox()
                    faces.addItem(self.tr("From the rating"), None)
                    for emotion in FACES:
                        faces.addItem(face_icon(emotion, persona.color), self.tr(EMOTION_NAMES[emotion]), emotion)
                    faces.setToolTip(self.tr("The face shown; until one is chosen it follows the rating"))
                    faces.activated.connect(lambda _i, lane=lane, faces=faces, p=persona.id:
                                            self._set(lane, p, emotion=_emotion(faces.currentData())))
                    self._row(lane, persona.id, self.tr("%1 of %2").replace("%1", lane.title)
                              .replace("%2", persona.name), faces)

    def _row(self, lane: CustomLane, persona_id: str | None, name: str, field: QWidget, layout=None) -> None:
        field.setAccessibleName(name)
        self.fields[(lane.id, persona_id)] = field
        self.chain.append(field)
        label = QLabel(name)
        label.setWordWrap(True)
        self.form.addRow(label, layout if layout is not None else field)

    def _picture_row(self, lane: CustomLane) -> None:
        button = PictureButton()
        button.clicked.connect(lambda: self._choose_picture(lane))
        button.dropped.connect(lambda path: self._set_picture(lane, path))
        button.setToolTip(self.tr("Choose a picture, or drop one here"))
        clear = QPushButton(self.tr("Clear"))
        clear.setAccessibleName(self.tr("Clear %1").replace("%1", lane.title))
        clear.clicked.connect(lambda: self._set(lane, None, image=None))
        row = QHBoxLayout()
        row.addWidget(button, 1)
        row.addWidget(clear)
        self._row(lane, None, lane.title, button, row)
        self.chain.append(clear)

    # -- editing ------------------------------------------------------------------------

    def _map(self) -> JourneyMap:
        return self.document.project.map_of(self.touchpoint.id)

    def _choose_picture(self, lane: CustomLane) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a picture"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"))
        if path:
            self._set_picture(lane, path)

    def _set_picture(self, lane: CustomLane, path: str) -> None:
        try:
            image = picture_from_file(path)
        except InputError as error:
            self.document.refused.emit(str(error))
            return
        self._set(lane, None, image=stored(image))

    def _set_number(self, lane: CustomLane, text: str) -> None:
        try:
            number = parse_number(text, lane.unit)
        except ValueError as error:
            self.document.refused.emit(str(error))
            self._reload()
            return
        self._set(lane, None, number=number)

    def _set(self, lane: CustomLane, persona_id: str | None, **value) -> None:
        """Put ``value`` in the touchpoint's cell of ``lane``: add the cell, change it, or
        remove it when nothing is left in it."""
        if self._loading or self.touchpoint is None or self.document is None:
            return
        project, jmap = self.document.project, self._map()
        cell = jmap.cell(lane.id, self.touchpoint.id, persona_id)
        label = self.tr("Edit %1").replace("%1", lane.title)
        empty = all(v in (None, "") for v in value.values())
        if cell is None:
            if empty:
                return
            command = AddItemCommand(project, LaneCell(lane_id=lane.id, touchpoint_id=self.touchpoint.id,
                                                       persona_id=persona_id, **value), map_id=jmap.id, label=label)
        elif empty and not _holds_more_than(cell, value):
            command = RemoveItemCommand(project, cell.id, label)
        else:
            changes = {name: v for name, v in value.items() if getattr(cell, name) != v}
            if not changes:
                return
            command = UpdateItemCommand(project, cell.id, label, **changes)
        if not self.document.try_push(command):
            self._reload()

    def _reload(self) -> None:
        if self.touchpoint is not None and self.document.project.lookup(self.touchpoint.id):
            self.show_touchpoint(self.document, self._map(), self.touchpoint)


def _emotion(data) -> Emotion | None:
    return None if data is None else Emotion(data)  # Qt hands an enum member back as its text


def _holds_more_than(cell: LaneCell, value: dict) -> bool:
    """Whether ``cell`` keeps something besides the fields about to be emptied."""
    kept = {"text": "", "image": None, "number": None, "emotion": None}
    return any(getattr(cell, name) != empty for name, empty in kept.items() if name not in value)
