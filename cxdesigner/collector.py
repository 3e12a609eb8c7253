"""Pausing Python's cycle collector while many objects are built at once (reading a
big file makes a million objects and no garbage: collecting meanwhile only costs time)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
