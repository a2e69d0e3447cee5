"""Ideas: fast entry while the capitaines report, then tidy up per theme.

Below them, the harvest of the chosen table and round: the capitaine's
summary and photos of the nappe (:mod:`ui.pages.harvest_panel`).

Choose the table and the round (the round follows the run of show when it
is being played; otherwise the last choice stays), type, Enter: the idea
takes the table's theme.  In the list, F2 edits, Ctrl+G groups the selected
duplicates (their tables and rounds are kept), Ctrl+Shift+G splits them
back, Suppr deletes; every change is one undoable step (Ctrl+Z).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.models.ideas_model import ALL_THEMES, ID_ROLE, NO_THEME, IdeasModel, ThemeFilter
from ui.pages.base import Page
from ui.pages.harvest_panel import HarvestPanel
from ui.projector.ideas import IdeasProjector, close_own_window, show_on_projector
from ui.projector.photos import PhotosProjector
from ui.text.messages import describe
from workshop import ideas as idea_ops
from workshop.errors import WorkshopError
from ui.i18n import fill


class ChoiceCombo(QComboBox):
    """A combo box whose choices are Python values kept on the Python side.

    ``None`` never goes through a QVariant: with PySide6 on Python 3.11,
    reading a ``None`` item data back many times broke None's reference
    count and crashed the interpreter (« deallocating None »).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[object] = []

    def set_choices(self, choices: list[tuple[str, object]], current: object = None) -> None:
        self.blockSignals(True)
        self.clear()
        self.values = [value for _text, value in choices]
        self.addItems([text for text, _value in choices])
        self.blockSignals(False)
        self.select(current)

    def select(self, value: object) -> None:
        self.setCurrentIndex(self.values.index(value) if value in self.values else 0)

    def value(self) -> object:
        index = self.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None


def show_round(ws) -> int | None:
    """The round of the run of show: the last round step at or before the current step."""
    show = getattr(ws, "show", None)
    if show is None or not ws.agenda:
        return None
    step = min(max(0, show.step), len(ws.agenda) - 1)
    for agenda_step in reversed(ws.agenda[: step + 1]):
        if agenda_step.kind == "round" and agenda_step.round_index is not None:
            return agenda_step.round_index
    return None


class IdeasPage(Page):
    watches = frozenset({"ideas", "votes", "tables", "themes", "rotation", "agenda", "show",
                         "harvest"})

    def __init__(self, document, projector=None, parent=None) -> None:
        super().__init__(document, parent)
        self.projector = projector  # None: the ideas open in a window of their own
        self.projected: QWidget | None = None
        self._last_table: str | None = None
        self._last_round: int | None = None
        self._show_round: int | None = None
        self._filling = False
        self._build()
        self.translate_ui()
        self.refresh()

    # -- building ----------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.table_label, self.table_combo = QLabel(), ChoiceCombo()
        self.round_label, self.round_combo = QLabel(), ChoiceCombo()
        self.table_label.setBuddy(self.table_combo)
        self.round_label.setBuddy(self.round_combo)
        self.table_combo.currentIndexChanged.connect(self._remember)
        self.round_combo.currentIndexChanged.connect(self._remember)
        self.theme_hint = QLabel()
        self.entry_label, self.entry = QLabel(), QLineEdit()
        self.entry_label.setBuddy(self.entry)
        self.entry.returnPressed.connect(self.add_from_field)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_from_field)
        place = QHBoxLayout()
        for w in (self.table_label, self.table_combo, self.round_label, self.round_combo,
                  self.theme_hint):
            place.addWidget(w)
        place.addStretch(1)
        entry = QHBoxLayout()
        entry.addWidget(self.entry_label)
        entry.addWidget(self.entry, 1)
        entry.addWidget(self.add_button)

        self.themes = QListWidget()
        self.themes.currentRowChanged.connect(lambda _row: self._show_theme())
        self.model = IdeasModel(self.document, self)
        self.model.problem.connect(self.show_problem)
        self.filter = ThemeFilter(self)
        self.filter.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.filter)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        # A new set of rows drops Qt's selection: it is put back by idea id.
        self._kept: tuple[list[str], str | None] = ([], None)
        self.filter.modelAboutToBeReset.connect(self._keep_selection)
        self.filter.modelReset.connect(self._restore_selection)
        for signal in (self.filter.modelReset, self.filter.rowsInserted, self.filter.layoutChanged):
            signal.connect(self.tree.expandAll)
        self.tree.expandAll()
        em = self.fontMetrics().horizontalAdvance("M")
        self.tree.setColumnWidth(0, em * 34)
        self.tree.setColumnWidth(1, em * 18)
        splitter = QSplitter()
        splitter.addWidget(self.themes)
        splitter.addWidget(self.tree)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([em * 20, em * 60])
        self.harvest = HarvestPanel(self.document, self.apply, self)
        self.harvest.problem.connect(self.show_problem)
        self.harvest.project_requested.connect(self.project_photos)

        self.move_combo = ChoiceCombo()
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_selected)
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(self.merge_selected)
        self.split_button = QPushButton()
        self.split_button.clicked.connect(self.split_selected)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        self.project_button = QPushButton()
        self.project_button.clicked.connect(self.project)
        actions = QHBoxLayout()
        for w in (self.move_combo, self.move_button, self.merge_button, self.split_button,
                  self.delete_button):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(self.project_button)

        shortcuts = ((QKeySequence.StandardKey.Delete, self.delete_selected),
                     ("Ctrl+G", self.merge_selected), ("Ctrl+Shift+G", self.split_selected))
        for key, slot in shortcuts:
            QShortcut(QKeySequence(key), self.tree, slot,
                      context=Qt.ShortcutContext.WidgetShortcut)
        ideas = QWidget()  # the ideas and what acts on them, above the harvest
        ideas_layout = QVBoxLayout(ideas)
        ideas_layout.setContentsMargins(0, 0, 0, 0)
        ideas_layout.addWidget(splitter, 1)
        ideas_layout.addLayout(actions)
        stacked = QSplitter(Qt.Orientation.Vertical)
        stacked.addWidget(ideas)
        stacked.addWidget(self.harvest)
        stacked.setStretchFactor(0, 3)
        stacked.setStretchFactor(1, 2)
        stacked.setSizes([em * 40, em * 12])  # the ideas first; the harvest can be dragged up
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(place)
        layout.addLayout(entry)
        layout.addWidget(self.problem)
        layout.addWidget(stacked, 1)

    def translate_ui(self) -> None:
        self.title.setText("<h2>{}</h2>".format(self.tr("Idées")))
        self.table_label.setText(self.tr("&Table :"))
        self.round_label.setText(self.tr("T&our :"))
        self.entry_label.setText(self.tr("&Idée :"))
        self.entry.setPlaceholderText(self.tr("tapez l'idée rapportée par la table, puis Entrée"))
        self.entry.setAccessibleName(self.tr("Texte de la nouvelle idée"))
        self.table_combo.setAccessibleName(self.tr("Table où l'idée a été notée"))
        self.round_combo.setAccessibleName(self.tr("Tour où l'idée a été notée"))
        self.add_button.setText(self.tr("&Ajouter"))
        self.themes.setAccessibleName(self.tr("Thèmes, avec le nombre d'idées"))
        self.tree.setAccessibleName(self.tr("Idées du thème choisi"))
        self.model.retranslate()
        self.harvest.translate_ui()
        self.move_combo.setAccessibleName(self.tr("Thème où déplacer les idées choisies"))
        self.move_button.setText(self.tr("&Déplacer vers ce thème"))
        self.merge_button.setText(self.tr("&Regrouper les doublons"))
        self.merge_button.setToolTip(self.tr("Ctrl+G : la première idée choisie garde son texte"))
        self.split_button.setText(self.tr("&Séparer"))
        self.split_button.setToolTip(self.tr("Ctrl+Maj+G : rend leurs places aux idées regroupées"))
        self.delete_button.setText(self.tr("S&upprimer"))
        self.delete_button.setToolTip(self.tr("Touche Suppr ; Ctrl+Z pour annuler"))
        self.project_button.setText(self.tr("&Projeter"))
        self.project_button.setToolTip(self.tr("Montrer les idées du thème choisi au vidéoprojecteur"))
        self.refresh()

    # -- showing -----------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.document.workshop
        current_round = show_round(ws)
        if current_round is not None and current_round != self._show_round:
            self._show_round = current_round
            self._last_round = current_round
        self._fill_places()
        self._fill_themes()
        self._show_theme()

    def _fill_places(self) -> None:
        ws = self.document.workshop
        self._filling = True
        self.table_combo.set_choices(
            [(self.tr("(sans table)"), None)] + [(t.name, t.id) for t in ws.tables], self._last_table)
        count = max(ws.rotation.round_count, len(ws.rotation.rounds))
        self.round_combo.set_choices(
            [(self.tr("(sans tour)"), None)]
            + [(self.tr("Tour {n}").format(n=r + 1), r) for r in range(count)], self._last_round)
        self.move_combo.set_choices([(t.title, t.id) for t in ws.themes], self.move_combo.value())
        self._filling = False
        self._update_hint()
        self.harvest.show_place(self.table_combo.value(), self.round_combo.value())

    def _update_hint(self) -> None:
        table = self.document.workshop.table(self.table_combo.value())
        theme = self.document.workshop.theme(table.theme) if table else None
        self.theme_hint.setText(self.tr("→ thème : {theme}").format(theme=theme.title)
                                if theme else "")

    def _remember(self, *_args) -> None:
        if not self._filling:
            self._last_table = self.table_combo.value()
            self._last_round = self.round_combo.value()
            self._update_hint()
            self.harvest.show_place(self._last_table, self._last_round)

    def _fill_themes(self) -> None:
        ws = self.document.workshop
        chosen = self.current_theme_key()
        grouped = idea_ops.by_theme(ws)
        self.themes.blockSignals(True)
        self.themes.clear()
        total = len(idea_ops.visible(ws))
        self._theme_item(self.tr("Toutes les idées ({n})").format(n=total), ALL_THEMES)
        for theme in ws.themes:
            self._theme_item("{} ({})".format(theme.title, len(grouped.get(theme.id, []))), theme.id)
        if grouped.get(None):
            self._theme_item(self.tr("Sans thème ({n})").format(n=len(grouped[None])), NO_THEME)
        rows = [self.themes.item(r).data(ID_ROLE) for r in range(self.themes.count())]
        self.themes.setCurrentRow(rows.index(chosen) if chosen in rows else 0)
        self.themes.blockSignals(False)

    def _theme_item(self, text: str, key: str) -> None:
        item = QListWidgetItem(text, self.themes)
        item.setData(ID_ROLE, key)

    def current_theme_key(self) -> str:
        item = self.themes.currentItem()
        return item.data(ID_ROLE) if item else ALL_THEMES

    def _show_theme(self) -> None:
        self.filter.set_theme(self.current_theme_key())

    def _keep_selection(self) -> None:
        current = self.tree.currentIndex()
        self._kept = (self.selected_ids(), current.data(ID_ROLE) if current.isValid() else None)

    def reveal(self, change) -> None:
        ids = sorted(change.ids.get("ideas", ()))
        if ids:
            self._kept = (ids, ids[0])
            self._restore_selection()

    def _restore_selection(self) -> None:
        ids, current = self._kept
        selection = QItemSelection()
        for row in range(self.filter.rowCount()):
            index = self.filter.index(row, 0)
            if index.data(ID_ROLE) == current:
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.NoUpdate)
            if index.data(ID_ROLE) in ids:
                selection.select(index, self.filter.index(row, self.filter.columnCount() - 1))
        self.tree.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)

    # -- changing ----------------------------------------------------------------
    def _apply(self, text: str, change) -> object | None:
        """One undoable change; a refused change shows its sentence and changes nothing."""
        try:
            result = self.document.apply(text, change)
        except WorkshopError as exc:
            self.show_problem(describe(exc))
            return None
        self.show_problem("")
        return result if result is not None else True

    def add_from_field(self) -> None:
        text = self.entry.text()
        table, round_ = self.table_combo.value(), self.round_combo.value()
        self._last_table, self._last_round = table, round_
        added = self._apply(self.tr("Ajouter une idée"),
                            lambda ws: idea_ops.add(ws, text, table, round_))
        if added:
            self.entry.clear()
            self.entry.setFocus()

    def selected_ids(self) -> list[str]:
        """The chosen ideas, in the order they were chosen (parts cannot be chosen)."""
        rows = self.tree.selectionModel().selectedRows(0)
        return [index.data(ID_ROLE) for index in rows if not index.parent().isValid()]

    def _need(self, count: int, message: str) -> list[str] | None:
        ids = self.selected_ids()
        if len(ids) < count:
            self.show_problem(message)
            return None
        return ids

    def move_selected(self) -> None:
        ids = self._need(1, self.tr("Choisissez d'abord la ou les idées à déplacer."))
        theme = self.move_combo.value()
        if ids and theme:
            self._apply(fill(self.tr("Déplacer {n} {n|idée|idées}"), n=len(ids)),
                        lambda ws: [idea_ops.move(ws, i, theme) for i in ids])

    def merge_selected(self) -> None:
        ids = self._need(2, self.tr("Choisissez au moins deux idées à regrouper (Ctrl+clic)."))
        if ids:
            self._apply(fill(self.tr("Regrouper {n} {n|idée|idées}"), n=len(ids)),
                        lambda ws: idea_ops.merge(ws, ids))

    def split_selected(self) -> None:
        ids = self._need(1, self.tr("Choisissez d'abord l'idée regroupée à séparer."))
        if ids:
            self._apply(self.tr("Séparer une idée regroupée"),
                        lambda ws: [idea_ops.split(ws, i) for i in ids])

    def delete_selected(self) -> None:
        ids = self._need(1, self.tr("Choisissez d'abord la ou les idées à supprimer."))
        if ids:
            self._apply(fill(self.tr("Supprimer {n} {n|idée|idées}"), n=len(ids)),
                        lambda ws: [idea_ops.delete(ws, i) for i in ids])

    def project(self) -> None:
        """Project the theme shown (or the theme of the selected idea)."""
        key = self.current_theme_key()
        ws = self.document.workshop
        if key == ALL_THEMES:
            ids = self.selected_ids()
            first = next((i for i in ws.ideas if ids and i.id == ids[0]), None)
            key = first.theme if first else (ws.themes[0].id if ws.themes else NO_THEME)
        theme = None if key == NO_THEME else key
        close_own_window(self.projected)
        self.projected = show_on_projector(self.projector, IdeasProjector(self.document, theme))

    def project_photos(self, table: str) -> None:
        """The photos of a table's nappe on the projector, with its capitaine's summaries."""
        close_own_window(self.projected)
        self.projected = show_on_projector(self.projector, PhotosProjector(self.document, table))
        self.projected.setFocus()

    def shutdown(self) -> None:
        self.harvest.shutdown()  # a summary typed a moment ago, photos being prepared
