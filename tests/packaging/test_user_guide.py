"""The user guide ships with the program, Help shows it inside the app with its pictures,
and every picture and link it has exists."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QTextDocument

from cxdesigner.ui.guide import GuideWindow, guide_path, slug

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "user-guide.md"


def test_the_installed_guide_is_this_source_tree_s():
    assert guide_path().read_bytes() == GUIDE.read_bytes()


def test_the_guide_window_shows_the_text_pictures_and_jumps_to_sections(qtbot):
    window = GuideWindow()
    qtbot.addWidget(window)
    window.show()
    browser = window.browser
    text = browser.toPlainText()
    assert "CX Designer user guide" in text and "Rate satisfaction" in text
    pictures = re.findall(r"\]\((images/[^)]+)\)", GUIDE.read_text(encoding="utf-8"))
    for picture in pictures[:3]:
        image = browser.document().resource(QTextDocument.ResourceType.ImageResource.value, picture)
        assert image is not None and not image.isNull(), picture
    browser.verticalScrollBar().setValue(0)
    browser.scrollToAnchor(slug("6. Rate satisfaction"))
    assert browser.verticalScrollBar().value() > 0


def test_headings_become_the_anchors_the_contents_link():
    contents = re.findall(r"\]\(#([^)]+)\)", GUIDE.read_text(encoding="utf-8"))
    headings = re.findall(r"^#{2,3} (.+)$", GUIDE.read_text(encoding="utf-8"), re.M)
    assert set(contents) <= {slug(h) for h in headings}


def test_every_picture_and_link_of_the_guide_exists():
    text = GUIDE.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text)
    local = [t for t in targets if not t.startswith(("http://", "https://"))]
    assert any(t.startswith("images/") for t in local)
    assert [t for t in local if not (GUIDE.parent / t).exists()] == []


def test_the_readme_links_the_guide():
    assert "(docs/user-guide.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
