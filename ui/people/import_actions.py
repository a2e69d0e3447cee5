"""Extension: import participants from a spreadsheet, export the list as CSV.

:class:`PeopleFileActions` makes the two actions; they go in the File menu
(:meth:`entries`) and, through the composition root, as buttons on the
participants page.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ui.parts import Entry
from ui.services import Services
from ui.i18n import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("PeopleImport", text)


class PeopleFileActions(QObject):
    """The two actions, their texts, and what they do.

    ``parent_widget`` is the window the dialogs belong to.
    """

    def __init__(self, services: Services, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.services = services
        self.window = parent_widget
        self.import_action = QAction(parent_widget)
        self.import_action.setObjectName("action_import_people")
        # Not ``connect(self.import_people)``: ``triggered`` passes ``checked`` (False),
        # which would arrive as ``path``.
        self.import_action.triggered.connect(lambda: self.import_people())
        self.export_action = QAction(parent_widget)
        self.export_action.setObjectName("action_export_people")
        self.export_action.triggered.connect(lambda: self.export_list())
        self.translate_ui()

    def entries(self) -> list[Entry]:
        return [Entry("file", self.import_action), Entry("file", self.export_action)]

    def translate_ui(self) -> None:
        self.import_action.setText(tr("&Importer des participant·es…"))
        self.import_action.setToolTip(tr("Ajouter des participant·es depuis un tableur "
                                         "(CSV ou Excel .xlsx)"))
        self.export_action.setText(tr("E&xporter la liste (CSV)…"))
        self.export_action.setToolTip(tr("Enregistrer la liste des participant·es pour Excel"))

    def import_people(self, path: Path | None = None):
        """Ask for a file (unless given), then show the preview dialog."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog  # dialogs on first use: a quicker start

            name, _ = QFileDialog.getOpenFileName(
                self.window, tr("Choisir une liste de participant·es"), "",
                tr("Tableurs (*.csv *.xlsx *.txt *.tsv);;Tous les fichiers (*)"))
            if not name:
                return None
            path = Path(name)
        from ui.people.import_dialog import PeopleImportDialog

        dialog = PeopleImportDialog(self.services.document, path, self.window)
        dialog.accepted.connect(lambda: self._imported(dialog))
        dialog.open()
        return dialog

    def _imported(self, dialog) -> None:
        result = dialog.result
        if result is None:
            return
        self.services.say(
            fill(tr("{n} {n|participant·e importé·e|participant·es importé·es} (Ctrl+Z pour annuler)."), 
                n=len(result.added)))
        self.services.page_wanted.emit("participants")

    def export_list(self) -> Path | None:
        doc = self.services.document
        start = doc.path.with_name(doc.path.stem + "-participants.csv") if doc.path else ""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getSaveFileName(self.window, tr("Exporter la liste"), str(start),
                                              tr("CSV pour Excel (*.csv)"))
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".csv")
        contacts = any(p.consent_contact and (p.email or p.phone)
                       for p in doc.workshop.participants) and self._ask_contacts()
        from ui.text.people import csv_words  # on first use: a quicker start
        from workshop.people.export import write_list_csv

        try:
            # headers in the window's language (the importer reads both)
            write_list_csv(doc.workshop, path, include_contacts=contacts, words=csv_words())
        except OSError as exc:
            QMessageBox.warning(self.window, tr("Export impossible"), tr(
                "Impossible d'écrire « {name} » : {detail}.").format(
                name=path.name, detail=exc.strerror or str(exc)))
            return None
        self.services.say(tr("Liste enregistrée : {path}").format(path=path))
        return path

    def _ask_contacts(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.window, tr("Contacts"),
            tr("Inclure les courriels et téléphones des personnes qui ont accepté d'être "
               "recontactées ? Ne le faites que si la liste reste entre les mains de "
               "l'équipe qui suit les actions."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
