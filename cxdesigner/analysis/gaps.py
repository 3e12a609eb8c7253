"""Gaps: the seams where the customer switches channel, device or department.

A seam lies between two consecutive touchpoints. It is a switch only when both
sides say what they are: a touchpoint with no channel (or device, or
department) is unknown there, not different. The change in each persona's
satisfaction across the seam shows which seams hurt.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxdesigner.model import JourneyMap, Touchpoint

#: What a seam can switch, in the order they are listed.
KINDS = ("channel", "device", "department")


@dataclass(frozen=True)
class Switch:
    """One thing that changes at a seam: ``before`` and ``after`` are channel or department ids, or device texts."""

    kind: str
    before: str
    after: str


@dataclass(frozen=True)
class Gap:
    """The seam between ``jmap.touchpoints[index]`` and the next one (FIGURES["gaps"]).

    ``changes`` holds, per persona of the map, the satisfaction after minus before,
    or ``None`` when either side is unrated for that persona.
    """

    index: int
    before_id: str
    after_id: str
    switches: tuple[Switch, ...]
    changes: dict[str, float | None]

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(s.kind for s in self.switches)


def _side(touchpoint: Touchpoint, kind: str) -> str | None:
    if kind == "device":
        return " ".join(touchpoint.device.casefold().split()) or None
    return getattr(touchpoint, f"{kind}_id")


def switches_between(before: Touchpoint, after: Touchpoint) -> tuple[Switch, ...]:
    """What changes from ``before`` to ``after`` (devices compared ignoring case and spacing)."""
    found = []
    for kind in KINDS:
        a, b = _side(before, kind), _side(after, kind)
        if a is not None and b is not None and a != b:
            found.append(Switch(kind, before.device.strip() if kind == "device" else a,
                                after.device.strip() if kind == "device" else b))
    return tuple(found)


def gaps(jmap: JourneyMap) -> list[Gap]:
    """Every seam of ``jmap`` with at least one switch, in journey order."""
    found = []
    touchpoints = jmap.touchpoints
    for index, (before, after) in enumerate(zip(touchpoints, touchpoints[1:])):
        switches = switches_between(before, after)
        if not switches:
            continue
        changes = {}
        for persona_id in jmap.persona_ids:
            a, b = jmap.ratings.get((before.id, persona_id)), jmap.ratings.get((after.id, persona_id))
            changes[persona_id] = b.value - a.value if a is not None and b is not None else None
        found.append(Gap(index, before.id, after.id, switches, changes))
    return found
