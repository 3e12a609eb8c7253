"""``cxdesigner survey``: plan a survey import and, with ``--yes``, carry it out.

Reads the CSV (bounded, see ``interchange/survey_csv.py``), proposes what each column
means, lets the options say otherwise, prints the plan and, told so, adds the survey,
sets the measured ratings and saves, all under the file's lock.
"""

from __future__ import annotations

import re
from pathlib import Path

from cxdesigner.console import UserError, load, pick_map, quoted, saving
from cxdesigner.model import RuleError
from cxdesigner.model.bounds import MAX_SCALE_VALUE
from cxdesigner.plain import clip

#: A touchpoint given by its number: a few plain digits (not "²", not 5,000 digits).
_NUMBER = re.compile(r"[0-9]{1,9}")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}


def run_survey(options) -> int:
    """Plan a survey import and, with ``--yes``, carry it out: the dataset, the measured ratings, one save."""
    if not options.yes:
        _plan(load(options.path), options)
        print("\nNothing was changed. Add --yes to import.")
        return 0
    with saving(options.path) as save:
        project = save.open()
        jmap, result, measured = _plan(project, options)
        from cxdesigner.analysis.measured import apply_rating_changes, rating_changes
        from cxdesigner.interchange.survey_csv import apply_import
        try:
            apply_import(project, result)
            changes = [] if options.no_ratings else rating_changes(project, result.dataset, measured)
            apply_rating_changes(project, changes)
        except RuleError as error:
            raise UserError(f"{Path(options.data).name} cannot be imported: {error}") from None
        save(project)
    print(f"\nImported {result.respondents} respondents into \"{_shown(jmap.name)}\" and set {len(changes)} ratings; "
          f"saved {options.path}.")
    return 0


def _plan(project, options):
    """Read the answers, build the survey the options ask for and print the plan."""
    from datetime import datetime

    from cxdesigner.analysis.measured import measure_ratings
    from cxdesigner.inputs import InputError
    from cxdesigner.interchange.survey_csv import SurveyCsvError, build_survey
    from cxdesigner.interchange.survey_sources import read_survey_source
    from cxdesigner.waves_command import wave_fields
    jmap = pick_map(project, options.map)
    data = Path(options.data)
    name = (options.name or "").strip() or data.stem.strip() or "Survey"
    try:
        table = read_survey_source(data, options.sheet, layout=_layout(options))
        mapping = _survey_mapping(table, project, jmap, options)
        result = build_survey(table, mapping, project, jmap.id, name=name, source=data.name,
                              imported_at=datetime.now().astimezone(), **wave_fields(options))
    except InputError as error:
        raise UserError(str(error)) from None
    except SurveyCsvError as error:
        text = str(error)  # a workbook's refusals name the file already
        raise UserError(text if text.startswith(data.name) else f"{data.name}: {text}") from None
    measured = measure_ratings(project, result.dataset, min_answers=options.min_answers)
    _print_survey_plan(project, jmap, table, mapping, result, measured)
    return jmap, result, measured


def _layout(options) -> str | None:
    layout = getattr(options, "layout", None)
    return layout.strip().casefold() if layout else None


def _score(text: str, pair: str) -> float | None:
    """A label's score as the option gives it: a finite number, or nothing to leave its rows out."""
    import math
    if not text.strip():
        return None
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or abs(value) > MAX_SCALE_VALUE:
        raise UserError(f"--label {quoted(pair)} needs a score: a number such as 5.")
    return value


def _survey_mapping(table, project, jmap, options):
    """The proposed mapping, with what the options say instead."""
    from cxdesigner.analysis.matching import fold
    from cxdesigner.interchange.survey_csv import propose_mapping
    mapping = propose_mapping(table, project, jmap.id)
    personas = {fold(project.find(p).name): p for p in jmap.persona_ids}
    the_map = quoted(jmap.name, quotes='"')

    def persona(name):
        if not name.strip():
            return None
        if fold(name) not in personas:
            names = ", ".join(quoted(project.find(p).name, quotes="") for p in jmap.persona_ids[:20])
            raise UserError(f"The map {the_map} has no persona called {quoted(name)}. "
                            f"Personas: {names or 'none'}.")
        return personas[fold(name)]

    def touchpoint(name):
        if not name.strip():
            return None
        if _NUMBER.fullmatch(name.strip()) and 1 <= int(name) <= len(jmap.touchpoints):
            return jmap.touchpoints[int(name) - 1].id
        found = [t.id for t in jmap.touchpoints if fold(t.title) == fold(name)]
        if not found:
            raise UserError(f"The map {the_map} has no touchpoint called {quoted(name)} "
                            f"(give its title or number).")
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
    for pair in getattr(options, "label", []):
        label, _, score = pair.rpartition("=")
        if not label.strip():
            raise UserError(f"--label {quoted(pair)} needs a label and a score, as in \"Very satisfied=5\".")
        found = next((known for known in mapping.labels if fold(known) == fold(label)), " ".join(label.split()))
        mapping.labels[found] = _score(score, pair)
    if options.scale is not None:
        if not all(abs(end) <= MAX_SCALE_VALUE for end in options.scale):
            raise UserError(f"A survey's scale lies between {-MAX_SCALE_VALUE:,.0f} and {MAX_SCALE_VALUE:,.0f}.")
        mapping.scale_low, mapping.scale_high = options.scale
    return mapping


def _shown(text: str) -> str:
    """A name from the file as the plan shows it: one line, cut at 120 characters."""
    return clip(text, 120)


def _print_survey_plan(project, jmap, table, mapping, result, measured) -> None:
    from cxdesigner.analysis.nps import net_promoter
    from cxdesigner.analysis.responses import nps_answers
    names = {item.id: _shown(getattr(item, "name", None) or getattr(item, "title", "")) for item, _ in project.walk()}
    delimiter = DELIMITER_NAMES.get(table.delimiter, f"'{table.delimiter}'")
    source = f"{table.encoding}, {delimiter}-separated" if table.delimiter else _shown(table.encoding)  # or a sheet
    print(f"Survey \"{_shown(result.dataset.name)}\" for map \"{_shown(jmap.name)}\": {source}, "
          f"{mapping.form} form, scale {mapping.scale_low:g} to {mapping.scale_high:g} "
          f"(the map's: {jmap.scale.low:g} to {jmap.scale.high:g}).")
    if table.reading is not None:
        print(table.reading.describe())
    print(f"{result.respondents} respondents, {len(result.dataset.answers)} answers from {result.rows_read} rows.")
    dataset = result.dataset
    if dataset.wave or dataset.fieldwork_start or dataset.fieldwork_end:
        days = " to ".join(d.isoformat() if d else "?" for d in (dataset.fieldwork_start, dataset.fieldwork_end))
        print(f"Wave \"{_shown(dataset.wave or dataset.name)}\"" + (f", fieldwork {days}." if days != "? to ?" else "."))
    if result.replaces is not None:
        print(f"Replaces the survey \"{result.replaces.name}\" imported earlier.")
    print("\nQuestions:")
    for question, touchpoint_id in mapping.questions.items():
        if touchpoint_id is not None:
            print(f"  {_shown(question)}  ->  {names[touchpoint_id]} ({mapping.matches.get(question, 'given')})")
    for question in map(_shown, mapping.unmatched):
        print(f"  {question}  ->  not imported (--match \"{question}=TOUCHPOINT\" to import it)")
    roles = [("respondent", mapping.respondent_column), ("segment", mapping.segment_column),
             ("NPS (0-10)", mapping.nps_column or mapping.nps_question),
             *(("comments", c) for c in mapping.comment_columns)]
    print("\n".join(f"  {_shown(column)}  ->  {role}" for role, column in roles if column))
    if mapping.labels:
        print("\nAnswer labels:")
        for label, score in mapping.labels.items():
            placed = f"{score:g}" if score is not None else f"not placed, its rows left out (--label \"{_shown(label)}=SCORE\")"
            print(f"  {_shown(label)}  ->  {placed}")
    for segment, persona_id in mapping.segments.items():
        print(f"  segment {_shown(segment)}  ->  {names[persona_id] if persona_id else 'no persona (--segment)'}")
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
