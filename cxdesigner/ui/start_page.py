"""The start page: begin from a template (each with a preview), open a file, or a recent one.

Templates are offered in the editor's language when they are written in it; the others are
one choice away in the language list beside the heading.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from cxdesigner.interchange.templates import (best_language, load_template, template_languages, template_names,
                                             template_summary, template_title)
from cxdesigner.ui.preferences import LANGUAGES

PREVIEW = QSize(300, 150)
TEMPLATE_NAME = Qt.ItemDataRole.UserRole


def template_preview(name: str, language: str = "en") -> QPixmap:
    """The template's first map drawn small, as it opens in the editor."""
    from cxdesigner.canvas.scene import JourneyScene
    from cxdesigner.editor.document import Document

    pixmap = QPixmap(PREVIEW)
    pixmap.fill(Qt.GlobalColor.white)
    project = load_template(name, language)
    if project.maps:
        document = Document(project)
        scene = JourneyScene(document, project.maps[0].id)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, PREVIEW.width(), PREVIEW.height()), scene.sceneRect(),
                     Qt.AspectRatioMode.KeepAspectRatioByExpanding)
        painter.end()
        scene.detach()
    return pixmap


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
        self.templates = QListWidget()
        self.templates.setViewMode(QListWidget.ViewMode.IconMode)
        self.templates.setIconSize(PREVIEW)
        self.templates.setGridSize(QSize(PREVIEW.width() + 24, PREVIEW.height() + 64))
        self.templates.setWordWrap(True)
        self.templates.setMovement(QListWidget.Movement.Static)
        self.templates.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.templates.setAccessibleName(self.tr("Templates"))
        self.show_templates()
        self.language.currentIndexChanged.connect(self.show_templates)
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
        """Every template with its preview, named and described in the chosen language."""
        self.templates.clear()
        for name in template_names():
            language = self.template_language(name)
            item = QListWidgetItem(QIcon(template_preview(name, language)), template_title(name, language))
            item.setToolTip(template_summary(name, language))
            item.setData(TEMPLATE_NAME, name)
            self.templates.addItem(item)

    def _chosen(self, item: QListWidgetItem) -> None:
        name = item.data(TEMPLATE_NAME)
        self.template_chosen.emit(name, self.template_language(name))

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
