"""Participants: a searchable, sortable table edited in place, check-in included.

Everything works from the keyboard: type a name and Enter to add, arrows
and typing (or F2) to edit, Space to tick a box, Delete to remove the
selected people, Ctrl+F to search.  Every change is one undoable step.

Contacts are not columns: below the table, the « Contacts » box shows the
selected person's e-mail and phone, and only when they agreed to be
contacted (the same rule as the import and the personal data menu).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.models.delegates import ChoiceDelegate
from ui.models.participants_model import ParticipantsModel, category_choices
from ui.models.table_model import ID_ROLE, SearchProxy
from ui.pages.base import Page
from workshop import editing
from workshop.model import Participant
from ui.i18n import fill


def split_name(text: str) -> tuple[str, str]:
    """« Yannick Le Gall » -> (« Yannick », « Le Gall »): first word, then the rest."""
    first, _, last = " ".join(text.split()).partition(" ")
    return first, last


class ContactsBox(QGroupBox):
    """Consent, e-mail and phone of the current person.

    The fields exist only for a person who agreed to be contacted;
    unticking the agreement removes the contacts, after a confirmation
    (one undoable change).
    """

    def __init__(self, page: ParticipantsPage) -> None:
        super().__init__(page)
        self.page = page
        self.pid: str | None = None
        self.consent = QCheckBox()
        self.consent.clicked.connect(self._consent_clicked)
        self.email_label, self.email = QLabel(), QLineEdit()
        self.phone_label, self.phone = QLabel(), QLineEdit()
        for label, field, key in ((self.email_label, self.email, "email"),
                                  (self.phone_label, self.phone, "phone")):
            label.setBuddy(field)
            field.setClearButtonEnabled(True)
            field.editingFinished.connect(lambda k=key, f=field: self._field_done(k, f))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        fields = QHBoxLayout()
        for widget, stretch in ((self.email_label, 0), (self.email, 3),
                                (self.phone_label, 0), (self.phone, 2)):
            fields.addWidget(widget, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.consent)
        layout.addLayout(fields)
        layout.addWidget(self.hint)

    def translate_ui(self) -> None:
        self.consent.setText(self.tr("Accepte d'être &contacté·e pour le suivi des actions"))
        self.consent.setToolTip(self.tr(
            "Sans cet accord, ni courriel ni téléphone ne sont gardés. "
            "Décocher supprime les contacts (Ctrl+Z pour annuler)."))
        self.email_label.setText(self.tr("C&ourriel :"))
        self.email.setAccessibleName(self.tr("Courriel de la personne"))
        self.email.setPlaceholderText(self.tr("prenom.nom@exemple.fr"))
        self.phone_label.setText(self.tr("&Téléphone :"))
        self.phone.setAccessibleName(self.tr("Téléphone de la personne"))
        self.phone.setPlaceholderText(self.tr("06 12 34 56 78"))
        self.show_person(self.person())

    def person(self) -> Participant | None:
        return self.page.document.workshop.participant(self.pid) if self.pid else None

    def show_person(self, person: Participant | None) -> None:
        """Fill the box for ``person`` (``None``: nobody selected)."""
        self.pid = person.id if person else None
        self.setEnabled(person is not None)
        if person is None:
            self.setTitle(self.tr("Contacts"))
        else:
            self.setTitle(self.tr("Contacts de {name}").format(name=person.full_name))
        consent = bool(person and person.consent_contact)
        self.consent.setChecked(consent)
        self.consent.setAccessibleDescription(self.title())  # whose agreement it is
        for label, field, value in ((self.email_label, self.email, person and person.email),
                                    (self.phone_label, self.phone, person and person.phone)):
            label.setVisible(consent)
            field.setVisible(consent)
            if field.text() != (value or ""):
                field.setText(value or "")
        self.hint.setText(self._hint(person))
        self.hint.setVisible(bool(self.hint.text()))

    def _hint(self, person: Participant | None) -> str:
        if person is None:
            return self.tr("Choisissez une personne dans la liste pour voir ses contacts.")
        if person.consent_contact:
            return ""
        if person.email or person.phone:
            return self.tr("Un courriel ou un téléphone est gardé sans son accord : il sera "
                           "proposé à la suppression (menu Données personnelles).")
        return self.tr("Courriel et téléphone ne sont notés qu'avec l'accord de la personne.")

    def _consent_clicked(self, checked: bool) -> None:
        person = self.person()
        if person is None:
            return
        pid, name = person.id, person.full_name
        if checked:
            text = self.tr("Noter l'accord de contact de « {name} »").format(name=name)
        else:
            if (person.email or person.phone) and not self.confirm_removal(name):
                self.consent.setChecked(True)
                return
            text = self.tr("Retirer l'accord de contact de « {name} »").format(name=name)
        self.page.apply(text, lambda ws: editing.set_contact_consent(ws, pid, checked))
        if checked:
            self.email.setFocus()

    def confirm_removal(self, name: str) -> bool:
        """Say that the contacts go; Cancel is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Retirer l'accord de contact"),
                          self.tr("{name} ne souhaite plus être contacté·e : son courriel et "
                                  "son téléphone seront supprimés de l'atelier.").format(
                              name=name), parent=self)
        box.setInformativeText(self.tr("Ctrl+Z annule ce retrait."))
        remove = box.addButton(self.tr("Supprimer les contacts"),
                               QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is remove

    def _field_done(self, key: str, field: QLineEdit) -> None:
        person = self.person()
        if person is None or not person.consent_contact or field.text() == getattr(person, key):
            return
        value, pid = field.text(), person.id
        text = self.tr("Modifier les contacts de « {name} »").format(name=person.full_name)
        # a refused value stays in the field, to be corrected
        self.page.apply(text, lambda ws: editing.update_participant(ws, pid, **{key: value}))


class ParticipantsPage(Page):
    watches = frozenset({"participants"})

    def __init__(self, document, entry_actions=(), parent=None) -> None:
        super().__init__(document, parent)
        self.model = ParticipantsModel(document, self)
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.model.problem.connect(self.show_problem)
        self._resize_pending = False
        self._build()
        for action in entry_actions:  # import, export of the list…
            self.add_entry_action(action)
        self.translate_ui()
        self.refresh()

    def _build(self) -> None:
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search_label.setBuddy(self.search)
        self.count = QLabel()
        self.top = QHBoxLayout()
        self.top.addWidget(self.search_label)
        self.top.addWidget(self.search, 1)
        self.top.addWidget(self.count)
        self.top.addSpacing(self.fontMetrics().horizontalAdvance("MM"))

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
        self.view.setItemDelegateForColumn(self.model.column_of("category"),
                                           ChoiceDelegate(category_choices, True, self.view))
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view,
                  self.delete_selected, context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.contacts = ContactsBox(self)

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
        layout.addLayout(self.top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.contacts)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        # Tab order follows the eye: table, its person's contacts, then adding
        QWidget.setTabOrder(self.view, self.contacts.consent)
        QWidget.setTabOrder(self.contacts.phone, self.new_name)

    def add_entry_action(self, action: QAction) -> QToolButton:
        """A button for ``action`` in the top row (import, export of the list…).

        The button follows the action's text, tool tip and enabled state, so
        whoever owns the action keeps translating it.
        """
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setObjectName(f"entry_{action.objectName()}")
        self.top.addWidget(button)
        self.addAction(action)
        return button

    def translate_ui(self) -> None:
        self.title.setText("<h2>{}</h2>".format(self.tr("Participant·es")))
        self.search_label.setText(self.tr("&Rechercher :"))
        self.search.setPlaceholderText(self.tr("nom, catégorie, résidence, besoin, notes…"))
        self.search.setAccessibleName(self.tr("Rechercher une personne"))
        self.view.setAccessibleName(self.tr("Liste des participant·es"))
        self.add_label.setText(self.tr("A&jouter (prénom nom) :"))
        self.new_name.setAccessibleName(self.tr("Prénom et nom de la personne à ajouter"))
        self.new_name.setPlaceholderText(self.tr("par exemple : Yvette Martin"))
        self.add_button.setText(self.tr("&Ajouter"))
        self.delete_button.setText(self.tr("&Supprimer la sélection"))
        self.delete_button.setToolTip(self.tr("Touche Suppr ; Ctrl+Z pour annuler"))
        self.model.retranslate()
        self.contacts.translate_ui()
        self._update_count()

    def refresh(self) -> None:
        self._update_count()
        self.contacts.show_person(self.current_person())
        self._fit_columns_when_shown()

    def on_change(self, change) -> None:
        self._update_count()
        self.contacts.show_person(self.current_person())
        # Columns are fitted when the list is loaded or rows come and go, not
        # on every edit: sizing reads every cell (≈ 1 s at 400 people).
        if change.rows_only("participants") is None:
            self._fit_columns_when_shown()

    def _fit_columns_when_shown(self) -> None:
        if self.isVisible():
            self._fit_columns()
        else:
            self._resize_pending = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if self._resize_pending:
            self._resize_pending = False
            self._fit_columns()
        super().showEvent(event)

    def _fit_columns(self) -> None:
        # the last column (notes) stretches to the edge: not sized to its text
        for column in range(self.model.columnCount() - 1):
            self.view.resizeColumnToContents(column)

    def _update_count(self) -> None:
        people = self.document.workshop.participants
        present = sum(p.present for p in people)
        self.count.setText(fill(self.tr("{total} {total|personne|personnes}, {present} {present|pointée présente|pointées présentes}"), 
            total=len(people), present=present))

    def current_person(self) -> Participant | None:
        pid = self.view.currentIndex().data(ID_ROLE)
        return self.document.workshop.participant(pid) if pid else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        pid = current.data(ID_ROLE) if current.isValid() else None
        self.contacts.show_person(self.document.workshop.participant(pid) if pid else None)

    # -- actions -----------------------------------------------------------
    def add_from_field(self) -> None:
        first, last = split_name(self.new_name.text())
        if not first:
            self.show_problem(self.tr("Tapez d'abord le prénom et le nom de la personne."))
            return
        added = []
        text = self.tr("Ajouter « {name} »").format(name=f"{first} {last}".strip())
        # on the day (someone is checked in), a person added is a late arrival: here
        here = any(p.present for p in self.document.workshop.participants)
        if self.apply(text, lambda ws: added.append(
                editing.add_participant(ws, first, last_name=last, present=here))):
            self.new_name.clear()
            self.select(added[0].id)

    def reveal(self, change) -> None:
        ids = sorted(change.ids.get("participants", ()))
        if ids and self.model.row_of(ids[0]) >= 0:
            self.select(ids[0])

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
            text = fill(self.tr("Supprimer {count} {count|personne|personnes}"), count=len(ids))

        def delete(ws) -> None:
            for pid in ids:
                editing.delete_participant(ws, pid)

        # votes, référents and the plan may name them too (see delete_participant)
        self.apply(text, delete)
