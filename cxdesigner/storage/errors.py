"""The one exception storage raises: a plain sentence a user can act on."""


class ProjectFileError(Exception):
    """A project file could not be opened or saved; ``str()`` is the user's message."""
