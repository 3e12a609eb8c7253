"""Touchpoints, pain points and actions read from spreadsheet tables into a new or an existing map.

The tables are those the CSV and Excel exports write (``csv_form``, ``map_workbook``):
the same columns, found by name in any order. Items are matched by title (a touchpoint's
title, a pain point's or an action's text; case aside), so importing a map's own export
into it changes nothing, and an edited export changes what was edited. Stages, channels,
departments and personas are found by name and made when missing. A row that cannot be
read is left out and reported by table and line; nothing else stops the import. An empty
rating cell leaves the rating as it is.

``import_tables`` changes the project it is given: the editor gives it a copy and
replaces the project in one undo step; the command line saves it. Documented in
``docs/spreadsheets.md``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from cxdesigner.interchange.csv_form import SATISFACTION, TOUCHPOINT_COLUMNS
from cxdesigner.interchange.map_workbook import PERSONA_COLUMNS
from cxdesigner.interchange.table_cells import cell, effect, member, new_persona, number, planned_date, whole
from cxdesigner.interchange.table_files import Sheet, TableImportError, read_tables
from cxdesigner.model import (RATING, Action, ActionStatus, Channel, Department, Evidence, JourneyMap, PainPoint,
                              Priority, Project, Rating, RuleError, SatisfactionScale, Stage, Touchpoint)
from cxdesigner.plain import clip

#: Scales a new map may get from its ratings when the tables do not say (the narrowest that holds them).
SCALES = ((1, 5), (1, 7), (1, 10), (0, 10), (-2, 2), (-3, 3), (-5, 5), (0, 100))
NAMES = {"stages": "Stages", "touchpoints": "Touchpoints", "pain-points": "Pain points", "actions": "Actions",
         "personas": "Personas", "map": "Map"}


@dataclass
class TableImport:
    """What an import did: the map, what was added and changed, the rows left out and what was not read."""

    map_id: str
    new_map: bool
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> list[str]:
        """One line per kind of item that changed, for a preview or the command line."""
        lines = []
        for key in ("touchpoints", "stages", "ratings", "pain points", "actions", "personas", "channels",
                    "departments"):
            added, changed = self.added.get(key, 0), self.changed.get(key, 0)
            if added or changed:
                lines.append(f"{key.capitalize()}: {added} added, {changed} changed.")
        return lines or ["Nothing changes: the map already holds what the tables say."]


# -- into the project ---------------------------------------------------------------

def import_tables(project: Project, tables: dict[str, Sheet], *, map_id: str | None = None,
                  map_name: str = "Imported map") -> TableImport:
    """Bring ``tables`` into the map ``map_id`` of ``project``, or into a new map (``map_name``, unless the tables
    name it) when ``map_id`` is ``None``. Changes ``project``; returns what was done."""
    return _Importer(project, tables).run(map_id, map_name)


class _Importer:
    def __init__(self, project: Project, tables: dict[str, Sheet]) -> None:
        self.project, self.tables = project, tables
        self.result: TableImport | None = None

    # -- helpers
    def _count(self, kind: str, added: bool) -> None:
        counts = self.result.added if added else self.result.changed
        counts[kind] = counts.get(kind, 0) + 1

    def _problem(self, table: str, line: int, message: str) -> None:
        self.result.problems.append(f"{NAMES[table]}, line {line}: {message}")

    @staticmethod
    def _columns(sheet: Sheet) -> dict[str, int]:
        columns: dict[str, int] = {}
        for index, name in enumerate(sheet.header):
            columns.setdefault(name.strip().casefold(), index)
        return columns

    @staticmethod
    def _key(text: str) -> str:
        return " ".join(text.split()).casefold()

    def _named(self, items, name: str):
        key = self._key(name)
        return next((item for item in items if self._key(item.name) == key), None)

    # -- the map
    def run(self, map_id: str | None, map_name: str) -> TableImport:
        project = self.project
        if map_id is None:
            jmap = self._new_map(map_name)
        else:
            jmap = project.find(map_id)
        self.jmap = jmap
        self.result = TableImport(jmap.id, map_id is None)
        self._personas()
        if "stages" in self.tables:
            self._stages(self.tables["stages"])
        if "touchpoints" in self.tables:
            self._touchpoints(self.tables["touchpoints"])
        if "pain-points" in self.tables:
            self._pain_points(self.tables["pain-points"])
        if "actions" in self.tables:
            self._actions(self.tables["actions"])
        if map_id is None and not jmap.stages:
            project.add(Stage(name="Journey"), map_id=jmap.id)
        return self.result

    def _new_map(self, map_name: str) -> JourneyMap:
        name, description, scale = map_name.strip() or "Imported map", "", None
        sheet = self.tables.get("map")
        if sheet is not None and sheet.rows:
            columns, row = self._columns(sheet), sheet.rows[0]
            field_of = lambda column: cell(row, columns.get(column))  # noqa: E731
            name = field_of("map").strip() or name
            description = field_of("description")
            try:
                low, high = float(field_of("scale_low")), float(field_of("scale_high"))
                scale = SatisfactionScale(low, high, low_label=field_of("low_label") or "Very dissatisfied",
                                          high_label=field_of("high_label") or "Very satisfied")
            except (ValueError, TypeError, RuleError):
                scale = None
        jmap = JourneyMap(name=name, description=description, scale=scale or self._scale_of_ratings())
        self.project.add(jmap)
        return jmap

    def _scale_of_ratings(self) -> SatisfactionScale:
        sheet = self.tables.get("touchpoints")
        values = []
        if sheet is not None:
            columns = [i for i, h in enumerate(sheet.header) if h.strip().casefold().endswith(SATISFACTION)]
            for row in sheet.rows:
                for column in columns:
                    value = number(cell(row, column))
                    if value is not None:
                        values.append(value)
        if not values:
            return SatisfactionScale()
        fitting = [s for s in SCALES if s[0] <= min(values) and max(values) <= s[1]]
        low, high = min(fitting, key=lambda s: s[1] - s[0]) if fitting else (math.floor(min(values)),
                                                                              math.ceil(max(values)) + 1)
        return SatisfactionScale(low, high)

    # -- personas
    def _personas(self) -> None:
        """A persona for each satisfaction column (and each row of the personas table), attached to the map."""
        details = {}
        sheet = self.tables.get("personas")
        if sheet is not None:
            columns = self._columns(sheet)
            for row in sheet.rows:
                name = cell(row, columns.get("persona")).strip()
                if name:
                    details.setdefault(self._key(name), {c: cell(row, columns.get(c)) for c in PERSONA_COLUMNS})
        names = [d["persona"].strip() for d in details.values()]
        touchpoints = self.tables.get("touchpoints")
        if touchpoints is not None:
            names += [h.strip()[:-len(SATISFACTION)].strip() for h in touchpoints.header
                      if h.strip().casefold().endswith(SATISFACTION) and h.strip()[:-len(SATISFACTION)].strip()]
        self.personas: dict[str, str] = {}
        for name in dict.fromkeys(names):
            if self._key(name) in self.personas:
                continue
            persona = self._named(self.project.personas, name)
            if persona is None:
                persona = new_persona(name, details.get(self._key(name), {}), len(self.project.personas))
                self.project.add(persona)
                self._count("personas", True)
            if persona.id not in self.jmap.persona_ids:
                self.project.attach_persona(self.jmap.id, persona.id)
            self.personas[self._key(name)] = persona.id

    # -- touchpoints
    def _catalog(self, kind, name: str) -> str | None:
        if not name.strip():
            return None
        items = self.project.channels if kind is Channel else self.project.departments
        item = self._named(items, name)
        if item is None:
            item = kind(name=name.strip())
            self.project.add(item)
            self._count("channels" if kind is Channel else "departments", True)
        return item.id

    def _stage(self, name: str) -> str:
        stage = self._named(self.jmap.stages, name) if name.strip() else (self.jmap.stages[-1] if self.jmap.stages
                                                                           else None)
        if stage is None:
            stage = Stage(name=name.strip() or "Journey")
            self.project.add(stage, map_id=self.jmap.id)
            self._count("stages", True)
        return stage.id

    def _stages(self, sheet: Sheet) -> None:
        """Stages in the table's order (a new one at the end of the map), with their description and colour."""
        from cxdesigner.model.rules import COLOUR
        columns = self._columns(sheet)
        for row, line in zip(sheet.rows, sheet.lines):
            name = cell(row, columns.get("stage")).strip()
            if not name:
                self._problem("stages", line, "it has no stage name")
                continue
            stage = self.project.find(self._stage(name))
            color = cell(row, columns.get("color")).strip()
            changes = {"description": cell(row, columns.get("description"))}
            if COLOUR.fullmatch(color):
                changes["color"] = color
            changes = {k: v for k, v in changes.items() if getattr(stage, k) != v}
            if changes:
                self.project.update(stage.id, **changes)
                if not self.result.new_map:
                    self._count("stages", False)

    def _touchpoints(self, sheet: Sheet) -> None:
        project, jmap = self.project, self.jmap
        columns = self._columns(sheet)
        ratings = [(i, self.personas.get(self._key(h.strip()[:-len(SATISFACTION)])))
                   for i, h in enumerate(sheet.header) if h.strip().casefold().endswith(SATISFACTION)]
        known = {c.casefold() for c in TOUCHPOINT_COLUMNS}
        extra = [h for i, h in enumerate(sheet.header) if h.strip().casefold() not in known
                 and i not in {c for c, _ in ratings}]
        if extra:
            shown = ", ".join(clip(h, 60) for h in extra[:10])
            self.result.notes.append(f"Not read from the touchpoints table (lanes are edited in the map): {shown}.")
        by_title = {self._key(t.title): t for t in jmap.touchpoints}
        seen: dict[str, int] = {}
        stages: dict[str, str] = {}  # touchpoint id -> the stage it should end in
        for row, line in zip(sheet.rows, sheet.lines):
            title = cell(row, columns.get("touchpoint")).strip()
            if not title:
                self._problem("touchpoints", line, "it has no touchpoint title")
                continue
            if self._key(title) in seen:
                self._problem("touchpoints", line, f"'{clip(title)}' is already on line {seen[self._key(title)]}")
                continue
            values, bad = [], None
            for column, persona_id in ratings:
                text = cell(row, column).strip()
                if not text or persona_id is None:
                    continue
                value = number(text)
                if value is None or not jmap.scale.low <= value <= jmap.scale.high:
                    bad = (f"the satisfaction '{clip(text)}' is not a number on the map's scale "
                           f"({jmap.scale.low:g} to {jmap.scale.high:g})")
                    break
                values.append((persona_id, value))
            if bad:
                self._problem("touchpoints", line, bad)
                continue
            seen[self._key(title)] = line
            fields = {"channel_id": self._catalog(Channel, cell(row, columns.get("channel"))),
                      "department_id": self._catalog(Department, cell(row, columns.get("department"))),
                      "device": cell(row, columns.get("device")).strip()}
            stage_id = self._stage(cell(row, columns.get("stage")))
            touchpoint = by_title.get(self._key(title))
            if touchpoint is None:
                touchpoint = Touchpoint(title=title, stage_id=stage_id, **fields)
                project.add(touchpoint, map_id=jmap.id)  # at the end of its stage
                by_title[self._key(title)] = touchpoint
                self._count("touchpoints", True)
            else:
                changes = {k: v for k, v in fields.items() if getattr(touchpoint, k) != v}
                if changes:
                    project.update(touchpoint.id, **changes)
                if touchpoint.stage_id != stage_id:
                    stages[touchpoint.id] = stage_id
                if changes or touchpoint.id in stages:
                    self._count("touchpoints", False)
            for persona_id, value in values:
                old = jmap.rating(touchpoint.id, persona_id)
                if old is None or old.value != value:
                    project.set_value(RATING, jmap.id, Rating(touchpoint_id=touchpoint.id, persona_id=persona_id,
                                                              value=value))
                    self._count("ratings", old is None)
        if stages:
            order = {s.id: i for i, s in enumerate(jmap.stages)}
            arranged = sorted(((t.id, stages.get(t.id, t.stage_id)) for t in jmap.touchpoints),
                              key=lambda pair: order[pair[1]])
            project.arrange(jmap.id, arranged)

    # -- pain points and actions
    def _titles(self, text: str, table: str, line: int) -> list[str]:
        by_title = {self._key(t.title): t.id for t in self.jmap.touchpoints}
        if self._key(text) in by_title:  # one title, even with a ";" in it
            return [by_title[self._key(text)]]
        found, missing = [], []
        for title in filter(None, (part.strip() for part in text.split(";"))):
            (found if self._key(title) in by_title else missing).append(title)
        if missing:
            self.result.notes.append(f"{NAMES[table]}, line {line}: no touchpoint called "
                                     f"{', '.join(repr(clip(m, 60)) for m in missing[:5])} on the map.")
        return list(dict.fromkeys(by_title[self._key(t)] for t in found))

    def _pain_points(self, sheet: Sheet) -> None:
        columns = self._columns(sheet)
        by_text = {self._key(p.text): p for p in self.jmap.pain_points}
        seen: dict[str, int] = {}
        for row, line in zip(sheet.rows, sheet.lines):
            text = cell(row, columns.get("text")).strip()
            if not text:
                self._problem("pain-points", line, "it has no text")
                continue
            if self._key(text) in seen:
                self._problem("pain-points", line, f"the same pain point is on line {seen[self._key(text)]}")
                continue
            try:
                fields = {"severity": whole(cell(row, columns.get("severity")), 3, 1, 5, "severity"),
                          "evidence": member(Evidence, cell(row, columns.get("evidence")), Evidence.ASSUMPTION,
                                              "evidence"),
                          "touchpoint_ids": self._titles(cell(row, columns.get("touchpoints")), "pain-points", line)}
            except ValueError as error:
                self._problem("pain-points", line, str(error))
                continue
            seen[self._key(text)] = line
            self._put(by_text, text, PainPoint, fields, "pain points")

    def _put(self, existing: dict, text: str, kind, fields: dict, counted: str) -> None:
        item = existing.get(self._key(text))
        if item is None:
            item = kind(text=text, **fields)
            self.project.add(item, map_id=self.jmap.id)
            existing[self._key(text)] = item
            self._count(counted, True)
            return
        changes = {k: v for k, v in fields.items() if getattr(item, k) != v}
        if changes:
            self.project.update(item.id, **changes)
            self._count(counted, False)

    def _actions(self, sheet: Sheet) -> None:
        columns = self._columns(sheet)
        by_text = {self._key(a.text): a for a in self.jmap.actions}
        pains = {self._key(p.text): p.id for p in self.jmap.pain_points}
        seen: dict[str, int] = {}
        for row, line in zip(sheet.rows, sheet.lines):
            field_of = lambda column: cell(row, columns.get(column))  # noqa: E731
            text = field_of("text").strip()
            if not text:
                self._problem("actions", line, "it has no text")
                continue
            if self._key(text) in seen:
                self._problem("actions", line, f"the same action is on line {seen[self._key(text)]}")
                continue
            try:
                touchpoints = self._titles(field_of("touchpoint"), "actions", line)
                pain = field_of("pain_point").strip()
                if pain and self._key(pain) not in pains:
                    self.result.notes.append(f"Actions, line {line}: no pain point '{clip(pain, 60)}' on the map.")
                fields = {"priority": member(Priority, field_of("priority"), Priority.MEDIUM, "priority"),
                          "status": member(ActionStatus, field_of("status"), ActionStatus.IDEA, "status"),
                          "owner_id": self._catalog(Department, field_of("owner")),
                          "touchpoint_id": touchpoints[0] if touchpoints else None,
                          "pain_point_id": pains.get(self._key(pain)) if pain else None,
                          "resources_available": field_of("resources_available"),
                          "resources_needed": field_of("resources_needed"),
                          "expected_effect": effect(field_of("expected_effect")),
                          "phase": field_of("phase").strip(),
                          "planned_on": planned_date(field_of("planned_on"))}
            except ValueError as error:
                self._problem("actions", line, str(error))
                continue
            seen[self._key(text)] = line
            self._put(by_text, text, Action, fields, "actions")


__all__ = ["Sheet", "TableImport", "TableImportError", "import_tables", "read_tables"]
