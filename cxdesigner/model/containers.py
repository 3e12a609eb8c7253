"""Where each kind of item lives: on the project itself, or inside a map."""

from cxdesigner.model.annotations import Action, Goal, Note, PainPoint, PositiveMoment
from cxdesigner.model.catalog import Channel, Department
from cxdesigner.model.comments import Comment
from cxdesigner.model.journey import CustomLane, JourneyMap, LaneCell, Stage, Touchpoint
from cxdesigner.model.keyed import KEYED_VALUES
from cxdesigner.model.persona import Persona
from cxdesigner.model.survey import SurveyDataset

PROJECT_LISTS = {Channel: "channels", Department: "departments", Persona: "personas",
                 JourneyMap: "maps", SurveyDataset: "surveys"}
MAP_LISTS = {Stage: "stages", Touchpoint: "touchpoints", Goal: "goals", PainPoint: "pain_points",
             PositiveMoment: "positive_moments", Action: "actions", Note: "notes", CustomLane: "custom_lanes",
             LaneCell: "cells", Comment: "comments"}
#: Fields changed by their own ``Project`` methods, never by ``update``.
STRUCTURAL = {"id", "scale", "persona_ids", *(kind.attribute for kind in KEYED_VALUES), *MAP_LISTS.values(),
              *PROJECT_LISTS.values()}
