"""Touchpoints on the clipboard: a small JSON document under its own MIME type.

Copied touchpoints carry their ratings and the names of their channel,
department and personas, so they can be pasted into another map, another
project or another window: links are matched by name there, and what has no
match is left out. Documented in ``docs/clipboard.md``.
"""

from __future__ import annotations

import json
from typing import Any

from cxdesigner.interchange.json_form import from_plain, to_plain
from cxdesigner.model import JourneyMap, Project, Rating, SatisfactionScale, Touchpoint, new_id

MIME_TYPE = "application/x-cxdesigner-touchpoints+json"
FORMAT, VERSION = "cxdesigner-touchpoints", 1


def copy_touchpoints(project: Project, jmap: JourneyMap, ids: list[str]) -> str:
    """The JSON text for touchpoints ``ids`` of ``jmap``, in journey order."""
    names = {item.id: item.name for item in (*project.channels, *project.departments, *project.personas)}
    entries = []
    for touchpoint in (t for t in jmap.touchpoints if t.id in ids):
        entries.append({
            "touchpoint": to_plain(touchpoint),
            "channel": names.get(touchpoint.channel_id),
            "department": names.get(touchpoint.department_id),
            "ratings": [{"persona": names[p], "persona_id": p, **to_plain(jmap.ratings[(touchpoint.id, p)])}
                        for p in jmap.persona_ids if (touchpoint.id, p) in jmap.ratings],
        })
    return json.dumps({"format": FORMAT, "version": VERSION, "scale": to_plain(jmap.scale), "touchpoints": entries},
                      ensure_ascii=False)


def paste_touchpoints(project: Project, jmap: JourneyMap, text: str,
                      stage_id: str) -> list[tuple[Touchpoint, list[Rating]]]:
    """New touchpoints (fresh ids, in ``stage_id``) and their ratings for ``jmap``.

    Raises ``ValueError`` with a plain sentence when ``text`` is not touchpoints.
    """
    try:
        document = json.loads(text)
        if document.get("format") != FORMAT or document.get("version", 0) > VERSION:
            raise ValueError
        scale = from_plain(SatisfactionScale, document["scale"], "scale")
        return [_paste_one(project, jmap, entry, stage_id, scale) for entry in document["touchpoints"]]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise ValueError("The clipboard holds no touchpoints CX Designer can paste.") from None


def _paste_one(project: Project, jmap: JourneyMap, entry: dict[str, Any], stage_id: str,
               scale: SatisfactionScale) -> tuple[Touchpoint, list[Rating]]:
    by_name = lambda items, name: next((i.id for i in items if i.name == name), None)  # noqa: E731
    touchpoint = from_plain(Touchpoint, entry["touchpoint"], "touchpoint")
    touchpoint.id, touchpoint.stage_id = new_id(), stage_id
    known_channel = touchpoint.channel_id in {c.id for c in project.channels}
    touchpoint.channel_id = touchpoint.channel_id if known_channel else by_name(project.channels, entry.get("channel"))
    known_department = touchpoint.department_id in {d.id for d in project.departments}
    touchpoint.department_id = (touchpoint.department_id if known_department
                                else by_name(project.departments, entry.get("department")))
    carried = {p: project.find(p).name for p in jmap.persona_ids}
    ratings = []
    for data in entry.get("ratings", []):
        persona_id = data["persona_id"] if data["persona_id"] in carried else next(
            (p for p, name in carried.items() if name == data.get("persona")), None)
        if persona_id is None:
            continue
        fields = {k: v for k, v in data.items() if k not in ("persona", "persona_id", "touchpoint_id")}
        rating = from_plain(Rating, {**fields, "touchpoint_id": touchpoint.id, "persona_id": persona_id}, "rating")
        if scale != jmap.scale:  # another map's scale: carry the value across, drop the measured spread
            rating = Rating(touchpoint_id=touchpoint.id, persona_id=persona_id,
                            value=scale.convert(rating.value, jmap.scale), evidence=rating.evidence)
        ratings.append(rating)
    return touchpoint, ratings
