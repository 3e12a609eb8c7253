"""CX Designer: a desktop editor for customer experience maps."""

# The one place the version is written: pyproject.toml reads it from here
# ([tool.setuptools.dynamic]), and the About box, ``--version`` and saved files show it.
__version__ = "0.1.0"
