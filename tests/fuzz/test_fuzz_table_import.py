"""Tables of any cells in our columns, imported into the hotel map and into a new one: rows are taken or
reported by line, the project keeps every rule, and nothing but a one-sentence refusal is raised."""

from __future__ import annotations

from copy import deepcopy

from hypothesis import given, settings, strategies as st

from fuzz_harness import EXAMPLES, plain_message
from cxdesigner.interchange.csv_form import ACTION_COLUMNS, PAIN_POINT_COLUMNS, TOUCHPOINT_COLUMNS
from cxdesigner.interchange.table_import import Sheet, import_tables
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import RuleError

HOTEL = load_template("hotel")
JMAP = HOTEL.maps[0]
PERSONA = HOTEL.find(JMAP.persona_ids[0]).name
CELLS = st.one_of(st.sampled_from(["", " ", "3", "-2", "9", "1e400", "nan", "2.5", "high", "done", "survey",
                                   "2027-02-30", "2026-03-01", "Loyalty", "Stay", "Marketing", "=1+1", "'=x",
                                   *(t.title for t in JMAP.touchpoints[:3]), JMAP.pain_points[0].text,
                                   "A; B", "\x00", "\u202e"]),
                  st.text(max_size=12))
ROWS = st.lists(st.lists(CELLS, max_size=13), max_size=6)


@settings(max_examples=EXAMPLES * 2, deadline=None)
@given(ROWS, ROWS, ROWS, st.booleans())
def test_any_cells_in_our_columns_are_imported_or_reported(touchpoints, pains, actions, new_map):
    project = deepcopy(HOTEL)
    tables = {"touchpoints": Sheet([*TOUCHPOINT_COLUMNS, f"{PERSONA} satisfaction", "Other satisfaction"],
                                   touchpoints, list(range(2, len(touchpoints) + 2))),
              "pain-points": Sheet(PAIN_POINT_COLUMNS, pains, list(range(2, len(pains) + 2))),
              "actions": Sheet(ACTION_COLUMNS, actions, list(range(2, len(actions) + 2)))}
    try:
        result = import_tables(project, tables, map_id=None if new_map else JMAP.id)
    except (RuleError, ValueError) as error:
        plain_message(error)
        return
    assert project.problems() == []
    for problem in result.problems:
        assert "\n" not in problem and problem.split(",")[0] in ("Touchpoints", "Pain points", "Actions")
