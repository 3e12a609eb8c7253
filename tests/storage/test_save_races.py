"""Two commands saving one file at once: never both "saved" unless both changes are in the file.

Each command holds the file's lock from reading to saving and saves only over the file it
read, so the second waits for the first and then builds on its result (or says plainly
that it could not).
"""

import subprocess
import sys
import time

from cxdesigner.interchange.json_form import dumps
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import open_project, save_project

ROUNDS = 3


def _start(*args):
    return subprocess.Popen([sys.executable, "-m", "cxdesigner", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _answers(folder, name):
    path = folder / f"{name}.csv"
    path.write_text("Respondent,Arrives at the reception\n" + "".join(f"{i},{1 + i % 5}\n" for i in range(40_000)))
    return path


def _finish(run):
    out, err = run.communicate(timeout=60)
    assert run.returncode in (0, 1) and "Traceback" not in err and len(err.splitlines()) <= 1, err
    return run.returncode == 0


def test_two_surveys_saved_at_once_are_both_in_the_file(tmp_path):
    target = tmp_path / "hotel.cxd"
    first, second = _answers(tmp_path, "first"), _answers(tmp_path, "second")
    for delay in (0.0, 0.1, 0.3)[:ROUNDS]:
        save_project(load_template("hotel"), target)
        one = _start("survey", target, first, "--yes")
        time.sleep(delay)
        two = _start("survey", target, second, "--yes")
        saved = {name for name, run in (("first", one), ("second", two)) if _finish(run)}
        assert saved, "neither command saved"
        assert {s.name for s in open_project(target).surveys} == saved


def test_an_import_racing_a_survey_never_loses_either_silently(tmp_path):
    """Whichever goes second builds on (or, for ``--force``, deliberately replaces) what the first saved."""
    target, source = tmp_path / "hotel.cxd", tmp_path / "new.json"
    imported = load_template("hotel")
    imported.name = "Imported"
    source.write_text(dumps(imported))
    answers = _answers(tmp_path, "answers")
    for delay in (0.0, 0.3, 0.6):
        save_project(load_template("hotel"), target)
        survey = _start("survey", target, answers, "--yes")
        time.sleep(delay)
        replace = _start("import", source, "--output", target, "--force")
        surveyed, replaced = _finish(survey), _finish(replace)
        result = open_project(target)
        if replaced:
            assert result.name == "Imported"  # the import's work is never lost under a survey of the old file
        if surveyed and not replaced:
            assert [s.name for s in result.surveys] == ["answers"]
        assert surveyed or replaced
