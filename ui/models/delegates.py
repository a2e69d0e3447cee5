"""Cell editors: a choice list (category, theme, capitaine) and a bounded number."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Choices = Callable[[], list[tuple[str, object]]]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of ``(label, value)``; ``free_text`` also accepts typed text."""

    def __init__(self, choices: Choices, free_text: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.free_text = free_text

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(self.free_text)
        for label, value in self.choices():
            combo.addItem(label, value)
        combo.setAccessibleName(str(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal)))
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        row = editor.findData(value)
        if row >= 0:
            editor.setCurrentIndex(row)
        elif self.free_text:
            editor.setEditText("" if value is None else str(value))

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex) -> None:
        value = editor.currentData()
        if self.free_text and editor.currentText() != editor.itemText(editor.currentIndex()):
            value = editor.currentText().strip()
        model.setData(index, value, Qt.ItemDataRole.EditRole)


class SpinDelegate(QStyledItemDelegate):
    """A whole number between two bounds."""

    def __init__(self, minimum: int, maximum: int, parent=None) -> None:
        super().__init__(parent)
        self.minimum, self.maximum = minimum, maximum

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(self.minimum, self.maximum)
        spin.setAccessibleName(str(index.model().headerData(
            index.column(), Qt.Orientation.Horizontal)))
        return spin
