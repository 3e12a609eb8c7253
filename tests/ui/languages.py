"""The editor in another language for a test: its translators installed, its numbers and dates.

``speaking(language)`` installs Qt's own and our translation of ``language`` over the
English the suite runs in, and sets the default locale, as the application does at start;
both are undone after. ``visible_texts(widget)`` lists what a person reads there.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox, QDockWidget, QGroupBox, QLabel, QLineEdit,
                               QMenu, QRadioButton, QStyle, QTabBar, QTabWidget, QWidget)

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("es", "de", "fr", "pt_BR")


@contextmanager
def speaking(language: str):
    app = QApplication.instance()
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("cxdesigner", str(resources.files("cxdesigner.resources") / "translations"))):
        translator = QTranslator(app)
        if translator.load(QLocale(language), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    assert len(installed) == 2 or language == "en", f"no translation into {language}"
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(before)


def plain(text: str) -> str:
    """As read on screen: no mnemonic ampersand, no markup, no ellipsis or colon at the end."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(text.split()).rstrip(":…").strip()


def messages(language: str) -> dict[str, set[str]]:
    """Each English source (read plain) with its translations (read plain) in ``language``."""
    root = ET.parse(FOLDER / f"cxdesigner_{language}.ts").getroot()
    table: dict[str, set[str]] = {}
    for message in root.iter("message"):
        element = message.find("translation")
        forms = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
        table.setdefault(plain(message.findtext("source") or ""), set()).update(plain(f) for f in forms)
    return table


def misses(texts: list[str], language: str) -> list[str]:
    """The texts still in English: equal to a source whose translation is another word, and no word
    of the language itself (German writes a stage "Phase", the English source of an action's phase)."""
    table = messages(language)
    words = set().union(*table.values())
    return sorted({t for t in texts if t in table and t not in table[t] and t not in words})


def action_texts(menu: QMenu) -> list[str]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            found += action_texts(action.menu())
    return found


def visible_texts(widget: QWidget) -> list[str]:
    """Every text a person reads in ``widget``: labels, buttons, tabs, titles, tooltips, placeholders."""
    found = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        found.append(child.toolTip())
        if isinstance(child, QLabel):
            found.append(child.text())
        elif isinstance(child, QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QLineEdit):
            found.append(child.placeholderText())
        elif isinstance(child, QDockWidget):
            found.append(child.windowTitle())
        elif isinstance(child, QTabBar):
            found += [child.tabText(i) for i in range(child.count())] + [child.tabToolTip(i)
                                                                         for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
    for child in [widget, *widget.findChildren(QWidget)]:
        if not isinstance(child, QMenu):  # menus are read from the menu bar (a plot's own menu is never shown)
            found += [t for action in child.actions() for t in (action.text(), action.toolTip(), action.statusTip())]
    return [plain(t) for t in found if t and plain(t)]


def clipped(widget: QWidget) -> list[str]:
    """Labels and buttons whose one-line text is wider than the widget shows (by its font's metrics)."""
    found = []
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or child.width() <= 0:
            continue
        metrics = child.fontMetrics()
        if isinstance(child, QLabel) and not child.wordWrap() and child.text() and child.pixmap().isNull():
            lines = [plain(line) for line in re.split(r"<br\s*/?>|\n|</p>|</h\d>", child.text())]
            need = max(metrics.horizontalAdvance(line) for line in lines)
            if re.search(r"<h\d>", child.text()):
                continue  # a heading's larger font: its label is sized by the rich text itself
            if need > child.contentsRect().width() + 1:
                found.append(f"{type(child).__name__} {plain(child.text())!r}: {need} > {child.contentsRect().width()}")
        elif isinstance(child, QAbstractButton) and child.text() and not isinstance(child.parent(), QTabBar):
            need = metrics.horizontalAdvance(plain(child.text())) + (child.iconSize().width() + 4
                                                                     if not child.icon().isNull() else 0)
            if isinstance(child, QCheckBox | QRadioButton):
                need += child.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 4
            if need > child.width() - 4:
                found.append(f"{type(child).__name__} {plain(child.text())!r}: {need} > {child.width() - 4}")
    return found
