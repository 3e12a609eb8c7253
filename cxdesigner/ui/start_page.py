"""The start page: begin from a template (each with a preview), open a file, or a recent one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)

from cxdesigner.interchange.templates import load_template, template_names, template_summary

PREVIEW = QSize(300, 150)
TEMPLATE_NAME = Qt.ItemDataRole.UserRole


def template_preview(name: str) -> QPixmap:
    """The template's first map drawn small, as it opens in the editor."""
    from cxdesigner.canvas.scene import JourneyScene
    from cxdesigner.editor.document import Document

    pixmap = QPixmap(PREVIEW)
    pixmap.fill(Qt.GlobalColor.white)
    project = load_template(name)
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

    template_chosen = Signal(str)
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
        layout.addWidget(QLabel(self.tr("<b>Start from a template</b>")))
        self.templates = QListWidget()
        self.templates.setViewMode(QListWidget.ViewMode.IconMode)
        self.templates.setIconSize(PREVIEW)
        self.templates.setGridSize(QSize(PREVIEW.width() + 24, PREVIEW.height() + 64))
        self.templates.setWordWrap(True)
        self.templates.setMovement(QListWidget.Movement.Static)
        self.templates.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.templates.setAccessibleName(self.tr("Templates"))
        for name in template_names():
            item = QListWidgetItem(QIcon(template_preview(name)), name.replace("-", " ").capitalize())
            item.setToolTip(template_summary(name))
            item.setData(TEMPLATE_NAME, name)
            self.templates.addItem(item)
        self.templates.itemClicked.connect(lambda item: self.template_chosen.emit(item.data(TEMPLATE_NAME)))
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
