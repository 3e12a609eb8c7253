"""CX Designer: a desktop editor for customer experience maps."""

__version__ = "0.1.0"
