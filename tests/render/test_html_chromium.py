"""The interactive HTML map opened in headless Chromium, acted on as a person would (skipped without Chromium)."""

import pytest

from cxdesigner.interchange.templates import load_template, template_names
from cxdesigner.model import Note
from cxdesigner.render.export import ExportOptions, export_maps
from chromium import CHROMIUM, Browser

INJECTION = "</script><img src=x onerror=alert(1)>"

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed: the HTML map is checked "
                                                          "with html.parser only (test_html_map.py)")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    """One browser for the module (starting one takes seconds); each test opens its own page."""
    opened = Browser(tmp_path_factory.mktemp("chromium") / "profile")
    yield opened
    opened.close()


def page(project, tmp_path, browser):
    path = tmp_path / "map.html"
    export_maps(project, [m.id for m in project.maps], ExportOptions("html"), path)
    browser.errors.clear()
    browser.requests.clear()
    browser.open(path.as_uri())
    return path


def fetched(browser, path):
    """What the page asked for beyond itself and its embedded pictures."""
    return [url for url in browser.requests if url != path.as_uri() and not url.startswith("data:")]


@pytest.mark.parametrize("name", template_names())
def test_every_template_opens_with_no_error_and_no_request(qapp, tmp_path, browser, name):
    project = load_template(name)
    path = page(project, tmp_path, browser)
    assert browser.errors == []
    assert fetched(browser, path) == []
    shown = browser.js("document.body.innerText")
    dom = browser.js("document.body.textContent")
    for jmap in project.maps:
        for text in [t.title for t in jmap.touchpoints] + [n.text for n in jmap.notes]:
            assert text in dom, text
    assert project.maps[0].name in shown


def test_hovering_a_card_shows_its_details(qapp, tmp_path, browser):
    project = load_template("hotel")
    page(project, tmp_path, browser)
    touchpoint = project.maps[0].touchpoints[0]
    assert browser.js("document.getElementById('tip').hidden") is True
    browser.hover(*browser.centre("a.tp"))
    assert browser.js("document.getElementById('tip').hidden") is False
    tip = browser.js("document.getElementById('tip').innerText")
    assert tip.startswith(touchpoint.title)
    assert touchpoint.description in tip and "on a scale from 1 to 5" in tip
    pain = project.maps[0].pain_points[0]
    browser.hover(*browser.centre(f".chip[data-k='{pain.id}']"))
    assert browser.js("document.querySelector('#tip strong').textContent") == pain.text
    assert "severity" in browser.js("document.getElementById('tip').innerText")
    browser.hover(5, 5)
    assert browser.js("document.getElementById('tip').hidden") is True


def test_the_persona_switch_hides_and_shows_a_line(qapp, tmp_path, browser):
    project = load_template("hotel")
    page(project, tmp_path, browser)
    first = project.maps[0].persona_ids[0]
    line = f"getComputedStyle(document.querySelector('.line[data-persona=\"{first}\"]')).display"
    assert browser.js(line) != "none"
    switch = browser.centre(f"input[data-line='{first}']")
    browser.click(*switch)
    assert browser.js(line) == "none"
    assert browser.js("getComputedStyle(document.querySelectorAll('.line')[1]).display") != "none"
    browser.click(*switch)
    assert browser.js(line) != "none"


def test_tab_walks_the_touchpoints_enter_opens_escape_closes(qapp, tmp_path, browser):
    project = load_template("hotel")
    page(project, tmp_path, browser)
    titles = [t.title for t in project.maps[0].touchpoints]
    label = "document.activeElement.getAttribute('aria-label') || ''"
    for _ in range(20):  # the toolbar and the persona switches come first
        browser.key("Tab")
        if browser.js(label).startswith("Touchpoint 1 of"):
            break
    walked = [browser.js(label)]
    for _ in titles[1:]:
        browser.key("Tab")
        walked.append(browser.js(label))
    assert walked == [f"Touchpoint {i} of 9: {title}" for i, title in enumerate(titles, start=1)]
    browser.key("Tab", shift=True)
    browser.key("Enter")
    assert browser.js("document.getElementById('details').open") is True
    assert browser.js("document.getElementById('details-title').textContent") == titles[-2]
    assert "Resources available" in browser.js("document.getElementById('details').innerText")
    browser.key("Escape")
    assert browser.js("document.getElementById('details').open") is False
    assert browser.js(label) == f"Touchpoint 8 of 9: {titles[-2]}"  # focus back where it was


def test_down_and_up_walk_a_touchpoints_points_and_chips(qapp, tmp_path, browser):
    project = load_template("hotel")
    page(project, tmp_path, browser)
    jmap = project.maps[0]
    booking = jmap.touchpoints[1]
    browser.js(f"document.querySelector('a.tp[data-tp=\"{booking.id}\"]').focus()")
    focused = "document.activeElement.getAttribute('data-k')"
    tip = "document.querySelector('#tip').innerText"
    browser.key("ArrowDown")
    claire = project.find(jmap.persona_ids[0]).name
    assert browser.js(focused) == f"{booking.id}|{jmap.persona_ids[0]}"
    assert f"{claire}: 4 on a scale from 1 to 5" in browser.js(tip)
    browser.key("ArrowDown")
    assert browser.js(focused) == f"{booking.id}|{jmap.persona_ids[1]}"
    pain = next(p for p in jmap.pain_points if p.touchpoint_ids[0] == booking.id)
    browser.key("ArrowDown")
    assert browser.js(focused) == pain.id and pain.text in browser.js(tip)
    browser.key("Enter")
    assert browser.js("document.getElementById('details-title').textContent") == booking.title
    browser.key("Escape")
    assert browser.js(focused) == pain.id  # back where the person was
    browser.key("ArrowUp")
    browser.key("ArrowUp")
    browser.key("ArrowUp")
    assert browser.js(focused) == booking.id


def test_zoom_buttons_change_the_maps_size(qapp, tmp_path, browser):
    page(load_template("hotel"), tmp_path, browser)
    width = "document.querySelector('.map-svg').getBoundingClientRect().width"
    before = browser.js(width)
    browser.click(*browser.centre("[data-zoom=in]"))
    assert browser.js(width) == pytest.approx(before * 1.25, rel=0.01)
    browser.click(*browser.centre("[data-zoom=reset]"))
    assert browser.js(width) == pytest.approx(before, rel=0.01)


def test_an_injected_title_is_shown_as_text_and_runs_nothing(qapp, tmp_path, browser):
    project = load_template("hotel")
    jmap = project.maps[0]
    project.update(jmap.touchpoints[0].id, title=INJECTION)
    project.update(jmap.id, name=INJECTION)
    project.add(Note(text=INJECTION), map_id=jmap.id)
    page(project, tmp_path, browser)
    assert browser.errors == []
    assert browser.js("document.querySelectorAll('img').length") == 0
    assert browser.js("document.querySelector('.map-name').textContent") == INJECTION
    assert browser.js("document.querySelector('.tp-entry h5').textContent") == INJECTION
    browser.hover(*browser.centre("a.tp"))
    assert browser.js("document.querySelector('#tip strong').textContent") == INJECTION


def test_without_a_script_the_map_and_the_list_are_there(qapp, tmp_path, browser):
    project = load_template("hotel")
    browser.call("Emulation.setScriptExecutionDisabled", session=True, value=True)
    try:
        page(project, tmp_path, browser)
        check_the_page_without_its_script(project, browser)
    finally:
        browser.call("Emulation.setScriptExecutionDisabled", session=True, value=False)


def check_the_page_without_its_script(project, browser):
    assert browser.js("document.documentElement.className") == ""  # the page's script did not run
    shown = browser.js("document.body.innerText")
    for touchpoint in project.maps[0].touchpoints:
        assert touchpoint.title in shown
    assert browser.js("document.querySelectorAll('.tp-entry').length") == 9
    assert browser.js("document.querySelector('.map-svg').getBoundingClientRect().width") > 1000


def test_several_maps_switch_with_the_picker(qapp, tmp_path, browser):
    from cxdesigner.model.duplicate import duplicate_map
    project = load_template("hotel")
    project.add(duplicate_map(project.maps[0], "Hotel stay, weekend"))
    page(project, tmp_path, browser)
    visible = "[...document.querySelectorAll('section.map')].filter(s => s.offsetParent).map(s => s.id)"
    assert browser.js(visible) == [f"m-{project.maps[0].id}"]
    browser.js(f"const p = document.getElementById('map-picker'); p.value = 'm-{project.maps[1].id}'; "
               "p.dispatchEvent(new Event('change'))")
    assert browser.js(visible) == [f"m-{project.maps[1].id}"]
