"""The ``.cxd`` project file: SQLite through SQLAlchemy Core, no Qt.

``open_project`` reads a whole file into the model, ``save_project`` writes a
whole model atomically; both speak to users through ``ProjectFileError``.
"""

from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.reader import open_project
from cxdesigner.storage.schema import APPLICATION_ID, SCHEMA_VERSION
from cxdesigner.storage.writer import save_project

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "ProjectFileError", "open_project", "save_project"]
