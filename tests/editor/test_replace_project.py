"""A whole project replaced as one undo step, with the steps before and after it undoing exactly."""

import copy

from cxdesigner.editor.commands import UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.editor.replace import ReplaceProjectCommand
from cxdesigner.storage import read_project, save_project


def test_a_replaced_project_is_one_step_and_steps_around_it_still_undo(project):
    document = Document(project)
    replaced = []
    document.replaced.connect(lambda: replaced.append(document.project))
    first = project.maps[0].touchpoints[0]
    document.push(UpdateItemCommand(project, first.id, title="Before"))
    other = copy.deepcopy(project)
    other.update(other.maps[0].id, name="Merged map")
    assert document.push(ReplaceProjectCommand(document, other, "Merge", merged_heads=["their-head"]))
    assert document.project is other and replaced == [other]
    document.push(UpdateItemCommand(other, other.maps[0].touchpoints[1].id, title="After"))
    stack = document.undo_stack
    stack.undo()
    stack.undo()
    assert document.project is project and project.maps[0].name == "Hotel"
    stack.undo()
    assert project.maps[0].touchpoints[0].title == "Visit site"  # the step before runs on its own project
    for _ in range(3):
        stack.redo()
    assert document.project is other and other.maps[0].touchpoints[1].title == "After"
    assert not document.push(ReplaceProjectCommand(document, copy.deepcopy(other), "Nothing new"))


def test_the_next_save_is_made_from_the_heads_merged_since_the_last(project, tmp_path):
    path = tmp_path / "hotel.cxd"
    save_project(project, path)
    document = Document.open(path)
    try:
        merged = copy.deepcopy(document.project)
        merged.update(merged.id, name="Merged")
        document.push(ReplaceProjectCommand(document, merged, "Merge", merged_heads=["their-head"]))
        assert document.merged_heads() == ["their-head"]
        document.undo_stack.undo()
        assert document.merged_heads() == []  # undone: not merged after all
        document.undo_stack.redo()
        head = document.history.head.id
        document.save()
        assert read_project(path).history.head.parents == (head, "their-head")
        assert document.merged_heads() == []  # recorded by that save
    finally:
        document.close()


def test_recovered_work_takes_the_history_up_where_it_began(project, tmp_path):
    """Work recovered after a crash began at the file's revision R; a colleague saved R' since.
    The recovered document's history stands at R, so merging their file starts from R."""
    from cxdesigner.storage.ancestry import common_ancestor
    path = tmp_path / "hotel.cxd"
    save_project(project, path)
    began = read_project(path)
    theirs = copy.deepcopy(began.project)
    theirs.update(theirs.id, name="Saved by a colleague")
    save_project(theirs, path)
    mine = copy.deepcopy(began.project)
    mine.update(mine.maps[0].id, name="My unsaved work")
    document = Document.recovered(mine, path, began.stamp, revision=began.history.head.id)
    try:
        assert document.history.head.id == began.history.head.id
        assert document.history.project_of(began.history.head.id) == began.project
        assert common_ancestor(document.history, read_project(path).history).id == began.history.head.id
    finally:
        document.close()
    unknown = Document.recovered(copy.deepcopy(mine), path, began.stamp, revision="not-a-revision")
    assert unknown.history.revisions == {}  # not known: a history of its own
    unknown.close()
