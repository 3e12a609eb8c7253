"""The version two copies of a file were edited from, found in their histories alone."""

import copy
import dataclasses
import shutil

from cxdesigner.storage import read_project, save_project
from cxdesigner.storage.ancestry import ancestor_project, common_ancestor
from cxdesigner.storage.history import NONE, History


def edited(path, change, **how):
    """Open ``path``, change its project with ``change(project)``, save it; the history read and saved."""
    opened = read_project(path)
    change(opened.project)
    save_project(opened.project, path, history=opened.history, **how)
    return read_project(path)


def rename(name):
    return lambda project: project.update(project.id, name=name)


def two_copies(project, tmp_path):
    """A project saved once, copied, and each copy edited and saved apart (as on two laptops)."""
    mine, theirs = tmp_path / "hotel.cxd", tmp_path / "hotel (Ana's conflicted copy 2026-11-30).cxd"
    save_project(project, mine)
    shutil.copyfile(mine, theirs)
    ancestor = read_project(mine).history.head
    return mine, theirs, ancestor


def test_two_copies_share_the_version_they_were_copied_from(project, tmp_path):
    mine, theirs, ancestor = two_copies(project, tmp_path)
    a = edited(mine, lambda p: p.update(p.maps[0].touchpoints[0].id, title="Mine"))
    a = edited(mine, rename("Mine again"))
    b = edited(theirs, lambda p: p.update(p.maps[0].touchpoints[1].id, title="Theirs"))
    found = common_ancestor(a.history, b.history)
    assert found.id == ancestor.id
    assert ancestor_project(a.history, b.history, found) == project
    assert ancestor_project(b.history, a.history, found) == project


def test_a_copy_nobody_changed_is_its_own_ancestor(project, tmp_path):
    mine, theirs, ancestor = two_copies(project, tmp_path)
    a = edited(mine, rename("Mine"))
    b = read_project(theirs)
    assert common_ancestor(a.history, b.history).id == ancestor.id == b.history.head.id
    assert ancestor_project(a.history, b.history, b.history.head) == project


def test_after_a_merge_the_next_merge_starts_from_what_was_merged(project, tmp_path):
    mine, theirs, ancestor = two_copies(project, tmp_path)
    edited(mine, rename("Mine"))
    b = edited(theirs, lambda p: p.update(p.maps[0].id, name="Their map"))
    merged_from = b.history.head
    a = read_project(mine)
    a.project.update(a.project.maps[0].id, name="Their map")  # what the merge took from theirs
    save_project(a.project, mine, history=a.history.absorbed(b.history), merged=[merged_from.id])
    a = read_project(mine)
    assert a.history.head.parents[1] == merged_from.id
    b = edited(theirs, rename("Theirs, later"))
    found = common_ancestor(a.history, b.history)
    assert found.id == merged_from.id  # not the older version both also descend from
    assert ancestor_project(a.history, b.history, found).maps[0].name == "Their map"
    assert ancestor_project(a.history, History(), found) == ancestor_project(b.history, History(), found)


def test_when_the_ancestor_is_no_longer_kept_an_older_common_version_serves(project, tmp_path):
    mine, theirs, first = two_copies(project, tmp_path)
    a = edited(mine, rename("Both saw this"))
    shutil.copyfile(mine, theirs)
    second = a.history.head
    a = edited(mine, rename("Mine"))
    b = edited(theirs, rename("Theirs"))

    def forget(history, revision):
        kept = dict(history.revisions)
        kept[revision.id] = dataclasses.replace(kept[revision.id], content=NONE, base_id=None, snapshot=None)
        return History(kept.values(), history.head_rows)

    assert common_ancestor(a.history, b.history).id == second.id
    assert common_ancestor(forget(a.history, second), b.history).id == second.id  # theirs still keeps it
    older = common_ancestor(forget(a.history, second), forget(b.history, second))
    assert older.id == first.id


def test_files_that_share_no_version_have_no_ancestor(project, tmp_path):
    save_project(project, tmp_path / "a.cxd")
    save_project(copy.deepcopy(project), tmp_path / "b.cxd")  # saved apart: two first versions
    a, b = read_project(tmp_path / "a.cxd"), read_project(tmp_path / "b.cxd")
    assert common_ancestor(a.history, b.history) is None
    assert common_ancestor(a.history, History()) is None
