"""What designers write around the line: goals, pain points, highlights, actions, notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cxdesigner.model.base import ActionStatus, Entity, Evidence, Priority


@dataclass(kw_only=True, slots=True)
class Goal(Entity):
    """What a persona wants to achieve over a span of the journey.

    The span covers everything between ``first_id`` and ``last_id`` (both
    stages or both touchpoints of the same map), in whichever order they now
    stand, so reordering the journey never leaves a goal inside out.
    """

    persona_id: str
    text: str
    first_id: str
    last_id: str


@dataclass(kw_only=True, slots=True)
class PainPoint(Entity):
    """Where the customer has difficulties; severity runs 1 (minor) to 5 (blocking)."""

    text: str
    touchpoint_ids: list[str] = field(default_factory=list)
    severity: int = 3
    evidence: Evidence = Evidence.ASSUMPTION


@dataclass(kw_only=True, slots=True)
class PositiveMoment(Entity):
    """Something done well at a touchpoint, to be kept."""

    text: str
    touchpoint_id: str


@dataclass(kw_only=True, slots=True)
class Action(Entity):
    """An improvement measure, with its owner and what it needs.

    ``expected_effect`` is the hoped-for change of satisfaction, in scale units. The
    actions of a map are a plan: their order is the order to apply them in, ``phase``
    groups them ("now", "next", "later", or the designer's own words) and ``planned_on``
    dates them.
    """

    text: str
    touchpoint_id: str | None = None
    pain_point_id: str | None = None
    owner_id: str | None = None
    priority: Priority = Priority.MEDIUM
    status: ActionStatus = ActionStatus.IDEA
    resources_available: str = ""
    resources_needed: str = ""
    expected_effect: float | None = None
    phase: str = ""
    planned_on: date | None = None


@dataclass(kw_only=True, slots=True)
class Note(Entity):
    """A free sticky note on the canvas, in scene coordinates."""

    text: str
    x: float = 0.0
    y: float = 0.0
    width: float = 160.0
    height: float = 100.0
    color: str = "#fff3b0"
