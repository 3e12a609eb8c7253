"""Killing a process at random moments while it saves never leaves a broken project file."""

import random
import signal
import subprocess
import sys
import textwrap
import time

from cxdesigner.storage import open_project, save_project
from cxdesigner.interchange.templates import load_template
from cxdesigner.model import Touchpoint

KILLS = 50
EXTRA = 1500  # touchpoints: a save takes long enough for kills to land in the middle of it

SAVER = textwrap.dedent("""
    import sys
    from cxdesigner.storage import open_project, save_project
    path = sys.argv[1]
    project = open_project(path)
    round_ = 0
    while True:
        round_ += 1
        project.name = f"Save {round_}"
        save_project(project, path)
        print(round_, flush=True)
""")


def test_the_file_is_always_the_old_or_the_new_project(tmp_path):
    project = load_template("hotel")
    jmap = project.maps[0]
    for number in range(EXTRA):
        project.add(Touchpoint(title=f"Step {number}", stage_id=jmap.stages[number % 5].id), map_id=jmap.id)
    target = tmp_path / "big.cxd"
    save_project(project, target)
    count = len(jmap.touchpoints)
    rng = random.Random(7)
    names, landed = set(), 0
    for _ in range(KILLS):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(target)], stdout=subprocess.PIPE, text=True)
        saver.stdout.readline()  # one whole save done: now kill it somewhere in the next ones
        time.sleep(rng.uniform(0, 0.15))
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        landed += bool(list(tmp_path.glob(".big.cxd.*")))  # the next save removes it
        reopened = open_project(target, full_check=True)
        assert reopened.name.startswith("Save ") and len(reopened.maps[0].touchpoints) == count
        names.add(reopened.name)
    assert len(names) > 1  # the kills did land at different moments
    assert landed, "no kill landed in the middle of writing"
    save_project(reopened, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.cxd"]  # no temporary left after the next save


# -- the commands that save: killed at random moments, then run again ------------------

COMMAND_KILLS = 4


def _big_project():
    from cxdesigner.model import SurveyAnswer, SurveyDataset
    project = load_template("hotel")
    jmap = project.maps[0]
    for number in range(EXTRA):
        project.add(Touchpoint(title=f"Step {number}", stage_id=jmap.stages[number % 5].id), map_id=jmap.id)
    project.surveys.append(SurveyDataset(
        name="Earlier", map_id=jmap.id, question_touchpoints={"Q": jmap.touchpoints[0].id},
        answers=[SurveyAnswer(respondent=str(i), question="Q", value=float(1 + i % 5)) for i in range(60_000)]))
    return project


def _command(*args):
    return [sys.executable, "-m", "cxdesigner", *map(str, args)]


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_killed_commands_leave_the_old_or_the_new_file_and_the_next_run_leaves_nothing(tmp_path):
    """``import --force``, ``survey --yes`` and a CSV export, each killed during its run, then run again."""
    from cxdesigner.interchange.json_form import dumps
    project = _big_project()
    target, source, answers = tmp_path / "big.cxd", tmp_path / "big.json", tmp_path / "answers.csv"
    save_project(project, target)
    source.write_text(dumps(project))
    answers.write_text("Respondent,Arrives at the reception\n" + "".join(f"{i},{1 + i % 5}\n" for i in range(2000)))
    commands = {"import": _command("import", source, "--output", target, "--force"),
                "survey": _command("survey", target, answers, "--yes"),
                "export": _command("export", target, "--format", "csv", "--output", tmp_path / "big.csv")}
    rng = random.Random(11)
    landed = 0
    for name, command in commands.items():
        start = time.monotonic()
        subprocess.run(command, check=True, capture_output=True)
        whole = time.monotonic() - start
        for _ in range(COMMAND_KILLS):
            run = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.5, 1.0) * whole)
            run.send_signal(signal.SIGKILL)
            run.wait()
            landed += any(p.endswith((".saving", ".writing")) for p in _leftovers(tmp_path))
            reopened = open_project(target, full_check=True)
            assert len(reopened.maps[0].touchpoints) == len(project.maps[0].touchpoints)
            if name == "export":
                assert (tmp_path / "big.csv").read_text().startswith("order,stage")
        assert subprocess.run(command, capture_output=True).returncode == 0, name
        assert _leftovers(tmp_path) == [], name  # the next run removed what the killed ones left
    assert landed, "no kill landed in the middle of a save"
