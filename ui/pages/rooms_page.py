"""Rooms: a large event gathered from several rooms' laptops (issue 19).

Three tabs.  *Salles*: the rooms merged so far (what each brought), the
button that merges rooms' files (the File menu's action), taking a room out,
the report of the last merge, and the people whose name is found in two
rooms (flagged, never merged).  *Vue d'ensemble*
(:mod:`ui.pages.rooms_overview`): every idea and project by question or
theme, with the likely duplicates to merge.  *Vote*
(:mod:`ui.pages.rooms_vote`): each room's counts, summed; the rule; ties;
counts entered twice; the combined results on the projector and the
event's documents.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from exports.event_data import room_lines
from ui.pages.base import Page
from ui.pages.rooms_overview import OverviewTab
from ui.pages.rooms_vote import RoomsVoteTab
from ui.text.merge_report import report_lines
from workshop.event import across
from workshop.event.merge import remove_room

KEY_ROLE = Qt.ItemDataRole.UserRole


class RoomsPage(Page):
    watches = frozenset({"rooms", "participants", "tables", "ideas", "votes", "themes"})

    def __init__(self, document, merge_action: QAction | None = None, reports=None,
                 projector=None, parent=None) -> None:
        super().__init__(document, parent)
        self.merge_action = merge_action
        self._tabs_stale = {0, 1, 2}
        self._build(projector)
        if reports is not None:  # the File menu's merges, this page built or not
            reports.merged.connect(self.show_report)
            if reports.last_report:
                self.show_report(reports.last_report)
        self.translate_ui()

    # -- building ------------------------------------------------------------------
    def _build(self, projector) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._rooms_tab(), "")
        self.overview = OverviewTab(self.document, self.apply)
        self.vote = RoomsVoteTab(self.document, self.apply, projector)
        self.tabs.addTab(self.overview, "")
        self.tabs.addTab(self.vote, "")
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)

    def _rooms_tab(self) -> QWidget:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.merge_button = QToolButton()
        self.merge_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if self.merge_action is not None:
            self.merge_button.setDefaultAction(self.merge_action)
        else:
            self.merge_button.hide()
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        self.room_table = QTableWidget(0, 7)
        self.room_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.room_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.room_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.room_table.verticalHeader().hide()
        self.room_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.room_table.itemSelectionChanged.connect(self._update_buttons)
        self.report_heading, self.report = QLabel(), QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report_heading.setBuddy(self.report)
        self.people_heading, self.same_people = QLabel(), QListWidget()
        self.people_heading.setWordWrap(True)
        self.people_heading.setBuddy(self.same_people)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        lower = QHBoxLayout()
        for heading, widget in ((self.report_heading, self.report),
                                (self.people_heading, self.same_people)):
            column = QVBoxLayout()
            column.addWidget(heading)
            column.addWidget(widget, 1)
            lower.addLayout(column, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.room_table, 1)
        layout.addLayout(lower, 1)
        return tab

    def translate_ui(self) -> None:
        tr = self.tr
        self.title.setText(tr("Salles d'un grand événement"))
        self.tabs.setTabText(0, tr("&Salles"))
        self.tabs.setTabText(1, tr("&Vue d'ensemble"))
        self.tabs.setTabText(2, tr("Vo&te"))
        self.intro.setText(tr(
            "Chaque salle a son ordinateur et son fichier d'atelier. Fusionnez-les ici : chaque "
            "salle apporte ses participant·es, ses groupes, ses idées, ses projets et ses comptes "
            "de gommettes. Fusionner à nouveau une salle remplace ce qu'elle avait apporté ; "
            "les fichiers des salles ne sont jamais modifiés."))
        self.remove_button.setText(tr("&Retirer la salle"))
        self.room_table.setHorizontalHeaderLabels([
            tr("Salle"), tr("Fichier"), tr("Participant·es"), tr("Groupes"), tr("Projets"),
            tr("Idées"), tr("Gommettes")])
        self.room_table.setAccessibleName(tr("Salles fusionnées"))
        self.report_heading.setText(tr("Ce que la dernière fusion a apporté :"))
        self.report.setPlaceholderText(tr("Aucune fusion depuis l'ouverture."))
        self.people_heading.setText(tr(
            "Même nom dans deux salles (peut-être la même personne ; rien n'est fusionné) :"))
        self.overview.translate_ui()
        self.vote.translate_ui()
        self.refresh()  # the tabs' contents hold words too

    # -- showing ----------------------------------------------------------------------
    def refresh(self) -> None:
        """The event changed: every tab is out of date, the one shown is filled again."""
        self._tabs_stale = {0, 1, 2}
        self._show_tab()

    def _show_tab(self) -> None:
        # a tab is filled when shown and out of date: switching tabs rebuilds nothing
        # that has not changed (the overview holds every idea of every room)
        index = self.tabs.currentIndex()
        if index not in self._tabs_stale:
            return
        self._tabs_stale.discard(index)
        (self._fill_rooms, self.overview.refresh, self.vote.refresh)[index]()

    def on_change(self, change) -> None:
        self.refresh()

    def _fill_rooms(self) -> None:
        ws = self.document.workshop
        selected = self.selected_room()
        lines = room_lines(ws)
        self.room_table.setRowCount(len(lines))
        for row, (record, line) in enumerate(zip(ws.rooms, lines)):
            cells = [line.name, line.file_name, line.participants, line.groups, line.projects,
                     line.ideas, line.dots]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                item.setData(KEY_ROLE, record.key)
                self.room_table.setItem(row, column, item)
            if record.key == selected:
                self.room_table.selectRow(row)
        self.same_people.clear()
        names = {r.key: r.name for r in ws.rooms}
        for group in across.possible_same_people(ws):
            people = [ws.participant(pid) for pid in group]
            rooms = [names.get(pid.split(".", 1)[0], self.tr("l'événement")) if "." in pid
                     else self.tr("l'événement") for pid in group]
            self.same_people.addItem(f"{people[0].full_name} — {', '.join(rooms)}")
        self._update_buttons()

    def selected_room(self) -> str | None:
        items = self.room_table.selectedItems()
        return items[0].data(KEY_ROLE) if items else None

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected_room() is not None)

    def show_report(self, lines: list[str]) -> None:
        self.report.setPlainText("\n".join(lines))
        self.tabs.setCurrentIndex(0)

    def shutdown(self) -> None:
        """The event's documents being written are finished before the window goes."""
        self.vote.wait_for_documents()

    # -- changing ----------------------------------------------------------------------
    def remove_selected(self) -> None:
        key = self.selected_room()
        if key is None:
            return
        reports = []
        if self.apply(self.tr("Retirer une salle"),
                      lambda ws: reports.append(remove_room(ws, key))):
            self.show_report(report_lines(reports[0]))
