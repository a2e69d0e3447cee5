"""The event's count grid: one room's dots per idea or project, and the total of all rooms.

Rows are the visible ideas and projects of the event, question by question,
projects first, in a fixed order.  The « Compte de la salle » column is typed in: it records
the chosen room's count of that idea (:func:`workshop.event.tallies.set_room_tally`)
as one undoable change, or says in one sentence why not.  « Total » adds
every room's count.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP
from PySide6.QtCore import Qt, Signal

from ui.models.table_model import Column, DomainTableModel, Index
from workshop.event import across
from workshop.event.tallies import room_counts, set_room_tally
from workshop.model import Workshop
from workshop.votes.counts import idea_dots


@dataclass(frozen=True)
class TallyRow:
    id: str
    label: str
    kind: str
    question: str
    rooms: str
    count: int
    total: int


def tally_layout(ws: Workshop) -> list[TallyRow]:
    """The rows without their counts: question by question, projects first, in the rooms'
    order, so that a row never moves while counts are typed (the ranking is elsewhere)."""
    position = {item.id: k for k, item in enumerate(ws.ideas)}
    rows = []
    for section in across.combined(ws, "question"):
        entries = sorted(section.entries, key=lambda e: (e.kind != "project", position[e.id]))
        rows += [TallyRow(e.id, e.text, e.kind, section.title,
                          ", ".join(r for r in e.rooms if r), 0, 0) for e in entries]
    return rows


def with_counts(ws: Workshop, layout: list[TallyRow], room: str | None) -> list[TallyRow]:
    counts = room_counts(ws, room) if room else {}
    totals = idea_dots(ws)
    return [TallyRow(r.id, r.label, r.kind, r.question, r.rooms, counts.get(r.id, 0),
                     totals.get(r.id, 0)) for r in layout]


def tally_rows(ws: Workshop, room: str | None) -> list[TallyRow]:
    return with_counts(ws, tally_layout(ws), room)


class RoomTallyModel(DomainTableModel):
    """The grid of one room's counts."""

    recorded = Signal(int)  # the row whose count was just recorded
    context = "RoomsPage"
    watches = frozenset({"ideas", "votes", "themes", "tables", "rooms"})
    columns = [
        Column("label", NOOP("RoomsPage", "Projet ou idée"), editable=False),
        Column("question", NOOP("RoomsPage", "Question"), editable=False),
        Column("rooms", NOOP("RoomsPage", "Venu de"), editable=False),
        Column("count", NOOP("RoomsPage", "Compte de la salle")),
        Column("total", NOOP("RoomsPage", "Total"), editable=False),
    ]
    COUNT = 3
    room: str | None = None
    _rows: list[TallyRow] | None = None

    _layout: list[TallyRow] | None = None
    #: a change of these moves rows (so do rooms coming or going); counts keep them
    LAYOUT = frozenset({"ideas", "themes", "tables"})

    def set_room(self, room: str | None) -> None:
        if room == self.room:
            return
        self.beginResetModel()
        self.room, self._rows = room, None
        self._load()
        self.endResetModel()

    def items(self) -> list[TallyRow]:
        ws = self.document.workshop
        if self._layout is None:
            self._layout = tally_layout(ws)
        if self._rows is None:
            self._rows = with_counts(ws, self._layout, self.room)
        return self._rows

    def _on_changed(self, change) -> None:
        if not change.touches(self.watches):
            return
        old = self._rows
        self._rows = None  # counts are computed: read them again
        rooms_moved = "rooms" in change and change.rows_only("rooms") is None
        if change.touches(self.LAYOUT) or rooms_moved or old is None:
            self._layout = None
            super()._on_changed(change)
            return
        # only counts moved: the same rows, repaint those whose numbers changed
        self._items = self.items()
        last = len(self.columns) - 1
        for row, (before, after) in enumerate(zip(old, self._items)):
            if before != after:
                self.dataChanged.emit(self.index(row, self.COUNT), self.index(row, last))

    def value(self, item: TallyRow, key: str):
        if key == "count":  # edited as text, so that « douze » reaches the check
            return str(item.count) if item.count else ""
        if key == "label" and item.kind == "project":
            return self.tr("Projet : {title}").format(title=item.label)
        return getattr(item, key)

    def extra_data(self, item, column: Column, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key in ("count", "total"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.room is None and index.isValid() and index.column() == self.COUNT:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def edit(self, item: TallyRow, key: str, value):
        room, ident, text = self.room, item.id, value

        def change(ws):
            set_room_tally(ws, room, ident, text)

        return self.tr("Saisir le compte d'une salle"), change

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if self.room is None or not super().setData(index, value, role):
            return False
        self.recorded.emit(index.row())
        return True
