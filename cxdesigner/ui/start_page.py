"""The start page: begin from a template (each with a preview), open a file, or a recent one.

Templates are offered in the editor's language when they are written in it; the others are
one choice away in the language list beside the heading.

The user's own templates follow the bundled ones; their context menu renames or deletes them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMenu, QPushButton,
                               QVBoxLayout, QWidget)

from cxdesigner.interchange.templates import (best_language, is_user_template, load_template, template_languages,
                                              template_names, template_summary, template_title)
from cxdesigner.interchange.user_templates import TemplateError, templates_folder
from cxdesigner.model import Project
from cxdesigner.ui.preferences import LANGUAGES

PREVIEW = QSize(300, 150)
TEMPLATE_NAME = Qt.ItemDataRole.UserRole
YOURS = Qt.ItemDataRole.UserRole + 1


def template_preview(name: str, language: str = "en") -> QPixmap:
    """The template's first map drawn small, as it opens in the editor."""
    project = load_template(name, language)
    return map_preview(project, project.maps[0].id) if project.maps else _blank_preview()


def map_preview(project: Project, map_id: str) -> QPixmap:
    """A map drawn small, as the editor draws it (templates' and the team library's previews)."""
    from cxdesigner.canvas.scene import JourneyScene

    pixmap = _blank_preview()
    scene = JourneyScene(project, map_id)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, PREVIEW.width(), PREVIEW.height()), scene.sceneRect(),
                 Qt.AspectRatioMode.KeepAspectRatioByExpanding)
    painter.end()
    scene.detach()
    return pixmap


def _blank_preview() -> QPixmap:
    pixmap = QPixmap(PREVIEW)
    pixmap.fill(Qt.GlobalColor.white)
    return pixmap


class TemplateList(QListWidget):
    """The templates, each with its preview; the user's own are renamed (F2, or the context menu)
    and deleted (Delete, or the context menu) here."""

    changed = Signal()  # a template renamed or deleted

    def _yours(self, item: QListWidgetItem | None) -> str | None:
        return item.data(TEMPLATE_NAME) if item is not None and item.data(YOURS) else None

    def rename(self, key: str) -> None:
        from cxdesigner.ui import template_dialogs
        if template_dialogs.rename_template(key, self):
            self.changed.emit()

    def delete(self, key: str) -> None:
        from cxdesigner.ui import template_dialogs
        if template_dialogs.delete_template(key, self):
            self.changed.emit()

    def _save_copy(self, key: str) -> None:
        from cxdesigner.ui import template_dialogs
        template_dialogs.save_copy(key, self)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
        item = self.currentItem() if keyboard else self.itemAt(event.pos())
        key = self._yours(item)
        if key is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Rename…"), lambda: self.rename(key)).setShortcut(Qt.Key.Key_F2)
        menu.addAction(self.tr("&Delete…"), lambda: self.delete(key)).setShortcut(Qt.Key.Key_Delete)
        menu.addSeparator()
        share = menu.addAction(self.tr("Save a &Copy…"), lambda: self._save_copy(key))
        share.setToolTip(self.tr("A file to send to colleagues: cxdesigner templates --install FILE adds it"))
        menu.exec(self.viewport().mapToGlobal(self.visualItemRect(item).center()) if keyboard else event.globalPos())
        menu.deleteLater()  # its keys (shown beside its entries) are the list's own once it closes

    def keyPressEvent(self, event) -> None:
        key = self._yours(self.currentItem())
        if key is not None and event.key() == Qt.Key.Key_F2:
            self.rename(key)
        elif key is not None and event.key() == Qt.Key.Key_Delete:
            self.delete(key)
        else:
            super().keyPressEvent(event)


class StartPage(QWidget):
    """Shown while no project is open."""

    template_chosen = Signal(str, str)  # the template's name and the language to make it in
    open_requested = Signal()
    recent_chosen = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(14)
        title = QLabel(self.tr("<h1>CX Designer</h1><p>Map every contact your customers have with you, "
                               "and how they feel at each one.</p>"))
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<b>Start from a template</b>")))
        heading.addStretch(1)
        self.language = QComboBox()
        self.language.setToolTip(self.tr("The language the templates are written in"))
        self.language.setAccessibleName(self.tr("Template language"))
        offered = sorted({code for name in template_names() for code in template_languages(name)})
        for code, native in LANGUAGES:
            if code in offered:
                self.language.addItem(native, code)
        wanted = QLocale().name()
        self.language.setCurrentIndex(max(0, self.language.findData(best_language("hotel", wanted)
                                                                    if "hotel" in template_names() else "en")))
        label = QLabel(self.tr("Templates &in"))
        label.setBuddy(self.language)
        heading.addWidget(label)
        heading.addWidget(self.language)
        layout.addLayout(heading)
        self.templates = TemplateList()
        self.templates.setViewMode(QListWidget.ViewMode.IconMode)
        self.templates.setIconSize(PREVIEW)
        self.templates.setGridSize(QSize(PREVIEW.width() + 24, PREVIEW.height() + 64))
        self.templates.setWordWrap(True)
        self.templates.setMovement(QListWidget.Movement.Static)
        self.templates.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.templates.setAccessibleName(self.tr("Templates"))
        self._previews: dict[tuple[str, str, float], QIcon] = {}
        self.show_templates()
        self.language.currentIndexChanged.connect(self.show_templates)
        self.templates.changed.connect(self.show_templates)
        self.templates.itemClicked.connect(self._chosen)
        self.templates.itemActivated.connect(self._chosen)
        layout.addWidget(self.templates, 3)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("<b>Recent projects</b>")))
        row.addStretch(1)
        open_button = QPushButton(self.tr("Open a project…"))
        open_button.clicked.connect(self.open_requested)
        row.addWidget(open_button)
        layout.addLayout(row)
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.itemClicked.connect(lambda item: self.recent_chosen.emit(Path(item.toolTip())))
        layout.addWidget(self.recent, 1)

    def template_language(self, name: str) -> str:
        """The language ``name`` is offered in: the chosen one when it is written in it, else English."""
        return best_language(name, self.language.currentData() or "en")

    def show_templates(self) -> None:
        """The bundled templates, named and described in the chosen language, then the user's own
        (read again: one may have been saved since)."""
        row = max(0, self.templates.currentRow())
        self.templates.clear()
        for name in template_names():
            yours = is_user_template(name)
            language = self.template_language(name)
            try:
                title, tip = template_title(name, language), template_summary(name, language)
                icon = self._preview(name, language, yours)
            except TemplateError as error:
                title, tip, icon = name, str(error), QIcon()
            if yours:
                tip = self.tr("%1 (your template: right-click to rename or delete it)").replace("%1", tip)
            item = QListWidgetItem(icon, title)
            item.setToolTip(tip)
            item.setData(TEMPLATE_NAME, name)
            item.setData(YOURS, yours)
            self.templates.addItem(item)
        # The keys start from where they were (or the first): with none current, End would go to the first.
        self.templates.setCurrentRow(min(row, self.templates.count() - 1), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _chosen(self, item: QListWidgetItem) -> None:
        name = item.data(TEMPLATE_NAME)
        self.template_chosen.emit(name, self.template_language(name))

    def _preview(self, name: str, language: str, yours: bool) -> QIcon:
        """Previews are drawn once per language (a user template's again when its file changes)."""
        stamp = 0.0
        if yours:
            try:
                stamp = (templates_folder() / f"{name}.json").stat().st_mtime
            except OSError:
                pass
        key = (name, language, stamp)
        if key not in self._previews:
            self._previews[key] = QIcon(template_preview(name, language))
        return self._previews[key]

    def show_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{path.name}    —    {path.parent}")
            item.setToolTip(str(path))
            self.recent.addItem(item)
        if not paths:
            empty = QListWidgetItem(self.tr("Projects you open or save appear here."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)
