"""Who is running: this process's identity, and whether a recorded one still runs.

Lock files and recovery copies record the process that wrote them, so that a
later process can tell a colleague's open editor from the leftovers of a crash.
A process id alone is not enough after a reboot or a long time (ids are
reused), so where the system tells (Linux) the process's start is recorded too.
"""

from __future__ import annotations

import getpass
import os
import socket
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Owner:
    """A process somewhere: ``started`` tells a reused id from the original (``""`` where unknown)."""

    user: str
    host: str
    pid: int
    started: str = ""

    def on_this_host(self) -> bool:
        return self.host == host_name()

    def is_this_process(self) -> bool:
        return self.on_this_host() and self.pid == os.getpid() and self.started == start_of(self.pid)

    def running(self) -> bool | None:
        """``True`` or ``False`` for a process of this host; ``None`` for another host's (we cannot know)."""
        if not self.on_this_host():
            return None
        if not pid_running(self.pid):
            return False
        return not self.started or self.started == start_of(self.pid)


def this_process() -> Owner:
    return Owner(user=user_name(), host=host_name(), pid=os.getpid(), started=start_of(os.getpid()))


def user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or the password database
        return ""


def host_name() -> str:
    return socket.gethostname()


def pid_running(pid: int) -> bool:
    """Whether a process with this id exists here (and has not merely died unreaped)."""
    if not 0 < pid < 2**31:
        return False
    if sys.platform == "win32":
        return _windows_pid_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    except OSError:
        return False
    return _linux_state(pid) != "Z"


def _stat_fields(pid: int) -> list[str] | None:
    """The fields of ``/proc/PID/stat`` after the command name (which may hold spaces), or ``None``."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            text = handle.read().decode("ascii", "replace")
    except OSError:
        return None
    return text[text.rfind(")") + 2:].split()


def _linux_state(pid: int) -> str:
    fields = _stat_fields(pid)
    return fields[0] if fields else ""


def start_of(pid: int) -> str:
    """``boot id:start time in clock ticks`` on Linux, ``""`` elsewhere."""
    fields = _stat_fields(pid)
    if not fields or len(fields) < 20:
        return ""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as handle:
            boot = handle.read().strip()
    except OSError:
        boot = ""
    return f"{boot}:{fields[19]}"


def _windows_pid_running(pid: int) -> bool:
    """``os.kill(pid, 0)`` would end the process on Windows: ask the kernel instead."""
    import ctypes

    kernel = ctypes.windll.kernel32
    handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel.GetLastError() == 5  # ERROR_ACCESS_DENIED: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)
