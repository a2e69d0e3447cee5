"""The ideas as a tree: each visible idea, its merged parts under it.

Columns: the idea, its theme, where it was noted.  Only an idea's text is
edited here, through ``document.apply(ideas.edit…)``; the parts are shown
greyed and cannot be chosen.  :class:`ThemeFilter` shows one theme.
Strings keep the ``IdeasPage`` translation context they had on the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QPalette

from ui.document import WorkshopDocument
from ui.models.tree_model import TwoLevelModel
from ui.text.messages import describe
from workshop import ideas as idea_ops
from workshop.errors import WorkshopError

ID_ROLE = Qt.ItemDataRole.UserRole.value
THEME_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.EditRole.value,
                        Qt.ItemDataRole.AccessibleTextRole.value})
FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
NO_FLAGS = Qt.ItemFlag.NoItemFlags
CHILD_FLAGS = Qt.ItemFlag.ItemIsEnabled
ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
TEXT_FLAGS = ROW_FLAGS | Qt.ItemFlag.ItemIsEditable
ALL_THEMES = "__all__"
NO_THEME = "__none__"
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class IdeaRow:
    """What one line of the tree shows, read once per change."""

    id: str
    text: str
    theme: str        # the theme's title, or « — »
    theme_key: str    # the theme id, or NO_THEME
    noted: str        # tables and rounds


class IdeasModel(TwoLevelModel):
    """Visible ideas in workshop order, merged parts as children."""

    problem = Signal(str)   # one sentence when an edit is refused ("" when all is well)
    context = "IdeasPage"
    headers = [NOOP("IdeasPage", "Idée"), NOOP("IdeasPage", "Thème"), NOOP("IdeasPage", "Notée à")]
    watches = frozenset({"ideas", "votes", "tables", "themes", "rotation"})

    def __init__(self, document: WorkshopDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows = self._read()
        document.changed.connect(self._on_changed)

    def _read(self) -> list[tuple[IdeaRow, list[IdeaRow]]]:
        ws = self.document.workshop
        round_word = self.tr("tour")

        def row(item) -> IdeaRow:
            theme = ws.theme(item.theme)
            return IdeaRow(item.id, item.text, theme.title if theme else "—",
                           item.theme if theme else NO_THEME,
                           idea_ops.provenance_label(ws, item, round_word))

        return [(row(item), [row(part) for part in idea_ops.parts(ws, item.id)])
                for item in idea_ops.visible(ws)]

    def _on_changed(self, changes: frozenset[str]) -> None:
        if "all" in changes or changes & self.watches:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the ideas; same ideas in the same places only repaint."""
        rows = self._read()
        if _shape(rows) != _shape(self._rows):
            self.set_rows(rows)
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1))
        for top, (_idea, parts) in enumerate(rows):
            if parts:
                parent = self.index(top, 0)
                self.dataChanged.emit(self.index(0, 0, parent),
                                      self.index(len(parts) - 1, len(self.headers) - 1, parent))

    def retranslate(self) -> None:
        self.refresh()   # the provenance says « tour » in the current language
        super().retranslate()

    # -- cells ------------------------------------------------------------------
    def cell(self, node: IdeaRow, column: int, role: int, child: bool):
        # roles arrive as ints: compared with ints, not Qt enums (much slower)
        if role in TEXT_ROLES:
            return (node.text, node.theme, node.noted)[column]
        if role == ID_ROLE:
            return node.id
        if role == THEME_ROLE:
            return node.theme_key
        if role == FOREGROUND and child:
            return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        if self.is_child(index):
            return CHILD_FLAGS
        return TEXT_FLAGS if index.column() == 0 else ROW_FLAGS

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        node = self.node(index)
        if (node is None or self.is_child(index) or index.column() != 0
                or role != Qt.ItemDataRole.EditRole or value == node.text):
            return False
        ident, text = node.id, str(value)
        try:
            self.document.apply(self.tr("Modifier une idée"),
                                lambda ws: idea_ops.edit(ws, ident, text))
        except WorkshopError as exc:
            self.problem.emit(describe(exc))
            return False
        self.problem.emit("")
        return True


def _shape(rows: list[tuple[IdeaRow, list[IdeaRow]]]) -> list[tuple[str, list[str]]]:
    return [(top.id, [part.id for part in parts]) for top, parts in rows]


class ThemeFilter(QSortFilterProxyModel):
    """Top rows of one theme (or all of them); parts follow their idea."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._theme = ALL_THEMES

    def theme(self) -> str:
        return self._theme

    def set_theme(self, key: str) -> None:
        if key == self._theme:
            return
        # Qt 6.9 replaced invalidateRowsFilter by a begin/end pair.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._theme = key
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._theme = key
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802
        if parent.isValid() or self._theme == ALL_THEMES:
            return True
        return self.sourceModel().index(row, 0).data(THEME_ROLE) == self._theme
