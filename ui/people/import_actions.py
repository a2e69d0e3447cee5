"""Extension: import participants from a spreadsheet, export the list as CSV.

``install(window)`` adds both actions to the File menu and a button entry
point: the participants page gets them if it offers ``add_entry_action``,
otherwise a small "Participant·es" tool bar carries them.
"""

from __future__ import annotations

import typing
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction

if typing.TYPE_CHECKING:
    from PySide6.QtWidgets import QToolBar


def tr(text: str) -> str:
    return QCoreApplication.translate("PeopleImport", text)


class PeopleImportActions(QObject):
    """The two actions, their texts, and what they do."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.import_action = QAction(window)
        self.import_action.setObjectName("action_import_people")
        self.import_action.triggered.connect(self.import_people)
        self.export_action = QAction(window)
        self.export_action.setObjectName("action_export_people")
        self.export_action.triggered.connect(self.export_list)
        self.toolbar: QToolBar | None = None
        window.installEventFilter(self)
        self.translate_ui()

    def translate_ui(self) -> None:
        self.import_action.setText(tr("&Importer des participant·es…"))
        self.import_action.setToolTip(tr("Ajouter des participant·es depuis un tableur "
                                         "(CSV ou Excel .xlsx)"))
        self.export_action.setText(tr("E&xporter la liste (CSV)…"))
        self.export_action.setToolTip(tr("Enregistrer la liste des participant·es pour Excel"))
        if self.toolbar is not None:
            self.toolbar.setWindowTitle(tr("Participant·es"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        return False

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

        dialog = PeopleImportDialog(self.window.document, path, self.window)
        dialog.accepted.connect(lambda: self._imported(dialog))
        dialog.open()
        return dialog

    def _imported(self, dialog) -> None:
        result = dialog.result
        if result is None:
            return
        self.window.statusBar().showMessage(
            tr("{n} participant·e(s) importé·e(s) (Ctrl+Z pour annuler).").format(
                n=len(result.added)), 10000)
        pages = getattr(self.window, "pages", {})
        if "participants" in pages:
            self.window.show_page("participants")

    def export_list(self) -> Path | None:
        doc = self.window.document
        start = doc.path.with_name(doc.path.stem + "-participants.csv") if doc.path else ""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getSaveFileName(self.window, tr("Exporter la liste"), str(start),
                                              tr("CSV pour Excel (*.csv)"))
        if not name:
            return None
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".csv")
        contacts = any(p.consent_contact and (p.email or p.phone)
                       for p in doc.workshop.participants) and self._ask_contacts()
        from workshop.people.export import write_list_csv  # on first use: a quicker start

        try:
            write_list_csv(doc.workshop, path, include_contacts=contacts)
        except OSError as exc:
            QMessageBox.warning(self.window, tr("Export impossible"), tr(
                "Impossible d'écrire « {name} » : {detail}.").format(
                name=path.name, detail=exc.strerror or str(exc)))
            return None
        self.window.statusBar().showMessage(tr("Liste enregistrée : {path}").format(
            path=path), 10000)
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


def install(window) -> PeopleImportActions:
    actions = PeopleImportActions(window)
    menu = window.menus["file"]
    before = getattr(window, "act_quit", None)
    for action in (actions.import_action, actions.export_action):
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
    if before is not None:
        menu.insertSeparator(before)
    pages = getattr(window, "pages", None)
    if hasattr(pages, "when_built"):
        def add(page):
            page.add_entry_action(actions.import_action)
            page.add_entry_action(actions.export_action)
        pages.when_built("participants", add)
    else:
        bar = window.addToolBar("")
        bar.setObjectName("toolbar_people")
        bar.addAction(actions.import_action)
        bar.addAction(actions.export_action)
        actions.toolbar = bar
        actions.translate_ui()
    window.people_import = actions
    return actions
