"""The merge's laws, on random projects edited at random by two people (Hypothesis)."""

import copy
import random
import tempfile
from pathlib import Path

from edits import FIELD_EDITS, edit, text_fields, new_value
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import projects

from cxdesigner.interchange.templates import load_template
from cxdesigner.merge import FIELD, REMOVAL, THEIRS, merge
from cxdesigner.merge.conflicts import key_text
from cxdesigner.merge.records import PROJECT, flatten
from cxdesigner.model import RATING, Action, Goal, Note, PainPoint, PositiveMoment, Rating, Touchpoint
from cxdesigner.storage import open_project, save_project

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
starts = st.one_of(projects(), st.sampled_from(["hotel", "bank-account"]).map(load_template))


def two_versions(base, data, edits=None):
    kwargs = {} if edits is None else {"edits": edits}
    mine = edit(copy.deepcopy(base), data, data.draw(st.integers(0, 10), label="mine's edits"), **kwargs)
    theirs = edit(copy.deepcopy(base), data, data.draw(st.integers(0, 10), label="theirs' edits"), **kwargs)
    return mine, theirs


@SETTINGS
@given(starts, st.data())
def test_merging_a_version_with_itself_gives_it(base, data):
    mine, _ = two_versions(base, data)
    result = merge(base, mine, copy.deepcopy(mine))
    assert result.project == mine and result.conflicts == []


@SETTINGS
@given(starts, st.data())
def test_changes_made_on_one_side_only_are_taken_whole(base, data):
    mine, theirs = two_versions(base, data)
    for merged, expected in ((merge(base, mine, base), mine), (merge(base, base, theirs), theirs)):
        assert merged.project == expected and merged.conflicts == []


@SETTINGS
@given(starts, st.data(), st.sampled_from([None, "mine", "theirs"]))
def test_every_merge_keeps_the_rules_and_saves(base, data, prefer):
    mine, theirs = two_versions(base, data)
    result = merge(base, mine, theirs, prefer=prefer)
    assert result.project.problems() == []
    assert merge(base, mine, theirs, prefer=prefer).project == result.project  # the same every time
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "merged.cxd"
        save_project(result.project, path)
        assert open_project(path) == result.project
    assert all((c.settled == "default") == (prefer is None) for c in result.conflicts)


@SETTINGS
@given(starts, st.data())
def test_conflicts_exactly_where_both_changed_a_field_differently(base, data):
    mine, theirs = two_versions(base, data, FIELD_EDITS)
    result = merge(base, mine, theirs, prefer=THEIRS)
    assert {c.key for c in result.conflicts} == expected_conflicts(base, mine, theirs)
    merged = flatten(result.project)
    for conflict in result.conflicts:
        if conflict.kind == FIELD:
            assert merged[conflict.item].fields[conflict.field] == conflict.theirs


def expected_conflicts(base, mine, theirs) -> set[str]:
    """Fields both changed to different values; entries one side cleared and the other changed."""
    b, m, t = flatten(base), flatten(mine), flatten(theirs)
    found = set()
    for key in (m.keys() & t.keys()):
        for name, value in m[key].fields.items():
            old = b[key].fields[name] if key in b else object()
            if value != old and t[key].fields[name] != old and value != t[key].fields[name]:
                found.add(f"{FIELD}:{key_text(key)}:{name}")
    for one, other in ((m, t), (t, m)):
        for key in b.keys() - one.keys():
            if key in other and other[key].fields != b[key].fields:
                found.add(f"{REMOVAL}:{key_text(key)}")
    return found


@SETTINGS
@given(starts, st.data())
def test_edits_to_different_items_are_both_kept(base, data):
    rng = random.Random(data.draw(st.integers(0, 2**32 - 1), label="seed"))
    items = [base] + [item for item, _ in base.walk()]
    owners = {item.id: rng.choice("mt") for item in items}
    mine_edits = [e for e in (_edit_for(base, owners, "m", rng) for _ in range(rng.randint(0, 6))) if e]
    theirs_edits = [e for e in (_edit_for(base, owners, "t", rng) for _ in range(rng.randint(0, 6))) if e]
    mine, theirs, both = (copy.deepcopy(base) for _ in range(3))
    mine_edits, theirs_edits = _apply(mine, mine_edits), _apply(theirs, theirs_edits)
    _apply(both, mine_edits + theirs_edits)
    result = merge(base, mine, theirs)
    assert result.conflicts == []
    assert result.project == both


def _edit_for(project, owners, side, rng):
    """One edit that only touches what ``side`` owns (new items are nobody else's)."""
    own = [item for item in [project] + [i for i, _ in project.walk()] if owners[item.id] == side]
    choice = rng.randrange(4)
    if choice == 0 and own:
        item = rng.choice(own)
        names = text_fields(item)
        if names:
            name = rng.choice(names)
            value = new_value(item, name, rng)
            return lambda p: p.update(item.id, **{name: value})
    maps = project.maps
    if choice == 1 and maps:
        jmap = rng.choice(maps)
        touchpoints = [t for t in jmap.touchpoints if owners[t.id] == side]
        if touchpoints and jmap.persona_ids:
            tp, persona = rng.choice(touchpoints).id, rng.choice(jmap.persona_ids)
            value = rng.choice([jmap.scale.low, jmap.scale.high])
            return lambda p: p.set_value(RATING, jmap.id, Rating(touchpoint_id=tp, persona_id=persona, value=value))
    if choice == 2 and maps:
        jmap = rng.choice(maps)
        new = (Touchpoint(title=f"new {side}", stage_id=rng.choice(jmap.stages).id) if rng.random() < 0.5
               else Note(text=f"new {side}"))
        return lambda p: p.add(copy.deepcopy(new), map_id=jmap.id)
    leaves = [i for i in own if isinstance(i, Note | Action | PositiveMoment | Goal | PainPoint)]
    if choice == 3 and leaves:
        item = rng.choice(leaves)
        return lambda p: p.remove(item.id)
    return None


def _apply(project, edits):
    """The edits the model accepts, applied in order."""
    done = []
    for change in edits:
        try:
            change(project)
            done.append(change)
        except (ValueError, KeyError):  # refused, or already removed by an earlier edit
            pass
    return done


def test_the_project_record_holds_the_name():
    base = load_template("hotel")
    mine = copy.deepcopy(base)
    mine.update(mine.id, name="Hotel, reviewed")
    assert PROJECT in flatten(mine) and merge(base, mine, base).project.name == "Hotel, reviewed"
