"""Run every benchmark, one after another (never two at once: they share the machine).

Each benchmark stays runnable alone (``python benchmarks/bench_NAME.py``). A ``run()``
that returns a list of ``targets.Figure`` puts its headline figures into the table
printed at the end: figure, ours, floor, ratio, target, met. A benchmark that fails
prints its error and the others carry on.
"""

from __future__ import annotations

import importlib
import os
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from targets import Figure, table  # noqa: E402

#: In the order they run; bench_scale takes bench_project_file's results rather than measuring them again.
BENCHMARKS = ["bench_project_file", "bench_editor", "bench_full_map", "bench_export", "bench_html_map", "bench_pack",
              "bench_survey_import", "bench_workbook", "bench_waves", "bench_merge", "bench_large_inputs",
              "bench_history", "bench_projection", "bench_presentation", "bench_library", "bench_accessible_map",
              "bench_scale"]


def run_all(names: list[str] = BENCHMARKS) -> tuple[list[Figure], list[str]]:
    """Run each benchmark; the figures they returned, and the names of those that failed."""
    figures, failed, results = [], [], {}
    for name in names:
        print(f"\n== {name}", flush=True)
        began = time.perf_counter()
        try:
            module = importlib.import_module(name)
            if name == "bench_scale" and "bench_project_file" in results:
                result = module.run(project_file=results["bench_project_file"])
            else:
                result = module.run()
        except Exception:  # one benchmark's failure is printed; the rest still run
            traceback.print_exc()
            failed.append(name)
            continue
        finally:
            sys.stdout.flush()
        results[name] = result
        if isinstance(result, list):
            figures += [f for f in result if isinstance(f, Figure)]
        print(f"   ({time.perf_counter() - began:.0f} s)")
    return figures, failed


def main() -> int:
    figures, failed = run_all()
    print("\nThe targets of the scale work (medians; ratio = ours / floor)")
    print(table(figures) if figures else "  no figures were returned")
    if failed:
        print(f"Failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
