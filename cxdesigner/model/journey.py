"""A journey map and what its grid is made of: stages, touchpoints, ratings and targets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cxdesigner.model.annotations import Action, Goal, Note, PainPoint, PositiveMoment
from cxdesigner.model.base import DEFAULT_LANES, Entity, Evidence, Lane, Spacing
from cxdesigner.model.scale import SatisfactionScale


@dataclass(kw_only=True, slots=True)
class Stage(Entity):
    """A phase of the journey: a column band. Its order is its list position."""

    name: str
    description: str = ""
    color: str = "#dfe7f5"


@dataclass(kw_only=True, slots=True)
class Touchpoint(Entity):
    """One contact between customer and organisation.

    Its order is its position in ``JourneyMap.touchpoints``; the touchpoints of
    one stage are always consecutive, stages following the stage order.
    """

    title: str
    stage_id: str
    description: str = ""
    channel_id: str | None = None
    department_id: str | None = None
    device: str = ""
    starts_at: datetime | None = None
    duration_minutes: float | None = None
    customer_action: str = ""
    thoughts: str = ""
    feelings: str = ""


@dataclass(kw_only=True, slots=True)
class Rating:
    """Satisfaction at one touchpoint for one persona, and how sure it is.

    Keyed by ``(touchpoint_id, persona_id)``; ``n``, ``spread`` (standard
    deviation) and the interval come with measured data.
    """

    touchpoint_id: str
    persona_id: str
    value: float
    evidence: Evidence = Evidence.ASSUMPTION
    n: int | None = None
    spread: float | None = None
    interval_low: float | None = None
    interval_high: float | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.touchpoint_id, self.persona_id)


@dataclass(kw_only=True, slots=True)
class Target:
    """The satisfaction aimed for ("to-be") at one touchpoint for one persona.

    Kept beside the current ``Rating`` under the same key, so the map can show
    where the journey is and where it should get to.
    """

    touchpoint_id: str
    persona_id: str
    value: float

    @property
    def key(self) -> tuple[str, str]:
        return (self.touchpoint_id, self.persona_id)


@dataclass(kw_only=True, slots=True)
class JourneyMap(Entity):
    """One journey for one or more personas, with everything drawn around it.

    ``lanes`` are the rows shown, in order; ``spacing`` spreads touchpoints
    evenly or by the time between them.
    """

    name: str
    description: str = ""
    scale: SatisfactionScale = field(default_factory=SatisfactionScale)
    lanes: list[Lane] = field(default_factory=lambda: list(DEFAULT_LANES))
    spacing: Spacing = Spacing.EQUAL
    persona_ids: list[str] = field(default_factory=list)
    stages: list[Stage] = field(default_factory=list)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    ratings: dict[tuple[str, str], Rating] = field(default_factory=dict)
    targets: dict[tuple[str, str], Target] = field(default_factory=dict)
    goals: list[Goal] = field(default_factory=list)
    pain_points: list[PainPoint] = field(default_factory=list)
    positive_moments: list[PositiveMoment] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def rating(self, touchpoint_id: str, persona_id: str) -> Rating | None:
        return self.ratings.get((touchpoint_id, persona_id))

    def target(self, touchpoint_id: str, persona_id: str) -> Target | None:
        return self.targets.get((touchpoint_id, persona_id))

    def stage_index(self, stage_id: str) -> int:
        return next(i for i, s in enumerate(self.stages) if s.id == stage_id)

    def touchpoints_in(self, stage_id: str) -> list[Touchpoint]:
        return [t for t in self.touchpoints if t.stage_id == stage_id]
