"""A map as tidy CSV tables for spreadsheets: touchpoints, pain points, actions.

One row per item, one column per field, names rather than ids. An unrated
touchpoint has an empty cell, never a zero. Text that a spreadsheet would run
as a formula is defused with a leading apostrophe. Documented in ``docs/csv.md``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from typing import Any

from cxdesigner.model import CustomLane, JourneyMap, LaneKind, Project, Touchpoint

BOM = "\ufeff"
#: A cell starting with one of these is read as a formula by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TOUCHPOINT_COLUMNS = ["order", "stage", "touchpoint", "channel", "department", "device"]
PAIN_POINT_COLUMNS = ["order", "text", "severity", "evidence", "touchpoints", "stages"]
#: The end of a persona's satisfaction column in the touchpoints table: "Claire satisfaction".
SATISFACTION = " satisfaction"
ACTION_COLUMNS = ["order", "text", "priority", "status", "owner", "touchpoint", "pain_point",
                  "resources_available", "resources_needed", "expected_effect", "phase", "planned_on"]


class Number(float):
    """A numeric cell: written as a number, never defused (``-2`` is a rating, not a formula)."""


def map_to_csv(project: Project, jmap: JourneyMap, *, bom: bool = False) -> str:
    """The touchpoints table as CSV text (see ``touchpoint_table``)."""
    return _table(*touchpoint_table(project, jmap), bom)


def touchpoint_table(project: Project, jmap: JourneyMap) -> tuple[list[str], list[list[Any]]]:
    """The touchpoints table: one row per touchpoint in journey order, a satisfaction column per persona,
    then a column per lane of the map's own (a column per persona for an emotion lane)."""
    personas = [project.find(p) for p in jmap.persona_ids]
    names = _names(project, jmap)
    columns = _lane_columns(jmap, personas)
    rows = []
    for order, tp in enumerate(jmap.touchpoints, start=1):
        ratings = [jmap.rating(tp.id, p.id) for p in personas]
        rows.append([Number(order), names[tp.stage_id], tp.title, names.get(tp.channel_id, ""),
                     names.get(tp.department_id, ""), tp.device,
                     *(Number(r.value) if r else "" for r in ratings),
                     *(_cell_value(jmap, lane, tp, persona_id) for _, lane, persona_id in columns)])
    header = [*TOUCHPOINT_COLUMNS, *(f"{p.name}{SATISFACTION}" for p in personas), *(name for name, _, _ in columns)]
    return header, rows


def _lane_columns(jmap: JourneyMap, personas) -> list[tuple[str, CustomLane, str | None]]:
    """``(header, lane, persona id)`` per column of the map's own lanes, in the order they are shown
    (hidden ones after): "Wait (min)", "Mood: Claire"."""
    shown = [lane for key in jmap.lanes if (lane := jmap.custom_lane(key)) is not None]
    columns = []
    for lane in shown + [lane for lane in jmap.custom_lanes if lane not in shown]:
        if lane.kind is LaneKind.EMOTION:
            columns += [(f"{lane.title}: {p.name}", lane, p.id) for p in personas]
        else:
            columns.append((f"{lane.title} ({lane.unit})" if lane.unit else lane.title, lane, None))
    return columns


def _cell_value(jmap: JourneyMap, lane: CustomLane, touchpoint: Touchpoint, persona_id: str | None) -> Any:
    """A cell as a spreadsheet holds it: the words, the number, the face's name, or "picture"."""
    cell = jmap.cell(lane.id, touchpoint.id, persona_id)
    if cell is None:
        return ""
    if lane.kind is LaneKind.METRIC:
        return "" if cell.number is None else Number(cell.number)
    if lane.kind is LaneKind.EMOTION:
        return _value(cell.emotion) if cell.emotion else ""
    if lane.kind is LaneKind.IMAGE:
        return "picture" if cell.image else ""
    return cell.text


def pain_points_to_csv(project: Project, jmap: JourneyMap, *, bom: bool = False) -> str:
    return _table(*pain_point_table(project, jmap), bom)


def pain_point_table(project: Project, jmap: JourneyMap) -> tuple[list[str], list[list[Any]]]:
    """The pain points table: its touchpoints and their stages joined by ``"; "`` in journey order."""
    rows = []
    for order, pain in enumerate(jmap.pain_points, start=1):
        touchpoints = [t for t in jmap.touchpoints if t.id in pain.touchpoint_ids]
        stages = [s for s in jmap.stages if any(t.stage_id == s.id for t in touchpoints)]
        rows.append([Number(order), pain.text, Number(pain.severity), _value(pain.evidence),
                     _join(t.title for t in touchpoints), _join(s.name for s in stages)])
    return PAIN_POINT_COLUMNS, rows


def actions_to_csv(project: Project, jmap: JourneyMap, *, bom: bool = False) -> str:
    return _table(*action_table(project, jmap), bom)


def action_table(project: Project, jmap: JourneyMap) -> tuple[list[str], list[list[Any]]]:
    """The actions table: owner, touchpoint and pain point by name (or text); the planned date a ``date``."""
    names = _names(project, jmap)
    rows = []
    for order, action in enumerate(jmap.actions, start=1):
        effect = "" if action.expected_effect is None else Number(action.expected_effect)
        rows.append([Number(order), action.text, _value(action.priority), _value(action.status),
                     names.get(action.owner_id, ""), names.get(action.touchpoint_id, ""),
                     names.get(action.pain_point_id, ""), action.resources_available, action.resources_needed,
                     effect, action.phase, action.planned_on or ""])
    return ACTION_COLUMNS, rows


def map_tables(project: Project, jmap: JourneyMap, *, bom: bool = False) -> dict[str, str]:
    """Every table of ``jmap`` by its short name, which also suits a file name."""
    return {"touchpoints": map_to_csv(project, jmap, bom=bom),
            "pain-points": pain_points_to_csv(project, jmap, bom=bom),
            "actions": actions_to_csv(project, jmap, bom=bom)}


def safe_cell(value: Any) -> str:
    """The text of one cell: numbers as they are, dates ISO, other text defused if it starts like a formula
    (or like a defused one, so that reading the apostrophe off again gives the text back)."""
    if isinstance(value, Number):
        return _number(value)
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if _formula_like(text) else text


def undefused(text: str) -> str:
    """A cell's text as it was before ``safe_cell`` defused it."""
    return text[1:] if text.startswith("'") and _formula_like(text[1:]) else text


def _formula_like(text: str) -> bool:
    """Starts like a formula, after any apostrophes."""
    return text.lstrip("'").startswith(FORMULA_STARTS)


def _table(header: list[str], rows: list[list[Any]], bom: bool) -> str:
    out = io.StringIO()
    if bom:
        out.write(BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    for row in [header, *rows]:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()


def _names(project: Project, jmap: JourneyMap) -> dict[str | None, str]:
    """What each id a row may point at is called: channels, departments, stages, touchpoints, pain points."""
    names: dict[str | None, str] = {item.id: item.name for item in (*project.channels, *project.departments,
                                                                   *jmap.stages)}
    names.update({t.id: t.title for t in jmap.touchpoints})
    names.update({p.id: p.text for p in jmap.pain_points})
    return names


def _join(parts: Iterable[str]) -> str:
    return "; ".join(parts)


def _value(member: Any) -> str:
    """An enum member's text (the model also accepts the plain text)."""
    return str(getattr(member, "value", member))


def _number(value: float) -> str:
    """``4`` rather than ``4.0``, full precision otherwise."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))
