"""Map > Save as Template…, and renaming, deleting or sharing a template of the user's own.

Saving a template writes a file in the user's templates folder and changes nothing in
the project, so it is no undo step and leaves the document as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QInputDialog, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QWidget)

from cxdesigner.atomic import write_atomically
from cxdesigner.inputs import describe_os_error
from cxdesigner.interchange import user_templates
from cxdesigner.interchange.json_form import dumps
from cxdesigner.interchange.templates import template_title
from cxdesigner.model import JourneyMap, Project


class SaveTemplateDialog(QDialog):
    """A name and a description for a template of the current map."""

    def __init__(self, project: Project, jmap: JourneyMap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project, self.jmap = project, jmap
        self.saved: str | None = None  # the new template's key, once saved
        self.setWindowTitle(self.tr("Save as Template"))
        form = QFormLayout(self)
        intro = QLabel(self.tr("New projects can start from this map, with its personas, channels, departments, "
                               "lanes and everything on it. Survey answers and review comments stay here."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.name = QLineEdit(jmap.name)
        self.name.setMaxLength(user_templates.MAX_NAME)
        self.name.setAccessibleName(self.tr("Template name"))
        self.name.setToolTip(self.tr("The name the start page shows"))
        self.name.selectAll()
        form.addRow(self.tr("&Name:"), self.name)
        self.description = QPlainTextEdit(jmap.description)
        self.description.setAccessibleName(self.tr("Template description"))
        self.description.setToolTip(self.tr("What the template is for; its first line shows on the start page"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        form.addRow(self.tr("&Description:"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.name.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        form.addRow(buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        try:
            template = user_templates.template_from_map(self.project, self.jmap.id, self.name.text(),
                                                        self.description.toPlainText())
            self.saved = user_templates.save_template(template)
        except user_templates.TemplateError as error:
            QMessageBox.warning(self, self.tr("Save as Template"), str(error))
            return
        super().accept()


def rename_template(key: str, parent: QWidget) -> bool:
    """Ask for a new name; True when the template was renamed."""
    try:
        old = template_title(key)
    except user_templates.TemplateError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("TemplateDialogs", "Rename template"), str(error))
        return False
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("TemplateDialogs", "Rename template"))
    dialog.setLabelText(QCoreApplication.translate("TemplateDialogs", "Name:"))
    dialog.setTextValue(old)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.textValue().strip() in ("", old):
        return False
    try:
        user_templates.rename_template(key, dialog.textValue())
    except user_templates.TemplateError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("TemplateDialogs", "Rename template"), str(error))
        return False
    return True


def delete_template(key: str, parent: QWidget) -> bool:
    """Ask first (a template deleted is gone: it is a file, not an edit to undo); True when deleted."""
    try:
        title = template_title(key)
    except user_templates.TemplateError:
        title = key
    answer = QMessageBox.question(parent, QCoreApplication.translate("TemplateDialogs", "Delete template"), QCoreApplication.translate("TemplateDialogs", 
        "Delete the template “%1”? Projects made from it keep everything; the template cannot be brought back.")
        .replace("%1", title))
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        user_templates.delete_template(key)
    except user_templates.TemplateError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("TemplateDialogs", "Delete template"), str(error))
        return False
    return True


def save_copy(key: str, parent: QWidget) -> bool:
    """Write a template to a file of the user's choice, to send to colleagues (who install it with
    ``cxdesigner templates --install FILE``); True when written."""
    title = QCoreApplication.translate("TemplateDialogs", "Save a copy of the template")
    try:
        template = user_templates.load_user_template(key)
    except user_templates.TemplateError as error:
        QMessageBox.warning(parent, title, str(error))
        return False
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / f"{key}.json"),
                                          QCoreApplication.translate("TemplateDialogs", "CX Designer template (*.json)"))
    if not path:
        return False
    try:
        write_atomically(path, dumps(template).encode("utf-8"))
    except OSError as error:
        QMessageBox.warning(parent, title, QCoreApplication.translate("TemplateDialogs", "%1 could not be written: %2.").replace(
            "%1", Path(path).name).replace("%2", describe_os_error(error)))
        return False
    return True
