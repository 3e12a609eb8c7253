"""Python's cycle collector: paused while many objects are built at once (reading a big
file makes a million objects and no garbage: collecting meanwhile only costs time), and
run by the window's thread alone when the application asks (``collect_due``)."""

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


def collect_due() -> None:
    """The collection Python would have started by now on its own, if any (with automatic
    collection off, so that it happens in the thread that calls this)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = next((g for g in (2, 1, 0) if counts[g] > thresholds[g]), None)
    if generation is not None:
        gc.collect(generation)
