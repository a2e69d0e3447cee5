"""Participants: a searchable, sortable table edited in place, check-in included.

Everything works from the keyboard: type a name and Enter to add, arrows
and typing (or F2) to edit, Space to tick a box, Delete to remove the
selected people, Ctrl+F to search.  Every change is one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ui.models.delegates import ChoiceDelegate
from ui.models.participants_model import ParticipantsModel, category_choices
from ui.models.table_model import ID_ROLE, SearchProxy
from ui.pages.base import Page
from workshop import editing


def split_name(text: str) -> tuple[str, str]:
    """« Yannick Le Gall » -> (« Yannick », « Le Gall »): first word, then the rest."""
    first, _, last = " ".join(text.split()).partition(" ")
    return first, last


class ParticipantsPage(Page):
    watches = frozenset({"participants"})

    def __init__(self, document, parent=None) -> None:
        super().__init__(document, parent)
        self.model = ParticipantsModel(document, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.problem.connect(self.show_problem)
        self._build()
        self.translate_ui()
        self.refresh()

    def _build(self) -> None:
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search_label.setBuddy(self.search)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setItemDelegateForColumn(2, ChoiceDelegate(category_choices, True, self.view))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view,
                  self.delete_selected, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.add_label = QLabel()
        self.new_name = QLineEdit()
        self.new_name.returnPressed.connect(self.add_from_field)
        self.add_label.setBuddy(self.new_name)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_from_field)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add_label)
        bottom.addWidget(self.new_name, 1)
        bottom.addWidget(self.add_button)
        bottom.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        bottom.addWidget(self.delete_button)

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)

    def translate_ui(self) -> None:
        self.title.setText("<h2>{}</h2>".format(self.tr("Participant·es")))
        self.search_label.setText(self.tr("&Rechercher :"))
        self.search.setPlaceholderText(self.tr("nom, catégorie, besoin, notes…"))
        self.search.setAccessibleName(self.tr("Rechercher une personne"))
        self.view.setAccessibleName(self.tr("Liste des participant·es"))
        self.add_label.setText(self.tr("A&jouter (prénom nom) :"))
        self.new_name.setAccessibleName(self.tr("Prénom et nom de la personne à ajouter"))
        self.new_name.setPlaceholderText(self.tr("par exemple : Yvette Martin"))
        self.add_button.setText(self.tr("&Ajouter"))
        self.delete_button.setText(self.tr("&Supprimer la sélection"))
        self.delete_button.setToolTip(self.tr("Touche Suppr ; Ctrl+Z pour annuler"))
        self.model.retranslate()
        self._update_count()

    def refresh(self) -> None:
        self._update_count()
        self.view.resizeColumnsToContents()

    def _update_count(self) -> None:
        people = self.document.workshop.participants
        present = sum(p.present for p in people)
        self.count.setText(self.tr("{total} personnes, {present} pointées présentes").format(
            total=len(people), present=present))

    # -- actions -----------------------------------------------------------
    def add_from_field(self) -> None:
        first, last = split_name(self.new_name.text())
        if not first:
            self.show_problem(self.tr("Tapez d'abord le prénom et le nom de la personne."))
            return
        added = []
        text = self.tr("Ajouter « {name} »").format(name=f"{first} {last}".strip())
        if self.apply(text, lambda ws: added.append(
                editing.add_participant(ws, first, last_name=last)), {"participants"}):
            self.new_name.clear()
            self.select(added[0].id)

    def select(self, pid: str) -> None:
        """Make ``pid`` the current row (search cleared if it hid the person)."""
        row = self.model.row_of(pid)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def selected_ids(self) -> list[str]:
        rows = {i.row() for i in self.view.selectionModel().selectedIndexes()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows = {current.row()}
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in sorted(rows)]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.show_problem(self.tr("Choisissez d'abord la ou les personnes à supprimer."))
            return
        people = [self.document.workshop.participant(pid) for pid in ids]
        if len(ids) == 1:
            text = self.tr("Supprimer « {name} »").format(name=people[0].full_name)
        else:
            text = self.tr("Supprimer {count} personnes").format(count=len(ids))

        def delete(ws) -> None:
            for pid in ids:
                editing.delete_participant(ws, pid)

        self.apply(text, delete, {"participants", "tables", "rotation"})
