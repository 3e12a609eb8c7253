"""The journey canvas: a Qt Graphics View scene that follows the document."""
