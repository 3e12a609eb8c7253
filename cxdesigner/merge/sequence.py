"""Orders of lists: which elements moved, and a three-way merge of two reorderings.

Elements are unique within a list (ids, or plain values such as lanes), never
``None``. An element "moved" when it is not among the largest set of common
elements that keep their relative order (a longest increasing subsequence,
``O(n log n)``), so inserting one card is one change, not a shift of every card
after it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from cxdesigner.merge.conflicts import MINE, THEIRS


def kept_in_order(old: Sequence[Hashable], new: Sequence[Hashable]) -> set[Hashable]:
    """The largest set of elements of both lists that stand in the same relative order in each."""
    position = {element: i for i, element in enumerate(old)}
    common = [position[element] for element in new if element in position]
    tails: list[int] = []  # tails[k]: index in common of the smallest end of an increasing run k + 1 long
    parent = [-1] * len(common)
    for i, value in enumerate(common):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if common[tails[middle]] < value:
                low = middle + 1
            else:
                high = middle
        if low > 0:
            parent[i] = tails[low - 1]
        if low == len(tails):
            tails.append(i)
        else:
            tails[low] = i
    kept: set[Hashable] = set()
    i = tails[-1] if tails else -1
    while i >= 0:
        kept.add(old[common[i]])
        i = parent[i]
    return kept


def moved(old: Sequence[Hashable], new: Sequence[Hashable]) -> list[Hashable]:
    """Elements of both lists that changed place, in ``new``'s order."""
    kept = kept_in_order(old, new)
    present = set(old)
    return [element for element in new if element in present and element not in kept]


def predecessor(sequence: Sequence[Hashable], element: Hashable, among: set[Hashable]) -> Hashable | None:
    """The nearest element before ``element`` in ``sequence`` that is in ``among`` (``None``: none)."""
    found = None
    for other in sequence:
        if other == element:
            return found
        if other in among:
            found = other
    return found


Chooser = Callable[[Hashable, Hashable | None, Hashable | None], str]


def merge_order(base: Sequence[Hashable], mine: Sequence[Hashable], theirs: Sequence[Hashable],
                members: set[Hashable], choose: Chooser) -> list[Hashable]:
    """The order of ``members`` that keeps both sides' insertions and moves.

    Elements neither side moved keep the base order. An element one side inserted or
    moved goes right after its nearest predecessor in that side's list (one the other
    side did not move), where what that
    side removed still counts at its old place (so an item added at the end stays at the
    end). At one place, mine's insertions come before theirs'. An element both sides moved to different
    places is placed by the side that ``choose(element, after_in_mine, after_in_theirs)``
    returns. Members found in no list (there should be none) come last.
    """
    in_base, in_mine = set(base), set(mine)
    stable = {MINE: kept_in_order(base, mine), THEIRS: kept_in_order(base, theirs)}
    moved_mine = {e for e in mine if e in in_base and e not in stable[MINE]}
    moved_theirs = {e for e in theirs if e in in_base and e not in stable[THEIRS]}
    common = in_mine & set(theirs) & members
    placer: dict[Hashable, str] = {}
    ordered = [e for e in dict.fromkeys([*mine, *theirs, *base]) if e in members]
    for element in ordered:
        if element not in in_base:
            placer[element] = MINE if element in in_mine else THEIRS
        elif element in moved_mine and element in moved_theirs:
            after_mine, after_theirs = predecessor(mine, element, common), predecessor(theirs, element, common)
            placer[element] = MINE if after_mine == after_theirs else choose(element, after_mine, after_theirs)
        elif element in moved_mine:
            placer[element] = MINE
        elif element in moved_theirs:
            placer[element] = THEIRS
    chain = _Chain([element for element in base if element in members and element not in placer])
    for side, sequence in ((MINE, mine), (THEIRS, theirs)):
        anchor = None
        for element in _with_removed(base, sequence, stable[side]):
            if placer.get(element) == side and element not in chain:
                chain.insert_after(anchor, element, side, past=MINE if side == THEIRS else None)
            if element in chain and chain.side[element] in (None, side):
                anchor = element  # what the other side moved is no landmark for this one
    strays = sorted(members.difference(ordered), key=str)
    return list(chain) + [element for element in ordered if element not in chain] + strays


def _with_removed(base: Sequence[Hashable], side: Sequence[Hashable], stable: set[Hashable]) -> list[Hashable]:
    """``side`` with the base elements it removed back in, each after its nearest base
    predecessor that ``side`` kept in place (``stable``), before what ``side`` inserted there."""
    present = set(side)
    removed: dict[Hashable | None, list[Hashable]] = {}
    kept = None
    for element in base:
        if element in stable:
            kept = element
        elif element not in present:
            removed.setdefault(kept, []).append(element)
    if not removed:
        return list(side)
    result = list(removed.get(None, []))
    for element in side:
        result.append(element)
        result += removed.get(element, [])
    return result


class _Chain:
    """A linked list of unique elements: inserting after any of them costs O(1)."""

    def __init__(self, elements: list[Hashable]) -> None:
        self.head = elements[0] if elements else None
        self.next: dict[Hashable, Hashable | None] = dict(zip(elements, [*elements[1:], None]))
        self.side: dict[Hashable, str | None] = dict.fromkeys(elements)

    def __contains__(self, element: Hashable) -> bool:
        return element in self.next

    def __iter__(self):
        element = self.head
        while element is not None:
            yield element
            element = self.next[element]

    def insert_after(self, anchor: Hashable | None, element: Hashable, side: str, past: str | None) -> None:
        """Put ``element`` after ``anchor`` (first, for ``None``), behind a run placed by side ``past``."""
        following = self.head if anchor is None else self.next[anchor]
        while following is not None and past is not None and self.side[following] == past:
            anchor, following = following, self.next[following]
        self.next[element] = following
        self.side[element] = side
        if anchor is None:
            self.head = element
        else:
            self.next[anchor] = element
