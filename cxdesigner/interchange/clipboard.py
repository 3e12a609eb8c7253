"""Touchpoints on the clipboard: a small JSON document under its own MIME type.

Copied touchpoints carry their ratings and targets, their cells in the map's own lanes and the
names of their channel, department, personas and lanes, so they can be pasted into
another map, another project or another window: links are matched by name there,
what has no match is left out, and a lane the map lacks comes with the cells.
Documented in ``docs/clipboard.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from cxdesigner.interchange.json_form import from_plain, to_plain
from cxdesigner.model import (KEYED_VALUES, CustomLane, JourneyMap, KeyedValue, LaneCell, LaneKind, Project,
                              SatisfactionScale, Touchpoint, new_id)
from cxdesigner.storage.images import image_problem
from cxdesigner.storage.limits import MAX_PHOTO_BYTES

MIME_TYPE = "application/x-cxdesigner-touchpoints+json"
FORMAT, VERSION = "cxdesigner-touchpoints", 1  # cells were added beside, so version 1 readers still paste
#: The most clipboard text read: thousands of touchpoints with their pictures fit.
MAX_CLIPBOARD_BYTES = 256 * 1024 * 1024


@dataclass
class Pasted:
    """What a paste adds: touchpoints (with fresh ids) and their keyed values (ratings, targets),
    the lanes the map lacked, and the touchpoints' cells in those lanes and the map's own."""

    touchpoints: list[Touchpoint] = field(default_factory=list)
    values: list[tuple[KeyedValue, Any]] = field(default_factory=list)
    lanes: list[CustomLane] = field(default_factory=list)
    cells: list[LaneCell] = field(default_factory=list)


def copy_touchpoints(project: Project, jmap: JourneyMap, ids: list[str]) -> str:
    """The JSON text for touchpoints ``ids`` of ``jmap``, in journey order."""
    names = {item.id: item.name for item in (*project.channels, *project.departments, *project.personas)}
    entries = []
    for touchpoint in (t for t in jmap.touchpoints if t.id in ids):
        entries.append({
            "touchpoint": to_plain(touchpoint),
            "channel": names.get(touchpoint.channel_id),
            "department": names.get(touchpoint.department_id),
            **{kind.attribute: [{"persona": names[p], "persona_id": p, **to_plain(kind.table(jmap)[(touchpoint.id, p)])}
                                for p in jmap.persona_ids if (touchpoint.id, p) in kind.table(jmap)]
               for kind in KEYED_VALUES},
            "cells": [_cell_entry(jmap, cell, names) for cell in jmap.cells if cell.touchpoint_id == touchpoint.id],
        })
    return json.dumps({"format": FORMAT, "version": VERSION, "scale": to_plain(jmap.scale), "touchpoints": entries},
                      ensure_ascii=False)


def _cell_entry(jmap: JourneyMap, cell: LaneCell, names: dict[str, str]) -> dict[str, Any]:
    lane = jmap.custom_lane(cell.lane_id)
    return {"lane": {"id": lane.id, "title": lane.title, "kind": lane.kind.value, "unit": lane.unit},
            "persona": names.get(cell.persona_id), **to_plain(cell)}


def paste_touchpoints(project: Project, jmap: JourneyMap, text: str, stage_id: str) -> Pasted:
    """New touchpoints (fresh ids, in ``stage_id``), their ratings, targets and cells for ``jmap``.

    Raises ``ValueError`` with a plain sentence when ``text`` is not touchpoints.
    """
    if len(text) > MAX_CLIPBOARD_BYTES:
        raise ValueError("The clipboard holds more than CX Designer pastes at once.")
    try:
        document = json.loads(text)
        if document.get("format") != FORMAT or document.get("version", 0) > VERSION:
            raise ValueError
        scale = from_plain(SatisfactionScale, document["scale"], "scale")
        pasted = Pasted()
        for entry in document["touchpoints"]:
            _paste_one(project, jmap, entry, stage_id, scale, pasted)
        return pasted
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise ValueError("The clipboard holds no touchpoints CX Designer can paste.") from None


def _paste_one(project: Project, jmap: JourneyMap, entry: dict[str, Any], stage_id: str,
               scale: SatisfactionScale, pasted: Pasted) -> None:
    by_name = lambda items, name: next((i.id for i in items if i.name == name), None)  # noqa: E731
    touchpoint = from_plain(Touchpoint, entry["touchpoint"], "touchpoint")
    touchpoint.id, touchpoint.stage_id = new_id(), stage_id
    known_channel = touchpoint.channel_id in {c.id for c in project.channels}
    touchpoint.channel_id = touchpoint.channel_id if known_channel else by_name(project.channels, entry.get("channel"))
    known_department = touchpoint.department_id in {d.id for d in project.departments}
    touchpoint.department_id = (touchpoint.department_id if known_department
                                else by_name(project.departments, entry.get("department")))
    carried = {p: project.find(p).name for p in jmap.persona_ids}

    def persona_of(data: dict[str, Any]) -> str | None:
        return data["persona_id"] if data["persona_id"] in carried else next(
            (p for p, name in carried.items() if name == data.get("persona")), None)

    pasted.touchpoints.append(touchpoint)
    for kind in KEYED_VALUES:
        for data in entry.get(kind.attribute, []):
            persona_id = persona_of(data)
            if persona_id is None:
                continue
            fields = {k: v for k, v in data.items() if k not in ("persona", "persona_id", "touchpoint_id")}
            value = from_plain(kind.cls, {**fields, "touchpoint_id": touchpoint.id, "persona_id": persona_id}, kind.name)
            if scale != jmap.scale:  # another map's scale: carry the value across, drop a measured spread
                known = {"evidence": value.evidence} if hasattr(value, "evidence") else {}
                value = kind.cls(touchpoint_id=touchpoint.id, persona_id=persona_id,
                                 value=scale.convert(value.value, jmap.scale), **known)
            pasted.values.append((kind, value))
    for data in entry.get("cells", []):
        lane = _lane_for(jmap, data["lane"], pasted)
        persona_id = persona_of(data) if data.get("persona_id") else None
        if lane.kind is LaneKind.EMOTION and persona_id is None:
            continue  # a face for a persona this map does not show
        fields = {k: v for k, v in data.items() if k not in ("lane", "persona")}
        cell = from_plain(LaneCell, {**fields, "id": new_id(), "lane_id": lane.id, "touchpoint_id": touchpoint.id,
                                     "persona_id": persona_id}, "cell")
        if cell.image is not None and (len(cell.image) > MAX_PHOTO_BYTES or image_problem(cell.image)):
            cell.image = None
        pasted.cells.append(cell)


def _lane_for(jmap: JourneyMap, data: dict[str, Any], pasted: Pasted) -> CustomLane:
    """The lane a copied cell goes to: the same lane, one of the same title and kind, or a new one."""
    title, kind = str(data["title"]), LaneKind(data["kind"])
    lanes = [*jmap.custom_lanes, *pasted.lanes]
    found = next((lane for lane in lanes if lane.id == data["id"]), None) or next(
        (lane for lane in lanes if (lane.title, lane.kind) == (title, kind)), None)
    if found is None:
        found = CustomLane(title=title, kind=kind, unit=str(data.get("unit", "")))
        pasted.lanes.append(found)
    return found
