"""The composition root: the QApplication, its identity, and the first window."""

from __future__ import annotations

import ctypes
import gc
import os
import re
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from cxdesigner import __version__


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, named so settings and the desktop recognise it."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    follow_system_theme(app)
    app.setApplicationName("CX Designer")
    app.setOrganizationName("CX Designer")
    app.setOrganizationDomain("cxdesigner.org")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.cxdesigner.CXDesigner")
    from cxdesigner.ui.about import app_icon
    app.setWindowIcon(app_icon())
    from PySide6.QtCore import QSettings

    from cxdesigner.ui import accessible_names
    from cxdesigner.ui.preferences import chosen_locale
    locale = chosen_locale(QSettings())
    QLocale.setDefault(locale)  # numbers and dates on screen and in exports as the language writes them
    install_translations(app, locale)
    accessible_names.install(app)
    collect_in_this_thread(app)
    return app


def collect_in_this_thread(app: QApplication) -> None:
    """Python's cycle collector runs only in the window's thread, on a timer, as often as it
    would on its own. A collection starts in whichever thread happens to allocate; in the
    autosave's thread it would delete the Qt objects of garbage widgets there, and Qt then
    crashes delivering their pending events."""
    import shiboken6
    running = getattr(app, "_collector", None)
    if running is not None and shiboken6.isValid(running) and running.isActive():
        return
    from cxdesigner.collector import collect_due
    gc.disable()
    app._collector = timer = QTimer(app)
    timer.setInterval(200)
    timer.timeout.connect(collect_due)
    timer.start()


def install_translations(app: QApplication, locale: QLocale) -> list[str]:
    """Qt's own strings (dialog buttons...) and ours, in ``locale``'s language when we have them.

    Our translations are ``resources/translations/cxdesigner_<language>.qm``; a
    language we lack leaves the English text. English itself is installed first, under
    every language: it holds the singular and plural forms of counted messages ("1
    touchpoint", "2 touchpoints"). Returns what was installed.
    """
    installed = []
    ours = str(resources.files("cxdesigner.resources") / "translations")
    english = QLocale(QLocale.Language.English)
    wanted = [("cxdesigner_en", english, ours), ("qtbase", locale, QLibraryInfo.path(
        QLibraryInfo.LibraryPath.TranslationsPath))]
    if locale.language() != QLocale.Language.English:
        wanted.append(("cxdesigner", locale, ours))
    for name, language, folder in wanted:
        translator = QTranslator(app)
        loaded = translator.load(f"{name}.qm", folder) if name.endswith("_en") else \
            translator.load(language, name, "_", folder)
        if loaded:
            app.installTranslator(translator)
            installed.append(name)
    return installed


def follow_system_theme(app: QApplication) -> None:
    """Light, dark or high contrast as the system says (Qt reports the colour scheme and, on
    Windows and macOS, the contrast preference), unless the user chose high contrast in View."""
    hints = QApplication.styleHints()

    def refresh(*_args) -> None:
        chosen = getattr(app, "high_contrast_chosen", None)
        wanted = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
        apply_theme(app, hints.colorScheme() == Qt.ColorScheme.Dark, wanted if chosen is None else chosen)

    app.refresh_theme = refresh
    refresh()
    if not getattr(app, "_follows_theme", False):
        app._follows_theme = True
        hints.colorSchemeChanged.connect(refresh)
        hints.accessibility().contrastPreferenceChanged.connect(refresh)


#: White and yellow on black: every text and edge at the highest contrast (21:1 and 19:1).
HIGH_CONTRAST = {"Window": "#000000", "WindowText": "#ffffff", "Base": "#000000", "AlternateBase": "#1a1a1a",
                 "Text": "#ffffff", "Button": "#000000", "ButtonText": "#ffffff", "ToolTipBase": "#000000",
                 "ToolTipText": "#ffffff", "Highlight": "#ffd400", "HighlightedText": "#000000", "Mid": "#c0c0c0",
                 "Dark": "#ffffff", "Light": "#ffffff", "Midlight": "#c0c0c0", "Shadow": "#ffffff",
                 "PlaceholderText": "#c8c8c8", "Link": "#8fd3ff", "BrightText": "#ffd400"}


def apply_theme(app: QApplication, dark: bool, high_contrast: bool = False) -> None:
    """Fusion everywhere, with a light, dark or high-contrast palette."""
    app.setStyle("Fusion")
    from cxdesigner.canvas.style import HIGH_CONTRAST_PROPERTY
    app.setProperty(HIGH_CONTRAST_PROPERTY, high_contrast)
    if high_contrast:
        palette = QPalette()
        for role, color in HIGH_CONTRAST.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(color))
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#a0a0a0"))
        app.setPalette(palette)
        return
    if not dark:
        app.setPalette(app.style().standardPalette())
        return
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in ((roles.Window, "#24262b"), (roles.WindowText, "#e6e8eb"), (roles.Base, "#2d3036"),
                        (roles.AlternateBase, "#33363d"), (roles.Text, "#e6e8eb"), (roles.Button, "#2f3238"),
                        (roles.ButtonText, "#e6e8eb"), (roles.ToolTipBase, "#33363d"), (roles.ToolTipText, "#e6e8eb"),
                        (roles.Highlight, "#4c8dff"), (roles.HighlightedText, "#ffffff"), (roles.Mid, "#3c4048"),
                        (roles.Dark, "#1b1d21"), (roles.Light, "#3a3d44"), (roles.PlaceholderText, "#8b9099"),
                        (roles.Link, "#7aa7ff")):
        palette.setColor(role, QColor(color))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#6b7079"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#6b7079"))
    app.setPalette(palette)


def platform_problem(plugin: Path | None = None) -> str | None:
    """Why Qt's X11 plugin would fail to load, in one sentence (``None`` when it loads).

    Qt aborts the process when no platform plugin loads; checking first lets us say
    which system library is missing instead.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb" \
            or (os.environ.get("WAYLAND_DISPLAY") and not plugin):
        return None
    plugin = plugin or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        missing = re.match(r"([^:]+\.so[.\d]*): cannot open", str(error))
        what = f"the system library {missing.group(1)} is missing" if missing else str(error)
        return (f"The editor cannot start: {what}. Install your system's Qt/X11 runtime libraries "
                "(on Debian or Ubuntu: libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 and friends).")
    return None


class FileOpenHandler(QObject):
    """Opens the file of a FileOpen event: macOS sends one for a project double-clicked in
    Finder or dropped on the Dock icon, instead of passing it on the command line.

    It goes through ``MainWindow.open_path``, so a file already open here brings its
    window forward. A window on its start page takes it first, then the active one.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not event.file():
            return False
        from cxdesigner.ui.main_window import MainWindow
        windows = MainWindow.open_windows()
        active = QApplication.activeWindow()
        choices = [w for w in windows if w.document is None] + [active] * isinstance(active, MainWindow) + windows
        if not choices:
            return False
        choices[0].open_path(Path(event.file()))
        return True


def first_window(path: str | None, store=None):
    """The window a start shows: the project at ``path`` (no start page drawn first: its template
    previews cost a tenth of a second), or the start page when there is none or it cannot open."""
    from cxdesigner.ui.main_window import MainWindow

    window = MainWindow(None, recovery=store, welcome=path is None)
    if path is not None and not window.open_path(path):
        window.show_start_page()
    return window


def run(path: str | None) -> int:
    """Open the editor (on ``path`` when given) and run until it closes."""
    from cxdesigner.storage.recovery import RecoveryStore
    from cxdesigner.ui.error_guard import ErrorGuard, start_logging
    from cxdesigner.ui.main_window import MainWindow
    from cxdesigner.ui.recovery_dialog import offer_recovery

    app = create_application()
    app.installEventFilter(FileOpenHandler(app))
    store = RecoveryStore()
    guard = ErrorGuard(lambda: sum(w.autosave.write_now() for w in MainWindow.open_windows() if w.autosave),
                       start_logging())
    guard.install()
    windows = offer_recovery(store)
    if path is not None or not windows:
        windows.append(first_window(path, store))
    for window in windows:
        window.show()
    status = app.exec()
    guard.uninstall()
    del windows
    gc.collect()  # Qt objects go while the application is still there, never at interpreter exit
    return status
