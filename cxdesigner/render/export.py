"""Exporting maps to files, for the export dialog and the command line alike.

One file per map (``NAME-MAP.ext`` when several maps go out; an Excel workbook
holds a map's tables as sheets), or one PDF for
all of them; JSON is always the whole project, and the interactive HTML map one
page with a picker for the maps. Every file is written whole
through a temporary file, so a failed or cancelled export leaves what was
there before.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from copy import deepcopy
from dataclasses import dataclass, field, replace
from pathlib import Path

from cxdesigner.atomic import real_target, write_all_atomically
from cxdesigner.model import Project
from cxdesigner.render.files import ExportCancelled, ExportError, pdf_bytes, png_bytes, svg_bytes
from cxdesigner.storage.writer import why_not_written

__all__ = ["FORMATS", "ExportCancelled", "ExportError", "ExportOptions", "export_maps", "output_paths"]
from cxdesigner.render.pages import PageSetup

#: The tables of a CSV export, in the order ``map_tables`` makes them (the first is at the output path).
CSV_TABLES = ("touchpoints", "pain-points", "actions")
#: The most characters of one text drawn in a picture (a card shows a few lines of it).
MAX_DRAWN_CHARS = 2_000
FORMATS = {"pdf": ".pdf", "svg": ".svg", "png": ".png", "csv": ".csv", "xlsx": ".xlsx", "json": ".json",
           "mermaid": ".mmd", "html": ".html"}

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
    pack: bool = False         # PDF: the stakeholder pack (personas, plan, pain points, insights after each map)
    comments: bool = False     # the pack: the review comments as an appendix


def output_paths(project: Project, map_ids: Sequence[str], options: ExportOptions, output: Path) -> list[Path]:
    """The files an export writes: ``output`` itself when it makes one file."""
    if options.format in ("json", "html") or len(map_ids) == 1 or (options.format == "pdf" and (options.one_pdf or options.pack)):
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
    _check_targets([target for path in paths for target in _names(options, path)])
    pack = options.pack and options.format == "pdf"
    if options.format in ("pdf", "svg", "png") and not pack:  # the pack cuts its own texts
        project = drawable(project)
    if options.format == "json":
        from cxdesigner.interchange.json_form import dumps
        _write(paths[0], dumps(project).encode("utf-8"))
        return paths
    if options.format == "html":  # one page holds every map, with a picker
        from cxdesigner.render.html_map import html_page
        if progress is not None and not progress(0, 1):
            raise ExportCancelled()
        _write(paths[0], html_page(project, list(map_ids)).encode("utf-8"))
        if progress is not None:
            progress(1, 1)
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
        if pack:
            from cxdesigner.render.pack import pack_bytes
            data = pack_bytes(project, map_ids, options.setup, author=options.author, comments=options.comments,
                              after_map=after_map)
        else:
            data = pdf_bytes(project, map_ids, options.setup, author=options.author, summary=options.summary,
                             after_map=after_map)
        if not all(finished):
            raise ExportCancelled()
        _write(paths[0], data)
        return paths
    for map_id, path in zip(map_ids, paths):
        if not keep_going():
            raise ExportCancelled()
        _write_all(_files(project, map_id, options, path, keep_going))  # a long PNG can cancel midway
        done += 1
    keep_going()
    return [target for path in paths for target in _names(options, path)]


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
            return list(zip(_names(options, path), (text.encode("utf-8") for text in tables.values())))
        case "xlsx":
            from cxdesigner.interchange.map_workbook import map_workbook
            return [(path, map_workbook(project, jmap))]
        case "mermaid":
            from cxdesigner.interchange.mermaid import map_to_mermaid
            return [(path, map_to_mermaid(project, jmap).encode("utf-8"))]
    raise AssertionError(options.format)


def _names(options: ExportOptions, path: Path) -> list[Path]:
    """The files one map becomes: for CSV its touchpoints at ``path``, pain points and actions beside it."""
    if options.format != "csv":
        return [path]
    return [path, *(path.with_name(f"{path.stem}-{name}.csv") for name in CSV_TABLES[1:])]


def drawable(project: Project, limit: int = MAX_DRAWN_CHARS) -> Project:
    """``project`` itself, or a copy whose texts are cut at ``limit`` characters: no card, band or label
    shows more, and laying out megabytes of text for a picture takes minutes."""
    def too_long(item: object) -> bool:
        return any(isinstance(v, str) and len(v) > limit
                   for v in (getattr(item, f.name) for f in dataclasses.fields(item)))

    items = [project, *(item for item, _ in project.walk()), *(m.scale for m in project.maps)]
    if not any(too_long(item) for item in items):
        return project
    copy = deepcopy(project)
    for item in [copy, *(item for item, _ in copy.walk())]:
        for f in dataclasses.fields(item):
            value = getattr(item, f.name)
            if isinstance(value, str) and len(value) > limit:
                setattr(item, f.name, value[:limit - 1] + "…")
    for jmap in copy.maps:
        jmap.scale = replace(jmap.scale, low_label=jmap.scale.low_label[:limit], high_label=jmap.scale.high_label[:limit])
    return copy


def _check_targets(targets: list[Path]) -> None:
    """Before anything is drawn: every output must be a new or a regular file in a folder that exists."""
    for target in targets:
        try:
            real, _ = real_target(target)
        except OSError as error:
            raise ExportError(f"Could not write {target.name}: {why_not_written(error)}. Nothing was changed "
                              f"there.") from None
        if not real.parent.is_dir():
            raise ExportError(f"Could not write {target.name}: the folder {real.parent.name or real.parent} does "
                              f"not exist. Nothing was changed there.")


def _write(path: Path, data: bytes) -> None:
    _write_all([(path, data)])


def _write_all(files: list[tuple[Path, bytes]]) -> None:
    """Every file of one map, or none: a folder or device in the way refuses them all, before any is written."""
    try:
        write_all_atomically(files)
    except OSError as error:
        name = Path(error.filename).name if error.filename else files[0][0].name
        raise ExportError(f"Could not write {name}: {why_not_written(error)}. "
                          f"{'No file was' if len(files) > 1 else 'Nothing was'} changed there.") from None


def _slug(name: str) -> str:
    """A map's name as a safe file-name part: letters, digits and dashes."""
    return re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-").lower() or "map"
