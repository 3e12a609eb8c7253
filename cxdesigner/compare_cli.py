"""``cxdesigner diff`` and ``cxdesigner merge``: comparing and merging project files, with no display.

Registered by ``cli.py``; the engine (``cxdesigner.merge``) and storage load only when
a command runs. Exit codes as everywhere: 0 done, 1 a bad file or unsettled conflicts
(one plain line on stderr), 2 a usage error.
"""

from __future__ import annotations

import json
import os
from pathlib import Path


def add_commands(commands) -> None:
    """The two commands, on the command line's subparsers."""
    diff = commands.add_parser(
        "diff", help="list what differs between two versions of a project",
        description="Item by item, per map: what was added, removed, changed (old → new) and moved "
                    "from A to B. Exit code 0 whether or not they differ.")
    diff.add_argument("old", metavar="A.cxd", help="the older version (or either one)")
    diff.add_argument("new", metavar="B.cxd", help="the version to compare it with")
    diff.add_argument("--json", action="store_true", help="print JSON instead of sentences")
    diff.set_defaults(run=run_diff)

    merge = commands.add_parser(
        "merge", help="merge two edited copies of a project into a new file",
        description="Combines what MINE and THEIRS changed since the version both were edited from, item by "
                    "item; that version is found in the two files' histories, or given with --base. Changes to "
                    "different items or fields combine; the same field changed both ways, a removal against an "
                    "edit and one card moved both ways are conflicts. With conflicts and no --prefer nothing is "
                    "written and the exit code is 1.")
    merge.add_argument("mine", metavar="MINE.cxd", help="your version")
    merge.add_argument("theirs", metavar="THEIRS.cxd", help="the other version (a conflicted copy, a colleague's file)")
    merge.add_argument("--base", metavar="BASE.cxd",
                       help="the version both were edited from (default: found in the files' histories)")
    merge.add_argument("--output", required=True, metavar="OUT.cxd", help="the merged file to write")
    merge.add_argument("--prefer", choices=("mine", "theirs"), help="settle every conflict for this side")
    merge.add_argument("--force", action="store_true", help="replace OUT.cxd if it exists")
    merge.set_defaults(run=run_merge)


def run_diff(options) -> int:
    from cxdesigner.merge import compare
    _distinct(options.old, options.new)
    old, new = load(options.old), load(options.new)
    found = compare(old, new)
    if options.json:
        print(json.dumps(_json_report(options, old, new, found), ensure_ascii=False, indent=2, allow_nan=False))
        return 0
    if not found:
        print(f"{options.old} and {options.new} hold the same project.")
        return 0
    count = f"{len(found)} difference{'s' if len(found) != 1 else ''}"
    print(f"From {options.old} to {options.new}: {count}.")
    if old.id != new.id:
        print("They are different projects: nothing in one is a version of anything in the other.")
    for title, differences in _groups(old, new, found):
        print(f"\n{title}")
        for difference in differences:
            print(f"  {difference.sentence}")
    return 0


def run_merge(options) -> int:
    from cxdesigner.console import UserError, saving
    from cxdesigner.merge import MINE, compare, merge
    _distinct(options.mine, options.theirs)
    mine_file, theirs_file = read(options.mine), read(options.theirs)
    mine, theirs = mine_file.project, theirs_file.project
    base = load(options.base) if options.base else _ancestor(options, mine_file, theirs_file)
    try:
        result = merge(base, mine, theirs, prefer=options.prefer)
    except ValueError as error:
        raise UserError(str(error)) from None
    if result.unsettled:
        for conflict in result.conflicts:
            print(conflict.sentence)
        count = len(result.conflicts)
        raise UserError(f"{count} conflict{'s' if count > 1 else ''}; nothing was written. "
                        "Settle them with --prefer mine or --prefer theirs.")
    heads = [theirs_file.history.head.id] if theirs_file.history.head else []
    with saving(options.output, replace=options.force) as save:  # the output's lock, as the editor takes it
        save(result.project, history=mine_file.history.absorbed(theirs_file.history), merged=heads)
    ours, others = len(compare(base, mine)), len(compare(base, theirs))
    settled = len(result.conflicts)
    print(f"Merged into {options.output}: {ours} change{'s' if ours != 1 else ''} from {options.mine}, "
          f"{others} from {options.theirs}, "
          f"{f'{settled} conflict' + ('s' if settled > 1 else '') + ' settled' if settled else 'no conflicts'}.")
    for conflict in result.conflicts:
        print(f"  {conflict.sentence} Kept {'mine' if conflict.resolution == MINE else 'theirs'}.")
    return 0


def print_conflicted_copies(path: str) -> None:
    """For ``cxdesigner check``: one line for each conflicted copy beside ``path`` (the exit code is not changed)."""
    from cxdesigner.storage.conflicted import conflicted_copies
    from cxdesigner.storage.errors import one_line
    for copy in conflicted_copies(path):
        print(one_line(f"{path}: a conflicted copy ({copy.tool}) lies beside it: {copy.path.name}"))


# -- shared steps ------------------------------------------------------------------

def load(path):
    """Open a project as every command does (only a regular file is read)."""
    from cxdesigner.console import load
    return load(path)


def read(path):
    """``load``, with the file's history."""
    from cxdesigner.console import UserError
    from cxdesigner.storage import ProjectFileError, read_project
    try:
        return read_project(path)
    except ProjectFileError as error:
        raise UserError(str(error)) from None


def _ancestor(options, mine, theirs):
    """The version MINE and THEIRS were both edited from, found in their histories."""
    from cxdesigner.console import UserError
    from cxdesigner.storage.ancestry import ancestor_project, common_ancestor
    from cxdesigner.storage.history import HistoryError
    if mine.project.id != theirs.project.id:
        return mine.project  # not one project: the merge says so
    revision = common_ancestor(mine.history, theirs.history)
    if revision is None:
        raise UserError(f"{Path(options.mine).name} and {Path(options.theirs).name} share no saved version whose "
                        "content is still kept; name the version both were edited from with --base BASE.cxd.")
    try:
        return ancestor_project(mine.history, theirs.history, revision)
    except HistoryError as error:
        raise UserError(str(error)) from None


def _distinct(first: str, second: str) -> None:
    """Two arguments that name one file are a mistake worth one sentence."""
    from cxdesigner.console import UserError
    try:
        same = os.path.samefile(first, second)
    except OSError:
        same = os.path.abspath(first) == os.path.abspath(second)
    if same:
        raise UserError(f"{Path(first).name} was given twice; name two different files.")


def _groups(old, new, found):
    """The differences under headings: the project first, then each map (as it is named in ``new``)."""
    from cxdesigner.merge.describe import plain
    names = {m.id: m.name for m in old.maps} | {m.id: m.name for m in new.maps}
    order = [None, *[m.id for m in new.maps], *[m.id for m in old.maps]]
    grouped: dict = {}
    for difference in found:
        grouped.setdefault(difference.map_id if difference.map_id in names else None, []).append(difference)
    for map_id in dict.fromkeys(order):
        if map_id in grouped:
            yield ("Project" if map_id is None else f'Map "{plain(names[map_id])}"'), grouped[map_id]


def _json_report(options, old, new, found) -> dict:
    from cxdesigner.interchange.json_form import to_plain

    def plain_difference(difference) -> dict:
        key = difference.key
        return {"change": difference.change, "kind": difference.kind,
                "item": list(key) if isinstance(key, tuple) else key, "field": difference.field,
                "old": to_plain(difference.old), "new": to_plain(difference.new), "sentence": difference.sentence,
                "with": [plain_difference(d) for d in difference.consequences]}

    names = {m.id: m.name for m in old.maps} | {m.id: m.name for m in new.maps}
    return {"old": str(options.old), "new": str(options.new), "same_project": old.id == new.id,
            "differences": len(found),
            "groups": [{"map": None if not differences[0].map_id or differences[0].map_id not in names
                        else {"id": differences[0].map_id, "name": names[differences[0].map_id]},
                        "differences": [plain_difference(d) for d in differences]}
                       for _, differences in _groups(old, new, found)]}
