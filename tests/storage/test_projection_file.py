"""The projected line's choice and the action plan survive the file and the JSON form, and draw the
same line once read back."""

from datetime import date

from cxdesigner.analysis.projection import projected_values
from cxdesigner.interchange.json_form import dumps, loads
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import ActionStatus
from cxdesigner.storage import open_project, save_project


def test_plan_and_projection_round_trip(tmp_path):
    project = load_template("hotel")
    jmap = project.maps[0]
    project.update(jmap.id, projected_statuses=[ActionStatus.DONE, ActionStatus.PLANNED],
                   projected_until=date(2026, 6, 30))
    project.update(jmap.actions[2].id, phase="Pilot in May", planned_on=date(2026, 5, 4), status=ActionStatus.PLANNED)
    project.move(jmap.actions[2].id, 0)
    path = tmp_path / "plan.cxd"
    save_project(project, path)
    for back in (open_project(path), loads(dumps(project))):
        again = back.maps[0]
        assert again.projected_statuses == [ActionStatus.DONE, ActionStatus.PLANNED]
        assert again.projected_until == date(2026, 6, 30)
        assert [(a.text, a.phase, a.planned_on) for a in again.actions] == [
            (a.text, a.phase, a.planned_on) for a in jmap.actions]
        for persona_id in jmap.persona_ids:
            assert projected_values(again, persona_id) == projected_values(jmap, persona_id)
