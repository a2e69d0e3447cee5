"""Bilan: what became of each action of last year's plan (or of this year's, during the year).

A workshop made from last year's (File menu, ``new --from``) carries last
year's actions: the page lists them theme by theme with their status and
last update, under a summary (« 3 actions sur 6 réalisées »); the form on
the right changes the status (and why), what was done and the indicator's
result.  Without last year's actions, the page follows this workshop's own
plan: the status changes made here and on the plan page are one history.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from exports.bilan_data import summary_line  # the same sentence as the documents
from ui.i18n import current_language, format_date, short_date
from ui.models.statuses import status_label
from ui.pages.base import Page
from ui.pages.bilan_form import BilanForm
from ui.text import catalogue
from workshop import bilan, statuses

ID_ROLE = Qt.ItemDataRole.UserRole


class BilanPage(Page):
    watches = frozenset({"bilan", "plan", "themes", "workshop"})

    def __init__(self, document, parent=None) -> None:
        super().__init__(document, parent)
        self._build()
        self.translate_ui()

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.source_line = QLabel()
        self.source_line.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("bilanSummary")
        self.summary.setStyleSheet("QLabel#bilanSummary { font-size: 15pt; font-weight: bold; }")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self.form.fill())
        self.form = BilanForm(self.document, self.current, self.apply)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.source_line, self.summary):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.problem)

    def translate_ui(self) -> None:
        self.heading.setText(self.tr("<h2>Bilan</h2>"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Statut"),
                                   self.tr("Mise à jour")])
        self.tree.setAccessibleName(self.tr("Actions du bilan, par thème"))
        self.form.translate_ui()
        self.refresh()

    # -- showing -------------------------------------------------------------------
    def current(self) -> tuple[str, bool] | None:
        """The selected action: (id, whether it is one of last year's)."""
        item = self.tree.currentItem()
        data = item.data(0, ID_ROLE) if item is not None else None
        return tuple(data) if data else None

    def refresh(self) -> None:
        if not hasattr(self, "form"):
            return
        ws = self.document.workshop
        src = bilan.source(ws)
        t = catalogue(current_language())
        if src.past:
            self.source_line.setText(self.tr(
                "Les actions de la programmation {year}, décidées à l'atelier du {date}. "
                "Dites ce qu'elles sont devenues : le bilan ouvre le café (étape « Bilan » du "
                "déroulé) et le compte rendu.").format(
                year=src.year, date=format_date(src.workshop_date) or src.workshop_title))
        else:
            self.source_line.setText(self.tr(
                "Cet atelier ne reprend pas d'actions de l'an dernier : voici l'avancement de "
                "sa propre programmation {year}. L'an prochain, « Fichier › Nouvel atelier "
                "depuis l'an dernier… » en fera le bilan.").format(year=src.year))
        self.summary.setText(summary_line(t, bilan.summary(src.actions)))
        self._fill_tree(src)
        self.form.fill()

    def reveal(self, change) -> None:
        changed = set(change.ids.get("bilan", ())) | set(change.ids.get("plan", ()))
        for head in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(head)
            for row in range(group.childCount()):
                item = group.child(row)
                if item.data(0, ID_ROLE)[0] in changed:
                    self.tree.setCurrentItem(item)
                    return

    def _fill_tree(self, src: bilan.Source) -> None:
        selected = self.current()
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            first = chosen = None
            for group in bilan.by_theme(src):
                head = QTreeWidgetItem([group.theme.title or self.tr("Sans thème")])
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = head.font(0)
                font.setBold(True)
                head.setFont(0, font)
                head.setForeground(0, QBrush(QColor(group.theme.colour)))
                self.tree.addTopLevelItem(head)
                for action in group.actions:
                    last = statuses.last_update(action)
                    row = QTreeWidgetItem([action.title, status_label(action.status),
                                           short_date(last) if last else ""])
                    row.setData(0, ID_ROLE, [action.id, src.past])
                    row.setToolTip(0, action.title)
                    head.addChild(row)
                    first = row if first is None else first
                    if selected and selected[0] == action.id:
                        chosen = row
                head.setExpanded(True)
                head.setFirstColumnSpanned(True)
            chosen = first if chosen is None else chosen
            if chosen is not None:
                self.tree.setCurrentItem(chosen)

        finally:
            self.tree.blockSignals(False)
