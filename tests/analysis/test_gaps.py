"""Gaps: seams where channel, device or department switch, and the change across them."""

from cxdesigner.analysis.gaps import Switch, gaps


def test_switches_of_channel_device_and_department(project):
    jmap = project.maps[0]
    web, desk = project.channels
    sales = project.departments[0]
    visit, book, check_in, room = jmap.touchpoints
    visit.device, book.device = "Laptop", " laptop "  # same device, written differently
    check_in.device, room.device = "in person", "phone"
    found = gaps(jmap)
    # visit -> book: same channel and device, department unknown at visit: no gap.
    # book -> check in: website -> reception, laptop -> in person, sales -> unknown.
    # check in -> room: channel unknown in the room, in person -> phone.
    assert [(g.index, g.before_id, g.after_id, g.kinds) for g in found] == [
        (1, book.id, check_in.id, ("channel", "device")), (2, check_in.id, room.id, ("device",))]
    assert found[0].switches == (Switch("channel", web.id, desk.id), Switch("device", "laptop", "in person"))
    assert found[1].switches == (Switch("device", "in person", "phone"),)
    anna, ben = project.personas
    assert found[0].changes == {anna.id: -1, ben.id: None}  # Anna 3 -> 2; Ben rated only the first
    assert found[1].changes == {anna.id: 3, ben.id: None}  # Anna 2 -> 5
    assert sales.id not in [s.before for g in found for s in g.switches]


def test_a_department_handover_is_a_gap(project):
    jmap = project.maps[0]
    other = type(project.departments[0])(name="Front desk")
    project.add(other)
    project.update(jmap.touchpoints[0].id, department_id=other.id)
    (first, *_) = gaps(jmap)
    assert first.index == 0 and first.kinds == ("department",)
    assert first.switches[0].before == other.id


def test_no_touchpoints_no_gaps(project):
    project.maps[0].touchpoints.clear()
    assert gaps(project.maps[0]) == []
