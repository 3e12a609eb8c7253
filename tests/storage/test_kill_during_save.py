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
    names = set()
    for _ in range(KILLS):
        saver = subprocess.Popen([sys.executable, "-c", SAVER, str(target)], stdout=subprocess.PIPE, text=True)
        saver.stdout.readline()  # one whole save done: now kill it somewhere in the next ones
        time.sleep(rng.uniform(0, 0.15))
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        reopened = open_project(target, full_check=True)
        assert reopened.name.startswith("Save ") and len(reopened.maps[0].touchpoints) == count
        names.add(reopened.name)
    assert len(names) > 1  # the kills did land at different moments
    assert list(tmp_path.glob(".big.cxd.*")), "no kill landed in the middle of writing"
