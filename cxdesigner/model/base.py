"""What every model object shares: a stable UUID id, and the closed vocabularies."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum


class RuleError(ValueError):
    """A change or a file that breaks one of the model's rules; ``str()`` is one plain sentence.

    A ``ValueError``, so callers that catch those keep working; readers of files tell it
    from Python's own ``ValueError`` wording, which is never shown to users.
    """


def new_id() -> str:
    """A fresh random UUID as text: stable across save, open, export and import."""
    return str(uuid.uuid4())


@dataclass(kw_only=True, slots=True)
class Entity:
    """A model object with an identity; two objects with equal fields are equal."""

    id: str = field(default_factory=new_id)


class Evidence(StrEnum):
    """Where a rating or a pain point comes from."""

    ASSUMPTION = "assumption"
    SURVEY = "survey"
    INTERVIEW = "interview"
    ANALYTICS = "analytics"


class ChannelKind(StrEnum):
    DIGITAL = "digital"
    PHYSICAL = "physical"
    HUMAN = "human"


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class ActionStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Lane(StrEnum):
    """The built-in rows a map can show, beside the stage bands (a map adds its own: ``CustomLane``)."""

    TOUCHPOINTS = "touchpoints"
    PERSONAS = "personas"
    SATISFACTION = "satisfaction"
    CUSTOMER_ACTION = "customer_action"
    THOUGHTS = "thoughts"
    FEELINGS = "feelings"
    GOALS = "goals"
    PAIN_POINTS = "pain_points"
    POSITIVE_MOMENTS = "positive_moments"
    ACTIONS = "actions"
    CHANNELS = "channels"
    DEPARTMENTS = "departments"


class LaneKind(StrEnum):
    """What a lane the user adds holds, one value per touchpoint (per persona for emotions).

    The three blueprint kinds are text lanes the map draws the service blueprint's lines
    between: the line of interaction above the frontstage, of visibility under it, of
    internal interaction above the support processes.
    """

    TEXT = "text"
    IMAGE = "image"
    EMOTION = "emotion"
    METRIC = "metric"
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"
    SUPPORT = "support"


class Emotion(StrEnum):
    """A face in an emotion lane, from the worst to the best."""

    ANGRY = "angry"
    UNHAPPY = "unhappy"
    NEUTRAL = "neutral"
    CONTENT = "content"
    DELIGHTED = "delighted"


#: What a new map shows, top to bottom.
DEFAULT_LANES = [Lane.TOUCHPOINTS, Lane.PERSONAS, Lane.SATISFACTION, Lane.PAIN_POINTS, Lane.POSITIVE_MOMENTS,
                 Lane.ACTIONS]


class Spacing(StrEnum):
    """How touchpoints are spread along the map: evenly, or by the time between them."""

    EQUAL = "equal"
    TIME = "time"
