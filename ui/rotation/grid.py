"""The seating grid: one row per round, one column per table, names in cells.

Drag a name onto another table to move the person, onto another name to
swap the two; Ctrl+Left / Ctrl+Right does the same move from the keyboard.
The grid only *asks* (signals); the page makes the undoable change and the
grid is refilled from the document.  Rounds already held are locked.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP
from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)

from workshop.model import Workshop
from ui.i18n import fill

MIME = "application/x-cafe-conversation-seat"
PID_ROLE = Qt.ItemDataRole.UserRole
WARN = QColor("#b00020")
REVISIT = QColor("#a35200")
ABSENT = QColor("#8a8a8a")


def tr(text: str) -> str:
    return QCoreApplication.translate("RotationGrid", text)


WARNINGS = {
    "access": NOOP("RotationGrid", "a besoin d'une table accessible"),
    "table": NOOP("RotationGrid", "revient à une table déjà vue"),
    "theme": NOOP("RotationGrid", "revoit un thème déjà discuté"),
}


def seat_warnings(ws: Workshop) -> dict[tuple[int, str], list[str]]:
    """Per (round, person): warning codes (``access``, ``table``, ``theme``)."""
    warnings: dict[tuple[int, str], list[str]] = {}
    hosts = {t.host for t in ws.tables if t.host}
    tables = {t.id: t for t in ws.tables}
    people = {p.id: p for p in ws.participants}
    seen_tables: dict[str, set[str]] = {}
    seen_themes: dict[str, set[str]] = {}
    for r, rnd in enumerate(ws.rotation.rounds):
        for table_id, ids in rnd.seating.items():
            table = tables.get(table_id)
            for pid in ids:
                person = people.get(pid)
                found = []
                if person and person.needs_accessible and table and not table.accessible:
                    found.append("access")
                if pid not in hosts:
                    if table_id in seen_tables.get(pid, set()):
                        found.append("table")
                    elif table and table.theme and table.theme in seen_themes.get(pid, set()):
                        found.append("theme")
                seen_tables.setdefault(pid, set()).add(table_id)
                if table and table.theme:
                    seen_themes.setdefault(pid, set()).add(table.theme)
                if found:
                    warnings[(r, pid)] = found
    return warnings


class SeatList(QListWidget):
    """The people at one table in one round."""

    dropped = Signal(int, str, str, str)   # round, person, table, person dropped on ("" none)
    nudged = Signal(int, str, int)         # round, person, -1 / +1 (Ctrl+arrow)

    def __init__(self, round_index: int, table_id: str, parent=None) -> None:
        super().__init__(parent)
        self.round_index = round_index
        self.table_id = table_id
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_locked(self, locked: bool) -> None:
        self.setDragEnabled(not locked)
        self.setAcceptDrops(not locked)
        self.locked = locked

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        pid = items[0].data(PID_ROLE) if items else ""
        data.setData(MIME, QByteArray(f"{self.round_index}|{pid}".encode("utf-8")))
        return data

    def _payload(self, event) -> tuple[int, str] | None:
        if not event.mimeData().hasFormat(MIME):
            return None
        round_text, _, pid = bytes(event.mimeData().data(MIME)).decode("utf-8").partition("|")
        if int(round_text) != self.round_index or not pid:
            return None
        return int(round_text), pid

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if self._payload(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if self._payload(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        payload = self._payload(event)
        if payload is None:
            event.ignore()
            return
        target = self.itemAt(event.position().toPoint())
        other = target.data(PID_ROLE) if target is not None else ""
        # Copy, not Move: the source list must not remove the item itself;
        # the grid is refilled from the document once the change is made.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if other != payload[1]:
            self.dropped.emit(self.round_index, payload[1], self.table_id, other)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        item = self.currentItem()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and item is not None and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if event.key() == Qt.Key.Key_Left else 1
            self.nudged.emit(self.round_index, item.data(PID_ROLE), step)
            return
        super().keyPressEvent(event)


def _present(person) -> bool:
    return person is not None and person.present


def _names(person, pid: str) -> tuple[str, str]:
    """(short name shown, full name in the tool tip); the id if the person is gone."""
    return (person.short_name, person.full_name) if person else (pid, pid)


class RotationGrid(QScrollArea):
    """Rounds × tables; re-filled by :meth:`fill` from the workshop."""

    dropped = Signal(int, str, str, str)
    nudged = Signal(int, str, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.cells: dict[tuple[int, str], SeatList] = {}
        self._shown: dict[tuple[int, str], tuple] = {}  # what each cell shows now
        self._shape: tuple = ()
        self._inner = QWidget()
        self._layout = QGridLayout(self._inner)
        self.setWidget(self._inner)

    def fill(self, ws: Workshop) -> None:
        """Show the workshop's rounds; only cells whose content changed are redrawn.

        At 70 tables × 4 rounds, redrawing every cell after one swap took
        most of a second: each cell keeps what it shows and is left alone
        when that is still right.
        """
        rounds = ws.rotation.rounds
        shape = (len(rounds), tuple(t.id for t in ws.tables))
        if shape != self._shape:
            self._rebuild(ws, shape)
        warnings = seat_warnings(ws)
        hosts = {t.host for t in ws.tables if t.host}
        people = {p.id: p for p in ws.participants}
        tables = {t.id: t for t in ws.tables}
        # on the day (someone checked in), who is not there is greyed
        checking_in = any(p.present for p in ws.participants)
        for (r, table_id), cell in self.cells.items():
            locked = r < ws.rotation.played
            seated = rounds[r].seating.get(table_id, []) if r < len(rounds) else []
            table = tables.get(table_id)
            shown = (locked, table.name if table else "", table.capacity if table else 0,
                     tuple((pid, _names(people.get(pid), pid), pid in hosts,
                            tuple(warnings.get((r, pid), ())),
                            checking_in and not _present(people.get(pid)))
                           for pid in seated))
            if self._shown.get((r, table_id)) != shown:
                self._shown[(r, table_id)] = shown
                cell.set_locked(locked)
                self._fill_cell(cell, r, table, shown[3])
        self._label_headers(ws)

    def _rebuild(self, ws: Workshop, shape: tuple) -> None:
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.cells.clear()
        self._shown.clear()
        self._shape = shape
        self.headers: dict[str, QLabel] = {}
        self.round_labels: list[QLabel] = []
        for c, table in enumerate(ws.tables):
            label = QLabel()
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.headers[table.id] = label
            self._layout.addWidget(label, 0, c + 1)
        for r in range(shape[0]):
            label = QLabel()
            self.round_labels.append(label)
            self._layout.addWidget(label, r + 1, 0)
            for c, table in enumerate(ws.tables):
                cell = SeatList(r, table.id)
                cell.dropped.connect(self.dropped, Qt.ConnectionType.QueuedConnection)
                cell.nudged.connect(self.nudged, Qt.ConnectionType.QueuedConnection)
                line = self.fontMetrics().lineSpacing()
                cell.setMinimumHeight(int(line * 1.2 * (table.capacity + 1)))
                cell.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 11)
                cell.setFrameShape(QFrame.Shape.StyledPanel)
                self.cells[(r, table.id)] = cell
                self._layout.addWidget(cell, r + 1, c + 1)

    def _fill_cell(self, cell: SeatList, r: int, table, seats: tuple) -> None:
        cell.clear()
        for pid, (short, full), is_host, found, absent in seats:
            item = QListWidgetItem(short)
            item.setData(PID_ROLE, pid)
            tips = [full]
            if is_host:
                item.setText("★ " + short)
                font = QFont(cell.font())
                font.setBold(True)
                item.setFont(font)
                tips.append(tr("capitaine"))
            if found:
                item.setText(item.text() + " ⚠")
                item.setForeground(QBrush(WARN if "access" in found else REVISIT))
                tips += [tr(WARNINGS[code]) for code in found]
            if absent:
                item.setForeground(QBrush(ABSENT))
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                tips.append(tr("absent·e (pas pointé·e)"))
            item.setToolTip(" — ".join(tips))
            cell.addItem(item)
        over = table is not None and len(seats) > table.capacity
        cell.setStyleSheet("QListWidget { background: #fde0e0; }" if over else "")
        cell.setAccessibleName(fill(tr("Tour {round}, {table} : {count} {count|personne|personnes}"), 
            round=r + 1, table=table.name if table else cell.table_id, count=len(seats)))

    def _label_headers(self, ws: Workshop) -> None:
        for table in ws.tables:
            theme = ws.theme(table.theme)
            label = self.headers[table.id]
            label.setText("<b>{}</b><br>{}".format(table.name, theme.title if theme else ""))
            colour = theme.colour if theme else "#888888"
            label.setStyleSheet(f"border-bottom: 4px solid {colour}; padding: 2px;")
        for r, label in enumerate(self.round_labels):
            text = tr("Tour {n}").format(n=r + 1)
            if r < ws.rotation.played:
                text += "\n" + tr("(joué, verrouillé)")
            label.setText(text)
