from cxdesigner.model.duplicate import duplicate_map


def test_duplicate_has_fresh_ids_and_keeps_every_link(project):
    jmap = project.maps[0]
    twin = duplicate_map(jmap, "Hotel (copy)")
    project.add(twin)
    assert project.problems() == []
    assert twin.name == "Hotel (copy)" and twin.persona_ids == jmap.persona_ids
    old_ids = {item.id for item, owner in project.walk() if owner is jmap}
    new_ids = {item.id for item, owner in project.walk() if owner is twin}
    assert old_ids.isdisjoint(new_ids) and len(new_ids) == len(old_ids)
    assert [t.title for t in twin.touchpoints] == [t.title for t in jmap.touchpoints]
    values = lambda m: [(m.rating(t.id, p) or None) and m.rating(t.id, p).value  # noqa: E731
                        for t in m.touchpoints for p in m.persona_ids]
    assert values(twin) == values(jmap)
    assert twin.goals[0].last_id == twin.touchpoints[3].id
    assert twin.actions[0].pain_point_id == twin.pain_points[0].id
    assert twin.touchpoints[0].channel_id == jmap.touchpoints[0].channel_id


def test_duplicate_shows_its_own_copies_of_the_map_s_lanes():
    from cxdesigner.interchange.templates import load_template
    project = load_template("hotel")
    jmap = project.maps[0]
    twin = duplicate_map(jmap)
    project.add(twin)
    assert project.problems() == []
    own = [lane for lane in twin.lanes if twin.custom_lane(lane) is not None]
    assert [twin.custom_lane(lane).title for lane in own] == ["Storyboard", "How they feel"]
    assert {cell.lane_id for cell in twin.cells} == {lane.id for lane in twin.custom_lanes}
    assert not {lane.id for lane in twin.custom_lanes} & {lane.id for lane in jmap.custom_lanes}
