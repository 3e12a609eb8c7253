"""The team library's maps as templates: a new project started from one of them.

The new project gets the map with its personas and the library's channels and
departments, like any template, under fresh ids; but the personas, channels and
departments get the ids that link them to the library (``storage/library.py``), so
"Update from Library" and "Publish to Library" work on them from the start.
"""

from __future__ import annotations

from cxdesigner.interchange.templates import with_fresh_ids
from cxdesigner.interchange.user_templates import template_from_map
from cxdesigner.model import Project, new_id
from cxdesigner.storage.library import SHARED, linked_id


def project_from_library_map(library: Project, map_id: str) -> Project:
    """A new project made from the library's map ``map_id``; ``TemplateError`` if it breaks a rule."""
    jmap = library.find(map_id)
    template = template_from_map(library, map_id, jmap.name, jmap.description or library.description)
    project_id = new_id()
    given = {template.id: project_id}
    for attribute in SHARED.values():
        for item in getattr(template, attribute):
            given[item.id] = linked_id(project_id, library.id, item.id)
    return with_fresh_ids(template, given)
