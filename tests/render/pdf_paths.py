"""A strict reading of a PDF's drawing: every "close path" closes a path that was begun.

Poppler prints "Syntax Error: No current point in closepath" for each one that does not;
this finds them without poppler, from the content streams pypdf decodes.
"""

from pypdf import PdfReader
from pypdf.generic import ContentStream

BEGIN = {b"m", b"re"}
CONTINUE = {b"l", b"c", b"v", b"y"}
PAINT = {b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"n"}


def empty_closes(path) -> list[str]:
    """Where a content stream closes or continues a path it never began: ``page N: operator``."""
    reader = PdfReader(path)
    found = []
    for number, page in enumerate(reader.pages, 1):
        streams = [page.get_contents()]
        resources = page.get("/Resources") or {}
        for xobject in (resources.get("/XObject") or {}).values():
            obj = xobject.get_object()
            if obj.get("/Subtype") == "/Form":
                streams.append(obj)
        for stream in streams:
            if stream is None:
                continue
            begun = False
            for _operands, operator in ContentStream(stream, reader).operations:
                if operator in BEGIN:
                    begun = True
                elif operator in PAINT:
                    begun = False
                elif (operator == b"h" or operator in CONTINUE) and not begun:
                    found.append(f"page {number}: {operator.decode()}")
    return found
