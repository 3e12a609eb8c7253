"""What presentation mode says about a touchpoint, and where its stage steps land."""

from cxdesigner.model import SatisfactionScale
from cxdesigner.ui.story import rating_in_words, stage_step, story_page


def test_a_rating_reads_in_words_on_its_scale(project):
    jmap = project.maps[0]
    assert rating_in_words(jmap, 4) == "4 on a scale of 1 to 5: satisfied"
    assert rating_in_words(jmap, 3) == "3 on a scale of 1 to 5: neutral"
    assert rating_in_words(jmap, 1) == "1 on a scale of 1 to 5: very dissatisfied"
    assert rating_in_words(jmap, 5).endswith("very satisfied")
    jmap.scale = SatisfactionScale(-2, 2, 1, "Angry", "Delighted")
    assert rating_in_words(jmap, -2) == "-2 on a scale of -2 to 2: angry"
    assert rating_in_words(jmap, -1).endswith("dissatisfied")


def test_the_page_of_a_touchpoint_says_everything_on_it(project):
    jmap = project.maps[0]
    page = story_page(project, jmap, jmap.touchpoints[2])
    assert page.title == "Check in"
    assert page.place == "Stay · touchpoint 3 of 4 · Reception"
    assert page.ratings == [("Anna", project.personas[0].color, "2 on a scale of 1 to 5: dissatisfied"),
                            ("Ben", "#3366cc", "not rated yet")]
    assert page.pain_points == ["Queue at the desk"]
    assert page.actions == ["Online check-in (Sales)"]
    assert story_page(project, jmap, jmap.touchpoints[3]).positive_moments == ["View from the room"]


def test_stage_steps_land_on_the_first_touchpoint_of_a_stage(project):
    jmap = project.maps[0]  # Booking: 0, 1; Stay: 2, 3
    assert [stage_step(jmap, i, 1) for i in range(4)] == [2, 2, 2, 3]
    assert [stage_step(jmap, i, -1) for i in range(4)] == [0, 0, 0, 2]


def test_long_texts_and_lists_are_cut_to_what_a_room_can_read(project):
    from cxdesigner.model import PainPoint
    jmap = project.maps[0]
    touchpoint = jmap.touchpoints[0]
    touchpoint.title = "T" * 5000
    touchpoint.description = "word " * 5000
    jmap.pain_points += [PainPoint(text=f"Pain {i} " + "x" * 1000, touchpoint_ids=[touchpoint.id]) for i in range(9)]
    page = story_page(project, jmap, touchpoint)
    assert len(page.title) <= 120 and len(page.description) <= 400 and page.title.endswith("…")
    assert len(page.pain_points) == 5 and page.pain_points[-1] == "and 5 more"
    assert all(len(text) <= 220 for text in page.pain_points)
