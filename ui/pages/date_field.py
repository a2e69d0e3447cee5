"""A date typed the French way, or picked in a calendar that opens on today.

A ``QDateEdit`` cannot be empty: « non fixée » was a fake date (1 January
2000) and typing « 12/12/2026 » over it gave « non fixée12122026 ».  This
field is a line edit (``jj/mm/aaaa``, « 12 décembre 2026 »… parsed by
:func:`workshop.dates.parse_date`) with a button opening a calendar on the
date shown, else on today.  Empty means no date yet.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget


class DateField(QWidget):
    """``committed(text)`` when typing ends (Enter, Tab) or a day is picked."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.editingFinished.connect(lambda: self.committed.emit(self.edit.text()))
        self.button = QToolButton()
        # drawn, not the 📅 character: many Linux and older Windows fonts have no such glyph
        # and the button showed an empty box
        self.button.setIcon(calendar_icon(self.fontMetrics().height()))
        self.button.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None  # built when first opened
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def set_iso(self, iso: str) -> None:
        """Show an ISO date (``""``: none) in the short French form."""
        date = QDate.fromString(iso, "yyyy-MM-dd")
        self.edit.setText(date.toString("dd/MM/yyyy") if date.isValid() else "")

    def open_calendar(self) -> QCalendarWidget:
        if self.calendar is None:
            self._menu = QMenu(self)
            self.calendar = QCalendarWidget()
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._picked)
            from PySide6.QtWidgets import QWidgetAction

            holder = QWidgetAction(self._menu)
            holder.setDefaultWidget(self.calendar)
            self._menu.addAction(holder)
        self.calendar.setLocale(QLocale())
        shown = QDate.fromString(self.edit.text(), "dd/MM/yyyy")
        self.calendar.setSelectedDate(shown if shown.isValid() else QDate.currentDate())
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        return self.calendar

    def _picked(self, date: QDate) -> None:
        self._menu.close()
        self.edit.setText(date.toString("dd/MM/yyyy"))
        self.committed.emit(self.edit.text())


def calendar_icon(size: int) -> QIcon:
    """A small calendar page: a coloured band on top, a grid of days below."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    edge = max(1.0, size / 16)
    page = QRectF(edge, edge * 2, size - 2 * edge, size - 3 * edge)
    painter.setPen(QPen(QColor("#444444"), edge))
    painter.setBrush(QColor("white"))
    painter.drawRoundedRect(page, edge * 1.5, edge * 1.5)
    painter.fillRect(QRectF(page.x(), page.y(), page.width(), page.height() * 0.28),
                     QColor("#0072B2"))
    cell = page.width() / 4
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#444444"))
    for row in range(2):
        for col in range(3):
            x = page.x() + cell * (col + 0.6)
            y = page.y() + page.height() * (0.45 + 0.25 * row)
            painter.drawRect(QRectF(x, y, cell * 0.6, cell * 0.5))
    painter.end()
    return QIcon(pixmap)
