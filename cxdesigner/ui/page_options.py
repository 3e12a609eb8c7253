"""Paper choices (size, orientation, one page or a poster), shared by the export
dialog and Page Setup, and remembered in the settings between runs."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QFormLayout, QHBoxLayout, QRadioButton, QSpinBox, QWidget

from cxdesigner.render.pages import PAGE_SIZES, PageSetup


def load_setup(settings: QSettings) -> PageSetup:
    """The last page setup, or A4 landscape on one page."""
    size = str(settings.value("paper/size", "A4"))
    try:
        return PageSetup(size=size if size in PAGE_SIZES else "A4",
                         landscape=str(settings.value("paper/landscape", "true")).lower() == "true",
                         tile=str(settings.value("paper/tile", "false")).lower() == "true",
                         sheets_high=int(settings.value("paper/sheets_high", 1)))
    except (TypeError, ValueError):
        return PageSetup()


def store_setup(settings: QSettings, setup: PageSetup) -> None:
    for key, value in (("size", setup.size), ("landscape", setup.landscape), ("tile", setup.tile),
                       ("sheets_high", setup.sheets_high)):
        settings.setValue(f"paper/{key}", value)


class PageOptions(QWidget):
    """A form for a ``PageSetup``; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, setup: PageSetup, parent=None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.size = QComboBox()
        self.size.addItems(list(PAGE_SIZES))
        self.size.setCurrentText(setup.size)
        self.size.setAccessibleName(self.tr("Paper size"))
        form.addRow(self.tr("Paper"), self.size)
        self.landscape, self.portrait = QRadioButton(self.tr("Landscape")), QRadioButton(self.tr("Portrait"))
        (self.landscape if setup.landscape else self.portrait).setChecked(True)
        self.one_page = QRadioButton(self.tr("Fit each map on one page"))
        self.poster = QRadioButton(self.tr("Poster over several sheets"))
        self.poster.setToolTip(self.tr("Tiles the map across sheets with overlaps and crop marks, "
                                       "so a wall-sized map prints on an office printer"))
        (self.poster if setup.tile else self.one_page).setChecked(True)
        self.sheets_high = QSpinBox()
        self.sheets_high.setRange(1, 20)
        self.sheets_high.setValue(setup.sheets_high)
        self.sheets_high.setSuffix(self.tr(" sheet(s) high"))
        self.sheets_high.setAccessibleName(self.tr("Poster height in sheets"))
        for row, buttons in ((self.tr("Orientation"), (self.landscape, self.portrait)),
                             (self.tr("Layout"), (self.one_page, self.poster))):
            group, line = QButtonGroup(self), QHBoxLayout()
            for button in buttons:
                group.addButton(button)
                line.addWidget(button)
            line.addStretch()
            form.addRow(row, line)
        form.addRow("", self.sheets_high)
        self.size.currentTextChanged.connect(self.changed)
        for button in (self.landscape, self.one_page):
            button.toggled.connect(self.changed)
        self.poster.toggled.connect(self.sheets_high.setEnabled)
        self.sheets_high.setEnabled(setup.tile)
        self.sheets_high.valueChanged.connect(self.changed)

    def use_size(self, size: str) -> None:
        self.size.setCurrentText(size)
        self.one_page.setChecked(True)

    def use_poster(self) -> None:
        self.poster.setChecked(True)

    def setup(self) -> PageSetup:
        return PageSetup(size=self.size.currentText(), landscape=self.landscape.isChecked(),
                         tile=self.poster.isChecked(), sheets_high=self.sheets_high.value())
