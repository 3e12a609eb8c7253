"""Export to every kind of place a path can name: folders, devices, pipes, link loops, dangling
links, missing folders, places nothing can be written, the project itself, a full disk. Each
export writes its files whole or refuses in one sentence, and what was there stays as it was."""

from __future__ import annotations

import os
import stat

import pytest

from fuzz_harness import MEMORY_WITH_QT, check_run, cli, fingerprint, refused
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import save_project

FORMATS = ("json", "csv", "mermaid", "svg")


@pytest.fixture
def place(tmp_path):
    hotel = tmp_path / "hotel.cxd"
    save_project(load_template("hotel"), hotel)
    out = tmp_path / "out"
    out.mkdir()
    (out / "folder.svg").mkdir()
    os.mkfifo(out / "pipe.json")
    (out / "loop").symlink_to(out / "loop2")
    (out / "loop2").symlink_to(out / "loop")
    (out / "to-folder").symlink_to(out / "folder.svg")
    (out / "dangling").symlink_to(out / "made-through-the-link")
    (out / "old.csv").write_text("kept")
    return hotel, out


def _targets(hotel, out):
    return {"a folder": out / "folder.svg", "a pipe": out / "pipe.json", "a link loop": out / "loop",
            "a link to a folder": out / "to-folder", "a missing folder": out / "none" / "x.svg",
            "a read-only place": "/proc/cx-export", "the project itself": hotel, "a device": "/dev/null"}


@pytest.mark.parametrize("kind", [*FORMATS, "png", "pdf"])
def test_exports_to_places_that_are_not_files_are_refused(place, kind, capsys):
    """Every format to every such place, in this process (each one a sentence, nothing changed)."""
    from cxdesigner.cli import main
    hotel, out = place
    for what, target in _targets(hotel, out).items():
        before, project = fingerprint(out), hotel.read_bytes()
        assert main(["export", str(hotel), "--format", kind, "--output", str(target)]) == 1, what
        err = capsys.readouterr().err
        assert err.startswith("cxdesigner: ") and err.count("\n") == 1 and "unexpected" not in err, (what, err)
        assert fingerprint(out) == before and hotel.read_bytes() == project, what
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and stat.S_ISFIFO(os.stat(out / "pipe.json").st_mode)


@pytest.mark.parametrize("kind", ["json", "svg"])
def test_the_real_command_refuses_them_in_one_sentence(place, kind):
    hotel, out = place
    targets = _targets(hotel, out)
    for what in ("a folder", "a pipe", "a link loop", "a device"):
        before = fingerprint(out)
        refused(cli("export", hotel, "--format", kind, "--output", targets[what], memory=MEMORY_WITH_QT, timeout=60))
        assert fingerprint(out) == before, what


def test_a_dangling_link_is_written_through_and_a_regular_file_replaced_whole(place):
    hotel, out = place
    assert check_run(cli("export", hotel, "--format", "json", "--output", out / "dangling")).code == 0
    assert (out / "made-through-the-link").read_text().startswith("{") and (out / "dangling").is_symlink()
    assert check_run(cli("export", hotel, "--format", "csv", "--output", out / "old.csv")).code == 0
    assert (out / "old.csv").read_text().startswith("order,stage")
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == []  # no temporary left


def test_a_full_disk_on_standard_output_is_one_sentence(place):
    hotel, _ = place
    with open("/dev/full", "wb") as full:
        for kind in ("json", "csv", "mermaid"):
            refused(cli("export", hotel, "--format", kind, stdout=full), "disk is full")
