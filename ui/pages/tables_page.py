"""Tables et thèmes: the questions asked and the places where people sit.

Two editable tables: themes (title, question, colour) and tables (name,
theme, capitaine chosen among the participants, seats, wheelchair access).
A line under them compares seats with people, the first thing a
facilitator checks.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from ui.models.delegates import ChoiceDelegate, SpinDelegate
from ui.models.table_model import ID_ROLE
from ui.models.tables_model import TablesModel, ThemesModel
from ui.pages.base import Page
from workshop import editing
from workshop.editing import MAX_CAPACITY
from ui.i18n import fill


def make_view(model, stretch_column: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


class TablesPage(Page):
    watches = frozenset({"tables", "themes", "participants"})

    def __init__(self, document, parent=None) -> None:
        super().__init__(document, parent)
        self.themes_model = ThemesModel(document, self)
        self.tables_model = TablesModel(document, self)
        for model in (self.themes_model, self.tables_model):
            model.problem.connect(self.show_problem)
        self.themes_view = make_view(self.themes_model, 1)
        self.tables_view = make_view(self.tables_model, 0)
        self.tables_view.setItemDelegateForColumn(
            1, ChoiceDelegate(self.tables_model.theme_choices, parent=self.tables_view))
        self.tables_view.setItemDelegateForColumn(
            2, ChoiceDelegate(self.tables_model.host_choices, parent=self.tables_view))
        self.tables_view.setItemDelegateForColumn(
            3, SpinDelegate(1, MAX_CAPACITY, self.tables_view))
        self._build()
        self.translate_ui()
        self.refresh()

    def _build(self) -> None:
        self.add_theme_button = QPushButton()
        self.add_theme_button.clicked.connect(self.add_theme)
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self.choose_colour)
        self.delete_theme_button = QPushButton()
        self.delete_theme_button.clicked.connect(self.delete_theme)
        self.themes_box = self._box(self.themes_view, self.add_theme_button,
                                    self.colour_button, self.delete_theme_button)
        self.add_table_button = QPushButton()
        self.add_table_button.clicked.connect(self.add_table)
        self.delete_table_button = QPushButton()
        self.delete_table_button.clicked.connect(self.delete_table)
        self.tables_box = self._box(self.tables_view, self.add_table_button,
                                    self.delete_table_button)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.themes_view,
                  self.delete_theme, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tables_view,
                  self.delete_table, context=Qt.ShortcutContext.WidgetShortcut)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.themes_box)
        splitter.addWidget(self.tables_box)
        splitter.setStretchFactor(1, 2)
        self.title = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)

    @staticmethod
    def _box(view: QTableView, *buttons: QPushButton) -> QGroupBox:
        box = QGroupBox()
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(view, 1)
        layout.addLayout(row)
        return box

    def translate_ui(self) -> None:
        self.title.setText("<h2>{}</h2>".format(self.tr("Tables et thèmes")))
        self.themes_box.setTitle(self.tr("Thèmes"))
        self.tables_box.setTitle(self.tr("Tables"))
        self.themes_view.setAccessibleName(self.tr("Liste des thèmes"))
        self.tables_view.setAccessibleName(self.tr("Liste des tables"))
        self.add_theme_button.setText(self.tr("Ajouter un &thème"))
        self.colour_button.setText(self.tr("&Couleur du thème…"))
        self.delete_theme_button.setText(self.tr("Supprimer le t&hème"))
        self.add_table_button.setText(self.tr("Ajouter une ta&ble"))
        self.delete_table_button.setText(self.tr("Supprimer la tab&le"))
        for model in (self.themes_model, self.tables_model):
            model.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.refresh_summary()
        self._fit_columns()

    def refresh_summary(self) -> None:
        ws = self.document.workshop
        seats = sum(t.capacity for t in ws.tables)
        people = len(ws.participants)
        text = fill(self.tr("{tables} {tables|table|tables}, {seats} {seats|place|places} pour {people} {people|personne|personnes}."), 
            tables=len(ws.tables), seats=seats, people=people)
        if seats < people:
            text += " " + fill(self.tr("Il manque {n} {n|place|places}."), n=people - seats)
        without = [t.name for t in ws.tables if not t.host]
        if without:
            text += " " + self.tr("Sans capitaine : {names}.").format(names=", ".join(without))
        self.summary.setText(text)

    def on_change(self, change) -> None:
        self.refresh_summary()
        # fitted when rows come or go, not on every edit (sizing reads every cell)
        if change.rows_only("tables") is None or change.rows_only("themes") is None:
            self._fit_columns()

    def _fit_columns(self) -> None:
        for view in (self.themes_view, self.tables_view):
            view.resizeColumnsToContents()

    # -- actions -----------------------------------------------------------
    def _current_id(self, view: QTableView) -> str | None:
        index = view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def reveal(self, change) -> None:
        for section, view, model in (("tables", self.tables_view, self.tables_model),
                                     ("themes", self.themes_view, self.themes_model)):
            ids = [i for i in sorted(change.ids.get(section, ())) if model.row_of(i) >= 0]
            if ids:
                self._select(view, model, ids[0])
                return

    def _select(self, view: QTableView, model, item_id: str, column: int = 0) -> None:
        index = model.index(model.row_of(item_id), column)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        view.setFocus()

    def add_theme(self) -> None:
        made = []
        title = self.tr("Nouveau thème")
        if self.apply(self.tr("Ajouter un thème"),
                      lambda ws: made.append(editing.add_theme(ws, title))):
            self._select(self.themes_view, self.themes_model, made[0].id)

    def choose_colour(self) -> None:
        theme_id = self._current_id(self.themes_view)
        if theme_id is None:
            self.show_problem(self.tr("Choisissez d'abord un thème dans la liste."))
            return
        theme = self.document.workshop.theme(theme_id)
        colour = QColorDialog.getColor(QColor(theme.colour), self,
                                       self.tr("Couleur du thème « {title} »").format(
                                           title=theme.title))
        if colour.isValid():
            self.themes_model.setData(self.themes_model.index(
                self.themes_model.row_of(theme_id), 2), colour.name())

    def delete_theme(self) -> None:
        theme_id = self._current_id(self.themes_view)
        if theme_id is None:
            self.show_problem(self.tr("Choisissez d'abord un thème dans la liste."))
            return
        title = self.document.workshop.theme(theme_id).title
        self.apply(self.tr("Supprimer le thème « {title} »").format(title=title),
                   lambda ws: editing.delete_theme(ws, theme_id))

    def add_table(self) -> None:
        made = []
        if self.apply(self.tr("Ajouter une table"),
                      lambda ws: made.append(editing.add_table(ws))):
            self._select(self.tables_view, self.tables_model, made[0].id)

    def delete_table(self) -> None:
        table_id = self._current_id(self.tables_view)
        if table_id is None:
            self.show_problem(self.tr("Choisissez d'abord une table dans la liste."))
            return
        name = self.document.workshop.table(table_id).name
        self.apply(self.tr("Supprimer la table « {name} »").format(name=name),
                   lambda ws: editing.delete_table(ws, table_id))
