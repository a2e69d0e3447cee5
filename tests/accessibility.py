"""A check the page tests share: every control a screen reader meets has a name."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QTableView, QWidget

CONTROLS = (QLineEdit, QAbstractSpinBox, QComboBox, QTableView)


def unnamed_controls(page: QWidget) -> list[str]:
    """The input controls of ``page`` without an accessible name (type and object name)."""
    unnamed = []
    for kind in CONTROLS:
        for widget in page.findChildren(kind):
            if isinstance(widget.parent(), QAbstractSpinBox):
                continue  # the line edit inside a spin box
            if widget.objectName().startswith("qt_"):
                continue  # Qt's own parts (the calendar pop-up)
            if not widget.accessibleName():
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}".strip())
    return unnamed
