"""Channel icons come from the bundled SVGs, tinted; unknown names fall back to the generic one."""

import pytest

from cxdesigner.canvas.icons import FALLBACK, channel_icon, icon_names
from cxdesigner.interchange.templates import load_template, template_names


def test_every_template_channel_has_its_icon():
    for name in template_names():
        for channel in load_template(name).channels:
            assert channel.icon in icon_names(), (name, channel.name, channel.icon)
    assert FALLBACK in icon_names() and len(icon_names()) >= 15


@pytest.mark.usefixtures("qapp")
def test_icon_is_drawn_in_the_channel_colour():
    image = channel_icon("phone", "#ff0000", 32).toImage()
    inked = [image.pixelColor(x, y) for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 200]
    assert len(inked) > 40 and all(c.red() > 200 and c.green() < 60 for c in inked)
    unknown = channel_icon("no-such-icon", "#0000ff", 32).toImage()
    generic = channel_icon(FALLBACK, "#0000ff", 32).toImage()
    assert unknown == generic
