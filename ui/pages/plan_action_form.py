"""The "Action" form of the Programmation annuelle page: one action's fields.

Every field is saved when you leave it, as one undoable change through the
page (which shows a refused change's sentence).  The follow-up address is
checked while you type; a refused address stays in the field, never saved.
Twelve toggle buttons choose the months the action happens in (a meal each
quarter): consecutive months are kept as a start and an end, others as
chosen months (:func:`workshop.plan.set_action_months`).

Its strings keep the ``PlanPage`` translation context, where the English
catalogue files them (the form used to be part of that page).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop import plan
from workshop.errors import WorkshopError
from workshop.model import ACTION_STATUSES
from workshop.people.order import person_key
from ui.text.messages import describe

OK_STYLE = "color: #1b6e2d;"
FIELDS_MONTHS = 6  # the row of the month buttons in the form
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
        label.setText(describe(exc))
        return False
    label.setStyleSheet(OK_STYLE)
    label.setText("→ " + url)
    return True


def mark_unsaved(field: QLineEdit, note: QLabel, kept: str) -> None:
    """A refused address stays in its field to be corrected, visibly not saved."""
    field.setStyleSheet("QLineEdit { border: 2px solid #b00020; }")
    note.setText(note.text() + "\n" + QCoreApplication.translate(
        "PlanPage", "Non enregistrée : l'adresse gardée reste « {kept} ».").format(
        kept=kept or QCoreApplication.translate("PlanPage", "aucune")))


def mark_saved(field: QLineEdit) -> None:
    field.setStyleSheet("")


def form_rows(form: QFormLayout, fields: list) -> list[QLabel]:
    """One row per field (widget or layout), each under a label that is its buddy."""
    labels = []
    for field in fields:
        label = QLabel()
        if isinstance(field, QWidget):
            label.setBuddy(field)
        form.addRow(label, field)
        labels.append(label)
    return labels


class PlanActionForm(QGroupBox):
    """Title, theme, description, referents, months, budget, indicator, URL, status."""

    #: the fields in form order; the page also exposes them under these names
    FIELDS = ("title_edit", "theme", "description", "referents_row", "start", "end", "months_row",
              "budget", "indicator", "url", "url_note", "status", "reason")
    context = "PlanPage"

    def __init__(self, document, current_id: Callable[[], str | None],
                 apply: Callable[[str, Callable], bool], parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self._current_id = current_id
        self._apply = apply
        #: True while fields are filled from the workshop: no save then
        self.filling = False
        self._build()
        self._connect()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text)

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.theme = QComboBox()
        self.description = QPlainTextEdit()
        self.referents = QPlainTextEdit()
        for box in (self.description, self.referents):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(80)
            box.installEventFilter(self)
        self.referents_row = self._build_referent_picker()
        self.start = QComboBox()
        self.end = QComboBox()
        self.months_row = QWidget()
        # a chosen month must be seen at a glance, whatever the platform's style
        self.months_row.setStyleSheet("QToolButton:checked { background-color: #cfe3f5; "
                                      "border: 1px solid #4a90d9; font-weight: bold; }")
        grid = QGridLayout(self.months_row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(2)
        self.month_buttons: list[QToolButton] = []
        for index in range(12):  # two rows of six: the form stays narrow at 1280 × 720
            button = QToolButton()
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, index // 6, index % 6)
            self.month_buttons.append(button)
        self.budget = QLineEdit()
        self.indicator = QLineEdit()
        self.url = QLineEdit()
        self.url_note = QLabel()
        self.url_note.setWordWrap(True)
        self.status = QComboBox()
        self.reason = QLineEdit()
        self.form = QFormLayout(self)
        self.form_labels = form_rows(self.form, [getattr(self, name) for name in self.FIELDS])

    def _connect(self) -> None:
        self.title_edit.editingFinished.connect(lambda: self._save("title", self.title_edit.text()))
        self.theme.activated.connect(lambda _i: self._save("theme", self.theme.currentData()))
        self.start.activated.connect(lambda i: self._save("start_month", i + 1))
        self.end.activated.connect(lambda i: self._save("end_month", i + 1))
        for button in self.month_buttons:
            button.clicked.connect(lambda _checked: self._save_months())
        self.budget.editingFinished.connect(lambda: self._save("budget", self.budget.text()))
        self.indicator.editingFinished.connect(
            lambda: self._save("indicator", self.indicator.text()))
        self.url.textChanged.connect(lambda t: url_feedback(self.url_note, t))
        self.url.editingFinished.connect(self._save_url)
        self.status.activated.connect(self._save_status)
        self.reason.editingFinished.connect(self._save_status)

    def _build_referent_picker(self) -> QWidget:
        """The référents box, and under it a field that proposes the participants' names
        (free text still allowed: a partner not in the list, a role)."""
        row = QWidget()
        self.referent_pick = QLineEdit()
        self.referent_names = QStringListModel()
        completer = QCompleter(self.referent_names, self.referent_pick)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.referent_pick.setCompleter(completer)
        self.referent_add = QPushButton()
        self.referent_add.clicked.connect(self.add_referent)
        self.referent_pick.returnPressed.connect(self.add_referent)
        pick = QHBoxLayout()
        pick.addWidget(self.referent_pick, 1)
        pick.addWidget(self.referent_add)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.referents)
        column.addLayout(pick)
        row.setFocusProxy(self.referents)
        return row

    def _fill_referent_names(self) -> None:
        people = sorted(self.document.workshop.participants, key=person_key)
        self.referent_names.setStringList([p.full_name for p in people])

    def add_referent(self) -> None:
        """Add the name picked (or typed) as one more référent of the action."""
        name = " ".join(self.referent_pick.text().split())
        if not name:
            return
        lines = [r for r in self.referents.toPlainText().splitlines() if r.strip()]
        if name not in lines:
            self.referents.setPlainText("\n".join(lines + [name]))
            self._save("referents", self.referents.toPlainText())
        self.referent_pick.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusOut and not self.filling:
            if watched is self.description:
                self._save("description", self.description.toPlainText())
            elif watched is self.referents:
                self._save("referents", self.referents.toPlainText())
        return super().eventFilter(watched, event)

    def translate_ui(self) -> None:
        self.setTitle(self.tr("Action"))
        rows = [self.tr("&Titre"), self.tr("T&hème"), self.tr("&Description"),
                self.tr("Référ&ents (un par ligne)"), self.tr("Dé&but"), self.tr("&Fin"),
                self.tr("Mois de l'action"), self.tr("B&udget (facultatif)"), self.tr("&Indicateur de réussite"),
                self.tr("Adresse de sui&vi"), "", self.tr("&Statut"), self.tr("&Pourquoi")]
        for label, text in zip(self.form_labels, rows):
            label.setText(text)
        self.reason.setPlaceholderText(self.tr("Obligatoire si l'action est abandonnée"))
        self.referent_pick.setPlaceholderText(self.tr("un·e participant·e, ou un nom, un rôle…"))
        self.referent_add.setText(self.tr("Ajouter le ou la ré&férent·e"))
        names = {
            self.title_edit: self.tr("Titre de l'action"),
            self.theme: self.tr("Thème de l'action"),
            self.description: self.tr("Description de l'action"),
            self.referents: self.tr("Référents de l'action, un par ligne"),
            self.referent_pick: self.tr("Référent·e à ajouter : un·e participant·e ou un nom"),
            self.start: self.tr("Mois de début"), self.end: self.tr("Mois de fin"),
            self.budget: self.tr("Budget"), self.indicator: self.tr("Indicateur de réussite"),
            self.url: self.tr("Adresse de suivi de l'action"),
            self.status: self.tr("Statut de l'action"),
            self.reason: self.tr("Raison du statut"),
        }
        for widget, name in names.items():
            widget.setAccessibleName(name)
        self.form_labels[FIELDS_MONTHS].setToolTip(
            self.tr("Cliquez les mois où l'action a lieu (par exemple un repas par trimestre)."))
        self._name_month_buttons()

    def _name_month_buttons(self) -> None:
        p = self.document.workshop.plan
        locale = QLocale()
        for button, (year, month) in zip(self.month_buttons,
                                         plan.period_months(p.year, p.first_month)):
            button.setText(locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat))
            full = f"{locale.standaloneMonthName(month)} {year}"
            button.setToolTip(full)
            button.setAccessibleName(self.tr("L'action a lieu en {}").format(full))

    def _status_names(self) -> dict[str, str]:
        return {"planned": self.tr("prévue"), "in_progress": self.tr("en cours"),
                "done": self.tr("réalisée"), "postponed": self.tr("reportée"),
                "abandoned": self.tr("abandonnée")}

    def _month_names(self) -> list[str]:
        p = self.document.workshop.plan
        locale = QLocale()
        return [f"{locale.standaloneMonthName(m)} {y}"
                for y, m in plan.period_months(p.year, p.first_month)]

    # -- showing -------------------------------------------------------------------
    def fill(self) -> None:
        """Show the current action (the page's selection); nothing when there is none."""
        action_id = self._current_id()
        if action_id is None:
            return
        action = plan.find_action(self.document.workshop, action_id)
        self._fill_referent_names()
        self.filling = True
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
            self._name_month_buttons()
            chosen = set(plan.action_months(action))
            for position, button in enumerate(self.month_buttons, start=1):
                button.setChecked(position in chosen)
            self.budget.setText(action.budget)
            self.indicator.setText(action.indicator)
            self.url.setText(action.url)
            self.status.clear()
            for code in ACTION_STATUSES:
                self.status.addItem(self._status_names()[code], code)
            self.status.setCurrentIndex(max(0, self.status.findData(action.status)))
            self.reason.setText(action.status_reason)
        finally:
            self.filling = False

    # -- changing ------------------------------------------------------------------
    def _save(self, name: str, value: object) -> None:
        action_id = self._current_id()
        if self.filling or action_id is None:
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
            self.fill()

    def _save_months(self) -> None:
        """The checked months: a run becomes a start and an end, others chosen months."""
        action_id = self._current_id()
        if self.filling or action_id is None:
            return
        checked = [i for i, b in enumerate(self.month_buttons, start=1) if b.isChecked()]
        action = plan.find_action(self.document.workshop, action_id)
        if not checked or checked == plan.action_months(action):
            self.fill()  # an action happens in one month at least
            return
        if checked == list(range(checked[0], checked[-1] + 1)):
            change = {"months": [], "start_month": checked[0], "end_month": checked[-1]}
        else:
            change = {"months": checked}
        if not self._apply(self.tr("Changer les mois de « {} »").format(action.title),
                           lambda ws: plan.update_action(ws, action_id, **change)):
            self.fill()

    def _save_url(self) -> None:
        action_id = self._current_id()
        if self.filling or action_id is None:
            return
        if not url_feedback(self.url_note, self.url.text()):
            mark_unsaved(self.url, self.url_note,
                         plan.find_action(self.document.workshop, action_id).url)
            return
        mark_saved(self.url)
        self._save("url", plan.normalise_url(self.url.text()) if self.url.text().strip()
                   else "")
        if self.url.text().strip():
            self.url.setText(plan.normalise_url(self.url.text()))

    def _save_status(self, *_args) -> None:
        action_id = self._current_id()
        if self.filling or action_id is None:
            return
        status, reason = self.status.currentData(), self.reason.text()
        action = plan.find_action(self.document.workshop, action_id)
        if (status, reason) == (action.status, action.status_reason):
            return
        self._apply(self.tr("Changer le statut de « {} »").format(action.title),
                    lambda ws: plan.update_action(ws, action_id, status=status,
                                                  status_reason=reason))
