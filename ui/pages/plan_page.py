"""Programmation annuelle: the period, the follow-up addresses and each action.

Every field is saved when you leave it (Enter, Tab or a click elsewhere)
as one undoable change through :mod:`workshop.plan`.  Addresses are
checked while you type: the line under the field shows the normalised
address that will be printed and encoded in the QR code, or why it is
refused; a refused address is kept in the field, never saved.  The
selected action is edited in :class:`ui.pages.plan_action_form.PlanActionForm`.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.pages.base import Page
from ui.pages.plan_action_form import (BAD_STYLE, OK_STYLE, PlanActionForm, form_rows,
                                       mark_saved, mark_unsaved, url_feedback)
from ui.text.messages import describe
from workshop import plan
from workshop.errors import WorkshopError

ID_ROLE = Qt.ItemDataRole.UserRole


class PlanPage(Page):
    watches = frozenset({"plan", "themes", "ideas", "votes", "workshop"})

    def __init__(self, document, parent=None) -> None:
        super().__init__(document, parent)
        self._build()
        self.translate_ui()
        self.refresh()

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.period_box = QGroupBox()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.first_month = QComboBox()
        self.residence = QLineEdit()
        self.contact = QLineEdit()
        self.pattern = QLineEdit()
        self.pattern.setPlaceholderText("https://exemple.coop/suivi/{action}")
        self.pattern_apply = QPushButton()
        self.pattern_note = QLabel()
        self.general_url = QLineEdit()
        self.general_note = QLabel()
        for note in (self.pattern_note, self.general_note):
            note.setWordWrap(True)
        pattern_row = QHBoxLayout()
        pattern_row.addWidget(self.pattern, 1)
        pattern_row.addWidget(self.pattern_apply)
        self.period_form = QFormLayout(self.period_box)
        self.period_labels = form_rows(self.period_form, [
            self.year, self.first_month, self.residence, self.contact, pattern_row,
            self.pattern_note, self.general_url, self.general_note])
        self.period_labels[4].setBuddy(self.pattern)

        self.actions = QListWidget()
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.actions, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left_layout.addLayout(buttons)

        self.editor = PlanActionForm(self.document, self._current_id, self._apply)
        # The action's fields stay reachable as page attributes, as before the split.
        for name in PlanActionForm.FIELDS + ("referents",):
            setattr(self, name, getattr(self.editor, name))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(BAD_STYLE)

        # the form scrolls rather than push the page past a 1280 × 720 screen
        editor_scroll = QScrollArea()
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(editor_scroll)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.period_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._connect()

    def _connect(self) -> None:
        self.year.editingFinished.connect(self._save_period)
        self.first_month.activated.connect(self._save_period)
        self.residence.editingFinished.connect(self._save_residence)
        self.contact.editingFinished.connect(self._save_contact)
        self.pattern.textChanged.connect(self._check_pattern)
        self.pattern_apply.clicked.connect(self._save_pattern)
        self.pattern.returnPressed.connect(self._save_pattern)
        self.general_url.textChanged.connect(lambda t: url_feedback(self.general_note, t))
        self.general_url.editingFinished.connect(self._save_general_url)
        self.actions.currentRowChanged.connect(lambda _row: self._fill_editor())
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
    def translate_ui(self) -> None:
        self.heading.setText(self.tr("<h2>Programmation annuelle</h2>"))
        self.period_box.setTitle(self.tr("Période et suivi"))
        rows = [self.tr("A&nnée de début"), self.tr("Premier m&ois"), self.tr("&Résidence"),
                self.tr("Con&tact"), self.tr("&Modèle d'adresse de suivi"), "",
                self.tr("Page de suivi &générale"), ""]
        for label, text in zip(self.period_labels, rows):
            label.setText(text)
        self.pattern_apply.setText(self.tr("Appliquer aux actions sans adresse"))
        self.general_url.setPlaceholderText("https://exemple.coop/suivi")
        self.contact.setPlaceholderText(self.tr("Qui joindre : un accueil, un téléphone, "
                                                "une adresse (vide : l'organisation)"))
        self.add_button.setText(self.tr("&Ajouter une action"))
        self.remove_button.setText(self.tr("Supprimer l'a&ction"))
        names = {
            self.year: self.tr("Année de début de la programmation"),
            self.first_month: self.tr("Premier mois de la période de 12 mois"),
            self.residence: self.tr("Résidence"),
            self.contact: self.tr("Contact imprimé sur la programmation"),
            self.pattern: self.tr("Modèle d'adresse de suivi"),
            self.general_url: self.tr("Adresse de la page de suivi générale"),
            self.actions: self.tr("Actions de la programmation"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.editor.translate_ui()
        self._check_pattern(self.pattern.text())
        self.refresh()

    # -- showing -------------------------------------------------------------------
    def refresh(self) -> None:
        if not hasattr(self, "editor"):
            return
        self.editor.filling = True
        try:
            ws = self.document.workshop
            p = ws.plan
            self.year.setValue(p.year)
            self.first_month.clear()
            locale = QLocale()
            self.first_month.addItems([locale.standaloneMonthName(m) for m in range(1, 13)])
            self.first_month.setCurrentIndex(p.first_month - 1)
            self.residence.setText(p.residence)
            self.residence.setPlaceholderText(ws.place.split(",", 1)[0])
            if not self.contact.hasFocus():
                self.contact.setText(p.contact)
            if not self.pattern.hasFocus():
                self.pattern.setText(p.url_pattern)
            if not self.general_url.hasFocus():
                self.general_url.setText(p.general_url)
            current = self._current_id()
            self.actions.clear()
            for action in p.actions:
                item = QListWidgetItem(action.title)
                item.setData(ID_ROLE, action.id)
                self.actions.addItem(item)
            ids = [a.id for a in p.actions]
            row = ids.index(current) if current in ids else (0 if ids else -1)
            self.actions.setCurrentRow(row)
        finally:
            self.editor.filling = False
        self._fill_editor()

    def reveal(self, change) -> None:
        ids = [self.actions.item(r).data(ID_ROLE) for r in range(self.actions.count())]
        changed = [i for i in ids if i in change.ids.get("plan", ())]
        if changed:
            self.actions.setCurrentRow(ids.index(changed[0]))

    def _current_id(self) -> str | None:
        item = self.actions.currentItem()
        return item.data(ID_ROLE) if item else None

    def _fill_editor(self) -> None:
        if self.editor.filling:
            return
        action_id = self._current_id()
        self.message.setText("")  # a refusal was about the action left, not this one
        mark_saved(self.editor.url)
        self.editor.setEnabled(action_id is not None)
        self.remove_button.setEnabled(action_id is not None)
        if action_id is None:
            return
        self.editor.fill()

    # -- changing ------------------------------------------------------------------
    def _apply(self, text: str, mutate) -> bool:
        try:
            self.document.apply(text, mutate)
        except WorkshopError as exc:
            self.message.setText(describe(exc))
            return False
        self.message.setText("")
        return True

    def _save_period(self, *_args) -> None:
        if self.editor.filling:
            return
        year, first = self.year.value(), self.first_month.currentIndex() + 1
        p = self.document.workshop.plan
        if (year, first) != (p.year, p.first_month):
            self._apply(self.tr("Changer la période"),
                        lambda ws: plan.set_period(ws, year, first))

    def _save_residence(self) -> None:
        text = self.residence.text().strip()
        if not self.editor.filling and text != self.document.workshop.plan.residence:
            self._apply(self.tr("Changer la résidence"),
                        lambda ws: plan.set_residence(ws, text))

    def _save_contact(self) -> None:
        text = " ".join(self.contact.text().split())
        if not self.editor.filling and text != self.document.workshop.plan.contact:
            self._apply(self.tr("Changer le contact"), lambda ws: plan.set_contact(ws, text))

    def _check_pattern(self, text: str) -> bool:
        if not text.strip():
            self.pattern_note.setStyleSheet("")
            self.pattern_note.setText(self.tr("{action} est remplacé par le nom de chaque action."))
            return True
        try:
            plan.check_pattern(text)
        except WorkshopError as exc:
            self.pattern_note.setStyleSheet(BAD_STYLE)
            self.pattern_note.setText(describe(exc))
            return False
        sample = plan.normalise_url(text.strip().replace(plan.PATTERN_FIELD, "fete-des-voisins"))
        self.pattern_note.setStyleSheet(OK_STYLE)
        self.pattern_note.setText(self.tr("Exemple : {}").format(sample))
        return True

    def _save_pattern(self) -> None:
        text = self.pattern.text()
        if self._check_pattern(text):
            self._apply(self.tr("Appliquer le modèle d'adresse"),
                        lambda ws: plan.set_url_pattern(ws, text))

    def _save_general_url(self) -> None:
        text = self.general_url.text()
        if self.editor.filling:
            return
        if not url_feedback(self.general_note, text):
            mark_unsaved(self.general_url, self.general_note,
                         self.document.workshop.plan.general_url)
            return
        mark_saved(self.general_url)
        if (plan.normalise_url(text) if text.strip() else "") == \
                self.document.workshop.plan.general_url:
            return
        self._apply(self.tr("Changer la page de suivi générale"),
                    lambda ws: plan.set_general_url(ws, text))

    def _add(self) -> None:
        title = self.tr("Nouvelle action")
        if self._apply(self.tr("Ajouter une action"), lambda ws: plan.add_action(ws, title)):
            self.actions.setCurrentRow(self.actions.count() - 1)
            self.title_edit.setFocus()
            self.title_edit.selectAll()

    def _remove(self) -> None:
        action_id = self._current_id()
        if action_id is not None:
            self._apply(self.tr("Supprimer l'action"),
                        lambda ws: plan.remove_action(ws, action_id))
