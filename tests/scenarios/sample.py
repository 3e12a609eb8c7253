"""A copy of the bundled hotel sample for a scenario to open, edit and save."""

import shutil
from importlib import resources

from cxdesigner.storage import open_project


def copy_sample(folder):
    path = folder / "hotel.cxd"
    shutil.copyfile(resources.files("cxdesigner.resources") / "samples" / "hotel.cxd", path)
    return path


def saved_map(path, index: int = 0):
    """The map as saved in the file (and the whole project)."""
    project = open_project(path)
    return project.maps[index], project
