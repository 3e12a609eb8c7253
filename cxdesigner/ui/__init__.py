"""The window, panels and dialogs (Qt Widgets)."""
