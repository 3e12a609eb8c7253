"""Orders: what moved, and merging two reorderings of one list."""

from hypothesis import given
from hypothesis import strategies as st

from cxdesigner.merge.sequence import kept_in_order, merge_order, moved


def never(*_):
    raise AssertionError("no element was moved both ways")


def test_one_insertion_moves_nothing():
    assert moved("abcd", "abxcd") == []
    assert moved("abcd", "dabc") == ["d"]
    assert kept_in_order("abcd", "dcba") in ({"a"}, {"b"}, {"c"}, {"d"})


def test_insertions_of_both_sides_are_kept_mine_first_at_one_place():
    assert merge_order("ab", "aXb", "aYb", set("abXY"), never) == list("aXYb")
    assert merge_order("ab", "abX", "Yab", set("abXY"), never) == list("YabX")


def test_an_item_added_at_the_end_stays_at_the_end_when_the_other_side_removed_the_last():
    assert merge_order("N", "NX", "Y", set("NXY"), never) == list("NXY")


def test_moves_of_both_sides_combine():
    assert merge_order("abcd", "bacd", "abdc", set("abcd"), never) == list("badc")


def test_an_item_moved_both_ways_goes_where_the_chooser_says():
    asked = []

    def choose(element, after_mine, after_theirs):
        asked.append((element, after_mine, after_theirs))
        return "theirs"
    assert merge_order("abcd", "bcad", "bcda", set("abcd"), choose) == list("bcda")
    assert asked == [("a", "c", "d")]


permutations = st.lists(st.integers(0, 30), unique=True, max_size=12)


@given(permutations, permutations, permutations)
def test_one_sided_reorderings_are_kept_exactly(base, mine, theirs):
    """Also while what one side removed is still in the list (the merge removes it afterwards)."""
    for side in (mine, theirs):
        for members in (set(side), set(side) | set(base)):
            for order in (merge_order(base, side, base, members, never), merge_order(base, base, side, members, never),
                          merge_order(base, side, side, members, never)):
                assert [e for e in order if e in side] == side


def test_removed_items_stay_behind_what_stayed_in_place():
    """Mine moved L before S and removed F, K and T; X, added after L, stays before S."""
    assert merge_order("BSLFKT", "BLXS", "BSLFKT", set("BSLFKTX"), never) == list("BLXSFKT")


@given(permutations, permutations, permutations, st.data())
def test_every_member_once_and_the_untouched_in_base_order(base, mine, theirs, data):
    members = set(base) | set(mine) | set(theirs)
    order = merge_order(base, mine, theirs, members, lambda e, m, t: data.draw(st.sampled_from(["mine", "theirs"])))
    assert sorted(order) == sorted(members)
    untouched = [e for e in base if e in mine and e in theirs and e not in moved(base, mine)
                 and e not in moved(base, theirs)]
    assert [e for e in order if e in untouched] == untouched
