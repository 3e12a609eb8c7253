"""Counted messages read right in English, and the compiled English forms match their source."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def counted_sources(ts: Path) -> set[str]:
    text = ts.read_text(encoding="utf-8")
    return set(re.findall(r'<message numerus="yes">\s*(?:<location[^>]*/>\s*)*<source>(.*?)</source>', text, re.S))


def test_every_counted_message_has_finished_english_forms():
    english = (FOLDER / "cxdesigner_en.ts").read_text(encoding="utf-8")
    assert counted_sources(FOLDER / "cxdesigner.ts") <= counted_sources(FOLDER / "cxdesigner_en.ts"), \
        "run make translations and fill the new forms in cxdesigner_en.ts"
    assert 'type="unfinished"' not in english


def test_the_compiled_english_forms_are_up_to_date(tmp_path):
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([lrelease, str(FOLDER / "cxdesigner_en.ts"), "-qm", str(tmp_path / "en.qm")], check=True,
                   capture_output=True)
    assert (tmp_path / "en.qm").read_bytes() == (FOLDER / "cxdesigner_en.qm").read_bytes(), \
        "run make translations"


def test_one_and_many_read_right():
    translate = QCoreApplication.translate
    assert translate("MainWindow", "Delete %n items", "", 1) == "Delete 1 item"
    assert translate("MainWindow", "Delete %n items", "", 3) == "Delete 3 items"


# -- Spanish, German, French and Portuguese -------------------------------------------------------

LANGUAGES = ("es", "de", "fr", "pt_BR")


def builder():
    """resources/translations/sources/build.py, which writes each language's .ts from its dictionary."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("translations_build", FOLDER / "sources" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> set[tuple[str, str, bool]]:
    import xml.etree.ElementTree as ET
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source"), message.get("numerus") == "yes")
            for context in root.iter("context") for message in context.iter("message")}


def test_the_list_of_messages_is_up_to_date_with_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    sources = [str(p) for p in sorted((ROOT / "cxdesigner").rglob("*.py"))]
    subprocess.run([lupdate, *sources, "-no-obsolete", "-ts", str(tmp_path / "now.ts")], check=True,
                   capture_output=True)
    assert messages(tmp_path / "now.ts") == messages(FOLDER / "cxdesigner.ts"), \
        "run make translations: the code's messages differ from cxdesigner.ts"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_the_ts_file_is_up_to_date(language):
    text, missing = builder().fill(language)
    assert missing == [], f"{len(missing)} messages have no {language} translation, first: {missing[0]}"
    assert text == (FOLDER / f"cxdesigner_{language}.ts").read_text(encoding="utf-8"), "run make translations"
    assert 'type="unfinished"' not in text
    assert messages(FOLDER / f"cxdesigner_{language}.ts") == messages(FOLDER / "cxdesigner.ts")


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_compiled_language_is_up_to_date(tmp_path, language):
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(lrelease).exists():
        pytest.skip("pyside6-lrelease is not installed")
    subprocess.run([lrelease, str(FOLDER / f"cxdesigner_{language}.ts"), "-qm", str(tmp_path / "x.qm")],
                   check=True, capture_output=True)
    assert (tmp_path / "x.qm").read_bytes() == (FOLDER / f"cxdesigner_{language}.qm").read_bytes(), \
        "run make translations"


def test_a_translation_keeps_its_placeholders_and_plural_forms():
    build = builder()
    assert build.problems("Move %n touchpoints", ("Mover %n punto", "Mover %n puntos"), True, "es") == []
    assert build.problems("Use %1", "Usar", False, "es")
    assert build.problems("Move %n touchpoints", ("Mover %n puntos",), True, "es")


@pytest.mark.parametrize("language", LANGUAGES)
def test_one_and_many_read_right_in_each_language(language):
    from languages import speaking
    with speaking(language):
        one = QCoreApplication.translate("MainWindow", "Delete %n items", "", 1)
        many = QCoreApplication.translate("MainWindow", "Delete %n items", "", 3)
    assert "1" in one and "3" in many and one.replace("1", "") != many.replace("3", "")
    assert one != "Delete 1 item" and many != "Delete 3 items"
