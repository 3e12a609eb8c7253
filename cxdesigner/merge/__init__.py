"""Comparing and merging versions of a project: pure Python over the model, no Qt, no database.

``compare(old, new)`` lists what changed, item by item on ids. ``merge(base, mine,
theirs)`` combines two versions of a common ancestor, however the ancestor was found,
and returns the merged project with its ``Conflict`` list; ``resolutions`` settles
them one by one (see ``docs/merge.md``).
"""

from cxdesigner.merge.compare import ADDED, CHANGED, MOVED, REMOVED, Difference, compare
from cxdesigner.merge.conflicts import (DEFAULT, FIELD, GIVEN, MINE, ORDER, PREFERRED, REMOVAL, THEIRS, TOGETHER,
                                        Conflict, Edit)
from cxdesigner.merge.three_way import MergeError, MergeResult, merge

__all__ = ["ADDED", "CHANGED", "DEFAULT", "FIELD", "GIVEN", "MINE", "MOVED", "ORDER", "PREFERRED", "REMOVAL",
           "REMOVED", "THEIRS", "TOGETHER", "Conflict", "Difference", "Edit", "MergeError", "MergeResult",
           "compare", "merge"]
