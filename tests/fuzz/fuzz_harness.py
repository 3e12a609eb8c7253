"""Running the real command as a hostile user would, and what every run must keep to.

Each run is a fresh process with no display, a memory ceiling (``RLIMIT_AS``) and a
time limit. ``check_run`` asserts the promise: exit 0 or 1 (2 for a usage mistake),
no signal, no traceback, at most two lines of plain text on stderr, and no
"unexpected problem" (the last line of defence must never be needed).
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

#: Address space for a command that draws (Qt maps a lot of it) and for one that does not.
MEMORY_WITH_QT = 3 * 2**30
MEMORY = 2 * 2**30
TIME_LIMIT = 30.0
INTERNALS = ("Traceback", "Error:", "__init__", "<class", "sqlite3.", "codec can't", "is not a valid",
             "unexpected problem", "malformed database schema", "Exceeds the limit")


@dataclass
class Run:
    args: tuple
    code: int
    stdout: bytes
    stderr: str
    seconds: float


def cli(*args, memory: int = MEMORY, timeout: float = TIME_LIMIT, cwd: Path | None = None,
        stdout=subprocess.PIPE) -> Run:
    """The real ``cxdesigner`` in a fresh process, limited in memory and time."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    start = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-m", "cxdesigner", *map(str, args)], stdin=subprocess.DEVNULL,
                              stdout=stdout, stderr=subprocess.PIPE, env=env, cwd=cwd, timeout=timeout,
                              preexec_fn=limit)
    except subprocess.TimeoutExpired:
        raise AssertionError(f"cxdesigner {' '.join(map(str, args))[:200]} ran over {timeout} s") from None
    return Run(args, done.returncode, done.stdout or b"", done.stderr.decode("utf-8", "replace"),
               time.monotonic() - start)


def check_run(run: Run, *, codes=(0, 1)) -> Run:
    """The promise every run keeps, whatever it was given."""
    where = f"cxdesigner {' '.join(map(str, run.args))[:200]}"
    assert run.code >= 0, f"{where} was killed by signal {-run.code}: {run.stderr[-500:]}"
    assert run.code in codes, f"{where} exited {run.code}: {run.stderr[-500:]}"
    lines = run.stderr.splitlines()
    assert len(lines) <= 2, f"{where} wrote {len(lines)} lines on stderr: {run.stderr[:500]}"
    assert all(line.isprintable() for line in lines), f"{where}: unprintable stderr {run.stderr[:200]!r}"
    for word in INTERNALS:
        assert word not in run.stderr, f"{where}: internals on stderr: {run.stderr[:500]}"
    assert run.code != 1 or lines, f"{where} failed without saying why"
    return run


def refused(run: Run, *words: str) -> Run:
    """Exit 1 with one plain sentence holding ``words``."""
    check_run(run)
    assert run.code == 1, f"cxdesigner {' '.join(map(str, run.args))[:200]} was not refused: {run.stderr}"
    assert len(run.stderr.splitlines()) == 1, run.stderr
    for word in words:
        assert word in run.stderr, f"{word!r} not in {run.stderr!r}"
    return run


def fingerprint(folder: Path) -> dict[str, str]:
    """Every entry of ``folder`` and a hash of each regular file's bytes (what must not change)."""
    found = {}
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink() or not entry.is_file():
            found[entry.name] = "not a regular file"
        else:
            found[entry.name] = hashlib.sha256(entry.read_bytes()).hexdigest()
    return found


def unprintable(text: str) -> list[str]:
    """The characters of ``text`` that could steer a terminal (none may be printed): control
    characters but newline and tab, and the bidirectional overrides."""
    import unicodedata
    return [c for c in text if (unicodedata.category(c) == "Cc" and c not in "\n\t")
            or "\u202a" <= c <= "\u202e" or "\u2066" <= c <= "\u2069"]


# -- in-process checks, for the Hypothesis families -----------------------------------

#: ``make fuzz`` sets CXDESIGNER_FUZZ=long: many more examples per family, same assertions.
LONG = os.environ.get("CXDESIGNER_FUZZ") == "long"
EXAMPLES = 2_000 if LONG else 40


def plain_message(error: BaseException) -> str:
    """The message of a refusal, checked to be one short printable line without internals."""
    message = str(error)
    assert message and "\n" not in message and message.isprintable(), repr(message)
    assert len(message) <= 400, len(message)
    for word in INTERNALS:
        assert word not in message, message
    return message


def assert_drawable(project) -> None:
    """What an accepted project would hand Qt: finite places well inside its integer coordinates."""
    import math

    from cxdesigner.canvas.layout import layout_map, value_to_y
    assert project.problems() == []
    for jmap in project.maps:
        layout = layout_map(jmap)
        places = [layout.width, layout.height, *layout.x_of.values()]
        if "satisfaction" in layout.lanes:
            places += [value_to_y(layout, jmap, v) for r in jmap.ratings.values()
                       for v in (r.value, r.interval_low, r.interval_high) if v is not None]
        places += [v for note in jmap.notes for v in (note.x, note.y, note.width, note.height)]
        assert all(math.isfinite(p) and abs(p) < 2**31 for p in places), jmap.name
