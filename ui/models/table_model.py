"""A table model over one domain list, edited through undoable changes.

Subclasses name their columns and say how a cell reads and how an edit is
made (a domain function from :mod:`workshop.editing`).  The model never
changes a domain object itself: ``setData`` calls ``document.apply``, and the
document's ``changed`` signal refreshes the view, so undo refreshes it too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from ui.document import WorkshopDocument
from ui.text.messages import describe
from workshop.errors import WorkshopError
from workshop.history import Change
from workshop.people.order import name_key
from workshop.model import Workshop

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DISPLAY, EDIT, TOOLTIP = (Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.EditRole.value,
                          Qt.ItemDataRole.ToolTipRole.value)
ACCESSIBLE, CHECK = Qt.ItemDataRole.AccessibleTextRole.value, Qt.ItemDataRole.CheckStateRole.value
DECORATION, FOREGROUND, BACKGROUND = (Qt.ItemDataRole.DecorationRole.value,
                                      Qt.ItemDataRole.ForegroundRole.value,
                                      Qt.ItemDataRole.BackgroundRole.value)
#: the roles a cell may answer (subclasses' extra_data included); others: None at once
ROLES = frozenset({DISPLAY, EDIT, TOOLTIP, ACCESSIBLE, CHECK, DECORATION, FOREGROUND,
                   BACKGROUND, Qt.ItemDataRole.FontRole.value,
                   Qt.ItemDataRole.TextAlignmentRole.value, SORT_ROLE, ID_ROLE})
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: a key the subclass understands, its header, how it edits."""

    key: str
    header: str          # French source text, translated in the model's context
    kind: str = "text"   # text | check | int | choice
    editable: bool = True


def fold(text: str) -> str:
    """Lower case without accents, ligatures spelled out: « Hélène » is found by
    « helene », « Œuvray » sorts with the O (:func:`workshop.people.order.name_key`)."""
    return name_key(text)


class DomainTableModel(QAbstractTableModel):
    """Rows are domain objects with an ``id``; columns are :class:`Column`."""

    problem = Signal(str)   # one sentence when an edit is refused
    columns: list[Column] = []
    #: sections of the workshop the rows show
    watches: frozenset[str] = frozenset()
    #: the section the rows are items of (their ids are this section's ids)
    section = ""
    context = "DomainTableModel"

    def __init__(self, document: WorkshopDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self._column_flags: dict[int, Qt.ItemFlag] = {}
        self._load()
        document.changed.connect(self._on_changed)

    def _load(self) -> None:
        # Row order, and an id -> row map: a cell never searches the list.
        # The history restores items in place, so the objects stay valid
        # until rows come or go (a reset reloads them).
        self._items = list(self.items())
        self._ids = [item.id for item in self._items]
        self._row_of = {ident: row for row, ident in enumerate(self._ids)}

    # -- what subclasses provide -------------------------------------------
    def items(self) -> list:
        raise NotImplementedError

    def value(self, item, key: str):
        """The cell's value: text, bool for checks, int..."""
        return getattr(item, key)

    def display(self, item, key: str) -> str:
        value = self.value(item, key)
        return "" if value is None else str(value)

    def edit(self, item, key: str, value) -> tuple[str, Callable[[Workshop], object]]:
        """The undo text and the domain change for an edit."""
        raise NotImplementedError

    # -- Qt model ------------------------------------------------------------
    def tr(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.columns[section].header)
        return None

    def item_at(self, row: int):
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int:
        return self._row_of.get(item_id, -1)

    def data(self, index: Index, role: int = DISPLAY):
        # Roles arrive as ints: compared with int constants, not Qt enums
        # (≈ 1.7 µs per enum comparison, a repaint asks for hundreds of cells).
        if role not in ROLES or not index.isValid():
            return None
        item = self.item_at(index.row())
        column = self.columns[index.column()]
        if item is None:
            return None
        if role == ID_ROLE:
            return item.id
        if column.kind == "check":
            return self._check_data(item, column, role)
        if role == DISPLAY or role == ACCESSIBLE:
            return self.display(item, column.key)
        if role == EDIT:
            return self.value(item, column.key)
        if role == SORT_ROLE:
            value = self.value(item, column.key)
            return value if isinstance(value, int) else fold(self.display(item, column.key))
        if role == TOOLTIP and column.kind == "text":
            return self.display(item, column.key) or None
        return self.extra_data(item, column, role)

    def extra_data(self, item, column: Column, role: int):
        return None

    def _check_data(self, item, column: Column, role: int):
        checked = bool(self.value(item, column.key))
        if role == CHECK:
            return CHECKED if checked else UNCHECKED
        if role == SORT_ROLE or role == EDIT:
            return int(checked)
        if role == ACCESSIBLE:
            return self.tr("oui") if checked else self.tr("non")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        # the same for every row of a column: computed once (Qt flag arithmetic is slow)
        flags = self._column_flags.get(index.column())
        if flags is None:
            base = super().flags(index)
            column = self.columns[index.column()]
            if column.editable:
                base |= Qt.ItemFlag.ItemIsUserCheckable if column.kind == "check" \
                    else Qt.ItemFlag.ItemIsEditable
            flags = self._column_flags[index.column()] = base
        return flags

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return False
        column = self.columns[index.column()]
        if column.kind == "check":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if value == self.value(item, column.key):
            return False
        text, mutate = self.edit(item, column.key, value)
        try:
            self.document.apply(text, mutate)
        except WorkshopError as exc:
            self.problem.emit(describe(exc))
            return False
        self.problem.emit("")
        return True

    # -- following the document ----------------------------------------------
    def _on_changed(self, change: Change) -> None:
        if not change.touches(self.watches):
            return
        changed = change.rows_only(self.section) if self.section else None
        if changed is not None and not change & (self.watches - {self.section}):
            # only rows of this list changed in place: repaint them, nothing else
            for ident in changed:
                row = self._row_of.get(ident)
                if row is not None:
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, len(self.columns) - 1))
            return
        items = list(self.items())
        if [item.id for item in items] == self._ids:
            self._items = items  # the same rows (an item may be a new object)
            if items:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(items) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)


class SearchProxy(QSortFilterProxyModel):
    """Sorts with :data:`SORT_ROLE`; filters every column, accents ignored."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_search(self, text: str) -> None:
        # Qt 6.9 replaced invalidateRowsFilter by a begin/end pair.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._needle = fold(text.strip())
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = fold(text.strip())
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if not self._needle:
            return True
        model = self.sourceModel()
        for column in range(model.columnCount()):
            text = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
            if text and self._needle in fold(str(text)):
                return True
        return False
