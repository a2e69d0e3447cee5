"""Extension: the « Données personnelles » menu.

Erase a person (from the workshop and every backup), export what is held
about one person, forget contacts past the retention period, and a short
data notice.  Erasing and forgetting are deliberately *not* undoable: an
undo step would keep the data in memory, so the undo history is cleared
and the dialog says so before anything happens.

The dialog (:mod:`ui.people.privacy_dialog`) is imported when first
opened; the composition root asks for the status-bar reminder just after
the window's first paint.
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMenu, QWidget

from ui.parts import Entry
from ui.people.privacy_notice import notice
from ui.services import Services
from ui.i18n import fill

if typing.TYPE_CHECKING:
    from ui.people.privacy_dialog import PrivacyDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


class PrivacyActions(QObject):
    """The menu, its texts, and the retention reminder."""

    def __init__(self, services: Services, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.services = services
        self.window = parent_widget
        self.menu = QMenu(parent_widget)
        self.menu.setObjectName("menu_privacy")
        self.manage = self.menu.addAction("", self.open_dialog)
        self.about = self.menu.addAction("", self.show_notice)
        self.dialog: PrivacyDialog | None = None
        services.document.changed.connect(self._on_changed)
        self.translate_ui()

    def entries(self) -> list[Entry]:
        return [Entry("menubar", self.menu)]

    def translate_ui(self) -> None:
        self.menu.setTitle(tr("Données &personnelles"))
        self.manage.setText(tr("&Gérer les données personnelles…"))
        self.about.setText(tr("&Notice sur les données"))

    def _on_changed(self, changes: frozenset[str]) -> None:
        if "all" in changes:  # another workshop was opened
            self.remind()

    def remind(self) -> str:
        """A status-bar reminder when contacts are past the retention period."""
        ws = self.services.document.workshop
        from ui.people.privacy_dialog import PrivacyDialog
        from workshop.people.privacy import contacts_to_delete, workshop_age_months

        months = PrivacyDialog.stored_months(self.services.settings)
        age = workshop_age_months(ws)
        due = contacts_to_delete(ws, months) if age is not None and age >= months else []
        if not due:
            return ""
        text = fill(tr("Cet atelier a plus de {months} mois : {n} {n|contact|contacts} à supprimer "
                  "(menu Données personnelles)."), months=months, n=len(due))
        self.services.say(text, 30000)
        return text

    def open_dialog(self) -> PrivacyDialog:
        if self.dialog is None:
            from ui.people.privacy_dialog import PrivacyDialog

            self.dialog = PrivacyDialog(self.services.document, self.services.settings,
                                        self.window)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def show_notice(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, tr("Données personnelles"), notice())
