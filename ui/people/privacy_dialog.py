"""The « Données personnelles » dialog (opened from the menu of :mod:`ui.people.privacy_actions`).

Erase a person (from the workshop and every backup), export what is held
about one person, forget contacts past the retention period.  Apart from
the menu so that the window shows without building these widgets' Python
types nor importing :mod:`workshop.people.privacy` (≈ 10 ms at start-up).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.document import WorkshopDocument
from ui.people.privacy_notice import RETENTION_KEY, notice
from ui.text.messages import describe
from ui.text.people import person_report
from workshop.errors import WorkshopError
from workshop.history import Change
from workshop.people.order import person_key
from workshop.people.privacy import (
    DEFAULT_RETENTION_MONTHS,
    contacts_to_delete,
    erase_everywhere,
    forget_contacts_everywhere,
    workshop_age_months,
)
from workshop.storage.atomic import write_atomic
from ui.i18n import fill


class PrivacyDialog(QDialog):
    """One place for a person's data and the contacts retention."""

    def __init__(self, document: WorkshopDocument, settings=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.last_message = ""
        self._build()
        self.translate_ui()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)  # scales with the font
        self.refresh()
        document.changed.connect(self.refresh)

    def _build(self) -> None:
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.person_box = QGroupBox()
        self.person_label = QLabel()
        self.person_combo = QComboBox()
        self.person_label.setBuddy(self.person_combo)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_person)
        self.erase_button = QPushButton()
        self.erase_button.clicked.connect(self.erase_person)
        row = QHBoxLayout()
        row.addWidget(self.person_label)
        row.addWidget(self.person_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(self.person_box)
        inner.addLayout(row)
        inner.addLayout(buttons)
        self.retention_box = QGroupBox()
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, 120)
        self.months_spin.setValue(self._stored_months())
        self.months_spin.valueChanged.connect(self._months_changed)
        self.proposal = QLabel()
        self.proposal.setWordWrap(True)
        self.forget_button = QPushButton()
        self.forget_button.clicked.connect(self.forget_contacts)
        form = QFormLayout(self.retention_box)
        self.months_label = QLabel()
        self.months_label.setBuddy(self.months_spin)
        form.addRow(self.months_label, self.months_spin)
        form.addRow(self.proposal)
        form.addRow(self.forget_button)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.notice, self.person_box, self.retention_box, self.close_buttons):
            layout.addWidget(widget)

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Données personnelles"))
        self.notice.setText(notice())
        self.person_box.setTitle(self.tr("Une personne"))
        self.person_label.setText(self.tr("&Personne :"))
        self.person_combo.setAccessibleName(self.tr("Personne concernée"))
        self.export_button.setText(self.tr("E&xporter ce qui est gardé sur elle…"))
        self.erase_button.setText(self.tr("&Effacer cette personne…"))
        self.erase_button.setToolTip(self.tr(
            "Retire la personne de l'atelier et de toutes les sauvegardes. "
            "Ne peut pas être annulé."))
        self.retention_box.setTitle(self.tr("Conservation des contacts"))
        self.months_label.setText(self.tr("&Garder les contacts pendant :"))
        self.months_spin.setSuffix(self.tr(" mois"))
        self.months_spin.setAccessibleName(self.tr("Durée de conservation des contacts en mois"))
        self.forget_button.setText(self.tr("&Supprimer ces contacts…"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # -- state ----------------------------------------------------------------------
    def refresh(self, *_changes) -> None:
        current = self.person_combo.currentData()
        self.person_combo.clear()
        people = sorted(self.document.workshop.participants, key=person_key)
        for person in people:
            self.person_combo.addItem(f"{person.full_name} ({person.id})", person.id)
        index = self.person_combo.findData(current)
        self.person_combo.setCurrentIndex(max(index, 0))
        has_people = bool(people)
        self.export_button.setEnabled(has_people)
        self.erase_button.setEnabled(has_people and not self.document.read_only)
        self._update_proposal()

    def _stored_months(self) -> int:
        return self.stored_months(self.settings)

    @staticmethod
    def stored_months(settings) -> int:
        if settings is None:
            return DEFAULT_RETENTION_MONTHS
        try:
            return int(settings.value(RETENTION_KEY, DEFAULT_RETENTION_MONTHS))
        except (TypeError, ValueError):
            return DEFAULT_RETENTION_MONTHS

    def _months_changed(self, months: int) -> None:
        if self.settings is not None:
            self.settings.set_value(RETENTION_KEY, months)
        self._update_proposal()

    def proposed(self) -> list[str]:
        return contacts_to_delete(self.document.workshop, self.months_spin.value())

    def _update_proposal(self) -> None:
        ws = self.document.workshop
        pids = self.proposed()
        age = workshop_age_months(ws)
        if age is None:
            when = self.tr("date de l'atelier non renseignée")
        elif age < 0:
            when = self.tr("l'atelier n'a pas encore eu lieu")
        else:
            when = self.tr("atelier d'il y a {n} mois").format(n=QLocale().toString(age))
        if pids:
            names = ", ".join(ws.participant(pid).full_name for pid in pids)
            text = self.tr("Contacts proposés à la suppression ({when}) : {names}.").format(
                when=when, names=names)
        else:
            text = self.tr("Aucun contact à supprimer ({when}).").format(when=when)
        self.proposal.setText(text)
        self.forget_button.setEnabled(bool(pids) and not self.document.read_only)

    # -- actions ------------------------------------------------------------------------
    def confirm(self, title: str, text: str, action: str) -> bool:
        """Ask before an irreversible step; Cancel is the default."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        go = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        return box.clickedButton() is go

    def inform(self, title: str, text: str) -> None:
        self.last_message = text
        QMessageBox.information(self, title, text)

    def erase_person(self) -> bool:
        pid = self.person_combo.currentData()
        person = self.document.workshop.participant(pid) if pid else None
        if person is None:
            return False
        text = self.tr(
            "Effacer définitivement {name} ?\n\n"
            "La personne sera retirée de l'atelier (liste, tables, plans de table, actions ; "
            "ses votes restent comptés sans son nom) et de toutes les sauvegardes de ce "
            "fichier. Seul un compte anonyme par catégorie est gardé.\n\n"
            "Cet effacement ne peut pas être annulé : Ctrl+Z ne le défait pas, et "
            "l'historique des modifications qui la contient est effacé.\n\n"
            "Les documents exportés par l'application sont supprimés s'ils sont encore là où "
            "elle les a écrits ; ceux imprimés, copiés, déplacés ou modifiés depuis ne "
            "peuvent pas l'être.").format(name=person.full_name)
        if not self.confirm(self.tr("Effacer une personne"), text,
                            self.tr("Effacer définitivement")):
            return False
        self.document.flush()  # no older state of the file may be written after this
        try:
            report = erase_everywhere(self.document.workshop, self.document.store, pid)
        except (WorkshopError, OSError) as exc:
            self._failed(exc)
            return False
        self._irreversible_done(report.identity.held_by)
        done = fill(self.tr("{name} a été effacé·e de l'atelier et de {n} {n|sauvegarde|sauvegardes}."), 
            name=person.full_name, n=len(report.backups_cleaned) + len(report.backups_deleted))
        if report.exports_deleted:
            done += "\n\n" + fill(self.tr("{n} {n|document exporté supprimé|documents exportés supprimés}."), 
                n=len(report.exports_deleted))
        if report.photos_deleted:
            done += "\n\n" + fill(self.tr(
                "{n} {n|photo de nappe où l'on pouvait la reconnaître supprimée|photos de nappe "
                "où l'on pouvait la reconnaître supprimées}."), n=len(report.photos_deleted))
        if report.exports_unreachable:
            done += "\n\n" + self.tr(
                "Hors d'atteinte (déplacés, modifiés ou sur un support absent) : supprimez-les "
                "vous-même s'ils la nomment :") + "\n" + _paths(report.exports_unreachable)
        if report.mentions:
            done += "\n\n" + fill(self.tr(
                "Son nom apparaît peut-être encore dans {n} {n|texte libre|textes libres} (idées, "
                "remarques) : relisez-les."), n=len(report.mentions))
        self.inform(self.tr("Personne effacée"), done)
        return True

    def forget_contacts(self) -> int:
        pids = self.proposed()
        if not pids or not self.confirm(
                self.tr("Supprimer des contacts"),
                fill(self.tr("Supprimer les courriels et téléphones de {n} {n|personne|personnes}, ici et "
                        "dans les sauvegardes ? Cela ne peut pas être annulé."), 
                    n=len(pids)),
                self.tr("Supprimer les contacts")):
            return 0
        ws = self.document.workshop
        contacts = {value for p in ws.participants if p.id in pids
                    for value in (p.email, p.phone) if value}
        self.document.flush()  # no older state of the file may be written after this
        try:
            count = forget_contacts_everywhere(ws, self.document.store, pids)
        except (WorkshopError, OSError) as exc:
            self._failed(exc)
            return 0
        self._irreversible_done(lambda value: isinstance(value, str) and value in contacts)
        self.inform(self.tr("Contacts supprimés"),
                    fill(self.tr("Contacts supprimés pour {n} {n|personne|personnes}."), n=count))
        return count

    def _irreversible_done(self, held) -> None:
        # No undo step may bring the data back: the history that holds it goes
        # (with everything older); the views and the file follow.
        self.document.forget(held)
        self.document.announce(Change.of("participants", "tables", "rotation", "votes", "plan",
                                         "ideas"))
        self.document.flush()

    def _failed(self, exc: Exception) -> None:
        text = describe(exc) if isinstance(exc, WorkshopError) else str(exc)
        self.last_message = text
        QMessageBox.warning(self, self.tr("Impossible"), text)

    def export_person(self) -> Path | None:
        pid = self.person_combo.currentData()
        person = self.document.workshop.participant(pid) if pid else None
        if person is None:
            return None
        folder = self.document.path.parent if self.document.path else Path.home()
        start = folder / self.tr("donnees-{name}.txt").format(
            name="-".join(person.full_name.split()))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Exporter les données"),
                                              str(start), self.tr("Texte (*.txt)"))
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".txt")
        try:
            write_atomic(path, person_report(self.document.workshop, pid).encode("utf-8"))
        except OSError as exc:
            self._failed(exc)
            return None
        self.last_message = str(path)
        return path


def _paths(paths: list[Path], shown: int = 8) -> str:
    """A few paths, one per line, then how many more."""
    lines = [f"• {p}" for p in paths[:shown]]
    if len(paths) > shown:
        lines.append(f"… (+{len(paths) - shown})")
    return "\n".join(lines)
