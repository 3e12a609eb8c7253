"""A journey map and what its grid is made of: stages, touchpoints, ratings and targets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from cxdesigner.model.annotations import Action, Goal, Note, PainPoint, PositiveMoment
from cxdesigner.model.base import DEFAULT_LANES, ActionStatus, Emotion, Entity, Evidence, Lane, LaneKind, Spacing
from cxdesigner.model.comments import Comment
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


@dataclass(slots=True)
class Rating:
    """Satisfaction at one touchpoint for one persona, and how sure it is.

    Keyed by ``(touchpoint_id, persona_id)``; ``n``, ``spread`` (standard
    deviation) and the interval come with measured data. Written with keywords
    everywhere; positional only for the file reader, whose columns follow the fields.
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


@dataclass(slots=True)
class Target:
    """The satisfaction aimed for ("to-be") at one touchpoint for one persona.

    Kept beside the current ``Rating`` under the same key, so the map can show
    where the journey is and where it should get to. Keyword-written, like ``Rating``.
    """

    touchpoint_id: str
    persona_id: str
    value: float

    @property
    def key(self) -> tuple[str, str]:
        return (self.touchpoint_id, self.persona_id)


@dataclass(kw_only=True, slots=True)
class CustomLane(Entity):
    """A lane the designer added to a map ("Customer says", "Storyboard", "Wait", "Backstage"...).

    It holds one ``LaneCell`` per touchpoint (per touchpoint and persona for emotions);
    ``unit`` names what a metric lane counts ("min", "%").
    """

    title: str
    kind: LaneKind = LaneKind.TEXT
    unit: str = ""


@dataclass(kw_only=True, slots=True)
class LaneCell(Entity):
    """A custom lane's value at one touchpoint: its ``text`` (text and blueprint lanes), ``image``
    (a storyboard picture), ``number`` (a metric) or, for ``persona_id``, a chosen ``emotion``
    (without one, an emotion lane shows the face the rating implies)."""

    lane_id: str
    touchpoint_id: str
    persona_id: str | None = None
    text: str = ""
    image: bytes | None = None
    number: float | None = None
    emotion: Emotion | None = None


@dataclass(kw_only=True, slots=True)
class JourneyMap(Entity):
    """One journey for one or more personas, with everything drawn around it.

    ``lanes`` are the rows shown, in order: built-in ``Lane`` members and the ids of the
    map's ``custom_lanes``; ``spacing`` spreads touchpoints evenly or by the time between
    them. The projected line ("after these changes") applies the expected effects of the
    actions whose status is one of ``projected_statuses`` (and, with ``projected_until``,
    planned by then); with no status chosen there is none.
    """

    name: str
    description: str = ""
    scale: SatisfactionScale = field(default_factory=SatisfactionScale)
    lanes: list[Lane | str] = field(default_factory=lambda: list(DEFAULT_LANES))
    spacing: Spacing = Spacing.EQUAL
    projected_statuses: list[ActionStatus] = field(default_factory=list)
    projected_until: date | None = None
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
    custom_lanes: list[CustomLane] = field(default_factory=list)
    cells: list[LaneCell] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)

    def rating(self, touchpoint_id: str, persona_id: str) -> Rating | None:
        return self.ratings.get((touchpoint_id, persona_id))

    def target(self, touchpoint_id: str, persona_id: str) -> Target | None:
        return self.targets.get((touchpoint_id, persona_id))

    def stage_index(self, stage_id: str) -> int:
        return next(i for i, s in enumerate(self.stages) if s.id == stage_id)

    def touchpoints_in(self, stage_id: str) -> list[Touchpoint]:
        return [t for t in self.touchpoints if t.stage_id == stage_id]

    def custom_lane(self, lane_id: str) -> CustomLane | None:
        return next((lane for lane in self.custom_lanes if lane.id == lane_id), None)

    def cell(self, lane_id: str, touchpoint_id: str, persona_id: str | None = None) -> LaneCell | None:
        """The custom lane's cell at a touchpoint (for an emotion lane, the persona's)."""
        return next((c for c in self.cells if c.lane_id == lane_id and c.touchpoint_id == touchpoint_id
                     and c.persona_id == persona_id), None)
