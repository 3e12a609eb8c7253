"""Print, Print Preview and Page Setup for the current map (loaded on first use:
Qt's printing module is not needed to show the window).

The printer is painted by the same code as PDF export (``render.pages``), so
paper and file agree; the page setup is remembered between runs, including
changes made in the preview's own toolbar.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout

from cxdesigner.render.files import pictures
from cxdesigner.render.pages import PAGE_SIZES, TooSmall, paint_sheets
from cxdesigner.ui.page_options import PageOptions, load_setup, store_setup


class Printing(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def page_setup(self) -> bool:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(self.tr("Page Setup"))
        options = PageOptions(load_setup(self.window.settings))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(options)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        store_setup(self.window.settings, options.setup())
        return True

    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(load_setup(self.window.settings).page_layout())
        if self.window.scene is not None:
            printer.setDocName(self.window.scene.jmap.name)
        return printer

    def paint(self, printer: QPrinter) -> None:
        """Draw the current map on ``printer`` with the remembered poster choice."""
        scene = self.window.scene
        if scene is None:
            return
        setup = self._remember(printer)
        try:
            paint_sheets(printer, pictures(self.window.document.project, [scene.map_id]), setup)
        except TooSmall as error:  # kept legible: a larger sheet, or a poster, instead of shrinking
            QMessageBox.information(self.window, self.tr("Print"), str(error))
        except OSError as error:
            QMessageBox.warning(self.window, self.tr("Print"), str(error))

    def preview(self) -> None:
        if self.window.scene is None:
            return
        printer = self.printer()  # kept alive here: the dialog does not own it
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print Preview"))
        dialog.paintRequested.connect(self.paint)
        dialog.exec()

    def print_map(self) -> None:
        if self.window.scene is None:
            return
        printer = self.printer()
        if QPrintDialog(printer, self.window).exec() == QDialog.DialogCode.Accepted:
            self.paint(printer)

    def _remember(self, printer: QPrinter):
        """The setup to paint with: the remembered one, updated with the printer's paper."""
        setup = load_setup(self.window.settings)
        layout = printer.pageLayout()
        size = next((name for name, page_id in PAGE_SIZES.items() if page_id == layout.pageSize().id()), setup.size)
        setup = dataclasses.replace(setup, size=size,
                                    landscape=layout.orientation() == QPageLayout.Orientation.Landscape)
        store_setup(self.window.settings, setup)
        return setup
