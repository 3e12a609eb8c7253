"""Template files, mutated as JSON projects are: each installs as a sound one-map template, or is
refused in one plain sentence and the templates folder is left as it was."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings

from fuzz_harness import EXAMPLES, assert_drawable, check_run, cli, fingerprint, plain_message
from test_fuzz_json import BASE, mutated
from cxdesigner.interchange import user_templates
from cxdesigner.interchange.json_form import dumps
from cxdesigner.interchange.templates import load_template


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.function_scoped_fixture])
@given(mutated())
def test_a_mutated_template_installs_sound_or_is_refused_in_one_sentence(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("shared")
    source = folder / "shared.json"
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    before = user_templates.user_template_keys()
    try:
        key = user_templates.install_template(source)
    except user_templates.TemplateError as error:
        plain_message(error)
        assert user_templates.user_template_keys() == before
    else:
        project = load_template(key)
        assert len(project.maps) == 1
        assert_drawable(project)
        user_templates.delete_template(key)


def test_hostile_templates_through_the_command(tmp_path, user_templates_folder):
    user_templates_folder.mkdir()
    (user_templates_folder / "kept.json").write_text(dumps(load_template("blank")))
    texts = ["", "{", "\x00" * 10, json.dumps({**BASE, "version": 10**6}), "[" * 100_000,
             json.dumps({**BASE, "project": {**BASE["project"], "name": "\x1b]0;owned\x07"}})]
    for index, text in enumerate(texts):
        source = tmp_path / f"in{index}.json"
        source.write_text(text)
        before = fingerprint(user_templates_folder)
        run = check_run(cli("templates", "--install", source))
        if index < len(texts) - 1:
            assert run.code == 1 and fingerprint(user_templates_folder) == before, text[:80]
    # The last is a sound project (the model takes any text as a name): installed, its name printed harmless.
    assert run.code == 0 and "\x1b" not in run.stdout.decode()
    listed = check_run(cli("templates")).stdout.decode()
    assert "\x1b" not in listed and "\x07" not in listed and "[yours]" in listed
