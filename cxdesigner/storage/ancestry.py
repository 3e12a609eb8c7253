"""The common ancestor of two copies of a file: the version both were edited from.

Each copy's history records the revisions it was made from, so the versions both copies
descend from can be found in the two histories alone. Of those, the best ancestor is one
that no other common version descends from (the newest such, when a criss-cross of
merges leaves several); when its content is no longer kept in either file, the newest
common version whose content is kept serves instead (the merge then has more to decide).
"""

from __future__ import annotations

from cxdesigner.model import Project
from cxdesigner.storage.history import History, HistoryError, Revision, ancestors


def common_ancestor(mine: History, theirs: History) -> Revision | None:
    """The version to merge ``mine`` and ``theirs`` from, kept in one of them; ``None`` when they share
    no version whose content is kept (or either has never been saved)."""
    if mine.head is None or theirs.head is None:
        return None
    parents = {**{r.id: r.parents for r in theirs.revisions.values()},
               **{r.id: r.parents for r in mine.revisions.values()}}
    common = ancestors(parents, [mine.head.id]) & ancestors(parents, [theirs.head.id])
    if not common:
        return None
    below = ancestors(parents, [p for c in common for p in parents.get(c, ())])
    known = {**theirs.revisions, **mine.revisions}
    when = {c: known[c].saved_at for c in common if c in known}
    ranked = sorted((c for c in common if c in when), key=lambda c: (c not in below, when[c]), reverse=True)
    for candidate in ranked:
        for history in (mine, theirs):
            revision = history.revisions.get(candidate)
            if revision is not None and revision.kept:
                return revision
    return None


def ancestor_project(mine: History, theirs: History, revision: Revision) -> Project:
    """The content of ``revision`` from whichever history keeps it (``HistoryError`` when neither can)."""
    problem = None
    for history in (mine, theirs):
        if revision.id in history.revisions and history.revisions[revision.id].kept:
            try:
                return history.project_of(revision.id)
            except HistoryError as error:
                problem = error
    raise problem or HistoryError("That version's content is no longer kept in either file.")
