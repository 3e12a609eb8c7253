"""Templates of the user's own: saved from a map, listed beside the bundled ones, renamed,
deleted, installed from a shared file (checked like any JSON import)."""

import json

import pytest

from cxdesigner.interchange import user_templates as mine
from cxdesigner.interchange.json_form import dumps
from cxdesigner.interchange.templates import (bundled_names, is_user_template, load_template, template_names,
                                              template_summary, template_title)
from cxdesigner.model import Comment
from same_map import without_ids


def hotel_template(name="Our hotel stay", description="The stay as our guests live it."):
    project = load_template("hotel")
    return project, mine.template_from_map(project, project.maps[0].id, name, description)


def test_a_saved_template_starts_a_project_equal_to_the_map_with_fresh_ids(user_templates_folder):
    project, template = hotel_template()
    key = mine.save_template(template)
    assert key == "our-hotel-stay" and (user_templates_folder / "our-hotel-stay.json").is_file()
    assert template_names() == [*bundled_names(), key] and is_user_template(key)
    assert template_title(key) == "Our hotel stay" and template_summary(key) == "The stay as our guests live it."
    made = load_template(key)
    assert made.name == "Our hotel stay" and made.problems() == []
    assert without_ids(made) == without_ids(template)
    assert without_ids(made)["maps"] == without_ids(project)["maps"], "the map changed on its way"
    ids = {item.id for item, _ in made.walk()}
    assert ids.isdisjoint(item.id for item, _ in project.walk()), "a project from a template reuses ids"
    assert ids.isdisjoint(item.id for item, _ in load_template(key).walk())


def test_a_template_holds_the_map_its_personas_channels_and_departments_only(project):
    jmap = project.maps[0]
    jmap.comments.append(Comment(text="Is this right?", author="Ann", target_id=jmap.touchpoints[0].id))
    other = project.personas.pop()
    jmap.persona_ids.remove(other.id)
    jmap.ratings = {k: r for k, r in jmap.ratings.items() if r.persona_id != other.id}
    jmap.goals = [g for g in jmap.goals if g.persona_id != other.id]
    project.personas.append(other)  # in the project, not on the map
    template = mine.template_from_map(project, jmap.id, "  Small   hotel ")
    assert template.name == "Small hotel" and [p.name for p in template.personas] == ["Anna"]
    assert [c.name for c in template.channels] == ["Website", "Reception"]
    assert [d.name for d in template.departments] == ["Sales"]
    assert template.maps[0].comments == [] and jmap.comments, "the project lost its comments"
    assert template.maps[0].cells == jmap.cells and template.maps[0].lanes == jmap.lanes


def test_names_stay_apart_from_the_bundled_ones_and_each_other():
    keys = [mine.save_template(hotel_template(name)[1]) for name in ("Hotel", "Hotel", "hotel!", "???")]
    assert keys == ["hotel-2", "hotel-3", "hotel-4", "template"]
    assert [template_title(k) for k in keys] == ["Hotel", "Hotel", "hotel!", "???"]
    assert template_title("hotel") == "Hotel" and not is_user_template("hotel")


def test_rename_and_delete(user_templates_folder):
    key = mine.save_template(hotel_template()[1])
    renamed = mine.rename_template(key, "Business stay")
    assert renamed == "business-stay" and template_title(renamed) == "Business stay"
    assert not (user_templates_folder / f"{key}.json").exists()
    assert mine.rename_template(renamed, "business STAY") == renamed and template_title(renamed) == "business STAY"
    mine.delete_template(renamed)
    assert template_names() == bundled_names()
    with pytest.raises(mine.TemplateError, match="needs a name"):
        mine.template_from_map(*(lambda p: (p, p.maps[0].id))(load_template("hotel")), " ")


def hostile_files(folder):
    folder.mkdir(exist_ok=True)
    _, template = hotel_template()
    good = json.loads(dumps(template))
    out_of_scale = json.loads(dumps(template))
    out_of_scale["project"]["maps"][0]["ratings"][0]["value"] = 99
    two_maps = json.loads(dumps(load_template("hotel")))
    two_maps["project"]["maps"].append(json.loads(dumps(load_template("bank-account")))["project"]["maps"][0])
    files = {"not-json.json": b"<html>", "latin.json": "{\"n\u00e9\": 1}".encode("latin-1"),
             "out-of-scale.json": json.dumps(out_of_scale).encode(), "two-maps.json": json.dumps(two_maps).encode(),
             "no-maps.json": json.dumps({**good, "project": {**good["project"], "maps": []}}).encode(),
             "newer.json": json.dumps({**good, "version": 999}).encode(),
             "deep.json": b"[" * 100_000}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    (folder / "a-folder.json").mkdir()
    return [folder / name for name in (*files, "a-folder.json", "missing.json")]


def test_a_hostile_template_is_refused_in_one_sentence(tmp_path, user_templates_folder):
    for path in hostile_files(tmp_path / "shared"):
        with pytest.raises(mine.TemplateError) as refused:
            mine.install_template(path)
        message = str(refused.value)
        assert message.endswith(".") and "\n" not in message and "Traceback" not in message, message
        assert len(message) < 400
    assert not user_templates_folder.exists() or not any(user_templates_folder.iterdir())


def test_a_too_large_template_is_not_read(tmp_path, monkeypatch):
    monkeypatch.setattr(mine, "MAX_TEMPLATE_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(dumps(hotel_template()[1]))
    with pytest.raises(mine.TemplateError, match="big.json"):
        mine.install_template(path)


def test_a_broken_file_in_the_folder_is_listed_and_refused_when_used(user_templates_folder):
    user_templates_folder.mkdir()
    (user_templates_folder / "broken.json").write_text("{")
    assert "broken" in template_names()
    with pytest.raises(mine.TemplateError, match="broken.json"):
        load_template("broken")
