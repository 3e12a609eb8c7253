"""Reading an exported HTML map back with the standard library's parser, as a browser would tokenise it."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

#: Attributes that make a browser fetch something.
FETCHING = {"src", "href", "xlink:href", "action", "formaction", "poster", "data", "srcset", "background"}


@dataclass
class Page:
    tags: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # element content outside script and style
    scripts: list[tuple[dict[str, str], str]] = field(default_factory=list)
    styles: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    def data(self) -> dict:
        """The script's JSON data."""
        return json.loads(next(body for attrs, body in self.scripts if attrs.get("type") == "application/json"))

    def external_references(self) -> list[str]:
        """Every address the page would fetch that is not inside it (``#...``, ``data:``)."""
        found = []
        for _, attrs in self.tags:
            for name, value in attrs.items():
                if name in FETCHING and value and not value.startswith(("#", "data:")):
                    found.append(f"{name}={value}")
                if name == "style" or name.startswith("on"):
                    found.append(f"{name}={value}")  # neither inline styles nor handlers are written
        for css in self.styles:
            found += re.findall(r"@import[^;]*", css)
            found += [u for u in re.findall(r"url\(\s*['\"]?([^)'\"]*)", css) if not u.startswith(("#", "data:"))]
        for attrs, body in self.scripts:
            if attrs.get("type") == "application/json":
                continue  # data, never run: what the user typed may well name an address
            found += re.findall(r"https?://[^\s\"']+", body)
            found += re.findall(r"\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|importScripts)\b", body)
        return found


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._open: tuple[str, dict[str, str]] | None = None
        self._body: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = {k: v or "" for k, v in attrs}
        self.page.tags.append((tag, attributes))
        if tag in ("script", "style"):
            self._open, self._body = (tag, attributes), []

    def handle_endtag(self, tag):
        if self._open and tag == self._open[0]:
            body = "".join(self._body)
            if tag == "script":
                self.page.scripts.append((self._open[1], body))
            else:
                self.page.styles.append(body)
            self._open = None

    def handle_data(self, data):
        if self._open:
            self._body.append(data)
        elif data.strip():
            self.page.texts.append(data)


def read_page(html: str) -> Page:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.page
