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


@dataclass(frozen=True)
class TallyRow:
    id: str
    label: str
    kind: str
    question: str
    rooms: str
    count: int
    total: int


def tally_rows(ws: Workshop, room: str | None) -> list[TallyRow]:
    """Question by question, projects first, in the rooms' order: a row never moves
    while counts are typed (the ranking is elsewhere)."""
    counts = room_counts(ws, room) if room else {}
    position = {item.id: k for k, item in enumerate(ws.ideas)}
    rows = []
    for section in across.combined(ws, "question"):
        entries = sorted(section.entries, key=lambda e: (e.kind != "project", position[e.id]))
        for entry in entries:
            rows.append(TallyRow(entry.id, entry.text, entry.kind, section.title,
                                 ", ".join(r for r in entry.rooms if r),
                                 counts.get(entry.id, 0), entry.dots))
    return rows


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

    def set_room(self, room: str | None) -> None:
        if room == self.room:
            return
        self.beginResetModel()
        self.room, self._rows = room, None
        self._load()
        self.endResetModel()

    def items(self) -> list[TallyRow]:
        if self._rows is None:
            self._rows = tally_rows(self.document.workshop, self.room)
        return self._rows

    def _on_changed(self, change) -> None:
        if change.touches(self.watches):
            self._rows = None  # counts are computed: read them again
        super()._on_changed(change)

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
