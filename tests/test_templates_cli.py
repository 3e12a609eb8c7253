"""``cxdesigner templates``: list the templates, install a shared one, rename and delete your own."""

import json

from test_cli import cli

from cxdesigner.interchange.json_form import dumps
from cxdesigner.interchange.templates import bundled_names, load_template
from cxdesigner.interchange.user_templates import template_from_map
from cxdesigner.storage import open_project


def shared_template(folder, name="Team workshop"):
    project = load_template("bank-account")
    path = folder / "workshop.json"
    path.write_text(dumps(template_from_map(project, project.maps[0].id, name, "For our Tuesday workshops.")))
    return path


def test_install_list_use_rename_and_delete(tmp_path, user_templates_folder):
    installed = cli("templates", "--install", shared_template(tmp_path))
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.strip() == f"Installed 'team-workshop' in {user_templates_folder}."
    listed = cli("templates").stdout.splitlines()
    assert [line.split()[0] for line in listed] == [*bundled_names(), "team-workshop"]
    assert listed[-1].split(None, 1)[1] == "Team workshop: For our Tuesday workshops.  [yours]"
    made = cli("new", tmp_path / "new.cxd", "--template", "team-workshop")
    assert made.returncode == 0, made.stderr
    assert open_project(tmp_path / "new.cxd").name == "Team workshop"
    renamed = cli("templates", "--rename", "team-workshop", "Branch visit")
    assert renamed.stdout.strip() == "Renamed 'team-workshop' to 'branch-visit'."
    assert cli("templates").stdout.splitlines()[-1].startswith("branch-visit  Branch visit:")
    assert cli("templates", "--delete", "branch-visit").returncode == 0
    assert [line.split()[0] for line in cli("templates").stdout.splitlines()] == bundled_names()


def test_hostile_and_mistaken_requests_are_one_sentence(tmp_path, user_templates_folder):
    bad = json.loads(shared_template(tmp_path).read_text())
    bad["project"]["maps"][0]["touchpoints"][0]["stage_id"] = "nowhere"
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    (tmp_path / "escape.json").write_text("\x1b[2J{")
    for args in (("--install", tmp_path / "bad.json"), ("--install", tmp_path / "escape.json"),
                 ("--install", tmp_path / "missing.json"), ("--install", tmp_path),
                 ("--delete", "hotel"), ("--rename", "nobody", "x"), ("--delete", "../../etc/passwd")):
        run = cli("templates", *args)
        assert run.returncode == 1, (args, run.stdout)
        assert len(run.stderr.splitlines()) == 1, run.stderr
        line = run.stderr.strip()
        assert line.startswith("cxdesigner: ") and line.isprintable() and "Traceback" not in line, line
    assert not user_templates_folder.exists() or not any(user_templates_folder.iterdir())
