"""Comparing and merging two edited copies of a large project, beside a deep copy of it.

Both copies start from the same generated project (one map, 10 stages, two personas
rating every touchpoint). Mine renames a tenth of the touchpoints, re-rates another
tenth, removes 2% and adds 2% and moves a few; theirs does the same to other
touchpoints, and ten of their renames clash with mine. The floor is
``copy.deepcopy`` of the project: building one project of that size in Python,
which a merge cannot avoid.
"""

from __future__ import annotations

import copy
import random
import statistics
import time

from bench_project_file import generated_project

from cxdesigner.merge import compare, merge
from cxdesigner.model import RATING, Rating, Touchpoint

SIZES = {1_000: 9, 10_000: 3}


def edited(base, rng: random.Random, side: str, clashing: list[str]):
    project = copy.deepcopy(base)
    jmap = project.maps[0]
    tps = list(jmap.touchpoints)
    count = len(tps)
    half = tps[: count // 2] if side == "mine" else tps[count // 2:]
    for tp in rng.sample(half, count // 10):
        project.update(tp.id, title=f"{tp.title} ({side})")
    for tp in rng.sample(half, count // 10):
        project.set_value(RATING, jmap.id, Rating(touchpoint_id=tp.id, persona_id=jmap.persona_ids[0], value=rng.randint(1, 5)))
    for tp in rng.sample([t for t in half if t.id not in clashing], count // 50):
        project.remove(tp.id)
    for i in range(count // 50):
        project.add(Touchpoint(title=f"New {side} {i}", stage_id=rng.choice(jmap.stages).id), map_id=jmap.id)
    for tp in rng.sample([t for t in half if project.lookup(t.id)], 5):
        stage = jmap.touchpoints_in(tp.stage_id)
        project.move(tp.id, jmap.touchpoints.index(stage[0]))
    for tp_id in clashing:
        project.update(tp_id, description=f"Written by {side}")
    return project


def _median(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> None:
    print("Compare and merge of two edited copies, median of several runs")
    print(f"  {'touchpoints':>11} {'compare':>9} {'merge':>9} {'deepcopy floor':>15} {'merge ratio':>12}"
          "   target: merge of 1,000 under 0.5 s")
    for size, runs in SIZES.items():
        rng = random.Random(size)
        base = generated_project(size)
        clashing = [t.id for t in rng.sample(base.maps[0].touchpoints, 10)]
        mine, theirs = edited(base, rng, "mine", clashing), edited(base, rng, "theirs", clashing)
        result = merge(base, mine, theirs)
        assert result.project.problems() == [] and len(result.conflicts) == 10
        mine_time, base_time, ratios = [], [], []
        for _ in range(runs):  # ours and the floor alternate, as in the other benchmarks
            mine_time.append(_median(lambda: merge(base, mine, theirs), 1))
            base_time.append(_median(lambda: copy.deepcopy(base), 1))
            ratios.append(mine_time[-1] / base_time[-1])
        compared = _median(lambda: compare(base, mine), runs)
        merged, floor = statistics.median(mine_time), statistics.median(base_time)
        verdict = "" if size != 1_000 else ("ok" if merged < 0.5 else "MISSED")
        print(f"  {size:>11,} {compared * 1000:7.0f} ms {merged * 1000:7.0f} ms {floor * 1000:12.0f} ms "
              f"{statistics.median(ratios):11.1f}x   {verdict}")


if __name__ == "__main__":
    run()
