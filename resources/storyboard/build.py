"""Draw the hotel template's storyboard pictures and persona photos into its JSON.

The pictures are the SVG files beside this script (drawn for CX Designer and
licensed with it). A template holds pictures as a project file does, scaled-down
PNG, so after changing a drawing run ``make templates`` to draw it again.
"""

from __future__ import annotations

import base64
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE.parent / "templates" / "hotel.json"
LANE = "lane-storyboard"
PICTURES = {"tp-website": "website.svg", "tp-booking": "booking.svg", "tp-checkin": "reception.svg",
            "tp-room": "room.svg", "tp-restaurant": "restaurant.svg", "tp-facilities": "pool.svg",
            "tp-incident": "problem.svg", "tp-checkout": "pay.svg", "tp-loyalty": "email.svg"}
PHOTOS = {"persona-business": "claire.svg", "persona-family": "morenos.svg"}


def drawn(name: str, side: int) -> str:
    """The SVG ``name`` drawn ``side`` pixels wide, as the base64 PNG a template holds."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from cxdesigner.canvas.pictures import stored
    renderer = QSvgRenderer(str(HERE / name))
    if not renderer.isValid():
        raise SystemExit(f"{name} is not an SVG picture")
    size = renderer.defaultSize()
    image = QImage(side, round(side * size.height() / size.width()), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return base64.b64encode(stored(image, side)).decode("ascii")


def template_text(value, indent: int = 0, width: int = 300) -> str:
    """JSON as the templates are written: an object or list of plain values on one line when it fits."""
    pad, inner = "  " * indent, "  " * (indent + 1)
    flat = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, dict | list) or not value:
        return flat
    values = value.values() if isinstance(value, dict) else value
    if all(not isinstance(v, dict | list) or not v for v in values) and len(pad) + len(flat) <= width:
        return flat
    if isinstance(value, dict):
        items = [f"{inner}{json.dumps(k, ensure_ascii=False)}: {template_text(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    return "[\n" + ",\n".join(inner + template_text(v, indent + 1) for v in value) + "\n" + pad + "]"


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    application = QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts and images need one)
    from cxdesigner.canvas.pictures import STORED_SIDE
    from cxdesigner.ui.personas_panel import PHOTO_SIDE
    document = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    project = document["project"]
    jmap = project["maps"][0]
    jmap["cells"] = [cell for cell in jmap.get("cells", []) if cell["lane_id"] != LANE] + [
        {"id": f"cell-{touchpoint_id}-picture", "lane_id": LANE, "touchpoint_id": touchpoint_id,
         "image": drawn(name, STORED_SIDE)} for touchpoint_id, name in PICTURES.items()]
    for persona in project["personas"]:
        if persona["id"] in PHOTOS:
            persona["photo"] = drawn(PHOTOS[persona["id"]], PHOTO_SIDE)
    TEMPLATE.write_text(template_text(document) + "\n", encoding="utf-8")
    print(f"Drew {len(PICTURES)} storyboard pictures and {len(PHOTOS)} photos into {TEMPLATE.name}")


if __name__ == "__main__":
    main()
