"""The document and its undo commands: Qt (QtGui's undo stack), no widgets."""
