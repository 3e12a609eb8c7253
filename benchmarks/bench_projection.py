"""The projected line on a 1,000-touchpoint map with an action at every touchpoint.

Two figures, each beside a floor measured in the same run:

- the arithmetic: each persona's projected values and the projected mean and peak-end,
  beside the mean satisfaction of each persona (one pass over the ratings);
- the map's scene rebuilt (what an edit of an action or of the choice costs) with the
  projected line on, beside the same rebuild with it off.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_project_file import _paired, generated_project  # noqa: E402

from cxdesigner.analysis.projection import projected_map, projected_values  # noqa: E402
from cxdesigner.analysis.scores import mean_satisfaction, peak_end  # noqa: E402
from cxdesigner.model import Action, ActionStatus  # noqa: E402

COUNT = 1_000


def planned_project(count: int = COUNT):
    project = generated_project(count)
    jmap = project.maps[0]
    statuses = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.IDEA)
    jmap.actions = [Action(text=f"Improve step {i + 1}", touchpoint_id=tp.id, status=statuses[i % 3],
                           expected_effect=(i % 5 - 2) / 2) for i, tp in enumerate(jmap.touchpoints)]
    jmap.projected_statuses = [ActionStatus.PLANNED, ActionStatus.IN_PROGRESS]
    return project


def arithmetic() -> tuple[float, float, float]:
    jmap = planned_project().maps[0]

    def ours() -> None:
        for persona_id in jmap.persona_ids:
            projected_values(jmap, persona_id)
        after = projected_map(jmap)
        for persona_id in jmap.persona_ids:
            mean_satisfaction(after, persona_id)
            peak_end(after, persona_id)

    def floor() -> None:
        for persona_id in jmap.persona_ids:
            mean_satisfaction(jmap, persona_id)

    return _paired(ours, floor, 15)


def rebuild() -> tuple[float, float, float]:
    from cxdesigner.app import create_application
    from cxdesigner.canvas.editing_scene import EditingScene
    from cxdesigner.editor.document import Document

    create_application([])
    on, off = planned_project(), planned_project()
    off.maps[0].projected_statuses = []
    scenes = [EditingScene(Document(project), project.maps[0].id) for project in (on, off)]
    return _paired(scenes[0].rebuild, scenes[1].rebuild, 7)


def run() -> None:
    print(f"The projected line at {COUNT:,} touchpoints, an action at each, median of several runs")
    ours, floor, ratio = arithmetic()
    print(f"  projected values, mean and peak-end: {ours * 1000:7.2f} ms   "
          f"mean satisfaction floor: {floor * 1000:7.2f} ms   ratio {ratio:5.1f}x")
    ours, floor, ratio = rebuild()
    print(f"  scene rebuild, line on:              {ours * 1000:7.2f} ms   "
          f"line off floor:          {floor * 1000:7.2f} ms   ratio {ratio:5.2f}x   target: under 1.2x")


if __name__ == "__main__":
    run()
