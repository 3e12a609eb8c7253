"""A corpus of damaged, hostile and odd files: each bad one refused in one plain line, fast,
without a byte of it changed; odd but harmless content opens and round-trips."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from file_corpus import BAD, bmp, gif, jpeg_header, png, webp_lossless_header
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Channel, Note, Stage, Touchpoint
from cxdesigner.storage import ProjectFileError, open_project, save_project
from cxdesigner.storage.errors import one_line
from cxdesigner.storage.images import ImageInfo, MalformedImage, image_info


def _fingerprint(path: Path) -> tuple:
    """Size, time and a hash of the contents; a sparse giant is hashed on its first megabyte only."""
    status = path.stat()
    with open(path, "rb") as handle:
        data = handle.read(1 << 20) if status.st_size > 64 << 20 else handle.read()
    return status.st_size, status.st_mtime_ns, hashlib.sha256(data).hexdigest()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("corpus")
    good = tmp_path_factory.mktemp("good") / "hotel.cxd"
    save_project(load_template("hotel"), good)
    files = {}
    for number, (kind, (make, _)) in enumerate(BAD.items()):
        path = folder / f"{number:02d} {kind}.cxd"
        make(good, path)
        files[kind] = path
    odd = folder / "odd\nname\x1b[31m.cxd"  # a file name that must not break the one-line report
    odd.write_bytes(b"")
    files["odd name"] = odd
    return files


@pytest.mark.parametrize("kind", BAD)
def test_each_bad_file_is_refused_plainly_fast_and_untouched(corpus, kind):
    path = corpus[kind]
    before, listing = _fingerprint(path), sorted(os.listdir(path.parent))
    start = time.perf_counter()
    with pytest.raises(ProjectFileError, match=BAD[kind][1]) as caught:
        open_project(path)
    assert time.perf_counter() - start < 1.0
    message = str(caught.value)
    assert "\n" not in message and message.startswith(path.name)
    assert _fingerprint(path) == before and sorted(os.listdir(path.parent)) == listing


def test_check_command_refuses_every_bad_file_with_one_line_each(corpus):
    """One process for the whole corpus: it goes on after each refusal and reports each file once."""
    paths = list(corpus.values())
    folder = paths[0].parent
    before = {name: _fingerprint(folder / name) for name in os.listdir(folder)}
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "cxdesigner", "check", *map(str, paths)],
                            capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == len(paths), result.stderr
    for path, line in zip(paths, lines):
        assert line.startswith(one_line(path.name)), line
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr
    assert elapsed < len(paths) * 1.0
    assert {name: _fingerprint(folder / name) for name in os.listdir(folder)} == before


def test_full_check_refuses_a_damaged_file_too(corpus):
    with pytest.raises(ProjectFileError, match="damaged"):
        open_project(corpus["middle page flipped"], full_check=True)


# -- odd but harmless ------------------------------------------------------------

ODD_TEXTS = [
    "Zimmer mit Aussicht 🏨🛎️👩🏽‍💼 – fünf Sterne ★★★★★",
    "הזמנת חדר במלון — حجز غرفة في الفندق",  # right-to-left scripts
    "\u202eright-to-left override\u202c and a zero\u200bwidth space",
    "Robert'); DROP TABLE touchpoint; --",
    "x' OR '1'='1",
    "<script>alert('hi')</script><b>bold</b> &amp; &lt;",
    "tab\there, new\nline, return\r\n, bell\x07, escape\x1b[31m, nul\x00 inside",
    "e\u0301 combining, ﬁ ligature, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "T" * 100_000,
]


def test_odd_texts_round_trip_and_pass_the_check(project, tmp_path):
    jmap = project.maps[0]
    stage = project.maps[0].stages[0]
    for index, text in enumerate(ODD_TEXTS):
        project.add(Touchpoint(title=text, description=text, stage_id=stage.id), map_id=jmap.id)
        project.add(Note(text=text), map_id=jmap.id)
        project.add(Stage(name=f"{text[:50]} {index}", description=text), map_id=jmap.id)
        project.add(Channel(name=text, icon=text))
    project.update(project.id, name=ODD_TEXTS[0], description="\n".join(ODD_TEXTS))
    path = tmp_path / "odd ✓.cxd"
    save_project(project, path)
    assert open_project(path) == project
    result = subprocess.run([sys.executable, "-m", "cxdesigner", "check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stderr == "", result.stderr


def test_real_photos_of_every_format_round_trip(project, tmp_path):
    photos = [png(3, 2), gif(3, 2), bmp(3, 2), jpeg_header(640, 480), webp_lossless_header(300, 200), b"\x00unknown"]
    path = tmp_path / "photos.cxd"
    for photo in photos:
        project.update(project.personas[0].id, photo=photo)
        save_project(project, path)
        assert open_project(path).personas[0].photo == photo


def test_image_sizes_come_from_headers():
    assert image_info(png(3, 2)) == ImageInfo("png", 3, 2)
    assert image_info(gif(3, 2)) == ImageInfo("gif", 3, 2)
    assert image_info(bmp(5, 7)) == ImageInfo("bmp", 5, 7)
    assert image_info(jpeg_header(640, 480)) == ImageInfo("jpeg", 640, 480)
    assert image_info(webp_lossless_header(300, 200)) == ImageInfo("webp", 300, 200)
    assert image_info(b"BM") is None and image_info(b"") is None and image_info(b"plain text") is None
    for damaged in (png(3, 2)[:18], jpeg_header(0, 10), b"\xff\xd8\xff" + b"\xff" * 1_000_000, gif(3, 2)[:14]):
        with pytest.raises(MalformedImage):
            image_info(damaged)


def test_save_refuses_what_opening_would_refuse(project, tmp_path):
    """A file that was saved always opens again: limits are checked before the file is replaced."""
    path = tmp_path / "p.cxd"
    save_project(project, path)
    before = path.read_bytes()
    project.update(project.personas[0].id, photo=png(1, 1, claimed=(100_000, 100_000)))
    with pytest.raises(ProjectFileError, match=r"Could not save p\.cxd: a persona's photo claims to be 100,000 x "
                                               r"100,000 pixels.*The previous file is unchanged\."):
        save_project(project, path)
    project.update(project.personas[0].id, photo=None)
    project.update(project.id, description="x" * (5 << 20))
    with pytest.raises(ProjectFileError, match=r"a text in project is 5\.0 MB long"):
        save_project(project, path)
    project.update(project.id, description="a lone surrogate \ud800")
    with pytest.raises(ProjectFileError, match="characters that cannot be stored"):
        save_project(project, path)
    assert path.read_bytes() == before and sorted(os.listdir(tmp_path)) == ["p.cxd"]
