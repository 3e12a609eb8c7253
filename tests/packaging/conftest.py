"""Tests marked ``slow`` start the built application: they run only when asked for
with ``-m slow`` (``make test-package``, which builds it first), never in ``make test``."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config, items):
    if "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="starts the built application: run make test-package")
    for item in items:
        if item.get_closest_marker("slow") is not None:
            item.add_marker(skip)
