"""Exporting maps to files, for the export dialog and the command line alike.

One file per map (``NAME-MAP.ext`` when several maps go out), or one PDF for
all of them; JSON is always the whole project. Every file is written whole
through a temporary file, so a failed or cancelled export leaves what was
there before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cxdesigner.atomic import write_atomically
from cxdesigner.model import Project
from cxdesigner.render.files import ExportCancelled, ExportError, pdf_bytes, png_bytes, svg_bytes

__all__ = ["FORMATS", "ExportCancelled", "ExportError", "ExportOptions", "export_maps", "output_paths"]
from cxdesigner.render.pages import PageSetup

FORMATS = {"pdf": ".pdf", "svg": ".svg", "png": ".png", "csv": ".csv", "json": ".json", "mermaid": ".mmd"}

#: ``(done, total)`` -> keep going? Called before each step and at the end.
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class ExportOptions:
    format: str = "pdf"
    setup: PageSetup = field(default_factory=PageSetup)
    dpi: float = 150.0
    transparent: bool = False
    bom: bool = False          # CSV: a byte-order mark, so spreadsheet programs read UTF-8
    author: str = ""
    one_pdf: bool = True       # several maps: one PDF with them all
    summary: bool = False      # each persona's journey scores under the map


def output_paths(project: Project, map_ids: Sequence[str], options: ExportOptions, output: Path) -> list[Path]:
    """The files an export writes: ``output`` itself when it makes one file."""
    if options.format == "json" or len(map_ids) == 1 or (options.format == "pdf" and options.one_pdf):
        return [output]
    stem, used = output.with_suffix(""), set()
    paths = []
    for map_id in map_ids:
        slug = _slug(project.find(map_id).name)
        name, number = slug, 2
        while name in used:
            name, number = f"{slug}-{number}", number + 1
        used.add(name)
        paths.append(stem.parent / f"{stem.name}-{name}{FORMATS[options.format]}")
    return paths


def export_maps(project: Project, map_ids: Sequence[str], options: ExportOptions, output: str | Path,
                progress: Progress | None = None) -> list[Path]:
    """Write the maps; returns the files written. Raises ``ExportError`` (one plain
    sentence) or ``ExportCancelled``."""
    if options.format not in FORMATS:
        raise ExportError(f"Unknown format '{options.format}'. Choose one of {', '.join(FORMATS)}.")
    if not map_ids and options.format != "json":
        raise ExportError("This project has no map to export.")
    paths = output_paths(project, map_ids, options, Path(output))
    if options.format == "json":
        from cxdesigner.interchange.json_form import dumps
        _write(paths[0], dumps(project).encode("utf-8"))
        return paths
    done, total = 0, len(map_ids)
    keep_going = lambda: progress is None or progress(done, total)  # noqa: E731 (done moves on below)
    if options.format == "pdf" and len(paths) == 1:  # one PDF holds every map
        finished = []

        def after_map() -> bool:
            nonlocal done
            done += 1
            finished.append(keep_going())
            return finished[-1]

        if not keep_going():
            raise ExportCancelled()
        data = pdf_bytes(project, map_ids, options.setup, author=options.author, summary=options.summary,
                         after_map=after_map)
        if not all(finished):
            raise ExportCancelled()
        _write(paths[0], data)
        return paths
    written = []
    for map_id, path in zip(map_ids, paths):
        if not keep_going():
            raise ExportCancelled()
        for target, data in _files(project, map_id, options, path, keep_going):  # a long PNG can cancel midway
            _write(target, data)
            written.append(target)
        done += 1
    keep_going()
    return written


def _files(project: Project, map_id: str, options: ExportOptions, path: Path,
           keep_going: Callable[[], bool]) -> list[tuple[Path, bytes]]:
    """What one map becomes: one file, or for CSV a table of touchpoints at ``path``
    and its pain points and actions beside it (``NAME-pain-points.csv``...)."""
    jmap = project.find(map_id)
    match options.format:
        case "pdf":
            return [(path, pdf_bytes(project, [map_id], options.setup, author=options.author,
                                     summary=options.summary))]
        case "svg":
            return [(path, svg_bytes(project, map_id, summary=options.summary))]
        case "png":
            return [(path, png_bytes(project, map_id, options.dpi, transparent=options.transparent,
                                     summary=options.summary, after_strip=keep_going))]
        case "csv":
            from cxdesigner.interchange.csv_form import map_tables
            tables = map_tables(project, jmap, bom=options.bom)
            return [(path if name == "touchpoints" else path.with_name(f"{path.stem}-{name}.csv"),
                     text.encode("utf-8")) for name, text in tables.items()]
        case "mermaid":
            from cxdesigner.interchange.mermaid import map_to_mermaid
            return [(path, map_to_mermaid(project, jmap).encode("utf-8"))]
    raise AssertionError(options.format)


def _write(path: Path, data: bytes) -> None:
    try:
        write_atomically(path, data)
    except OSError as error:
        reason = error.strerror or str(error)
        raise ExportError(f"Could not write {path.name}: {reason}. Nothing was changed there.") from None


def _slug(name: str) -> str:
    """A map's name as a safe file-name part: letters, digits and dashes."""
    return re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-").lower() or "map"
