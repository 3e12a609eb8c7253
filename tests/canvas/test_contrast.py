"""Every text colour of the map keeps WCAG AA's 4.5:1 against what it sits on, in the light,
dark and high-contrast themes, for every colour the editor offers stages, personas, channels,
departments and notes."""

from importlib import resources

import pytest
from PySide6.QtGui import QColor, QPalette

from cxdesigner.app import apply_theme
from cxdesigner.canvas.comment_badges import BADGE_INK, OPEN_COLOR, RESOLVED_COLOR
from cxdesigner.canvas.lanes import NOTE_COLORS
from cxdesigner.canvas.style import (BODY_CONTRAST, CHIP_DETAIL_ALPHA, DETAIL_ALPHA, HINT_ALPHA, NOTE_INK, QUOTE_ALPHA, STAGE_INK,
                                     contrast_ratio, palette_color, readable, tinted)
from cxdesigner.model import Note
from cxdesigner.ui.colors import CHANNEL_COLORS, DEPARTMENT_COLORS, PERSONA_COLORS
from cxdesigner.ui.map_menu import DEFAULT_STAGES
from cxdesigner.storage import open_project

THEMES = {"light": (False, False), "dark": (True, False), "high contrast": (False, True)}


def faded(color: QColor, alpha: int) -> QColor:
    faint = QColor(color)
    faint.setAlpha(alpha)
    return faint


def stage_colors() -> list[str]:
    sample = [s.color for m in open_project(resources.files("cxdesigner.resources") / "samples" / "hotel.cxd").maps for s in m.stages]
    return sorted({c for _, c in DEFAULT_STAGES} | set(sample))


def text_on_background() -> list[tuple[str, QColor, QColor]]:
    """(where, text, background) for each text the map draws, as the items paint them."""
    base, text = palette_color(QPalette.ColorRole.Base), palette_color(QPalette.ColorRole.Text)
    window = palette_color(QPalette.ColorRole.Window)
    pairs = [("card title", text, base), ("card footer", faded(text, DETAIL_ALPHA), base),
             ("lane title", text, base), ("lane hint", faded(text, HINT_ALPHA), base),
             ("blueprint label", faded(text, HINT_ALPHA), base), ("scale label", faded(text, HINT_ALPHA), base),
             ("persona quote", faded(text, QUOTE_ALPHA), base), ("note", QColor(NOTE_INK), QColor(Note(text="").color)),
             ("comment count", QColor(BADGE_INK), QColor(OPEN_COLOR)),
             ("resolved comment count", QColor(BADGE_INK), QColor(RESOLVED_COLOR))]
    for color in stage_colors():
        pairs += [(f"stage title on {color}", QColor(STAGE_INK), tinted(color, 0.75)),
                  (f"cell text in {color}", text, tinted(color, 0.22))]
    for color in PERSONA_COLORS:
        pairs += [(f"persona name {color}", readable(QColor(color)), base),
                  (f"persona name {color} on the window", readable(QColor(color)), window),
                  (f"goal on {color}", text, tinted(color, 0.25))]
    for color in PERSONA_COLORS + CHANNEL_COLORS + DEPARTMENT_COLORS + list(NOTE_COLORS.values()):
        pairs += [(f"chip on {color}", text, tinted(color, 0.35)),
                  (f"chip detail on {color}", faded(text, CHIP_DETAIL_ALPHA), tinted(color, 0.35))]
    return pairs


@pytest.fixture(params=list(THEMES))
def theme(request, qapp):
    dark, high = THEMES[request.param]
    apply_theme(qapp, dark, high)
    yield request.param
    apply_theme(qapp, False)


def test_every_text_of_the_map_keeps_aa_contrast(theme):
    failing = [f"{where}: {contrast_ratio(ink, ground):.2f}" for where, ink, ground in text_on_background()
               if contrast_ratio(ink, ground) < BODY_CONTRAST]
    assert failing == [], f"{theme}: {failing}"


def test_the_ratio_is_wcags():
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor(0, 0, 0, 0), QColor("white")) == pytest.approx(1.0)
