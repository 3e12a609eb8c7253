"""The bundled sample that `make run` copies stays in step with the hotel template."""

from importlib import resources

from cxdesigner.interchange.json_form import dumps
from cxdesigner.interchange.templates import load_template
from cxdesigner.storage import open_project


def _without_ids(project) -> str:
    """The JSON form with every id replaced by its order of first appearance."""
    text = dumps(project)
    ids = {item.id for item, _ in project.walk()} | {project.id}
    for number, item_id in enumerate(sorted(ids, key=text.index)):
        text = text.replace(item_id, f"id-{number}")
    return text


def test_sample_matches_the_hotel_template():
    with resources.as_file(resources.files("cxdesigner.resources") / "samples" / "hotel.cxd") as path:
        sample = open_project(path)
    assert _without_ids(sample) == _without_ids(load_template("hotel")), "run `make sample`"
