"""The command line: open the editor, or work on project files with no display.

``cxdesigner [PATH.cxd]`` opens the editor; the commands below it never load
Qt. Exit codes: 0 done, 1 a bad file or input (one plain line on stderr),
2 a usage error (two lines). No traceback reaches the user, and what is printed
for people to read has no control characters (``plain.printable``). Commands
that save take the file's lock as the editor does, wait for it a bounded time,
and save only over the file they read.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from cxdesigner import __version__
from cxdesigner.console import UserError, load, pick_map, plain_output, report_unexpected, saving
from cxdesigner.plain import clip, one_line

COMMANDS = ("new", "templates", "check", "info", "export", "import", "survey", "diff", "merge")
#: The largest JSON project and Mermaid text read by ``import``.
MAX_JSON_BYTES = 256 * 2**20
MAX_MERMAID_BYTES = 32 * 2**20


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    with plain_output():
        try:
            if args and args[0] in COMMANDS:
                options = _command_parser().parse_args(args)
                code = options.run(options)
            else:
                options = _editor_parser().parse_args(args)
                code = _open_editor(options.path)
            sys.stdout.flush()
            return code
        except UserError as error:
            print(f"cxdesigner: {one_line(str(error))}", file=sys.stderr)
            return 1
        except KeyboardInterrupt:
            return 130
        except Exception as error:  # noqa: BLE001 (the last line of defence: one sentence, never a traceback)
            return report_unexpected(error)


class _Parser(argparse.ArgumentParser):
    """Usage mistakes in two lines (what is wrong, where to look), not the whole usage text."""

    def error(self, message: str):
        print(f"{self.prog}: {one_line(message)}", file=sys.stderr)
        print(f"Try '{self.prog} --help'.", file=sys.stderr)
        raise SystemExit(2)


# -- parsers -----------------------------------------------------------------

def _editor_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cxdesigner", description="CX Designer: a desktop editor for customer experience maps.",
        epilog="commands (each has --help): " + ", ".join(COMMANDS) + ". "
               "Example: cxdesigner new hotel.cxd --template hotel")
    parser.add_argument("path", nargs="?", help="a .cxd project file to open in the editor")
    parser.add_argument("--version", action="version", version=f"CX Designer {__version__}")
    return parser


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cxdesigner")
    commands = parser.add_subparsers(required=True, metavar="command")

    new = commands.add_parser("new", help="create a project file from a template")
    new.add_argument("path", help="the .cxd file to create")
    new.add_argument("--template", default="blank", help="template name (see 'cxdesigner templates')")
    new.add_argument("--language", default="en",
                     help="the language of the template's texts: en, es, de, fr or pt_BR (default en)")
    new.add_argument("--force", action="store_true", help="overwrite an existing file")
    new.add_argument("--no-history", action="store_true",
                     help="record no first version (for a file to hand out, such as a sample: no name or computer "
                          "in it; its history starts with its first save)")
    new.set_defaults(run=_new)

    templates = commands.add_parser(
        "templates", help="list the templates, or install, rename or delete one of your own",
        description="Lists the bundled templates and your own (saved with Map > Save as Template… or installed "
                    "here). A template file is checked like a JSON import before it is installed.")
    manage = templates.add_mutually_exclusive_group()
    manage.add_argument("--install", metavar="FILE", help="add a template file someone shared to your templates")
    manage.add_argument("--delete", metavar="NAME", help="delete one of your templates")
    manage.add_argument("--rename", nargs=2, metavar=("NAME", "NEW_NAME"), help="rename one of your templates")
    templates.set_defaults(run=_templates)

    check = commands.add_parser("check", help="check that project files open cleanly")
    check.add_argument("paths", nargs="+", metavar="path")
    check.add_argument("--full", action="store_true",
                       help="run SQLite's full integrity check (slower) instead of the quick one")
    check.set_defaults(run=_check)

    info = commands.add_parser("info", help="describe a project file")
    info.add_argument("path")
    info.add_argument("--json", action="store_true", help="print JSON instead of text (with each map's survey "
                                                            "waves and the plan for its next survey)")
    info.add_argument("--waves", action="store_true", help="each map's survey waves side by side, per touchpoint, "
                                                           "with the changes the data supports, and the next survey's plan")
    info.add_argument("--half-width", type=float, default=0.5, metavar="H",
                      help="plan the next survey for 95%% intervals of ±H on a 1 to 5 scale, carried onto the map's "
                           "(default 0.5)")
    info.set_defaults(run=_info)

    export = commands.add_parser(
        "export", help="export maps as PDF, SVG, PNG, CSV, Excel (xlsx), Mermaid or an interactive HTML map, "
                       "or the project as JSON",
        description="Export with no display needed. One file per map, or one PDF or HTML page for --all-maps.")
    export.add_argument("path")
    export.add_argument("--format", required=True, choices=("pdf", "svg", "png", "csv", "xlsx", "json",
                                                                 "mermaid", "html"))
    which = export.add_mutually_exclusive_group()
    which.add_argument("--map", help="the map to export (needed when there are several, unless --all-maps)")
    which.add_argument("--all-maps", action="store_true", help="every map of the project")
    export.add_argument("--output", help="file to write (default: standard output for csv, json and mermaid; "
                                         "PROJECT.pdf/.svg/.png/.xlsx/.html in the current folder otherwise)")
    paper = export.add_argument_group("paper (pdf)")
    paper.add_argument("--page", default="A4", choices=("A4", "A3", "A2", "A1", "A0", "Letter", "Legal", "Tabloid"))
    orientation = paper.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", dest="landscape", action="store_true", default=True,
                             help="(the default)")
    orientation.add_argument("--portrait", dest="landscape", action="store_false")
    paper.add_argument("--tile", action="store_true", help="a poster over several sheets, with crop marks")
    paper.add_argument("--sheets-high", type=int, default=1, metavar="N", help="poster height in sheets (default 1)")
    paper.add_argument("--author", default="", help="the author recorded in the PDF")
    paper.add_argument("--min-font", type=float, default=7.0, metavar="PT",
                       help="the smallest text on paper, in points (default 7): a map that needs a larger sheet "
                            "for it is refused, naming the sheet, and a poster takes more sheets")
    image = export.add_argument_group("image (png)")
    image.add_argument("--dpi", type=float, default=150.0, help="resolution (default 150)")
    image.add_argument("--transparent", action="store_true", help="no background")
    export.add_argument("--bom", action="store_true", help="csv: start with a byte-order mark (for Excel)")
    export.add_argument("--summary", action="store_true",
                        help="pdf, svg, png: each persona's journey scores under the map")
    export.add_argument("--pack", action="store_true",
                        help="pdf: the stakeholder pack, each map followed by a page per persona, the action plan, "
                             "the pain points and the insights, every page numbered")
    export.add_argument("--comments", action="store_true",
                        help="with --pack: add the review comments as an appendix")
    export.set_defaults(run=_export)

    imp = commands.add_parser(
        "import", help="build a project file from JSON, Mermaid journey text or a map's spreadsheet tables",
        description="A map's tables (its Excel or CSV export, edited or not) can also go into a project that exists "
                    "(--into): items are matched by title, so what is already there is changed, not repeated.")
    imp.add_argument("source", help="a CX Designer JSON file, Mermaid journey text (.mmd), or a map's tables "
                                    "(.xlsx, or the touchpoints .csv with its -pain-points and -actions files beside)")
    where = imp.add_mutually_exclusive_group(required=True)
    where.add_argument("--output", help="the .cxd file to create")
    where.add_argument("--into", metavar="PROJECT", help="tables only: the .cxd file to import them into")
    imp.add_argument("--map", help="tables only: the map to import into, by name (a new map when none has that "
                                   "name; default: the name the tables give, or the file's)")
    imp.add_argument("--force", action="store_true", help="overwrite an existing file")
    imp.set_defaults(run=_import)

    survey = commands.add_parser(
        "survey", help="import survey answers (CSV or .xlsx) into a map and measure its ratings",
        description="Reads the CSV or workbook, proposes what each column means and prints the plan: the mapping, the rows "
                    "left out (by line), the ratings the answers imply and the NPS. Nothing changes without --yes.")
    survey.add_argument("path", help="the .cxd project file")
    survey.add_argument("data", help="the survey answers, CSV, TSV or an Excel workbook (.xlsx): a survey tool's "
                        "export (Qualtrics, SurveyMonkey, Google Forms, Microsoft Forms, Typeform, LimeSurvey) or a "
                        "table (wide: a column per touchpoint; long: a row per answer)")
    survey.add_argument("--sheet", metavar="NAME", help="the sheet of a workbook to read (default: the first)")
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
    survey.add_argument("--layout", metavar="NAME", help="read the file as this survey tool's export instead of the "
                        "one recognised: qualtrics, surveymonkey, google-forms, microsoft-forms, typeform, limesurvey, "
                        "or generic (a plain table)")
    survey.add_argument("--label", action="append", default=[], metavar="LABEL=SCORE",
                        help="the score of an answer label (\"Very satisfied=5\"); empty SCORE: leave its rows out")
    survey.add_argument("--wave", metavar="LABEL", help="the wave this survey is, such as \"2026 Q3\" (a map keeps "
                                                        "its waves side by side; surveys of one label are pooled)")
    survey.add_argument("--fieldwork", nargs=2, metavar=("START", "END"),
                        help="when the answers were collected, YYYY-MM-DD (- for a date not known)")
    survey.add_argument("--min-answers", type=int, default=10, metavar="N",
                        help="flag ratings resting on fewer answers (default 10)")
    survey.add_argument("--no-ratings", action="store_true", help="keep the answers but leave the ratings as they are")
    survey.add_argument("--yes", action="store_true", help="import: add the survey, set the ratings and save")
    survey.set_defaults(run=_survey)

    from cxdesigner.compare_cli import add_commands
    add_commands(commands)
    return parser


def _survey(options) -> int:
    from cxdesigner.survey_command import run_survey
    return run_survey(options)


# -- commands ----------------------------------------------------------------

def _new(options) -> int:
    from cxdesigner.interchange.templates import load_template
    try:
        project = load_template(options.template, options.language)
    except KeyError as error:
        raise UserError(error.args[0]) from None
    with saving(options.path, replace=options.force) as save:
        save(project, record=not options.no_history)
    language = "" if options.language == "en" else f" in '{options.language}'"
    print(f"Created {options.path} from the '{options.template}' template{language}.")
    return 0


def _templates(options) -> int:
    from cxdesigner.interchange import user_templates
    from cxdesigner.interchange.templates import is_user_template, template_names, template_summary, template_title
    try:
        if options.install:
            key = user_templates.install_template(options.install)
            print(f"Installed '{key}' in {user_templates.templates_folder()}.")
            return 0
        if options.delete or options.rename:
            name = options.delete or options.rename[0]
            if not is_user_template(name):
                raise UserError(f"'{clip(name)}' is not one of your templates (see 'cxdesigner templates').")
            if options.delete:
                user_templates.delete_template(name)
                print(f"Deleted '{name}'.")
            else:
                print(f"Renamed '{name}' to '{user_templates.rename_template(name, options.rename[1])}'.")
            return 0
    except user_templates.TemplateError as error:
        raise UserError(str(error)) from None
    names = template_names()
    width = max(map(len, names))
    for name in names:
        if not is_user_template(name):
            print(f"{name:<{width}}  {template_summary(name)}")
            continue
        try:
            about = f"{template_title(name)}: {template_summary(name)}".rstrip(": ")
        except user_templates.TemplateError as error:
            about = f"cannot be read ({error})"
        print(f"{name:<{width}}  {one_line(about)}  [yours]")
    return 0


def _check(options) -> int:
    """Each file is opened exactly as the editor would, read-only: ``path: ok`` on stdout, or one line on stderr."""
    from cxdesigner.storage import ProjectFileError, open_project
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
        except Exception:  # a file must never crash the check of the next one
            failed = True
            print(one_line(f"{Path(path).name} could not be checked (an unexpected problem; please report it)."),
                  file=sys.stderr)
    return 1 if failed else 0


def _info(options) -> int:
    from cxdesigner.storage.reader import file_format_version
    from cxdesigner.waves_command import check_half_width, map_waves_json, print_waves
    half_width = check_half_width(options.half_width)
    project = load(options.path)
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
        for entry, jmap in zip(summary["maps"], project.maps):
            entry.update(map_waves_json(project, jmap, half_width))
        text = json.dumps(summary, ensure_ascii=False, indent=2)
        # Unprintable characters can only stand inside strings there: escaped, they read back the same.
        print("".join(c if c.isprintable() or c in "\n " else json.dumps(c)[1:-1] for c in text))
        return 0
    print(f"{project.name}  ({options.path}, file format {summary['schema_version']})")
    print(f"Personas: {', '.join(summary['personas']) or 'none'}")
    for m, jmap in zip(summary["maps"], project.maps):
        print(f"\nMap \"{m['name']}\": {len(m['stages'])} stages, {len(m['touchpoints'])} touchpoints, "
              f"scale {m['scale'][0]:g} to {m['scale'][1]:g}, personas: {', '.join(m['personas']) or 'none'}")
        print(f"  Stages: {', '.join(m['stages'])}")
        if options.waves:
            print_waves(project, jmap, half_width)
            continue
        for number, title in enumerate(m["touchpoints"], start=1):
            print(f"  {number:>3}. {title}")
    return 0


def _export(options) -> int:
    if (options.pack or options.comments) and options.format != "pdf":
        raise UserError("The stakeholder pack is a PDF: use --pack with --format pdf.")
    if options.comments and not options.pack:
        raise UserError("The review comments go in the stakeholder pack: add --pack.")
    project = load(options.path)
    if options.all_maps:
        maps = project.maps
    else:
        maps = [] if options.format == "json" else [pick_map(project, options.map)]
    text_format = options.format in ("csv", "json", "mermaid")
    if options.output is None and text_format:
        if len(maps) > 1:
            raise UserError("Several maps need --output: each is written to its own file.")
        sys.stdout.write_bytes(_text_export(project, maps, options).encode("utf-8"))  # exactly, whatever it holds
        _say_what_was_left_out(project, maps, options)
        return 0
    if options.format in ("pdf", "svg", "png"):
        _start_headless_qt()
    from cxdesigner.render.export import FORMATS, ExportOptions, export_maps
    from cxdesigner.render.files import ExportError
    from cxdesigner.render.pages import PageSetup
    output = options.output or Path(options.path).stem + FORMATS[options.format]
    if _same_file(output, options.path):
        raise UserError(f"The output {Path(output).name} is the project file itself; choose another name.")
    try:
        setup = PageSetup(options.page, options.landscape, options.tile, options.sheets_high,
                          min_font=options.min_font)
        written = export_maps(project, [m.id for m in maps], ExportOptions(
            options.format, setup, options.dpi, options.transparent, options.bom, options.author,
            summary=options.summary, pack=options.pack, comments=options.comments), output)
    except ExportError as error:
        raise UserError(str(error)) from None
    except ValueError as error:  # the page setup's own sentences
        raise UserError(str(error)) from None
    for path in written:
        print(f"Wrote {path}")
    _say_what_was_left_out(project, maps, options)
    return 0


def _say_what_was_left_out(project, maps, options) -> None:
    """Mermaid has no place for most of a map: one sentence a map, beside (not in) the output."""
    if options.format == "mermaid":
        from cxdesigner.interchange.mermaid import left_out_sentence
        for jmap in maps:
            if sentence := left_out_sentence(project, jmap):
                print(sentence, file=sys.stderr)


def _same_file(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except (OSError, ValueError):
        return False


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
    """A JSON project or Mermaid journey text as a new project file; the reader goes by what the file is."""
    from cxdesigner.interchange.json_form import JsonFormError, loads
    from cxdesigner.interchange.mermaid import MermaidError, mermaid_to_project
    from cxdesigner.table_command import TABLE_SUFFIXES, run_table_import
    source = Path(options.source)
    if source.suffix.lower() in TABLE_SUFFIXES or options.into or _starts_like_a_workbook(source):
        return run_table_import(options)
    form = {".json": "json", ".mmd": "mermaid", ".mermaid": "mermaid"}.get(source.suffix.lower())
    text = _read_text(source, MAX_MERMAID_BYTES if form == "mermaid" else MAX_JSON_BYTES)
    if form is None:
        form = _sniff_form(text, source.name)
    with saving(options.output, replace=options.force) as save:
        try:
            project = loads(text) if form == "json" else mermaid_to_project(text, name=source.stem)
        except (JsonFormError, MermaidError) as error:  # each names what it expected: JSON, or Mermaid
            raise UserError(f"{source.name}: {error}") from None
        save(project)
    print(f"Created {options.output} from {options.source}.")
    return 0


def _starts_like_a_workbook(path: Path) -> bool:
    from cxdesigner.inputs import InputError, open_regular
    from cxdesigner.interchange.workbook import is_workbook
    try:
        descriptor = open_regular(path)
    except InputError:
        return False  # said by the reader that follows
    try:
        return is_workbook(os.read(descriptor, 8))
    finally:
        os.close(descriptor)


def _read_text(path: Path, limit: int) -> str:
    from cxdesigner.inputs import InputError, read_limited
    try:
        data = read_limited(path, limit, "source")
    except InputError as error:
        raise UserError(str(error)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{path.name} is not UTF-8 text, which JSON and Mermaid files are.") from None


def _sniff_form(text: str, name: str) -> str:
    """JSON starts with ``{``; Mermaid with ``journey`` (after comments or front matter)."""
    start = text.lstrip()
    if start.startswith("{"):
        return "json"
    first = next((line.strip() for line in start.splitlines() if line.strip() and not line.strip().startswith("%%")),
                 "")
    if first == "---" or first.split("#")[0].strip().lower() == "journey":
        return "mermaid"
    raise UserError(f"{name} is neither a CX Designer JSON project (which starts with '{{') nor Mermaid journey text "
                    f"(which starts with 'journey').")


# -- shared steps --------------------------------------------------------------

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
