"""The user guide is where Help > User Guide looks for it, and every picture it shows exists."""

from __future__ import annotations

import re
from pathlib import Path

from cxdesigner.ui.about import user_guide_url

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "user-guide.md"


def test_help_opens_the_guide_of_this_source_tree():
    assert Path(user_guide_url().toLocalFile()) == GUIDE


def test_every_picture_and_link_of_the_guide_exists():
    text = GUIDE.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", text)
    local = [t for t in targets if not t.startswith(("http://", "https://"))]
    assert any(t.startswith("images/") for t in local)
    assert [t for t in local if not (GUIDE.parent / t).exists()] == []


def test_the_readme_links_the_guide():
    assert "(docs/user-guide.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
