"""Starting the editor: a missing system library is named, not a Qt abort."""

import os

from cxdesigner.app import platform_problem


def test_broken_platform_plugin_is_explained(tmp_path, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    plugin = tmp_path / "libqxcb.so"
    plugin.write_text("not a library")
    message = platform_problem(plugin)
    assert message.startswith("The editor cannot start:") and "libxcb-cursor0" in message


def test_offscreen_needs_no_check(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert platform_problem() is None


def test_installed_plugin_loads_or_names_the_missing_library(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    problem = platform_problem()
    assert problem is None or "is missing" in problem
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"


def test_themes_follow_the_choice(qapp):
    from PySide6.QtGui import QPalette

    from cxdesigner.app import apply_theme
    apply_theme(qapp, dark=True)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert qapp.palette().color(QPalette.ColorRole.Text).lightness() > 200
    apply_theme(qapp, dark=False)
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 180
    assert qapp.style().name().lower() == "fusion"


def test_qt_strings_follow_the_language_and_ours_fall_back_to_english(qapp):
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from cxdesigner.app import install_translations
    before = set(qapp.findChildren(QTranslator))
    installed = install_translations(qapp, QLocale(QLocale.Language.Japanese))
    try:
        assert installed == ["cxdesigner_en", "qtbase"]  # no Japanese CX Designer translation: English
        assert QCoreApplication.translate("QPlatformTheme", "Save") != "Save"
        assert QCoreApplication.translate("MainWindow", "&Save") == "&Save"
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
    installed = install_translations(qapp, QLocale(QLocale.Language.German))
    try:
        assert installed == ["cxdesigner_en", "qtbase", "cxdesigner"]
        assert QCoreApplication.translate("QPlatformTheme", "Save") == "Speichern"
        assert QCoreApplication.translate("MainWindow", "&Save") == "&Speichern"
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "Save"


def test_the_cycle_collector_runs_only_in_the_windows_thread(qapp, qtbot):
    """A background thread's allocations never start a collection (which would delete Qt objects
    there); the window's timer collects what is due."""
    import gc
    import threading

    from cxdesigner.app import collect_in_this_thread
    collect_in_this_thread(qapp)
    assert not gc.isenabled()
    collected = []
    gc.callbacks.append(lambda phase, info: phase == "start" and collected.append(threading.current_thread()))
    try:
        worker = threading.Thread(target=lambda: [[object()] for _ in range(200_000)])
        worker.start()
        worker.join()
        assert collected == []
        def garbage_made() -> bool:
            for _ in range(1000):
                a = []
                a.append(a)  # garbage cycles the collector is due to find
            return collected != []

        qtbot.waitUntil(garbage_made, timeout=5000)
        assert set(collected) == {threading.main_thread()}
    finally:
        gc.callbacks.pop()
