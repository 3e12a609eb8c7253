"""A lazy scene builds only what its view shows: cards, handles, lane contents and seams near
the view, built as it scrolls there and released behind it; the layout covers the whole map."""

from PySide6.QtCore import QRectF
from PySide6.QtTest import QTest

from cxdesigner.canvas.chips import Chip
from cxdesigner.canvas.editing_scene import EditingScene
from cxdesigner.canvas.items import TouchpointCard
from cxdesigner.canvas.view import JourneyView
from cxdesigner.editor.commands import UpdateItemCommand
from cxdesigner.editor.document import Document
from cxdesigner.model import Lane
from long_map import COUNT, long_map

def built_ids(scene) -> list[str]:
    return [i.touchpoint_id for i in scene.items() if isinstance(i, TouchpointCard)]


def shown(qtbot, document):
    scene = EditingScene(document, document.project.maps[0].id, lazy=True)
    view = JourneyView()
    qtbot.addWidget(view)
    view.setScene(scene)  # from the start of the journey
    view.resize(1200, 700)
    view.show()
    QTest.qWaitForWindowExposed(view)
    return scene, view


def test_a_view_made_with_its_scene_opens_at_the_journeys_start(qtbot):
    """As one given the scene later: Qt's own constructor would centre a scene wider than the view."""
    document = Document(long_map())
    scene = EditingScene(document, document.project.maps[0].id, lazy=True)
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    QTest.qWaitForWindowExposed(view)
    first = document.project.maps[0].touchpoints[0].id
    assert view.horizontalScrollBar().value() == view.horizontalScrollBar().minimum()
    assert view.mapToScene(view.viewport().rect()).boundingRect().intersects(scene.card_rect(first))
    assert first in scene.cards.built


def test_a_lazy_scene_builds_nothing_until_shown_and_a_card_asked_for(qapp):
    document = Document(long_map())
    jmap = document.project.maps[0]
    scene = EditingScene(document, jmap.id, lazy=True)
    assert built_ids(scene) == [] and not any(line.handles for line in scene.lines.values())
    assert len(scene.cards) == COUNT and jmap.touchpoints[-1].id in scene.cards  # every touchpoint has a place
    far = jmap.touchpoints[300].id
    card = scene.cards[far]  # asked for by id: built on the spot, where the layout puts it
    assert built_ids(scene) == [far] and card.sceneBoundingRect() == scene.card_rect(far).adjusted(-2, -2, 2, 2)
    assert scene.lane_items() and not any(isinstance(i, Chip) for i in scene.items())


def test_scrolling_builds_ahead_and_releases_behind(qtbot):
    document = Document(long_map())
    jmap = document.project.maps[0]
    scene, view = shown(qtbot, document)
    first = set(built_ids(scene))
    assert jmap.touchpoints[0].id in first and 5 < len(first) < 40  # what is seen and a margin, not 400
    persona = jmap.persona_ids[0]
    assert set(scene.lines[persona].handles) == first
    assert any(isinstance(i, Chip) for i in scene.items()) and len(scene.items()) < len(scene.lane_items()) + 200
    keep = scene.cards[jmap.touchpoints[1].id]
    keep.setSelected(True)  # the user's selection stays built wherever the view goes
    bar = view.horizontalScrollBar()
    for value in range(0, bar.maximum() + 1, view.viewport().width() // 2):
        bar.setValue(value)
        seen = view.mapToScene(view.viewport().rect()).boundingRect()
        visible = {t.id for t in jmap.touchpoints if seen.intersects(scene.card_rect(t.id))}
        assert visible <= set(built_ids(scene)) and visible <= set(scene.lines[persona].handles)
        assert len(built_ids(scene)) < 45
    bar.setValue(bar.maximum())
    at_end = set(built_ids(scene))
    assert jmap.touchpoints[-1].id in at_end and jmap.touchpoints[0].id not in at_end
    assert keep.scene() is scene and keep.isSelected() and scene.selectedItems() == [keep]
    chips = [i for i in scene.items() if isinstance(i, Chip)]
    assert chips and all(i.sceneBoundingRect().right() > seen.left() - 2 * seen.width() for i in chips)


def test_an_edit_far_from_the_view_reaches_its_card_when_it_is_built(qtbot):
    document = Document(long_map())
    jmap = document.project.maps[0]
    scene, view = shown(qtbot, document)
    last = jmap.touchpoints[-1]
    document.push(UpdateItemCommand(document.project, last.id, title="Pays and leaves"))
    assert last.id not in built_ids(scene)
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert scene.cards.built[last.id].touchpoint.title == "Pays and leaves"
    assert Lane.PAIN_POINTS in scene.layout.lanes


def test_the_overview_pictures_the_whole_map_without_building_it(qtbot):
    document = Document(long_map())
    scene, view = shown(qtbot, document)
    before = set(built_ids(scene))
    view.overview.render_scene()
    picture = view.overview.picture.toImage()
    assert set(built_ids(scene)) == before
    width = picture.width()
    right = QRectF(width * 0.7, 0, width * 0.25, picture.height())  # the far end of the map is drawn too
    colors = {picture.pixelColor(x, y).name() for x in range(int(right.left()), int(right.right()))
              for y in range(picture.height())}
    assert len(colors) > 5


def test_the_overview_of_a_long_map_wraps_it_into_rows_that_a_click_reaches(qtbot):
    from PySide6.QtCore import QPointF, Qt

    document = Document(long_map())
    scene, view = shown(qtbot, document)
    overview = view.overview
    rect = scene.sceneRect()
    one_row = min(overview.width() / rect.width(), overview.height() / rect.height())
    assert overview.rows > 1 and overview.scale > 2 * one_row  # not a sliver: rows twice as tall at least
    inside = QRectF(overview.rect())
    assert inside.contains(overview.from_scene(rect.topLeft())) and inside.contains(
        overview.from_scene(rect.bottomRight() - QPointF(1, 1)))  # the whole map is in it
    far = document.project.maps[0].touchpoints[-3].id
    centre = scene.card_rect(far).center()
    drawn = overview.from_scene(centre)
    back = overview.to_scene(drawn)
    assert abs(back.x() - centre.x()) < 1e-6 and abs(back.y() - centre.y()) < 1e-6
    QTest.mouseClick(overview, Qt.MouseButton.LeftButton, pos=drawn.toPoint())
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    assert seen.contains(QPointF(centre.x(), seen.center().y())) and far in scene.cards.built


def test_a_picture_builds_what_each_page_shows_as_it_is_painted(qapp):
    from PySide6.QtGui import QImage, QPainter

    from cxdesigner.render.picture import map_picture

    project = long_map()
    with map_picture(project, project.maps[0].id) as picture:
        assert built_ids(picture.scene) == []
        image = QImage(400, 200, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        page = QRectF(picture.rect.left(), picture.rect.top(), 2000, picture.rect.height())
        picture.paint(painter, QRectF(image.rect()), page)
        on_page = {t.id for t in project.maps[0].touchpoints if page.intersects(picture.scene.card_rect(t.id))}
        slot = picture.scene.layout.metrics.slot_width
        near = {t.id for t in project.maps[0].touchpoints
                if page.intersects(picture.scene.card_rect(t.id).adjusted(-slot, 0, slot, 0))}
        assert on_page and on_page <= set(built_ids(picture.scene)) <= near  # the cards cut by the edge too
        picture.paint(painter, QRectF(image.rect()))  # the whole map: every card
        painter.end()
        assert len(built_ids(picture.scene)) == COUNT
        assert all(i.cacheMode() == i.CacheMode.NoCache for i in picture.scene.items())


def test_the_tallest_card_is_found_measuring_only_the_texts_longer_than_a_line(qapp):
    texts = [("Step 1", ""), ("", ""), ("Step 2", "Web · Front desk"), ("A title long enough to wrap over "
             "three lines of a card, or more", ""), ("Two\nlines", "Desk"), ("Short", "A footer long enough to "
             "take two lines of its own"), ("W" * 40, "")]
    for chosen in (texts, texts[:3], texts[:2], [texts[1]], texts[3:]):
        assert TouchpointCard.tallest_height(chosen, 156) == max(
            TouchpointCard.needed_height(title, footer, 156) for title, footer in chosen)
