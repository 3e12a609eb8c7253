"""The tables of a ``.cxd`` project file (schema version 6).

Every table and column is documented in ``docs/file-format.md``. Lists keep
their order in a ``position`` column; ids are UUID text.
"""

from sqlalchemy import (Column, Float, ForeignKey, Integer, LargeBinary, MetaData, PrimaryKeyConstraint,
                        String, Table, Text)
from sqlalchemy.dialects.sqlite import dialect as _sqlite_dialect
from sqlalchemy.sql import ClauseElement

#: ``PRAGMA application_id``: the bytes "CXDF", so file(1) and MIME databases know us.
APPLICATION_ID = 0x43584446
#: ``PRAGMA user_version`` written by this version of CX Designer.
SCHEMA_VERSION = 6
#: Tables and columns (``table.column``) younger than schema 1, and the version that brought them.
SINCE = {"journey_map.lanes": 2, "journey_map.spacing": 2, "target_rating": 3,
         "journey_map.projected_statuses": 4, "journey_map.projected_until": 4, "action.phase": 4,
         "action.planned_on": 4, "custom_lane": 4, "lane_cell": 4, "comment": 5, "revision": 5, "revision_parent": 5,
         "survey.wave": 6, "survey.fieldwork_start": 6, "survey.fieldwork_end": 6}

metadata = MetaData()
#: Statements are built with SQLAlchemy Core and run on plain sqlite3 connections:
#: Core keeps the SQL readable and in one place, sqlite3 runs it without overhead.
DIALECT = _sqlite_dialect()


def sql(statement: ClauseElement) -> str:
    """The SQLite text of a Core statement."""
    return str(statement.compile(dialect=DIALECT))


def _id() -> Column:
    return Column("id", String, primary_key=True)


def _map_ref() -> Column:
    return Column("map_id", String, ForeignKey("journey_map.id"), nullable=False)


def _position() -> Column:
    return Column("position", Integer, nullable=False)


project = Table(
    "project", metadata, _id(),
    Column("name", Text, nullable=False), Column("description", Text, nullable=False),
    Column("saved_by", Text, nullable=False),
)
channel = Table(
    "channel", metadata, _id(), _position(),
    Column("name", Text, nullable=False), Column("kind", String, nullable=False),
    Column("color", String, nullable=False), Column("icon", String, nullable=False),
)
department = Table(
    "department", metadata, _id(), _position(),
    Column("name", Text, nullable=False), Column("color", String, nullable=False),
)
persona = Table(
    "persona", metadata, _id(), _position(),
    Column("name", Text, nullable=False), Column("color", String, nullable=False),
    Column("photo", LargeBinary), Column("age", Integer),
    *(Column(name, Text, nullable=False) for name in (
        "occupation", "demographics", "psychographics", "motivations", "frustrations", "quote", "biography")),
)
journey_map = Table(
    "journey_map", metadata, _id(), _position(),
    Column("name", Text, nullable=False), Column("description", Text, nullable=False),
    Column("scale_low", Float, nullable=False), Column("scale_high", Float, nullable=False),
    Column("scale_step", Float, nullable=False),
    Column("scale_low_label", Text, nullable=False), Column("scale_high_label", Text, nullable=False),
    Column("lanes", Text, nullable=False), Column("spacing", String, nullable=False),  # since schema 2
    Column("projected_statuses", Text, nullable=False), Column("projected_until", String),  # since schema 4
)
map_persona = Table(
    "map_persona", metadata, _map_ref(),
    Column("persona_id", String, ForeignKey("persona.id"), nullable=False), _position(),
    PrimaryKeyConstraint("map_id", "persona_id"),
)
stage = Table(
    "stage", metadata, _id(), _map_ref(), _position(),
    Column("name", Text, nullable=False), Column("description", Text, nullable=False),
    Column("color", String, nullable=False),
)
touchpoint = Table(
    "touchpoint", metadata, _id(), _map_ref(), _position(),
    Column("stage_id", String, ForeignKey("stage.id"), nullable=False),
    Column("title", Text, nullable=False), Column("description", Text, nullable=False),
    Column("channel_id", String, ForeignKey("channel.id")),
    Column("department_id", String, ForeignKey("department.id")),
    Column("device", Text, nullable=False), Column("starts_at", String),
    Column("duration_minutes", Float),
    Column("customer_action", Text, nullable=False), Column("thoughts", Text, nullable=False),
    Column("feelings", Text, nullable=False),
)
rating = Table(
    "rating", metadata,
    Column("touchpoint_id", String, ForeignKey("touchpoint.id"), nullable=False),
    Column("persona_id", String, ForeignKey("persona.id"), nullable=False),
    Column("value", Float, nullable=False), Column("evidence", String, nullable=False),
    Column("n", Integer), Column("spread", Float),
    Column("interval_low", Float), Column("interval_high", Float),
    PrimaryKeyConstraint("touchpoint_id", "persona_id"),
)
target_rating = Table(  # since schema 3
    "target_rating", metadata,
    Column("touchpoint_id", String, ForeignKey("touchpoint.id"), nullable=False),
    Column("persona_id", String, ForeignKey("persona.id"), nullable=False),
    Column("value", Float, nullable=False),
    PrimaryKeyConstraint("touchpoint_id", "persona_id"),
)
goal = Table(
    "goal", metadata, _id(), _map_ref(), _position(),
    Column("persona_id", String, ForeignKey("persona.id"), nullable=False),
    Column("text", Text, nullable=False),
    Column("first_id", String, nullable=False), Column("last_id", String, nullable=False),
)
pain_point = Table(
    "pain_point", metadata, _id(), _map_ref(), _position(),
    Column("text", Text, nullable=False), Column("severity", Integer, nullable=False),
    Column("evidence", String, nullable=False),
)
pain_point_touchpoint = Table(
    "pain_point_touchpoint", metadata,
    Column("pain_point_id", String, ForeignKey("pain_point.id"), nullable=False),
    Column("touchpoint_id", String, ForeignKey("touchpoint.id"), nullable=False), _position(),
    PrimaryKeyConstraint("pain_point_id", "touchpoint_id"),
)
positive_moment = Table(
    "positive_moment", metadata, _id(), _map_ref(), _position(),
    Column("text", Text, nullable=False),
    Column("touchpoint_id", String, ForeignKey("touchpoint.id"), nullable=False),
)
action = Table(
    "action", metadata, _id(), _map_ref(), _position(),
    Column("text", Text, nullable=False),
    Column("touchpoint_id", String, ForeignKey("touchpoint.id")),
    Column("pain_point_id", String, ForeignKey("pain_point.id")),
    Column("owner_id", String, ForeignKey("department.id")),
    Column("priority", String, nullable=False), Column("status", String, nullable=False),
    Column("resources_available", Text, nullable=False), Column("resources_needed", Text, nullable=False),
    Column("expected_effect", Float),
    Column("phase", Text, nullable=False), Column("planned_on", String),  # since schema 4
)
note = Table(
    "note", metadata, _id(), _map_ref(), _position(),
    Column("text", Text, nullable=False),
    Column("x", Float, nullable=False), Column("y", Float, nullable=False),
    Column("width", Float, nullable=False), Column("height", Float, nullable=False),
    Column("color", String, nullable=False),
)
custom_lane = Table(  # since schema 4
    "custom_lane", metadata, _id(), _map_ref(), _position(),
    Column("title", Text, nullable=False), Column("kind", String, nullable=False), Column("unit", Text, nullable=False),
)
lane_cell = Table(  # since schema 4
    "lane_cell", metadata, _id(), _map_ref(), _position(),
    Column("lane_id", String, ForeignKey("custom_lane.id"), nullable=False),
    Column("touchpoint_id", String, ForeignKey("touchpoint.id"), nullable=False),
    Column("persona_id", String, ForeignKey("persona.id")),
    Column("text", Text, nullable=False), Column("image", LargeBinary), Column("number", Float),
    Column("emotion", String),
)
survey = Table(
    "survey", metadata, _id(), _map_ref(), _position(),
    Column("name", Text, nullable=False), Column("source", Text, nullable=False),
    Column("imported_at", String),
    Column("scale_low", Float, nullable=False), Column("scale_high", Float, nullable=False),
    Column("nps_question", Text),
    Column("wave", Text, nullable=False), Column("fieldwork_start", String), Column("fieldwork_end", String),  # since 6
)
survey_question = Table(
    "survey_question", metadata,
    Column("survey_id", String, ForeignKey("survey.id"), nullable=False),
    Column("question", Text, nullable=False),
    Column("touchpoint_id", String, ForeignKey("touchpoint.id")), _position(),
    PrimaryKeyConstraint("survey_id", "question"),
)
survey_answer = Table(
    "survey_answer", metadata,
    Column("survey_id", String, ForeignKey("survey.id"), nullable=False), _position(),
    Column("respondent", Text, nullable=False), Column("question", Text, nullable=False),
    Column("value", Float), Column("segment", Text, nullable=False), Column("comment", Text, nullable=False),
    PrimaryKeyConstraint("survey_id", "position"),
)
comment = Table(  # since schema 4
    "comment", metadata, _id(), _map_ref(), _position(),
    Column("target_id", String, nullable=False),
    Column("text", Text, nullable=False), Column("author", Text, nullable=False),
    Column("created_at", String), Column("reply_to_id", String, ForeignKey("comment.id")),
    Column("resolved", Integer, nullable=False),
)

# -- the file's history (since schema 4): not the project's content, see ``history.py`` --
revision = Table(
    "revision", metadata, _id(), _position(),
    Column("saved_at", String, nullable=False), Column("author", Text, nullable=False),
    Column("host", Text, nullable=False), Column("name", Text, nullable=False),
    Column("content", String, nullable=False), Column("base_id", String),
    Column("file_format", Integer), Column("snapshot", LargeBinary),
)
revision_parent = Table(
    "revision_parent", metadata,
    Column("revision_id", String, ForeignKey("revision.id"), nullable=False),
    Column("parent_id", String, nullable=False), _position(),
    PrimaryKeyConstraint("revision_id", "position"),
)
#: The tables that hold the file's history rather than the project.
HISTORY_TABLES = (revision, revision_parent)
