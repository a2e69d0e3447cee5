"""The form of the Bilan page: one action's status, what was done, the indicator's result.

Every field is saved when you leave it, as one undoable change
(:func:`workshop.bilan.update_item`); a status change is dated in the
history the plan page shares, shown under the form.  Its strings keep the
``BilanPage`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
)

from ui.i18n import short_date
from ui.models.statuses import status_choices, status_label
from ui.pages.plan_action_form import form_rows
from workshop import bilan, statuses
from workshop.model import Action


class BilanForm(QGroupBox):
    """Status and why, what was done, the result, the last update and the history."""

    context = "BilanPage"

    def __init__(self, document, current: Callable[[], tuple[str, bool] | None],
                 apply: Callable[[str, Callable], bool], parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self._current = current
        self._apply = apply
        #: True while the fields are filled from the workshop: no save then
        self.filling = False
        self._build()

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(self.context, text)

    def _build(self) -> None:
        self.action_title = QLabel()
        self.action_title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.status = QComboBox()
        self.reason = QLineEdit()
        self.done = QPlainTextEdit()
        self.done.setTabChangesFocus(True)
        self.done.setMaximumHeight(90)
        self.done.installEventFilter(self)
        self.result = QLineEdit()
        self.updated = QLabel()
        self.history = QListWidget()
        self.history_label = QLabel()
        self.history_label.setBuddy(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.action_title)
        layout.addWidget(self.facts)
        form = QFormLayout()
        layout.addLayout(form)
        self.labels = form_rows(form, [self.status, self.reason, self.done, self.result,
                                       self.updated])
        self.labels.append(self.history_label)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)  # the history takes the room left
        self.status.activated.connect(self._save_status)
        self.reason.editingFinished.connect(self._save_status)
        self.result.editingFinished.connect(lambda: self._save("result", self.result.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.done and event.type() == QEvent.Type.FocusOut and not self.filling:
            self._save("done", self.done.toPlainText())
        return super().eventFilter(watched, event)

    def translate_ui(self) -> None:
        self.setTitle(self.tr("Action"))
        for label, text in zip(self.labels, [
                self.tr("&Statut"), self.tr("&Pourquoi"), self.tr("Ce qui a été &fait"),
                self.tr("&Résultat de l'indicateur"), self.tr("Mise à jour"),
                self.tr("&Historique du statut")]):
            label.setText(text)
        self.reason.setPlaceholderText(self.tr("Obligatoire si l'action est abandonnée ; "
                                               "utile si elle est reportée"))
        self.result.setPlaceholderText(self.tr("Ce que l'indicateur a donné"))
        for widget, name in ((self.status, self.tr("Statut de l'action")),
                             (self.reason, self.tr("Raison du statut")),
                             (self.done, self.tr("Ce qui a été fait")),
                             (self.result, self.tr("Résultat de l'indicateur")),
                             (self.history, self.tr("Historique des changements de statut"))):
            widget.setAccessibleName(name)
        self.fill()

    # -- showing -------------------------------------------------------------------
    def action(self) -> Action | None:
        current = self._current()
        if current is None:
            return None
        try:
            return bilan.find_item(self.document.workshop, *current)
        except bilan.BilanError:
            return None

    def fill(self) -> None:
        action = self.action()
        self.setEnabled(action is not None)
        self.filling = True
        try:
            self.status.clear()
            for label, code in status_choices():
                self.status.addItem(label, code)
            if action is None:
                for field in (self.action_title, self.facts, self.updated):
                    field.setText("")
                self.reason.clear()
                self.done.clear()
                self.result.clear()
                self.history.clear()
                return
            self.action_title.setText(f"<b>{_escape(action.title)}</b>")
            indicator = self.tr("Objectif : {}").format(action.indicator) \
                if action.indicator else self.tr("Pas d'indicateur de réussite")
            self.facts.setText(_escape(indicator))
            self.status.setCurrentIndex(max(0, self.status.findData(action.status)))
            self.reason.setText(action.status_reason)
            if self.done.toPlainText() != action.done:
                self.done.setPlainText(action.done)
            self.result.setText(action.result)
            last = statuses.last_update(action)
            self.updated.setText(short_date(last) if last else self.tr("jamais"))
            self.history.clear()
            for change in reversed(action.history):  # the latest first
                line = f"{short_date(change.date)} — {status_label(change.status)}"
                self.history.addItem(line + (f" : {change.reason}" if change.reason else ""))
            if not action.history:
                self.history.addItem(self.tr("Aucun changement de statut"))
        finally:
            self.filling = False

    # -- changing ------------------------------------------------------------------
    def _save(self, name: str, value: str) -> None:
        action, current = self.action(), self._current()
        if self.filling or action is None or value.strip() == getattr(action, name):
            return
        action_id, past = current
        self._apply(self.tr("Bilan de « {} »").format(action.title),
                    lambda ws: bilan.update_item(ws, action_id, past, **{name: value}))

    def _save_status(self, *_args) -> None:
        action, current = self.action(), self._current()
        if self.filling or action is None:
            return
        status, reason = self.status.currentData(), self.reason.text()
        if (status, reason) == (action.status, action.status_reason):
            return
        action_id, past = current
        self._apply(self.tr("Changer le statut de « {} »").format(action.title),
                    lambda ws: bilan.update_item(ws, action_id, past, status=status,
                                                 status_reason=reason))


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
