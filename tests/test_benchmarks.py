"""The benchmarks keep working: bench_scale measured on a tiny map, and run.py's table and its
carrying on past a failing benchmark. No timing is judged here; the figures are benchmarks/'s."""

import importlib.util
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture
def benchmarks(monkeypatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("benchmarks_run", BENCHMARKS / "run.py")
    runner = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(runner)
    return runner


def test_bench_scale_measures_every_figure_of_a_tiny_map(benchmarks, tmp_path):
    import bench_scale

    figures = bench_scale.measure(tmp_path, "full", sizes=(20,), scroll_size=20, runs=1, long_runs=1, passes=1,
                                  drag_runs=1)

    assert [f.name.split(" (")[0] for f in figures] == [
        "open + first paint, 20", "  of which the file read, 20", "memory after open, 20",
        "scroll 20, worst frame", "scroll 20, median frame", "drag step, 20"]
    assert all(f.ours > 0 and f.floor > 0 for f in figures)
    assert (tmp_path / "full-20.cxd").is_file()
    assert not (tmp_path / ".~full-20.cxd.lock").exists()  # every probe let go of the file


def test_the_plain_workload_is_the_project_file_benchmarks_map(benchmarks):
    import bench_scale

    jmap = bench_scale.project("plain", 30).maps[0]
    full = bench_scale.project("full", 30).maps[0]

    assert len(jmap.touchpoints) == len(full.touchpoints) == 30
    assert len(full.lanes) > len(jmap.lanes) and full.custom_lanes and not jmap.custom_lanes


def test_the_table_gives_each_figure_its_ratio_and_verdict(benchmarks):
    from targets import Figure, table

    text = table([Figure("open, 1,000", 300, 100, 150, runs=5), Figure("drag step", 1.5, 0.5, 2),
                  Figure("read", 20, None, None, runs=3)]).splitlines()

    assert text[0].split() == ["figure", "ours", "floor", "ratio", "target", "met?", "runs"]
    assert text[2].split()[-4:] == ["150", "ms", "MISSED", "5"] and "3.0x" in text[2]
    assert text[3].split()[-2:] == ["yes", "1"] and "3.0x" in text[3]
    assert text[4].split()[-4:] == ["–", "–", "–", "3"]


def test_a_failing_benchmark_is_reported_and_the_others_still_run(benchmarks, tmp_path, monkeypatch, capsys):
    (tmp_path / "bench_broken.py").write_text("def run():\n    raise ValueError('broken on purpose')\n")
    (tmp_path / "bench_fine.py").write_text(
        "from targets import Figure\n\ndef run():\n    return [Figure('fine', 1.0, 2.0, 3.0)]\n")
    monkeypatch.syspath_prepend(str(tmp_path))

    figures, failed = benchmarks.run_all(["bench_broken", "bench_fine"])

    assert failed == ["bench_broken"]
    assert [(f.name, f.met) for f in figures] == [("fine", True)]
    assert "broken on purpose" in capsys.readouterr().err
