"""The Personas panel: the project's personas, every field, and which the current map shows.

Each edit is one undo step. Deleting a persona says first how many ratings and
goals go with it. Photos are stored scaled down (at most 256 pixels a side, PNG).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from dataclasses import replace

from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QFormLayout, QLineEdit, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from cxdesigner.editor.commands import (AddItemCommand, AttachPersonaCommand, DetachPersonaCommand, MacroCommand,
                                        RemoveItemCommand)
from cxdesigner.model import JourneyMap, Persona, new_id
from cxdesigner.canvas.pictures import decoded, picture_from_file, stored
from cxdesigner.inputs import InputError
from cxdesigner.ui.colors import PERSONA_COLORS as PALETTE, next_color
from cxdesigner.ui.following import Following
from cxdesigner.ui.library_actions import library_row
from cxdesigner.ui.colors import swatch
from cxdesigner.ui.panel_edits import PanelEdits
from cxdesigner.ui.text_box import TextBox, line_field, show_text

PHOTO_SIDE = 256


class PersonasPanel(Following, PanelEdits, QWidget):
    """A list of personas above the selected one's fields."""

    SHOWS = (Persona, JourneyMap)
    MAP_BOUND = True  # "Shown on this map" follows the current map
    TEXTS = (("occupation", QT_TRANSLATE_NOOP("PersonasPanel", "Occupation")), ("demographics", QT_TRANSLATE_NOOP("PersonasPanel", "Demographics")), ("psychographics", QT_TRANSLATE_NOOP("PersonasPanel", "Psychographics")),
             ("motivations", QT_TRANSLATE_NOOP("PersonasPanel", "Motivations")), ("frustrations", QT_TRANSLATE_NOOP("PersonasPanel", "Frustrations")), ("quote", QT_TRANSLATE_NOOP("PersonasPanel", "Quote")),
             ("biography", QT_TRANSLATE_NOOP("PersonasPanel", "Biography")))

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._loading = False
        layout = QVBoxLayout(self)
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Personas"))
        self.list.currentRowChanged.connect(lambda _: self._load())
        layout.addWidget(self.list, 1)
        layout.addLayout(self._button_bar((
            (QT_TRANSLATE_NOOP("PanelEdits", "Add"), self.add, QT_TRANSLATE_NOOP("PanelEdits", "Add a persona")), (QT_TRANSLATE_NOOP("PanelEdits", "Duplicate"), self.duplicate, QT_TRANSLATE_NOOP("PanelEdits", "Copy this persona")),
            (QT_TRANSLATE_NOOP("PanelEdits", "Delete…"), self.delete, QT_TRANSLATE_NOOP("PanelEdits", "Delete this persona with its ratings and goals")))))
        layout.addLayout(library_row(self, Persona))
        self.fields = QWidget()
        form = QFormLayout(self.fields)
        self.shown = QCheckBox(self.tr("Shown on this map"))
        self.shown.setToolTip(self.tr("Draw this persona's satisfaction line on the current map"))
        self.shown.clicked.connect(self._toggle_shown)
        form.addRow(self.shown)
        self._name_and_color_rows(form)
        self.photo = QPushButton(self.tr("Choose…"))
        self.photo.setAccessibleName(self.tr("Photo"))
        self.photo.setToolTip(self.tr("Choose an image, or drop one on this panel"))
        self.photo.clicked.connect(self._choose_photo)
        form.addRow(self.tr("Photo"), self.photo)
        self.age = QSpinBox()
        self.age.setRange(-1, 150)
        self.age.setSpecialValueText(self.tr("not set"))
        self.age.setKeyboardTracking(False)
        self.age.valueChanged.connect(lambda v: self._update(age=None if v < 0 else v))
        form.addRow(self.tr("Age"), self.age)
        self.texts: dict[str, QLineEdit | TextBox] = {}
        for name, label in self.TEXTS:
            if name == "occupation":
                box = line_field(lambda text: self._update(occupation=text))
            else:
                box = TextBox()
                box.committed.connect(lambda text, name=name: self._update(**{name: text}))
            self.texts[name] = box
            form.addRow(self.tr(label), box)
        layout.addWidget(self.fields, 3)

    # -- following the document -----------------------------------------------------

    def current(self) -> Persona | None:
        row = self.list.currentRow()
        personas = self.document.project.personas if self.document else []
        return personas[row] if 0 <= row < len(personas) else None

    def refresh(self, event) -> None:
        self._fill_list([QListWidgetItem(swatch(p.color), p.name) for p in self.document.project.personas])

    def _load(self) -> None:
        persona = self.current()
        self.fields.setEnabled(persona is not None)
        if persona is None:
            return
        self._loading = True
        try:
            jmap = self.document.project.lookup(self.map_id) if self.map_id else None
            self.shown.setEnabled(jmap is not None)
            self.shown.setChecked(jmap is not None and persona.id in jmap[0].persona_ids)
            self._show_name_and_color(persona)
            if persona.photo:
                self.photo.setIcon(QPixmap.fromImage(decoded(persona.photo)))
                self.photo.setText(self.tr("Change…"))
            else:
                self.photo.setIcon(QPixmap())
                self.photo.setText(self.tr("Choose…"))
            self.age.setValue(-1 if persona.age is None else persona.age)
            for name, box in self.texts.items():
                show_text(box, getattr(persona, name))
        finally:
            self._loading = False

    # -- editing -------------------------------------------------------------------------

    def add(self) -> None:
        """A new persona, shown on the current map at once (with its line and rating fields)."""
        project = self.document.project
        color = next_color(PALETTE, [p.color for p in project.personas])
        persona = Persona(name=self.tr("New persona"), color=color)
        commands = [AddItemCommand(project, persona)]
        if self.map_id is not None:
            commands.append(AttachPersonaCommand(project, self.map_id, persona.id))
        if self._push(MacroCommand(project, self.tr("Add persona"), commands)):
            self.list.setCurrentRow(len(project.personas) - 1)

    def duplicate(self) -> None:
        persona = self.current()
        if persona is None:
            return
        twin = replace(persona, id=new_id(), name=self.tr("%1 (copy)").replace("%1", persona.name))
        index = self.document.project.personas.index(persona) + 1
        if self._push(AddItemCommand(self.document.project, twin, index=index, label=self.tr("Duplicate persona"))):
            self.list.setCurrentRow(index)

    def delete(self) -> None:
        persona = self.current()
        if persona is None:
            return
        project = self.document.project
        ratings = sum(1 for m in project.maps for key in m.ratings if key[1] == persona.id)
        goals = sum(1 for m in project.maps for g in m.goals if g.persona_id == persona.id)
        answer = QMessageBox.question(
            self, self.tr("Delete persona"),
            self.tr("Delete “%1”? %2 and %3 go with them. You can undo this.").replace("%1", persona.name)
            .replace("%2", self.tr("Their %n rating(s)", "", ratings)).replace("%3", self.tr("%n goal(s)", "", goals)))
        if answer == QMessageBox.StandardButton.Yes:
            self._push(RemoveItemCommand(project, persona.id))

    def _toggle_shown(self, checked: bool) -> None:
        persona = self.current()
        if persona is None or self.map_id is None:
            return
        command = AttachPersonaCommand if checked else DetachPersonaCommand
        self._push(command(self.document.project, self.map_id, persona.id))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp *.gif)"))
        if path:
            self.set_photo_file(path)

    # An image file dropped anywhere on the panel becomes the current persona's photo.
    def dragEnterEvent(self, event) -> None:
        if self.current() is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.set_photo_file(files[0])

    def set_photo_file(self, path: str) -> None:
        try:
            self.set_photo(picture_from_file(path))
        except InputError as error:
            self.document.refused.emit(str(error))

    def set_photo(self, image: QImage) -> None:
        """Store ``image`` (scaled down) as the current persona's photo."""
        if image.isNull():
            self.document.refused.emit(self.tr("That file is not an image CX Designer can read."))
            return
        self._update(photo=stored(image, PHOTO_SIDE))

