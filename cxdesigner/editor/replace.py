"""The whole project replaced in one step: a version restored, or another copy merged in.

Rather than replaying a merge as hundreds of model changes (each of which would have to
pass the rules on its own, in an order that keeps them passing), the document holds the
new project object, and undo gives it back the old one. Earlier steps on the stack still
point at the old object and later ones at the new: each runs on the project that was
current when it was done, which is the current one whenever it is undone or redone.
"""

from __future__ import annotations

from collections.abc import Iterable

from cxdesigner.editor.commands import ProjectCommand
from cxdesigner.model import Project


class ReplaceProjectCommand(ProjectCommand):
    """Show ``project`` instead of the document's current one, as one undo step.

    ``merged_heads``: the revisions of other copies merged in; the next save records them
    as parents of its revision (while this step is done).
    """

    def __init__(self, document, project: Project, text: str, merged_heads: Iterable[str] = ()) -> None:
        super().__init__(document.project, text)
        self.document, self.old, self.new = document, document.project, project
        self.merged_heads = tuple(merged_heads)

    def apply(self) -> None:
        self.document.replace_project(self.new)

    def revert(self) -> None:
        self.document.replace_project(self.old)

    def changes_nothing(self) -> bool:
        return self.new == self.old
