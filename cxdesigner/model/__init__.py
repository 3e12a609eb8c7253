"""The domain model: pure Python, no Qt, no database.

Everything a ``.cxd`` file holds, as dataclasses with UUID ids, and the
``Project`` aggregate through which every change passes.
"""

from cxdesigner.model.annotations import Action, Goal, Note, PainPoint, PositiveMoment
from cxdesigner.model.base import (DEFAULT_LANES, ActionStatus, ChannelKind, Emotion, Entity, Evidence, Lane,
                                   LaneKind, Priority, RuleError, Spacing, new_id)
from cxdesigner.model.catalog import Channel, Department
from cxdesigner.model.comments import Comment
from cxdesigner.model.events import ItemAdded, ItemChanged, ItemMoved, ItemRemoved, ValueChanged
from cxdesigner.model.journey import CustomLane, JourneyMap, LaneCell, Rating, Stage, Target, Touchpoint
from cxdesigner.model.keyed import KEYED_VALUES, RATING, TARGET, KeyedValue
from cxdesigner.model.persona import Persona
from cxdesigner.model.project import Project, Removal
from cxdesigner.model.scale import SatisfactionScale
from cxdesigner.model.survey import SurveyAnswer, SurveyDataset

__all__ = [
    "DEFAULT_LANES", "Lane", "LaneKind", "Spacing",
    "Action", "ActionStatus", "Channel", "ChannelKind", "Comment", "CustomLane", "Department", "Emotion", "Entity",
    "Evidence", "Goal", "ItemAdded", "ItemChanged", "ItemMoved", "ItemRemoved", "JourneyMap", "KEYED_VALUES",
    "KeyedValue", "LaneCell", "Note", "PainPoint", "Persona", "PositiveMoment", "Priority", "Project", "RATING",
    "Rating", "Removal", "RuleError", "SatisfactionScale", "Stage", "SurveyAnswer", "SurveyDataset", "TARGET",
    "Target", "Touchpoint", "ValueChanged",
    "new_id",
]
