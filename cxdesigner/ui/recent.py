"""The recent-files list, kept in the application's settings; missing files drop out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY, LIMIT = "files/recent", 10


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[Path]:
        """Most recent first; files that no longer exist are pruned."""
        stored = self.settings.value(KEY, []) or []
        stored = [stored] if isinstance(stored, str) else list(stored)
        existing = [Path(p) for p in stored if Path(p).is_file()]
        if len(existing) != len(stored):
            self._store(existing)
        return existing

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        self._store([path, *(p for p in self.paths() if p != path)][:LIMIT])

    def remove(self, path: Path) -> None:
        self._store([p for p in self.paths() if p != Path(path).resolve()])

    def _store(self, paths: list[Path]) -> None:
        self.settings.setValue(KEY, [str(p) for p in paths])
