"""The event at a glance: every idea and project by question or by theme.

A tree: each question (the one the groups chose) or theme (where the
organisers put the ideas) with its projects first, then its ideas, each
with its dots and the rooms it came from.  Below, the likely duplicates
across rooms (the same words, accents and case aside): the facilitator
merges a suggestion in one click (one undoable step); nothing is merged
without being asked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop import ideas as idea_ops
from workshop.event import across

IDS_ROLE = Qt.ItemDataRole.UserRole


class OverviewTab(QWidget):
    def __init__(self, document, apply: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.apply = apply
        self.by_label, self.by = QLabel(), QComboBox()
        self.by.addItems(["", ""])
        self.by_label.setBuddy(self.by)
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(1, 300)
        self.tree.setUniformRowHeights(True)
        self.duplicates_heading, self.duplicates = QLabel(), QListWidget()
        self.duplicates_heading.setWordWrap(True)
        self.duplicates_heading.setBuddy(self.duplicates)
        self.duplicates.setMaximumHeight(150)
        self.duplicates.itemSelectionChanged.connect(self._update_button)
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        top = QHBoxLayout()
        top.addWidget(self.by_label)
        top.addWidget(self.by)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.duplicates_heading)
        layout.addWidget(self.duplicates)
        layout.addLayout(bottom)

    def translate_ui(self) -> None:
        tr = self.tr
        self.by_label.setText(tr("&Regrouper par :"))
        self.by.setItemText(0, tr("question choisie par les groupes"))
        self.by.setItemText(1, tr("thème"))
        self.tree.setHeaderLabels([tr("Projet ou idée"), tr("Venu de"), tr("Gommettes"),
                                   tr("Nature")])
        self.tree.setAccessibleName(tr("Idées et projets de toutes les salles"))
        self.duplicates_heading.setText(tr(
            "Doublons probables entre salles (les mêmes mots, accents et majuscules à part) :"))
        self.duplicates.setAccessibleName(tr("Doublons probables"))
        self.merge_button.setText(tr("Re&grouper ce doublon"))

    # -- showing ----------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.document.workshop
        by = across.BY[max(0, self.by.currentIndex())]
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in across.combined(ws, by):
            if not section.entries:
                continue
            title = section.title or self.tr("Sans question ni thème")
            head = QTreeWidgetItem([title, "", str(sum(e.dots for e in section.entries)), ""])
            head.setFont(0, bold)
            head.setForeground(0, QBrush(QColor(section.colour)))
            for entry in section.entries:
                project = entry.kind == "project"
                where = " ; ".join(dict.fromkeys(
                    " · ".join(p for p in (s.room, s.group) if p) for s in entry.sources))
                child = QTreeWidgetItem([entry.text, where, str(entry.dots),
                                         self.tr("projet") if project else self.tr("idée")])
                child.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
                if project:
                    child.setFont(0, bold)
                    child.setToolTip(0, "\n\n".join(t for t in (entry.description,
                                                                 entry.practical) if t))
                head.addChild(child)
            self.tree.addTopLevelItem(head)
            head.setExpanded(True)
        self._fill_duplicates()

    def _fill_duplicates(self) -> None:
        ws = self.document.workshop
        self.duplicates.clear()
        for group in across.likely_duplicates(ws):
            items = [idea_ops.idea(ws, ident) for ident in group]
            rooms = []
            for item in items:
                room = across.room_of(ws, item.id)
                name = room.name if room else self.tr("l'événement")
                if name not in rooms:
                    rooms.append(name)
            text = self.tr("« {text} » × {n} ({rooms})").format(
                text=items[0].text, n=len(items), rooms=", ".join(rooms))
            row = QListWidgetItem(text)
            row.setData(IDS_ROLE, group)
            self.duplicates.addItem(row)
        self._update_button()

    def _update_button(self) -> None:
        self.merge_button.setEnabled(self.duplicates.currentItem() is not None
                                     and self.duplicates.currentItem().isSelected())

    # -- changing ----------------------------------------------------------------------
    def merge_selected(self) -> None:
        row = self.duplicates.currentItem()
        if row is None:
            return
        group = list(row.data(IDS_ROLE))
        self.apply(self.tr("Regrouper des idées de plusieurs salles"),
                   lambda ws: idea_ops.merge(ws, group))
