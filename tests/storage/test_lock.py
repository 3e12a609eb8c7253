"""Lock files beside open projects, against real second processes, live and dead."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from cxdesigner.storage import lock as locks
from cxdesigner.storage import open_project, save_project
from cxdesigner.storage.lock import FileInUse, acquire, holder, lock_path
from cxdesigner.storage.processes import host_name, this_process

HOLD = """
import sys
from cxdesigner.storage.lock import acquire
lock = acquire(sys.argv[1])
print("held" if lock.held else f"not held: {lock.problem}", flush=True)
if sys.argv[2] == "wait":
    sys.stdin.readline()
    print("still ours" if lock.still_held() else "taken", flush=True)
    lock.release()
"""


@pytest.fixture
def saved(project, tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(project, path)
    return path


@pytest.fixture
def other_process(saved):
    """A second CX Designer holding the lock until told to stop."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(saved), "wait"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "held"
    yield process
    if process.poll() is None:
        process.communicate("\n", timeout=10)


def test_acquire_writes_who_and_release_removes(saved):
    lock = acquire(saved)
    assert lock.held and lock.problem is None and lock.still_held()
    assert lock.path == saved.with_name(".~hotel.cxd.lock") == lock_path(saved)
    fields = json.loads(lock.path.read_text())
    me = this_process()
    assert (fields["user"], fields["host"], fields["pid"]) == (me.user, me.host, os.getpid())
    found = holder(saved)
    assert found.pid == os.getpid() and found.is_this_process() and not found.is_stale()
    assert abs(found.since - datetime.now().astimezone()) < timedelta(minutes=1)
    lock.release()
    lock.release()
    assert not lock.path.exists() and holder(saved) is None and not lock.held


def test_a_live_process_holds_it_and_we_are_told_who(saved, other_process):
    with pytest.raises(FileInUse) as caught:
        acquire(saved)
    found = caught.value.holder
    assert found.pid == other_process.pid and found.host == host_name() and not found.is_stale()
    assert str(caught.value) == found.describe("hotel.cxd")
    assert f"on {host_name()} has had hotel.cxd open since " in str(caught.value)
    assert open_project(saved).name == "Test hotel"  # the file itself still opens (read-only use)


def test_force_takes_a_live_lock_and_the_loser_notices(saved, other_process):
    lock = acquire(saved, force=True)
    assert lock.held and holder(saved).pid == os.getpid()
    answer, _ = other_process.communicate("\n", timeout=10)
    assert answer.strip() == "taken"
    assert lock.still_held() and lock.path.exists()  # the loser's release left our lock alone
    lock.release()


def test_a_dead_process_leaves_a_stale_lock_that_is_taken_over(saved):
    process = subprocess.Popen([sys.executable, "-c", HOLD + "\nimport os; os._exit(0)", str(saved), "crash"],
                               stdout=subprocess.PIPE, text=True)
    output, _ = process.communicate(timeout=30)  # waits for it: a dead process, not a zombie
    assert output.strip() == "held" and lock_path(saved).exists()
    stale = holder(saved)
    assert stale.pid == process.pid and stale.is_stale()
    lock = acquire(saved)
    assert lock.held and holder(saved).pid == os.getpid()
    lock.release()


def test_a_reused_process_id_does_not_keep_a_lock_alive(saved):
    me = this_process()
    if not me.started:
        pytest.skip("this system does not tell when a process started")
    _plant(saved, pid=os.getpid(), started="another-boot:1")
    assert holder(saved).is_stale()
    assert acquire(saved).held


def test_another_computers_lock_is_respected_until_forced(saved):
    _plant(saved, host="anna-laptop", user="anna", pid=4242)
    with pytest.raises(FileInUse, match="anna on anna-laptop has had hotel.cxd open since"):
        acquire(saved)
    assert holder(saved).owner.running() is None
    assert acquire(saved, force=True).held


def test_garbage_lock_files_are_taken_over(saved, monkeypatch):
    monkeypatch.setattr(locks, "_SETTLE_SECONDS", 0.1)
    for garbage in (b"", b"{", b"[1, 2]", b'{"host": 5}', b"\xff\xfe", b"[" * 5000, b"x" * 10_000,
                    json.dumps({"user": "a", "host": "h", "pid": 10**30, "since": "2024-01-01T00:00:00"}).encode()):
        lock_path(saved).write_bytes(garbage)
        assert holder(saved) is None
        lock = acquire(saved)
        assert lock.held, garbage
        lock.release()


def test_a_read_only_folder_gives_an_unheld_lock_not_an_error(saved, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(locks.os, "open", refuse)
    lock = acquire(saved)
    assert not lock.held and lock.problem == "the folder is read-only or you lack permission to write there"
    lock.release()


def test_a_really_read_only_folder(saved, tmp_path):
    """No lock can be written, yet the file opens (through ``cxdesigner check``, in the same process)."""
    script = HOLD + "\nfrom cxdesigner.storage import open_project; print(open_project(sys.argv[1]).name)"
    command = [sys.executable, "-c", script, str(saved), "once"]
    if os.geteuid() == 0:  # root writes anywhere: mount the folder read-only for it
        if subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode != 0:
            pytest.skip("root ignores folder permissions and cannot mount a read-only folder here")
        folder = shlex.quote(str(tmp_path))
        command = ["unshare", "-m", "sh", "-c", f"mount --bind -o ro {folder} {folder} && exec {shlex.join(command)}"]
        result = subprocess.run(command, capture_output=True, text=True)
    else:
        tmp_path.chmod(0o555)
        try:
            result = subprocess.run(command, capture_output=True, text=True)
        finally:
            tmp_path.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "not held: the folder is read-only or you lack permission to write there", "Test hotel"]
    assert not lock_path(saved).exists()


def test_the_lock_sits_beside_the_real_file_of_a_link(saved, tmp_path):
    link = tmp_path / "link.cxd"
    link.symlink_to(saved)
    with acquire(link) as lock:
        assert lock.path == saved.with_name(".~hotel.cxd.lock")
        with pytest.raises(FileInUse):
            acquire(saved)
    assert not lock.path.exists()


def _plant(path, *, host=None, user="someone", pid=1, started=""):
    lock_path(path).write_text(json.dumps({
        "user": user, "host": host or host_name(), "pid": pid, "started": started,
        "since": datetime.now().astimezone().isoformat(timespec="seconds"), "token": "planted"}))
