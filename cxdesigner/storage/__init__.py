"""The ``.cxd`` project file: SQLite through SQLAlchemy Core, no Qt.

``open_project`` reads a whole file into the model, ``save_project`` writes a
whole model atomically; both speak to users through ``ProjectFileError``.
Around them: ``read_project`` (the editor's open: upgrade notice and stamp),
``lock`` (who else has a file open), ``recovery`` (autosave copies) and
``stamp`` (has the file changed on disk). See ``docs/file-safety.md``.
"""

from cxdesigner.storage.errors import ProjectFileError
from cxdesigner.storage.reader import OpenedProject, needs_upgrade, open_project, read_project
from cxdesigner.storage.tables import APPLICATION_ID, SCHEMA_VERSION
from cxdesigner.storage.stamp import FileStamp, changed_since, file_stamp
from cxdesigner.storage.writer import FileChangedError, backup_path, save_project

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "FileChangedError", "FileStamp", "OpenedProject", "ProjectFileError",
           "backup_path", "changed_since", "file_stamp", "needs_upgrade", "open_project", "read_project",
           "save_project"]
