"""Programmation annuelle: the period, the follow-up addresses and each action.

Every field is saved when you leave it (Enter, Tab or a click elsewhere)
as one undoable change through :mod:`workshop.plan`.  Addresses are
checked while you type: the line under the field shows the normalised
address that will be printed and encoded in the QR code, or why it is
refused; a refused address is kept in the field, never saved.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.pages.base import Page
from workshop import plan
from workshop.messages import WorkshopError
from workshop.model import ACTION_STATUSES

ID_ROLE = Qt.ItemDataRole.UserRole
OK_STYLE = "color: #1b6e2d;"
BAD_STYLE = "color: #b00020;"


def url_feedback(label: QLabel, text: str, empty_ok: bool = True) -> bool:
    """Show the normalised URL or why it is refused; True when acceptable."""
    if not text.strip() and empty_ok:
        label.setText("")
        return True
    try:
        url = plan.normalise_url(text)
    except WorkshopError as exc:
        label.setStyleSheet(BAD_STYLE)
        label.setText(exc.message())
        return False
    label.setStyleSheet(OK_STYLE)
    label.setText("→ " + url)
    return True


class PlanPage(Page):
    watches = frozenset({"plan", "themes", "ideas", "votes", "workshop"})

    def __init__(self, document, parent=None) -> None:
        super().__init__(document, parent)
        self._filling = False
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
        self.period_labels = self._rows(self.period_form, [
            self.year, self.first_month, self.residence, pattern_row, self.pattern_note,
            self.general_url, self.general_note])
        self.period_labels[3].setBuddy(self.pattern)

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

        self.editor = QGroupBox()
        self.title_edit = QLineEdit()
        self.theme = QComboBox()
        self.description = QPlainTextEdit()
        self.referents = QPlainTextEdit()
        for box in (self.description, self.referents):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(80)
            box.installEventFilter(self)
        self.start = QComboBox()
        self.end = QComboBox()
        self.budget = QLineEdit()
        self.indicator = QLineEdit()
        self.url = QLineEdit()
        self.url_note = QLabel()
        self.url_note.setWordWrap(True)
        self.status = QComboBox()
        self.reason = QLineEdit()
        self.form = QFormLayout(self.editor)
        self.form_labels = self._rows(self.form, [
            self.title_edit, self.theme, self.description, self.referents, self.start,
            self.end, self.budget, self.indicator, self.url, self.url_note, self.status,
            self.reason])
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(BAD_STYLE)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.period_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        self._connect()

    @staticmethod
    def _rows(form: QFormLayout, fields: list) -> list[QLabel]:
        labels = []
        for field in fields:
            label = QLabel()
            if isinstance(field, QWidget):
                label.setBuddy(field)
            form.addRow(label, field)
            labels.append(label)
        return labels

    def _connect(self) -> None:
        self.year.editingFinished.connect(self._save_period)
        self.first_month.activated.connect(self._save_period)
        self.residence.editingFinished.connect(self._save_residence)
        self.pattern.textChanged.connect(self._check_pattern)
        self.pattern_apply.clicked.connect(self._save_pattern)
        self.pattern.returnPressed.connect(self._save_pattern)
        self.general_url.textChanged.connect(lambda t: url_feedback(self.general_note, t))
        self.general_url.editingFinished.connect(self._save_general_url)
        self.actions.currentRowChanged.connect(lambda _row: self._fill_editor())
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.title_edit.editingFinished.connect(lambda: self._save("title", self.title_edit.text()))
        self.theme.activated.connect(lambda _i: self._save("theme", self.theme.currentData()))
        self.start.activated.connect(lambda i: self._save("start_month", i + 1))
        self.end.activated.connect(lambda i: self._save("end_month", i + 1))
        self.budget.editingFinished.connect(lambda: self._save("budget", self.budget.text()))
        self.indicator.editingFinished.connect(
            lambda: self._save("indicator", self.indicator.text()))
        self.url.textChanged.connect(lambda t: url_feedback(self.url_note, t))
        self.url.editingFinished.connect(self._save_url)
        self.status.activated.connect(self._save_status)
        self.reason.editingFinished.connect(self._save_status)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and not self._filling:
            if watched is self.description:
                self._save("description", self.description.toPlainText())
            elif watched is self.referents:
                self._save("referents", self.referents.toPlainText())
        return super().eventFilter(watched, event)

    def translate_ui(self) -> None:
        self.heading.setText(self.tr("<h2>Programmation annuelle</h2>"))
        self.period_box.setTitle(self.tr("Période et suivi"))
        rows = [self.tr("A&nnée de début"), self.tr("Premier m&ois"), self.tr("&Résidence"),
                self.tr("&Modèle d'adresse de suivi"), "", self.tr("Page de suivi &générale"), ""]
        for label, text in zip(self.period_labels, rows):
            label.setText(text)
        self.pattern_apply.setText(self.tr("Appliquer aux actions sans adresse"))
        self.general_url.setPlaceholderText("https://exemple.coop/suivi")
        self.add_button.setText(self.tr("&Ajouter une action"))
        self.remove_button.setText(self.tr("Supprimer l'a&ction"))
        self.editor.setTitle(self.tr("Action"))
        rows = [self.tr("&Titre"), self.tr("T&hème"), self.tr("&Description"),
                self.tr("Référ&ents (un par ligne)"), self.tr("Dé&but"), self.tr("&Fin"),
                self.tr("B&udget (facultatif)"), self.tr("&Indicateur de réussite"),
                self.tr("Adresse de sui&vi"), "", self.tr("&Statut"), self.tr("&Pourquoi")]
        for label, text in zip(self.form_labels, rows):
            label.setText(text)
        self.reason.setPlaceholderText(self.tr("Obligatoire si l'action est abandonnée"))
        names = {
            self.year: self.tr("Année de début de la programmation"),
            self.first_month: self.tr("Premier mois de la période de 12 mois"),
            self.residence: self.tr("Résidence"),
            self.pattern: self.tr("Modèle d'adresse de suivi"),
            self.general_url: self.tr("Adresse de la page de suivi générale"),
            self.actions: self.tr("Actions de la programmation"),
            self.title_edit: self.tr("Titre de l'action"),
            self.theme: self.tr("Thème de l'action"),
            self.description: self.tr("Description de l'action"),
            self.referents: self.tr("Référents de l'action, un par ligne"),
            self.start: self.tr("Mois de début"), self.end: self.tr("Mois de fin"),
            self.budget: self.tr("Budget"), self.indicator: self.tr("Indicateur de réussite"),
            self.url: self.tr("Adresse de suivi de l'action"),
            self.status: self.tr("Statut de l'action"),
            self.reason: self.tr("Raison du statut"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self._check_pattern(self.pattern.text())
        self.refresh()

    def _status_names(self) -> dict[str, str]:
        return {"planned": self.tr("prévue"), "in_progress": self.tr("en cours"),
                "done": self.tr("réalisée"), "abandoned": self.tr("abandonnée")}

    def _month_names(self) -> list[str]:
        p = self.document.workshop.plan
        locale = QLocale()
        return [f"{locale.standaloneMonthName(m)} {y}"
                for y, m in plan.period_months(p.year, p.first_month)]

    # -- showing -------------------------------------------------------------------
    def refresh(self) -> None:
        if not hasattr(self, "actions"):
            return
        self._filling = True
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
            self._filling = False
        self._fill_editor()

    def _current_id(self) -> str | None:
        item = self.actions.currentItem()
        return item.data(ID_ROLE) if item else None

    def _fill_editor(self) -> None:
        if self._filling:
            return
        action_id = self._current_id()
        self.editor.setEnabled(action_id is not None)
        self.remove_button.setEnabled(action_id is not None)
        if action_id is None:
            return
        action = plan.find_action(self.document.workshop, action_id)
        self._filling = True
        try:
            self.title_edit.setText(action.title)
            self.theme.clear()
            self.theme.addItem(self.tr("(aucun)"), None)
            for theme in self.document.workshop.themes:
                self.theme.addItem(theme.title, theme.id)
            self.theme.setCurrentIndex(max(0, self.theme.findData(action.theme)))
            self.description.setPlainText(action.description)
            self.referents.setPlainText("\n".join(action.referents))
            months = self._month_names()
            for combo, value in ((self.start, action.start_month), (self.end, action.end_month)):
                combo.clear()
                combo.addItems(months)
                combo.setCurrentIndex(min(max(value, 1), 12) - 1)
            self.budget.setText(action.budget)
            self.indicator.setText(action.indicator)
            self.url.setText(action.url)
            self.status.clear()
            for code in ACTION_STATUSES:
                self.status.addItem(self._status_names()[code], code)
            self.status.setCurrentIndex(max(0, self.status.findData(action.status)))
            self.reason.setText(action.status_reason)
        finally:
            self._filling = False

    # -- changing ------------------------------------------------------------------
    def _apply(self, text: str, mutate) -> bool:
        try:
            self.document.apply(text, mutate, {"plan"})
        except WorkshopError as exc:
            self.message.setText(exc.message())
            return False
        self.message.setText("")
        return True

    def _save(self, name: str, value: object) -> None:
        action_id = self._current_id()
        if self._filling or action_id is None:
            return
        action = plan.find_action(self.document.workshop, action_id)
        old = getattr(action, name)
        if (value if name != "referents" else [r.strip() for r in str(value).splitlines()
                                                if r.strip()]) == old:
            return
        if not self._apply(self.tr("Modifier l'action « {} »").format(action.title),
                           lambda ws: plan.update_action(ws, action_id, **{name: value})):
            self._fill_back_later(name)

    def _fill_back_later(self, name: str) -> None:
        """A refused month goes back to the saved one (text fields keep what was typed)."""
        if name in ("start_month", "end_month", "theme"):
            self._fill_editor()

    def _save_url(self) -> None:
        if url_feedback(self.url_note, self.url.text()):
            self._save("url", plan.normalise_url(self.url.text()) if self.url.text().strip()
                       else "")
            if self.url.text().strip():
                self.url.setText(plan.normalise_url(self.url.text()))

    def _save_status(self, *_args) -> None:
        action_id = self._current_id()
        if self._filling or action_id is None:
            return
        status, reason = self.status.currentData(), self.reason.text()
        action = plan.find_action(self.document.workshop, action_id)
        if (status, reason) == (action.status, action.status_reason):
            return
        self._apply(self.tr("Changer le statut de « {} »").format(action.title),
                    lambda ws: plan.update_action(ws, action_id, status=status,
                                                  status_reason=reason))

    def _save_period(self, *_args) -> None:
        if self._filling:
            return
        year, first = self.year.value(), self.first_month.currentIndex() + 1
        p = self.document.workshop.plan
        if (year, first) != (p.year, p.first_month):
            self._apply(self.tr("Changer la période"),
                        lambda ws: plan.set_period(ws, year, first))

    def _save_residence(self) -> None:
        text = self.residence.text().strip()
        if not self._filling and text != self.document.workshop.plan.residence:
            self._apply(self.tr("Changer la résidence"),
                        lambda ws: setattr(ws.plan, "residence", text))

    def _check_pattern(self, text: str) -> bool:
        if not text.strip():
            self.pattern_note.setStyleSheet("")
            self.pattern_note.setText(self.tr("{action} est remplacé par le nom de chaque action."))
            return True
        try:
            plan.check_pattern(text)
        except WorkshopError as exc:
            self.pattern_note.setStyleSheet(BAD_STYLE)
            self.pattern_note.setText(exc.message())
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
        if self._filling or not url_feedback(self.general_note, text):
            return
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
