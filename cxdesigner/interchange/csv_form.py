"""A map's touchpoints with their ratings as CSV, one row per touchpoint.

One satisfaction column per persona of the map; an unrated touchpoint has an
empty cell, never a zero.
"""

from __future__ import annotations

import csv
import io

from cxdesigner.model import JourneyMap, Project


def map_to_csv(project: Project, jmap: JourneyMap) -> str:
    personas = [project.find(p) for p in jmap.persona_ids]
    names = {item.id: item.name for item in (*project.channels, *project.departments, *jmap.stages)}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["order", "stage", "touchpoint", "channel", "department", "device",
                     *(f"{p.name} satisfaction" for p in personas)])
    for order, tp in enumerate(jmap.touchpoints, start=1):
        ratings = [jmap.rating(tp.id, p.id) for p in personas]
        writer.writerow([order, names[tp.stage_id], tp.title, names.get(tp.channel_id, ""),
                         names.get(tp.department_id, ""), tp.device,
                         *(_number(r.value) if r else "" for r in ratings)])
    return out.getvalue()


def _number(value: float) -> str:
    """``4`` rather than ``4.0``, full precision otherwise."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))
