"""Atelier: title, date, place, organisation, facilitator, year of the programme.

A field is saved when it loses focus or on Enter, as one undoable change;
refused input (empty title, a date that is not one) is explained and the
field shows the saved value.  The date is typed the French way or picked in
a calendar (:mod:`ui.pages.date_field`).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from ui.pages.base import Page
from ui.pages.date_field import DateField
from ui.text.messages import describe
from workshop.errors import WorkshopError


class WorkshopPage(Page):
    watches = frozenset({"workshop", "plan"})

    def __init__(self, document, parent=None) -> None:
        super().__init__(document, parent)
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in ("title", "date", "place", "organisation", "facilitator", "year"):
            self.labels[key] = QLabel()
            if key == "date":
                widget = self.date = DateField()
                self.date.committed.connect(self._commit_date)
            elif key == "year":
                widget = self.year = QSpinBox()
                self.year.setRange(2000, 2100)
                self.year.setGroupSeparatorShown(False)
                self.year.editingFinished.connect(self._commit_year)
            else:
                widget = self.fields[key] = QLineEdit()
                widget.editingFinished.connect(lambda k=key: self._commit_text(k))
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)
        self.title = QLabel()
        self.date_words = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.date_words)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.translate_ui()  # also refreshes

    def translate_ui(self) -> None:
        self.title.setText("<h2>{}</h2>".format(self.tr("Atelier")))
        texts = {
            "title": self.tr("&Titre :"),
            "date": self.tr("&Date :"),
            "place": self.tr("&Lieu (résidence) :"),
            "organisation": self.tr("&Organisation :"),
            "facilitator": self.tr("A&nimation :"),
            "year": self.tr("&Année de la programmation :"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        names = {
            "title": self.tr("Titre de l'atelier"),
            "place": self.tr("Lieu ou résidence"),
            "organisation": self.tr("Organisation"),
            "facilitator": self.tr("Personne qui anime"),
        }
        for key, name in names.items():
            self.fields[key].setAccessibleName(name)
        self.fields["place"].setPlaceholderText(self.tr("salle, adresse de la résidence"))
        self.date.edit.setAccessibleName(self.tr("Date de l'atelier"))
        self.date.edit.setPlaceholderText(self.tr("jj/mm/aaaa — non fixée"))
        self.date.button.setAccessibleName(self.tr("Choisir la date dans un calendrier"))
        self.date.button.setToolTip(self.date.button.accessibleName())
        self.year.setAccessibleName(self.tr("Année couverte par la programmation annuelle"))
        self.refresh()

    def refresh(self) -> None:
        ws = self.document.workshop
        for key, widget in self.fields.items():
            if widget.text() != getattr(ws, key):
                widget.setText(getattr(ws, key))
        if not self.date.edit.hasFocus():
            self.date.set_iso(ws.date)
        date = QDate.fromString(ws.date, "yyyy-MM-dd")
        self.date_words.setText(QLocale().toString(date, QLocale.FormatType.LongFormat)
                                if date.isValid() else "")
        self.year.blockSignals(True)
        self.year.setValue(ws.plan.year)
        self.year.blockSignals(False)

    # -- commits -----------------------------------------------------------
    # ``workshop.editing`` is imported with the first edit: this page is the
    # first one shown, and the window shows sooner without it.
    def _commit_text(self, key: str) -> None:
        value = self.fields[key].text().strip()
        if value == getattr(self.document.workshop, key):
            return
        from workshop import editing

        if not self.apply(self.tr("Modifier « {label} »").format(
                label=self.labels[key].text().replace("&", "").rstrip(" :")),
                lambda ws: editing.update_workshop(ws, **{key: value})):
            self.fields[key].setText(getattr(self.document.workshop, key))

    def _commit_date(self, text: str) -> None:
        from workshop import editing
        from workshop.dates import parse_date

        try:
            value = parse_date(text)
        except WorkshopError as exc:
            self.show_problem(describe(exc))  # what was typed stays, to be corrected
            return
        if value == self.document.workshop.date:
            self.show_problem("")
            self.date.set_iso(value)  # « 1/2/27 » shown as « 01/02/2027 »
            return
        if self.apply(self.tr("Modifier la date"),
                      lambda ws: editing.update_workshop(ws, date=value)):
            self.date.set_iso(value)

    def _commit_year(self) -> None:
        year = self.year.value()
        if year != self.document.workshop.plan.year:
            from workshop import editing

            self.apply(self.tr("Modifier l'année de la programmation"),
                       lambda ws: editing.set_plan_year(ws, year))
