"""The tables of a ``.cxd`` file as plain facts, for opening a file without SQLAlchemy.

Generated from ``schema.py`` by ``python -m cxdesigner.storage.generate_tables``: do not edit.
"""

from cxdesigner.storage.table_facts import Column, Table

APPLICATION_ID = 0x43584446
SCHEMA_VERSION = 6
SINCE = {
    'journey_map.lanes': 2,
    'journey_map.spacing': 2,
    'target_rating': 3,
    'journey_map.projected_statuses': 4,
    'journey_map.projected_until': 4,
    'action.phase': 4,
    'action.planned_on': 4,
    'custom_lane': 4,
    'lane_cell': 4,
    'comment': 5,
    'revision': 5,
    'revision_parent': 5,
    'survey.wave': 6,
    'survey.fieldwork_start': 6,
    'survey.fieldwork_end': 6,
}

channel = Table(
    'channel',
    (
        Column('id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('name', 'TEXT', False),
        Column('kind', 'VARCHAR', False),
        Column('color', 'VARCHAR', False),
        Column('icon', 'VARCHAR', False),
    ),
    ('id',),
    '\nCREATE TABLE channel (\n\tid VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tkind VARCHAR NOT NULL, \n\tcolor VARCHAR NOT NULL, \n\ticon VARCHAR NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n',
)
department = Table(
    'department',
    (
        Column('id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('name', 'TEXT', False),
        Column('color', 'VARCHAR', False),
    ),
    ('id',),
    '\nCREATE TABLE department (\n\tid VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tcolor VARCHAR NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n',
)
journey_map = Table(
    'journey_map',
    (
        Column('id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('name', 'TEXT', False),
        Column('description', 'TEXT', False),
        Column('scale_low', 'FLOAT', False),
        Column('scale_high', 'FLOAT', False),
        Column('scale_step', 'FLOAT', False),
        Column('scale_low_label', 'TEXT', False),
        Column('scale_high_label', 'TEXT', False),
        Column('lanes', 'TEXT', False),
        Column('spacing', 'VARCHAR', False),
        Column('projected_statuses', 'TEXT', False),
        Column('projected_until', 'VARCHAR', True),
    ),
    ('id',),
    '\nCREATE TABLE journey_map (\n\tid VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tdescription TEXT NOT NULL, \n\tscale_low FLOAT NOT NULL, \n\tscale_high FLOAT NOT NULL, \n\tscale_step FLOAT NOT NULL, \n\tscale_low_label TEXT NOT NULL, \n\tscale_high_label TEXT NOT NULL, \n\tlanes TEXT NOT NULL, \n\tspacing VARCHAR NOT NULL, \n\tprojected_statuses TEXT NOT NULL, \n\tprojected_until VARCHAR, \n\tPRIMARY KEY (id)\n)\n\n',
)
persona = Table(
    'persona',
    (
        Column('id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('name', 'TEXT', False),
        Column('color', 'VARCHAR', False),
        Column('photo', 'BLOB', True),
        Column('age', 'INTEGER', True),
        Column('occupation', 'TEXT', False),
        Column('demographics', 'TEXT', False),
        Column('psychographics', 'TEXT', False),
        Column('motivations', 'TEXT', False),
        Column('frustrations', 'TEXT', False),
        Column('quote', 'TEXT', False),
        Column('biography', 'TEXT', False),
    ),
    ('id',),
    '\nCREATE TABLE persona (\n\tid VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tcolor VARCHAR NOT NULL, \n\tphoto BLOB, \n\tage INTEGER, \n\toccupation TEXT NOT NULL, \n\tdemographics TEXT NOT NULL, \n\tpsychographics TEXT NOT NULL, \n\tmotivations TEXT NOT NULL, \n\tfrustrations TEXT NOT NULL, \n\tquote TEXT NOT NULL, \n\tbiography TEXT NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n',
)
project = Table(
    'project',
    (
        Column('id', 'VARCHAR', False),
        Column('name', 'TEXT', False),
        Column('description', 'TEXT', False),
        Column('saved_by', 'TEXT', False),
    ),
    ('id',),
    '\nCREATE TABLE project (\n\tid VARCHAR NOT NULL, \n\tname TEXT NOT NULL, \n\tdescription TEXT NOT NULL, \n\tsaved_by TEXT NOT NULL, \n\tPRIMARY KEY (id)\n)\n\n',
)
revision = Table(
    'revision',
    (
        Column('id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('saved_at', 'VARCHAR', False),
        Column('author', 'TEXT', False),
        Column('host', 'TEXT', False),
        Column('name', 'TEXT', False),
        Column('content', 'VARCHAR', False),
        Column('base_id', 'VARCHAR', True),
        Column('file_format', 'INTEGER', True),
        Column('snapshot', 'BLOB', True),
    ),
    ('id',),
    '\nCREATE TABLE revision (\n\tid VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tsaved_at VARCHAR NOT NULL, \n\tauthor TEXT NOT NULL, \n\thost TEXT NOT NULL, \n\tname TEXT NOT NULL, \n\tcontent VARCHAR NOT NULL, \n\tbase_id VARCHAR, \n\tfile_format INTEGER, \n\tsnapshot BLOB, \n\tPRIMARY KEY (id)\n)\n\n',
)
comment = Table(
    'comment',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('target_id', 'VARCHAR', False),
        Column('text', 'TEXT', False),
        Column('author', 'TEXT', False),
        Column('created_at', 'VARCHAR', True),
        Column('reply_to_id', 'VARCHAR', True),
        Column('resolved', 'INTEGER', False),
    ),
    ('id',),
    '\nCREATE TABLE comment (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\ttarget_id VARCHAR NOT NULL, \n\ttext TEXT NOT NULL, \n\tauthor TEXT NOT NULL, \n\tcreated_at VARCHAR, \n\treply_to_id VARCHAR, \n\tresolved INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id), \n\tFOREIGN KEY(reply_to_id) REFERENCES comment (id)\n)\n\n',
)
custom_lane = Table(
    'custom_lane',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('title', 'TEXT', False),
        Column('kind', 'VARCHAR', False),
        Column('unit', 'TEXT', False),
    ),
    ('id',),
    '\nCREATE TABLE custom_lane (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\ttitle TEXT NOT NULL, \n\tkind VARCHAR NOT NULL, \n\tunit TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id)\n)\n\n',
)
goal = Table(
    'goal',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('persona_id', 'VARCHAR', False),
        Column('text', 'TEXT', False),
        Column('first_id', 'VARCHAR', False),
        Column('last_id', 'VARCHAR', False),
    ),
    ('id',),
    '\nCREATE TABLE goal (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tpersona_id VARCHAR NOT NULL, \n\ttext TEXT NOT NULL, \n\tfirst_id VARCHAR NOT NULL, \n\tlast_id VARCHAR NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id), \n\tFOREIGN KEY(persona_id) REFERENCES persona (id)\n)\n\n',
)
map_persona = Table(
    'map_persona',
    (
        Column('map_id', 'VARCHAR', False),
        Column('persona_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
    ),
    ('map_id', 'persona_id'),
    '\nCREATE TABLE map_persona (\n\tmap_id VARCHAR NOT NULL, \n\tpersona_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (map_id, persona_id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id), \n\tFOREIGN KEY(persona_id) REFERENCES persona (id)\n)\n\n',
)
note = Table(
    'note',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('text', 'TEXT', False),
        Column('x', 'FLOAT', False),
        Column('y', 'FLOAT', False),
        Column('width', 'FLOAT', False),
        Column('height', 'FLOAT', False),
        Column('color', 'VARCHAR', False),
    ),
    ('id',),
    '\nCREATE TABLE note (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\ttext TEXT NOT NULL, \n\tx FLOAT NOT NULL, \n\ty FLOAT NOT NULL, \n\twidth FLOAT NOT NULL, \n\theight FLOAT NOT NULL, \n\tcolor VARCHAR NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id)\n)\n\n',
)
pain_point = Table(
    'pain_point',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('text', 'TEXT', False),
        Column('severity', 'INTEGER', False),
        Column('evidence', 'VARCHAR', False),
    ),
    ('id',),
    '\nCREATE TABLE pain_point (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\ttext TEXT NOT NULL, \n\tseverity INTEGER NOT NULL, \n\tevidence VARCHAR NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id)\n)\n\n',
)
revision_parent = Table(
    'revision_parent',
    (
        Column('revision_id', 'VARCHAR', False),
        Column('parent_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
    ),
    ('revision_id', 'position'),
    '\nCREATE TABLE revision_parent (\n\trevision_id VARCHAR NOT NULL, \n\tparent_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (revision_id, position), \n\tFOREIGN KEY(revision_id) REFERENCES revision (id)\n)\n\n',
)
stage = Table(
    'stage',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('name', 'TEXT', False),
        Column('description', 'TEXT', False),
        Column('color', 'VARCHAR', False),
    ),
    ('id',),
    '\nCREATE TABLE stage (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tdescription TEXT NOT NULL, \n\tcolor VARCHAR NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id)\n)\n\n',
)
survey = Table(
    'survey',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('name', 'TEXT', False),
        Column('source', 'TEXT', False),
        Column('imported_at', 'VARCHAR', True),
        Column('scale_low', 'FLOAT', False),
        Column('scale_high', 'FLOAT', False),
        Column('nps_question', 'TEXT', True),
        Column('wave', 'TEXT', False),
        Column('fieldwork_start', 'VARCHAR', True),
        Column('fieldwork_end', 'VARCHAR', True),
    ),
    ('id',),
    '\nCREATE TABLE survey (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tname TEXT NOT NULL, \n\tsource TEXT NOT NULL, \n\timported_at VARCHAR, \n\tscale_low FLOAT NOT NULL, \n\tscale_high FLOAT NOT NULL, \n\tnps_question TEXT, \n\twave TEXT NOT NULL, \n\tfieldwork_start VARCHAR, \n\tfieldwork_end VARCHAR, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id)\n)\n\n',
)
survey_answer = Table(
    'survey_answer',
    (
        Column('survey_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('respondent', 'TEXT', False),
        Column('question', 'TEXT', False),
        Column('value', 'FLOAT', True),
        Column('segment', 'TEXT', False),
        Column('comment', 'TEXT', False),
    ),
    ('survey_id', 'position'),
    '\nCREATE TABLE survey_answer (\n\tsurvey_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\trespondent TEXT NOT NULL, \n\tquestion TEXT NOT NULL, \n\tvalue FLOAT, \n\tsegment TEXT NOT NULL, \n\tcomment TEXT NOT NULL, \n\tPRIMARY KEY (survey_id, position), \n\tFOREIGN KEY(survey_id) REFERENCES survey (id)\n)\n\n',
)
touchpoint = Table(
    'touchpoint',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('stage_id', 'VARCHAR', False),
        Column('title', 'TEXT', False),
        Column('description', 'TEXT', False),
        Column('channel_id', 'VARCHAR', True),
        Column('department_id', 'VARCHAR', True),
        Column('device', 'TEXT', False),
        Column('starts_at', 'VARCHAR', True),
        Column('duration_minutes', 'FLOAT', True),
        Column('customer_action', 'TEXT', False),
        Column('thoughts', 'TEXT', False),
        Column('feelings', 'TEXT', False),
    ),
    ('id',),
    '\nCREATE TABLE touchpoint (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tstage_id VARCHAR NOT NULL, \n\ttitle TEXT NOT NULL, \n\tdescription TEXT NOT NULL, \n\tchannel_id VARCHAR, \n\tdepartment_id VARCHAR, \n\tdevice TEXT NOT NULL, \n\tstarts_at VARCHAR, \n\tduration_minutes FLOAT, \n\tcustomer_action TEXT NOT NULL, \n\tthoughts TEXT NOT NULL, \n\tfeelings TEXT NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id), \n\tFOREIGN KEY(stage_id) REFERENCES stage (id), \n\tFOREIGN KEY(channel_id) REFERENCES channel (id), \n\tFOREIGN KEY(department_id) REFERENCES department (id)\n)\n\n',
)
action = Table(
    'action',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('text', 'TEXT', False),
        Column('touchpoint_id', 'VARCHAR', True),
        Column('pain_point_id', 'VARCHAR', True),
        Column('owner_id', 'VARCHAR', True),
        Column('priority', 'VARCHAR', False),
        Column('status', 'VARCHAR', False),
        Column('resources_available', 'TEXT', False),
        Column('resources_needed', 'TEXT', False),
        Column('expected_effect', 'FLOAT', True),
        Column('phase', 'TEXT', False),
        Column('planned_on', 'VARCHAR', True),
    ),
    ('id',),
    '\nCREATE TABLE action (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\ttext TEXT NOT NULL, \n\ttouchpoint_id VARCHAR, \n\tpain_point_id VARCHAR, \n\towner_id VARCHAR, \n\tpriority VARCHAR NOT NULL, \n\tstatus VARCHAR NOT NULL, \n\tresources_available TEXT NOT NULL, \n\tresources_needed TEXT NOT NULL, \n\texpected_effect FLOAT, \n\tphase TEXT NOT NULL, \n\tplanned_on VARCHAR, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id), \n\tFOREIGN KEY(touchpoint_id) REFERENCES touchpoint (id), \n\tFOREIGN KEY(pain_point_id) REFERENCES pain_point (id), \n\tFOREIGN KEY(owner_id) REFERENCES department (id)\n)\n\n',
)
lane_cell = Table(
    'lane_cell',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('lane_id', 'VARCHAR', False),
        Column('touchpoint_id', 'VARCHAR', False),
        Column('persona_id', 'VARCHAR', True),
        Column('text', 'TEXT', False),
        Column('image', 'BLOB', True),
        Column('number', 'FLOAT', True),
        Column('emotion', 'VARCHAR', True),
    ),
    ('id',),
    '\nCREATE TABLE lane_cell (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tlane_id VARCHAR NOT NULL, \n\ttouchpoint_id VARCHAR NOT NULL, \n\tpersona_id VARCHAR, \n\ttext TEXT NOT NULL, \n\timage BLOB, \n\tnumber FLOAT, \n\temotion VARCHAR, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id), \n\tFOREIGN KEY(lane_id) REFERENCES custom_lane (id), \n\tFOREIGN KEY(touchpoint_id) REFERENCES touchpoint (id), \n\tFOREIGN KEY(persona_id) REFERENCES persona (id)\n)\n\n',
)
pain_point_touchpoint = Table(
    'pain_point_touchpoint',
    (
        Column('pain_point_id', 'VARCHAR', False),
        Column('touchpoint_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
    ),
    ('pain_point_id', 'touchpoint_id'),
    '\nCREATE TABLE pain_point_touchpoint (\n\tpain_point_id VARCHAR NOT NULL, \n\ttouchpoint_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (pain_point_id, touchpoint_id), \n\tFOREIGN KEY(pain_point_id) REFERENCES pain_point (id), \n\tFOREIGN KEY(touchpoint_id) REFERENCES touchpoint (id)\n)\n\n',
)
positive_moment = Table(
    'positive_moment',
    (
        Column('id', 'VARCHAR', False),
        Column('map_id', 'VARCHAR', False),
        Column('position', 'INTEGER', False),
        Column('text', 'TEXT', False),
        Column('touchpoint_id', 'VARCHAR', False),
    ),
    ('id',),
    '\nCREATE TABLE positive_moment (\n\tid VARCHAR NOT NULL, \n\tmap_id VARCHAR NOT NULL, \n\tposition INTEGER NOT NULL, \n\ttext TEXT NOT NULL, \n\ttouchpoint_id VARCHAR NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(map_id) REFERENCES journey_map (id), \n\tFOREIGN KEY(touchpoint_id) REFERENCES touchpoint (id)\n)\n\n',
)
rating = Table(
    'rating',
    (
        Column('touchpoint_id', 'VARCHAR', False),
        Column('persona_id', 'VARCHAR', False),
        Column('value', 'FLOAT', False),
        Column('evidence', 'VARCHAR', False),
        Column('n', 'INTEGER', True),
        Column('spread', 'FLOAT', True),
        Column('interval_low', 'FLOAT', True),
        Column('interval_high', 'FLOAT', True),
    ),
    ('touchpoint_id', 'persona_id'),
    '\nCREATE TABLE rating (\n\ttouchpoint_id VARCHAR NOT NULL, \n\tpersona_id VARCHAR NOT NULL, \n\tvalue FLOAT NOT NULL, \n\tevidence VARCHAR NOT NULL, \n\tn INTEGER, \n\tspread FLOAT, \n\tinterval_low FLOAT, \n\tinterval_high FLOAT, \n\tPRIMARY KEY (touchpoint_id, persona_id), \n\tFOREIGN KEY(touchpoint_id) REFERENCES touchpoint (id), \n\tFOREIGN KEY(persona_id) REFERENCES persona (id)\n)\n\n',
)
survey_question = Table(
    'survey_question',
    (
        Column('survey_id', 'VARCHAR', False),
        Column('question', 'TEXT', False),
        Column('touchpoint_id', 'VARCHAR', True),
        Column('position', 'INTEGER', False),
    ),
    ('survey_id', 'question'),
    '\nCREATE TABLE survey_question (\n\tsurvey_id VARCHAR NOT NULL, \n\tquestion TEXT NOT NULL, \n\ttouchpoint_id VARCHAR, \n\tposition INTEGER NOT NULL, \n\tPRIMARY KEY (survey_id, question), \n\tFOREIGN KEY(survey_id) REFERENCES survey (id), \n\tFOREIGN KEY(touchpoint_id) REFERENCES touchpoint (id)\n)\n\n',
)
target_rating = Table(
    'target_rating',
    (
        Column('touchpoint_id', 'VARCHAR', False),
        Column('persona_id', 'VARCHAR', False),
        Column('value', 'FLOAT', False),
    ),
    ('touchpoint_id', 'persona_id'),
    '\nCREATE TABLE target_rating (\n\ttouchpoint_id VARCHAR NOT NULL, \n\tpersona_id VARCHAR NOT NULL, \n\tvalue FLOAT NOT NULL, \n\tPRIMARY KEY (touchpoint_id, persona_id), \n\tFOREIGN KEY(touchpoint_id) REFERENCES touchpoint (id), \n\tFOREIGN KEY(persona_id) REFERENCES persona (id)\n)\n\n',
)

#: Every table, in an order their references accept.
SORTED_TABLES = (channel, department, journey_map, persona, project, revision, comment, custom_lane, goal, map_persona, note, pain_point, revision_parent, stage, survey, survey_answer, touchpoint, action, lane_cell, pain_point_touchpoint, positive_moment, rating, survey_question, target_rating)
#: The tables that hold the file's history rather than the project.
HISTORY_TABLES = (revision, revision_parent)
