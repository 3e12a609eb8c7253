"""Every bundled file ships: what pip installs, and so what the built app carries, is the whole of resources/."""

from __future__ import annotations

import glob
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
# Not for the installed program: the translators' source (the compiled .qm files ship), and the
# drawings the hotel template's pictures are made from (the template holds them drawn).
SOURCES_ONLY = {".ts", ".py", ".pyc"}
SOURCE_FOLDERS = {"storyboard"}


def test_package_data_covers_every_resource():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["cxdesigner.resources"]
    shipped = {name for pattern in patterns for name in glob.glob(pattern, root_dir=RESOURCES)}
    present = {path.relative_to(RESOURCES).as_posix() for path in RESOURCES.rglob("*")
               if path.is_file() and path.suffix not in SOURCES_ONLY and "__pycache__" not in path.parts
               and not SOURCE_FOLDERS & set(path.relative_to(RESOURCES).parts)
               and not path.name.startswith(".")}  # lock files of an open sample, editor leftovers
    assert sorted(present - shipped) == []


def test_package_data_covers_the_user_guide_and_its_pictures():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["package-dir"]["cxdesigner.resources.docs"] == "docs"
    patterns = config["tool"]["setuptools"]["package-data"]["cxdesigner.resources.docs"]
    shipped = {name for pattern in patterns for name in glob.glob(pattern, root_dir=ROOT / "docs")}
    present = {path.relative_to(ROOT / "docs").as_posix() for path in (ROOT / "docs").rglob("*") if path.is_file()}
    assert sorted(present - shipped) == []
