"""Comparing two versions: every template against an edited copy lists exactly the edits made."""

import copy
import dataclasses

import pytest
from edits import edit
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import projects

from cxdesigner.interchange.templates import load_template, template_names
from cxdesigner.merge import ADDED, CHANGED, MOVED, REMOVED, compare
from cxdesigner.model import RATING, Channel, ChannelKind, Lane, Note, Persona, Rating, Touchpoint


@pytest.mark.parametrize("name", template_names())
def test_every_template_against_an_edited_copy(name):
    old = load_template(name)
    new = copy.deepcopy(old)
    jmap = new.maps[0]
    expected = set()

    def expect(change, key, field=None):
        expected.add((change, key, field))

    new.update(new.id, description="Reviewed with the team")
    expect(CHANGED, "project", "description")
    persona = new.personas[0]
    new.update(persona.id, occupation="Architect", age=38)
    expect(CHANGED, persona.id, "occupation")
    expect(CHANGED, persona.id, "age")
    channel = Channel(name="Kiosk", kind=ChannelKind.PHYSICAL)
    new.add(channel)
    expect(ADDED, channel.id)
    stage = jmap.stages[0]
    new.update(stage.id, name="Discovery", color="#ffeecc")
    expect(CHANGED, stage.id, "name")
    expect(CHANGED, stage.id, "color")
    added = Touchpoint(title="Scans a poster", stage_id=jmap.stages[-1].id, channel_id=channel.id)
    new.add(added, map_id=jmap.id)
    expect(ADDED, added.id)
    note = Note(text="Ask the kiosk team")
    new.add(note, map_id=jmap.id)
    expect(ADDED, note.id)
    new.update(jmap.id, lanes=[*jmap.lanes, Lane.THOUGHTS] if Lane.THOUGHTS not in jmap.lanes else jmap.lanes[:1])
    expect(CHANGED, jmap.id, "lanes")
    if jmap.touchpoints[:-1]:
        first = jmap.touchpoints[0]
        new.update(first.id, title="Finds us online", customer_action="Searches")
        expect(CHANGED, first.id, "title")
        expect(CHANGED, first.id, "customer_action")
        persona_id = jmap.persona_ids[0]
        rating = jmap.rating(first.id, persona_id)
        new.set_value(RATING, jmap.id, Rating(touchpoint_id=first.id, persona_id=persona_id, value=jmap.scale.high))
        expect(CHANGED if rating else ADDED, ("ratings", jmap.id, first.id, persona_id),
               "value" if rating and rating.value != jmap.scale.high else None)
        expected.discard((CHANGED, ("ratings", jmap.id, first.id, persona_id), None))
        if rating and (rating.evidence, rating.n) != ("assumption", None):
            for field in ("evidence", "n", "spread", "interval_low", "interval_high"):
                if getattr(rating, field) != getattr(Rating(touchpoint_id="", persona_id="", value=0), field):
                    expect(CHANGED, ("ratings", jmap.id, first.id, persona_id), field)
        run = max(([t for t in jmap.touchpoints_in(s.id) if t is not added] for s in jmap.stages[1:]), key=len)
        if len(run) >= 3:
            new.move(run[-1].id, jmap.touchpoints.index(run[0]))
            expect(MOVED, run[-1].id)
        gone = next(t for t in jmap.touchpoints if t not in run and t is not first)
        new.remove(gone.id)
        expect(REMOVED, gone.id)
    if jmap.pain_points:
        pain = jmap.pain_points[-1]
        new.update(pain.id, severity=1 if pain.severity != 1 else 2)
        expect(CHANGED, pain.id, "severity")
    if jmap.positive_moments:
        moment = next((m for m in jmap.positive_moments if new.lookup(m.id)), None)
        if moment:
            new.remove(moment.id)
            expect(REMOVED, moment.id)
    found = compare(old, new)
    assert {(d.change, d.key, d.field) for d in found} == expected
    assert all(d.sentence.endswith(".") and "\n" not in d.sentence for d in found)
    assert compare(old, copy.deepcopy(old)) == []


def test_a_removal_lists_what_it_took(project):
    new = copy.deepcopy(project)
    jmap = new.maps[0]
    new.remove(jmap.touchpoints[3].id)
    found = compare(project, new)
    (removal,) = [d for d in found if d.change == REMOVED]
    assert found == [removal]
    assert removal.sentence == 'Touchpoint "Enter room" removed (with 1 positive moment, 1 rating and 2 links).'
    assert [d.sentence for d in removal.consequences] == [
        'Positive moment "View from the room" removed.',
        'Rating of "Enter room" for "Anna" removed.',
        'Pain point "Queue at the desk": touchpoints "Check in", "Enter room" → "Check in".',
        'Goal "Rest": last "Enter room" → "Check in".']


def test_sentences_name_links_and_keep_to_one_line(project):
    new = copy.deepcopy(project)
    jmap = new.maps[0]
    tp = jmap.touchpoints[0]
    new.update(tp.id, channel_id=new.channels[1].id, description="Two\nlines\tand a \x07bell")
    new.add(Persona(name="Carla"))
    new.attach_persona(jmap.id, new.personas[-1].id)
    new.move(new.personas[-1].id, 0)
    sentences = [d.sentence for d in compare(project, new)]
    assert sentences == [
        'Persona "Carla" added.',
        'Map "Hotel": personas "Anna", "Ben" → "Anna", "Ben", "Carla".',
        'Touchpoint "Visit site": description "" → "Two lines and a ?bell".',
        'Touchpoint "Visit site": channel "Website" → "Reception".',
    ]


def _every(differences):
    for difference in differences:
        yield difference
        yield from _every(difference.consequences)


def _items(project):
    """Every item with its key, found through the model alone: ``walk`` and each map's ratings and targets."""
    found = {"project": project}
    found.update((item.id, item) for item, _ in project.walk())
    for jmap in project.maps:
        for table in ("ratings", "targets"):
            found.update(((table, jmap.id, *key), entry) for key, entry in getattr(jmap, table).items())
    return found


@settings(max_examples=60, deadline=None)
@given(projects(), st.data())
def test_a_comparison_lists_every_change_once(old, data):
    new = edit(copy.deepcopy(old), data, data.draw(st.integers(0, 10)))
    before, after = _items(old), _items(new)
    changed = set()
    for key in before.keys() & after.keys():
        for f in dataclasses.fields(before[key]):
            value = getattr(before[key], f.name)
            if f.name not in HELD and value != getattr(after[key], f.name):
                changed.add((key, f.name))
    found = list(_every(compare(old, new)))
    assert sorted(str((d.key, d.field)) for d in found if d.change == CHANGED) == sorted(map(str, changed))
    assert sorted(str(d.key) for d in found if d.change == ADDED) == sorted(map(str, after.keys() - before.keys()))
    assert sorted(str(d.key) for d in found if d.change == REMOVED) == sorted(map(str, before.keys() - after.keys()))


#: Fields that hold other items: their items are compared one by one instead.
HELD = {"channels", "departments", "personas", "maps", "surveys", "stages", "touchpoints", "ratings", "targets",
        "goals", "pain_points", "positive_moments", "actions", "notes", "comments", "custom_lanes", "cells"}

