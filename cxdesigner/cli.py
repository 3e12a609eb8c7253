"""The command line: open the editor, or work on project files with no display.

``cxdesigner [PATH.cxd]`` opens the editor; the commands below it never load
Qt. Exit codes: 0 done, 1 a bad file or input (one plain line on stderr),
2 a usage error. No traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from cxdesigner import __version__

COMMANDS = ("new", "templates", "check", "info", "export", "import", "survey", "diff", "merge")


class UserError(Exception):
    """A problem the user can fix; ``str()`` is the one line shown."""


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            options = _command_parser().parse_args(args)
            return options.run(options)
        options = _editor_parser().parse_args(args)
        return _open_editor(options.path)
    except UserError as error:
        print(f"cxdesigner: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


# -- parsers -----------------------------------------------------------------

def _editor_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cxdesigner", description="CX Designer: a desktop editor for customer experience maps.",
        epilog="commands (each has --help): " + ", ".join(COMMANDS) + ". "
               "Example: cxdesigner new hotel.cxd --template hotel")
    parser.add_argument("path", nargs="?", help="a .cxd project file to open in the editor")
    parser.add_argument("--version", action="version", version=f"CX Designer {__version__}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cxdesigner")
    commands = parser.add_subparsers(required=True, metavar="command")

    new = commands.add_parser("new", help="create a project file from a template")
    new.add_argument("path", help="the .cxd file to create")
    new.add_argument("--template", default="blank", help="template name (see 'cxdesigner templates')")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    new.set_defaults(run=_new)

    templates = commands.add_parser("templates", help="list the templates")
    templates.set_defaults(run=_templates)

    check = commands.add_parser("check", help="check that project files open cleanly")
    check.add_argument("paths", nargs="+", metavar="path")
    check.add_argument("--full", action="store_true",
                       help="run SQLite's full integrity check (slower) instead of the quick one")
    check.set_defaults(run=_check)

    info = commands.add_parser("info", help="describe a project file")
    info.add_argument("path")
    info.add_argument("--json", action="store_true", help="print JSON instead of text")
    info.set_defaults(run=_info)

    export = commands.add_parser(
        "export", help="export maps as PDF, SVG, PNG, CSV or Mermaid, or the project as JSON",
        description="Export with no display needed. One file per map, or one PDF for --all-maps.")
    export.add_argument("path")
    export.add_argument("--format", required=True, choices=("pdf", "svg", "png", "csv", "json", "mermaid"))
    which = export.add_mutually_exclusive_group()
    which.add_argument("--map", help="the map to export (needed when there are several, unless --all-maps)")
    which.add_argument("--all-maps", action="store_true", help="every map of the project")
    export.add_argument("--output", help="file to write (default: standard output for csv, json and mermaid; "
                                         "PROJECT.pdf/.svg/.png in the current folder otherwise)")
    paper = export.add_argument_group("paper (pdf)")
    paper.add_argument("--page", default="A4", choices=("A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid"))
    orientation = paper.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", dest="landscape", action="store_true", default=True,
                             help="(the default)")
    orientation.add_argument("--portrait", dest="landscape", action="store_false")
    paper.add_argument("--tile", action="store_true", help="a poster over several sheets, with crop marks")
    paper.add_argument("--sheets-high", type=int, default=1, metavar="N", help="poster height in sheets (default 1)")
    paper.add_argument("--author", default="", help="the author recorded in the PDF")
    image = export.add_argument_group("image (png)")
    image.add_argument("--dpi", type=float, default=150.0, help="resolution (default 150)")
    image.add_argument("--transparent", action="store_true", help="no background")
    export.add_argument("--bom", action="store_true", help="csv: start with a byte-order mark (for Excel)")
    export.add_argument("--summary", action="store_true",
                        help="pdf, svg, png: each persona's journey scores under the map")
    export.set_defaults(run=_export)

    imp = commands.add_parser("import", help="build a project file from JSON or Mermaid journey text")
    imp.add_argument("source", help="a CX Designer JSON file, or Mermaid journey text (.mmd)")
    imp.add_argument("--output", required=True, help="the .cxd file to create")
    imp.add_argument("--force", action="store_true", help="overwrite an existing file")
    imp.set_defaults(run=_import)

    survey = commands.add_parser(
        "survey", help="import survey answers (CSV) into a map and measure its ratings",
        description="Reads the CSV, proposes what each column means and prints the plan: the mapping, the rows "
                    "left out (by line), the ratings the answers imply and the NPS. Nothing changes without --yes.")
    survey.add_argument("path", help="the .cxd project file")
    survey.add_argument("data", help="the survey answers, CSV (wide: a column per touchpoint; long: a row per answer)")
    survey.add_argument("--map", help="the map the survey measures (needed when there are several)")
    survey.add_argument("--persona", help="the persona of respondents without a segment")
    survey.add_argument("--name", help="the survey's name (default: the file's name); importing a survey of the same "
                                       "name or file again replaces it")
    survey.add_argument("--scale", nargs=2, type=float, metavar=("LOW", "HIGH"),
                        help="the survey's own scale (default: guessed from the answers)")
    survey.add_argument("--match", action="append", default=[], metavar="QUESTION=TOUCHPOINT",
                        help="measure a touchpoint (title or number) with a question; empty TOUCHPOINT: leave it out")
    survey.add_argument("--segment", action="append", default=[], metavar="SEGMENT=PERSONA",
                        help="count a segment's respondents for a persona; empty PERSONA: for none")
    for role, what in (("respondent", "respondent"), ("segment", "segment"), ("nps", "NPS answers (0-10)")):
        survey.add_argument(f"--{role}-column", metavar="COLUMN", help=f"the column of the {what}")
    survey.add_argument("--nps-touchpoint", metavar="TOUCHPOINT", help="the touchpoint the NPS question asks about "
                                                                        "(default: the whole journey)")
    survey.add_argument("--min-answers", type=int, default=10, metavar="N",
                        help="flag ratings resting on fewer answers (default 10)")
    survey.add_argument("--no-ratings", action="store_true", help="keep the answers but leave the ratings as they are")
    survey.add_argument("--yes", action="store_true", help="import: add the survey, set the ratings and save")
    survey.set_defaults(run=_survey)

    from cxdesigner.compare_cli import add_commands
    add_commands(commands)
    return parser


# -- commands ----------------------------------------------------------------

def _new(options) -> int:
    from cxdesigner.interchange.templates import load_template
    _refuse_overwrite(options.path, options.force)
    try:
        project = load_template(options.template)
    except KeyError as error:
        raise UserError(error.args[0]) from None
    _save(project, options.path)
    print(f"Created {options.path} from the '{options.template}' template.")
    return 0


def _templates(_options) -> int:
    from cxdesigner.interchange.templates import template_names, template_summary
    names = template_names()
    width = max(map(len, names))
    for name in names:
        print(f"{name:<{width}}  {template_summary(name)}")
    return 0


def _check(options) -> int:
    """Each file is opened exactly as the editor would, read-only: ``path: ok`` on stdout, or one line on stderr."""
    from cxdesigner.storage import ProjectFileError, open_project
    from cxdesigner.storage.errors import one_line
    failed = False
    for path in options.paths:
        try:
            open_project(path, full_check=options.full)
            print(f"{path}: ok")
            from cxdesigner.compare_cli import print_conflicted_copies
            print_conflicted_copies(path)
        except ProjectFileError as error:
            failed = True
            print(error, file=sys.stderr)
        except Exception as error:  # a file must never crash the check of the next one
            failed = True
            print(one_line(f"{Path(path).name} could not be checked ({type(error).__name__}: {error})."),
                  file=sys.stderr)
    return 1 if failed else 0


def _info(options) -> int:
    from cxdesigner.storage.reader import file_format_version
    project = _load(options.path)
    personas = {p.id: p.name for p in project.personas}
    summary = {
        "path": str(options.path), "name": project.name, "schema_version": file_format_version(options.path),
        "personas": [p.name for p in project.personas],
        "maps": [{"name": m.name, "scale": [m.scale.low, m.scale.high],
                  "personas": [personas[p] for p in m.persona_ids],
                  "stages": [s.name for s in m.stages], "touchpoints": [t.title for t in m.touchpoints]}
                 for m in project.maps],
    }
    if options.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return 0
    print(f"{project.name}  ({options.path}, file format {summary['schema_version']})")
    print(f"Personas: {', '.join(summary['personas']) or 'none'}")
    for m in summary["maps"]:
        print(f"\nMap \"{m['name']}\": {len(m['stages'])} stages, {len(m['touchpoints'])} touchpoints, "
              f"scale {m['scale'][0]:g} to {m['scale'][1]:g}, personas: {', '.join(m['personas']) or 'none'}")
        print(f"  Stages: {', '.join(m['stages'])}")
        for number, title in enumerate(m["touchpoints"], start=1):
            print(f"  {number:>3}. {title}")
    return 0


def _export(options) -> int:
    project = _load(options.path)
    if options.all_maps:
        maps = project.maps
    else:
        maps = [] if options.format == "json" else [_pick_map(project, options.map)]
    text_format = options.format in ("csv", "json", "mermaid")
    if options.output is None and text_format:
        if len(maps) > 1:
            raise UserError("Several maps need --output: each is written to its own file.")
        sys.stdout.write(_text_export(project, maps, options))
        return 0
    if not text_format:
        _start_headless_qt()
    from cxdesigner.render.export import FORMATS, ExportOptions, export_maps
    from cxdesigner.render.files import ExportError
    from cxdesigner.render.pages import PageSetup
    output = options.output or Path(options.path).stem + FORMATS[options.format]
    try:
        setup = PageSetup(options.page, options.landscape, options.tile, options.sheets_high)
        written = export_maps(project, [m.id for m in maps], ExportOptions(
            options.format, setup, options.dpi, options.transparent, options.bom, options.author,
            summary=options.summary), output)
    except (ExportError, ValueError) as error:
        raise UserError(str(error)) from None
    for path in written:
        print(f"Wrote {path}")
    return 0


def _text_export(project, maps, options) -> str:
    if options.format == "json":
        from cxdesigner.interchange.json_form import dumps
        return dumps(project)
    if options.format == "mermaid":
        from cxdesigner.interchange.mermaid import map_to_mermaid
        return map_to_mermaid(project, maps[0])
    from cxdesigner.interchange.csv_form import map_to_csv
    return map_to_csv(project, maps[0], bom=options.bom)


def _start_headless_qt() -> None:
    """Drawing needs a QApplication, never a display: files are drawn offscreen."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    if QApplication.instance() is None:
        global _application
        _application = QApplication(["cxdesigner"])


_application = None


def _import(options) -> int:
    from cxdesigner.interchange.json_form import JsonFormError, loads
    from cxdesigner.interchange.mermaid import MermaidError, mermaid_to_project
    _refuse_overwrite(options.output, options.force)
    try:
        text = Path(options.source).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(f"Could not read {options.source}: {getattr(error, 'strerror', None) or error}.") from None
    mermaid = Path(options.source).suffix.lower() in (".mmd", ".mermaid") or not text.lstrip().startswith("{")
    try:
        project = mermaid_to_project(text, name=Path(options.source).stem) if mermaid else loads(text)
    except (JsonFormError, MermaidError) as error:
        raise UserError(f"{options.source}: {error}") from None
    _save(project, options.output)
    print(f"Created {options.output} from {options.source}.")
    return 0


def _survey(options) -> int:
    """Plan a survey import and, with ``--yes``, carry it out: the dataset, the measured ratings, one save."""
    from datetime import datetime

    from cxdesigner.analysis.measured import apply_rating_changes, measure_ratings, rating_changes
    from cxdesigner.interchange.survey_csv import SurveyCsvError, apply_import, build_survey, read_survey_table
    project = _load(options.path)
    jmap = _pick_map(project, options.map)
    try:
        table = read_survey_table(Path(options.data).read_bytes())
        mapping = _survey_mapping(table, project, jmap, options)
        result = build_survey(table, mapping, project, jmap.id, name=options.name or Path(options.data).stem,
                              source=Path(options.data).name, imported_at=datetime.now().astimezone())
    except OSError as error:
        raise UserError(f"Could not read {options.data}: {error.strerror or error}.") from None
    except SurveyCsvError as error:
        raise UserError(f"{Path(options.data).name}: {error}") from None
    measured = measure_ratings(project, result.dataset, min_answers=options.min_answers)
    _print_survey_plan(project, jmap, table, mapping, result, measured)
    if not options.yes:
        print("\nNothing was changed. Add --yes to import.")
        return 0
    apply_import(project, result)
    changes = [] if options.no_ratings else rating_changes(project, result.dataset, measured)
    apply_rating_changes(project, changes)
    _save(project, options.path)
    print(f"\nImported {result.respondents} respondents into \"{jmap.name}\" and set {len(changes)} ratings; "
          f"saved {options.path}.")
    return 0


def _survey_mapping(table, project, jmap, options):
    """The proposed mapping, with what the options say instead."""
    from cxdesigner.analysis.matching import fold
    from cxdesigner.interchange.survey_csv import propose_mapping
    mapping = propose_mapping(table, project, jmap.id)
    personas = {fold(project.find(p).name): p for p in jmap.persona_ids}

    def persona(name):
        if not name.strip():
            return None
        if fold(name) not in personas:
            names = ", ".join(project.find(p).name for p in jmap.persona_ids)
            raise UserError(f"The map \"{jmap.name}\" has no persona called '{name}'. Personas: {names or 'none'}.")
        return personas[fold(name)]

    def touchpoint(name):
        if not name.strip():
            return None
        if name.strip().isdigit() and 1 <= int(name) <= len(jmap.touchpoints):
            return jmap.touchpoints[int(name) - 1].id
        found = [t.id for t in jmap.touchpoints if fold(t.title) == fold(name)]
        if not found:
            raise UserError(f"The map \"{jmap.name}\" has no touchpoint called '{name}' (give its title or number).")
        return found[0]

    for role in ("respondent", "segment", "nps"):
        column = getattr(options, f"{role}_column")
        if column is not None:
            setattr(mapping, f"{role}_column", column)
            mapping.questions.pop(column, None)
    for pair in options.match:
        question, _, title = pair.partition("=")
        mapping.questions[question.strip()] = touchpoint(title)
        mapping.matches[question.strip()] = "given"
    for pair in options.segment:
        segment, _, name = pair.partition("=")
        mapping.segments[segment.strip()] = persona(name)
    if options.persona is not None:
        mapping.persona_id = persona(options.persona)
    if options.nps_touchpoint is not None:
        mapping.nps_touchpoint_id = touchpoint(options.nps_touchpoint)
    if options.scale is not None:
        mapping.scale_low, mapping.scale_high = options.scale
    return mapping


def _print_survey_plan(project, jmap, table, mapping, result, measured) -> None:
    from cxdesigner.analysis.nps import net_promoter
    from cxdesigner.analysis.responses import nps_answers
    names = {item.id: getattr(item, "name", None) or getattr(item, "title", "") for item, _ in project.walk()}
    delimiter = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}[table.delimiter]
    print(f"Survey \"{result.dataset.name}\" for map \"{jmap.name}\": {table.encoding}, {delimiter}-separated, "
          f"{mapping.form} form, scale {mapping.scale_low:g} to {mapping.scale_high:g} "
          f"(the map's: {jmap.scale.low:g} to {jmap.scale.high:g}).")
    print(f"{result.respondents} respondents, {len(result.dataset.answers)} answers from {result.rows_read} rows.")
    if result.replaces is not None:
        print(f"Replaces the survey \"{result.replaces.name}\" imported earlier.")
    print("\nQuestions:")
    for question, touchpoint_id in mapping.questions.items():
        if touchpoint_id is not None:
            print(f"  {question}  ->  {names[touchpoint_id]} ({mapping.matches.get(question, 'given')})")
    for question in mapping.unmatched:
        print(f"  {question}  ->  not imported (--match \"{question}=TOUCHPOINT\" to import it)")
    roles = [("respondent", mapping.respondent_column), ("segment", mapping.segment_column),
             ("NPS (0-10)", mapping.nps_column or mapping.nps_question),
             *(("comments", c) for c in mapping.comment_columns)]
    print("\n".join(f"  {column}  ->  {role}" for role, column in roles if column))
    for segment, persona_id in mapping.segments.items():
        print(f"  segment {segment}  ->  {names[persona_id] if persona_id else 'no persona (--segment)'}")
    if result.problems:
        print(f"\nRows left out ({len(result.problems)}):")
        for problem in result.problems:
            print(f"  {problem}")
    for note in result.notes:
        print(f"\n{note}" if note is result.notes[0] else note)
    print("\nMeasured ratings (mean, 95% interval, answers):")
    for m in measured:
        old = jmap.rating(m.touchpoint_id, m.persona_id)
        interval = f"{m.interval_low:.2f} to {m.interval_high:.2f}" if m.interval_low is not None else "no interval"
        now = f"{old.value:g}" if old else "none"
        print(f"  {names[m.touchpoint_id]} / {names[m.persona_id]}: {now} -> {m.mean:.2f} "
              f"({interval}, n={m.n}{', few answers' if m.few_answers else ''})")
    nps = net_promoter(nps_answers(project, result.dataset))
    if nps is not None:
        print(f"\nNPS: {nps.score:+.0f} ± {nps.margin:.0f} ({nps.promoters} promoters, {nps.passives} passives, "
              f"{nps.detractors} detractors)")


# -- shared steps --------------------------------------------------------------

def _load(path):
    from cxdesigner.storage import ProjectFileError, open_project
    try:
        return open_project(path)
    except ProjectFileError as error:
        raise UserError(str(error)) from None


def _save(project, path) -> None:
    from cxdesigner.storage import ProjectFileError, save_project
    try:
        save_project(project, path)
    except ProjectFileError as error:
        raise UserError(str(error)) from None


def _refuse_overwrite(path: str, force: bool) -> None:
    if os.path.exists(path) and not force:
        raise UserError(f"{path} already exists; add --force to replace it.")


def _pick_map(project, name: str | None):
    names = ", ".join(m.name for m in project.maps)
    if name is not None:
        for jmap in project.maps:
            if jmap.name == name:
                return jmap
        raise UserError(f"There is no map called '{name}'. Maps: {names or 'none'}.")
    if len(project.maps) == 1:
        return project.maps[0]
    if not project.maps:
        raise UserError("This project has no map to export.")
    raise UserError(f"This project has {len(project.maps)} maps; choose one with --map ({names}).")


def _open_editor(path: str | None) -> int:
    if path is not None and not os.path.exists(path):
        raise UserError(f"{path} does not exist. To create it: cxdesigner new {path}")
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        raise UserError("No display was found; the editor needs a desktop session. "
                        "Commands such as 'cxdesigner check' work without one.")
    from cxdesigner.app import platform_problem, run
    problem = platform_problem()
    if problem:
        raise UserError(problem)
    return run(path)
