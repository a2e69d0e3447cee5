"""A two-level tree model: top rows, each with child rows under it.

The ideas (merged parts under their idea) and the vote ranking (ideas
under their theme) are both two levels deep.  A child's index carries its
parent's row plus one as internal id; a top row carries 0, so no Python
object ever has to live behind an index.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class TwoLevelModel(QAbstractItemModel):
    """Rows are ``(top, [children])``; subclasses say what a cell shows."""

    headers: list[str] = []   # French source texts, translated in :attr:`context`
    context = "TwoLevelModel"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[object, list]] = []

    # -- what subclasses provide ------------------------------------------------
    def cell(self, node, column: int, role: int, child: bool):
        """The data of one cell (``child`` is true under a top row)."""
        raise NotImplementedError

    # -- reading ------------------------------------------------------------------
    def tr(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text)

    def set_rows(self, rows: list[tuple[object, list]]) -> None:
        """Show new rows (views keep nothing: callers restore selection by id)."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def node(self, index: Index):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._rows[index.row()][0] if index.row() < len(self._rows) else None
        children = self._rows[index.internalId() - 1][1]
        return children[index.row()] if index.row() < len(children) else None

    def is_child(self, index: Index) -> bool:
        return index.isValid() and index.internalId() != 0

    # -- Qt model -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # bounds checked here rather than by hasIndex(), which calls back into Python
        if not 0 <= column < len(self.headers) or row < 0:
            return QModelIndex()
        if parent.isValid():
            if parent.internalId() != 0 or parent.column() != 0 \
                    or row >= len(self._rows[parent.row()][1]):
                return QModelIndex()
            return self.createIndex(row, column, parent.row() + 1)
        return self.createIndex(row, column, 0) if row < len(self._rows) else QModelIndex()

    def parent(self, index: Index | None = None):  # also QObject.parent() without argument
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._rows)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._rows[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return len(self.headers)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.headers[section])
        return None

    def data(self, index: Index, role=Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        return self.cell(node, index.column(), role, self.is_child(index))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
