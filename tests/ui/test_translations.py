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
