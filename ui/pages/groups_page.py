"""Groups and projects: each group chooses its question and writes its project.

At a convention, groups of 5–6 people sit without capitaine.  Here the
facilitator picks a group, records the question it chose (its theme is then
fixed: the Tables page no longer changes it) and types its project: a
title, a description, the practical details.  Ideas the group noted go on
the Ideas page as usual.  Every change is one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import fill
from ui.pages.base import Page
from workshop import groups as group_ops
from workshop import ideas as idea_ops

ID_ROLE = Qt.ItemDataRole.UserRole


class GroupsPage(Page):
    watches = frozenset({"tables", "themes", "ideas"})

    def __init__(self, document, parent=None) -> None:
        super().__init__(document, parent)
        self._filling = False
        self._writing_new = False  # « Nouveau projet »: no project selected on purpose
        self._build()
        self.translate_ui()
        self.refresh()

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.group_list = QListWidget()
        self.group_list.currentItemChanged.connect(lambda *_a: self._group_chosen())

        self.question_label, self.question = QLabel(), QComboBox()
        self.question_label.setBuddy(self.question)
        self.question.activated.connect(lambda _i: self.choose_question())
        self.project_list = QListWidget()
        self.project_list.currentItemChanged.connect(lambda *_a: self._show_project())
        self.title_label, self.project_title = QLabel(), QLineEdit()
        self.projects_heading = QLabel()
        self.projects_heading.setBuddy(self.project_list)
        self.description_label, self.description = QLabel(), QPlainTextEdit()
        self.practical_label, self.practical = QLabel(), QPlainTextEdit()
        for label, field in ((self.title_label, self.project_title),
                             (self.description_label, self.description),
                             (self.practical_label, self.practical)):
            label.setBuddy(field)
        for box in (self.description, self.practical):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(110)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.new_project())
        self.save_button = QPushButton()
        self.save_button.clicked.connect(lambda: self.save_project())
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(lambda: self.delete_project())

        self.project_list.setMaximumHeight(120)
        form = QFormLayout()
        form.addRow(self.question_label, self.question)
        form.addRow(self.projects_heading, self.project_list)
        form.addRow(self.title_label, self.project_title)
        form.addRow(self.description_label, self.description)
        form.addRow(self.practical_label, self.practical)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addLayout(buttons)
        right.addStretch(1)
        self.detail = QWidget()
        self.detail.setLayout(right)

        columns = QHBoxLayout()
        columns.addWidget(self.group_list, 1)
        columns.addWidget(self.detail, 2)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.intro, self.empty, self.problem):
            layout.addWidget(widget)
        layout.addLayout(columns, 1)

    def translate_ui(self) -> None:
        tr = self.tr
        self.title.setText(tr("Groupes et projets"))
        self.intro.setText(tr(
            "Un groupe est une table sans capitaine. Il choisit sa question — son thème est "
            "alors fixé — et imagine un projet : un titre, une description, le détail pratique. "
            "Choisissez un groupe, puis un de ses projets ou « Nouveau projet ». Ses idées se "
            "notent dans la page Idées."))
        self.empty.setText(tr(
            "Aucun groupe : toutes les tables ont un·e capitaine. Une table sans capitaine "
            "(page Tables et thèmes) est un groupe qui choisit sa question."))
        self.question_label.setText(tr("&Question choisie :"))
        self.title_label.setText(tr("&Titre du projet :"))
        self.description_label.setText(tr("&Description :"))
        self.practical_label.setText(tr("En &pratique :"))
        self.practical.setPlaceholderText(tr("Calendrier, budget, partenaires, qui s'en occupe…"))
        self.projects_heading.setText(tr("P&rojets du groupe :"))
        self.new_button.setText(tr("&Nouveau projet"))
        self.save_button.setText(tr("&Enregistrer le projet"))
        self.delete_button.setText(tr("&Supprimer le projet"))
        self.group_list.setAccessibleName(tr("Groupes"))
        self.project_list.setAccessibleName(tr("Projets du groupe"))
        self.refresh()

    # -- showing ---------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.document.workshop
        current = self.current_group()
        self._filling = True
        try:
            self.group_list.clear()
            for table in group_ops.groups(ws):
                theme = ws.theme(table.theme) if table.theme_chosen else None
                count = len(group_ops.projects(ws, table.id))
                text = fill(self.tr("{group} — {question} ({n} {n|projet|projets})"),
                            group=table.name, n=count,
                            question=theme.title if theme else self.tr("question pas encore choisie"))
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, table.id)
                self.group_list.addItem(item)
                if table.id == current:
                    self.group_list.setCurrentItem(item)
            if self.group_list.currentItem() is None and self.group_list.count():
                self.group_list.setCurrentRow(0)
        finally:
            self._filling = False
        has_groups = self.group_list.count() > 0
        self.empty.setVisible(not has_groups)
        self.group_list.setVisible(has_groups)
        self.detail.setVisible(has_groups)
        self._show_group()

    def current_group(self) -> str | None:
        item = self.group_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def current_project(self) -> str | None:
        item = self.project_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _group_chosen(self) -> None:
        self._writing_new = False
        self._show_group()

    def _show_group(self) -> None:
        if self._filling:
            return
        ws = self.document.workshop
        table = ws.table(self.current_group())
        self._filling = True
        try:
            self.question.clear()
            self.question.addItem(self.tr("(pas encore choisie)"), None)
            for theme in ws.themes:
                self.question.addItem(theme.title, theme.id)
            chosen = table.theme if table is not None and table.theme_chosen else None
            self.question.setCurrentIndex(max(0, self.question.findData(chosen)))
            selected = self.current_project()
            self.project_list.clear()
            for item in group_ops.projects(ws, table.id) if table else []:
                row = QListWidgetItem(item.text)
                row.setData(ID_ROLE, item.id)
                self.project_list.addItem(row)
                if item.id == selected:
                    self.project_list.setCurrentItem(row)
            if self.project_list.currentItem() is None and self.project_list.count() \
                    and not self._writing_new:
                self.project_list.setCurrentRow(0)  # the group's project, ready to read
        finally:
            self._filling = False
        self._show_project()

    def _show_project(self) -> None:
        if self._filling:
            return
        ws = self.document.workshop
        ident = self.current_project()
        item = next((i for i in ws.ideas if i.id == ident), None)
        self.project_title.setText(item.text if item else "")
        self.description.setPlainText(item.description if item else "")
        self.practical.setPlainText(item.practical if item else "")
        has_group = self.current_group() is not None
        self.new_button.setEnabled(has_group)
        self.save_button.setEnabled(has_group)
        self.delete_button.setEnabled(item is not None)

    # -- changing ----------------------------------------------------------------------
    def choose_question(self) -> None:
        group, theme = self.current_group(), self.question.currentData()
        if group is None or self._filling:
            return
        self.apply(self.tr("Choisir la question du groupe"),
                   lambda ws: group_ops.choose_question(ws, group, theme))

    def new_project(self) -> None:
        """An empty form for a new project of the group (written by « Enregistrer »)."""
        self._writing_new = True
        self.project_list.setCurrentItem(None)
        self.project_list.clearSelection()
        self._show_project()
        self.project_title.setFocus()

    def save_project(self) -> None:
        """Add the project typed in the form, or change the one selected."""
        group, ident = self.current_group(), self.current_project()
        if group is None:
            return
        title, description = self.project_title.text(), self.description.toPlainText()
        practical = self.practical.toPlainText()
        if ident is not None:
            self.apply(self.tr("Modifier le projet"),
                       lambda ws: group_ops.edit_project(ws, ident, title, description,
                                                         practical))
            return
        made: list[str] = []

        def change(ws):
            made.append(group_ops.add_project(ws, group, title, description, practical).id)

        if self.apply(self.tr("Ajouter un projet"), change):
            self._writing_new = False
            self._select_project(made[0])

    def delete_project(self) -> None:
        ident = self.current_project()
        if ident is None:
            return
        if self.apply(self.tr("Supprimer le projet"), lambda ws: idea_ops.delete(ws, ident)):
            self.project_list.setCurrentItem(None)
            self._show_project()

    def _select_project(self, ident: str) -> None:
        for row in range(self.project_list.count()):
            if self.project_list.item(row).data(ID_ROLE) == ident:
                self.project_list.setCurrentRow(row)
                return
