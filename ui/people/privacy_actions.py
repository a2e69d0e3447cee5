"""Extension: the "Données personnelles" menu and dialog.

Erase a person (from the workshop and every backup), export what is held
about one person, forget contacts past the retention period, and a short
data notice.  Erasing and forgetting are deliberately *not* undoable: an
undo step would keep the data in memory, so the undo history is cleared
and the dialog says so before anything happens.

The dialog lives in :mod:`ui.people.privacy_dialog`, imported when first opened
(``ui.people.privacy_actions.PrivacyDialog`` still names it); the status-bar reminder
is computed just after the window's first paint.
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QCoreApplication, QEvent, QObject

if typing.TYPE_CHECKING:
    from ui.people.privacy_dialog import PrivacyDialog

RETENTION_KEY = "privacy/retention_months"


def tr(text: str) -> str:
    return QCoreApplication.translate("Privacy", text)


def notice() -> str:
    return tr(
        "<p><b>Données personnelles.</b> Les noms, catégories et besoins des participant·es "
        "restent sur cet ordinateur, dans le fichier de l'atelier et ses sauvegardes "
        "(lisibles par vous seul·e). Le nom et la catégorie suffisent ; courriel et téléphone "
        "ne sont gardés qu'avec l'accord de la personne, pour le suivi des actions "
        "seulement.</p>"
        "<p>Une personne peut demander ce qui est gardé sur elle (export) ou son effacement "
        "(atelier et sauvegardes ; seul un compte anonyme par catégorie reste). Les "
        "contacts sont proposés à la suppression après la durée de conservation choisie. "
        "Les documents publics (restitution) peuvent être produits sans aucun nom ; le "
        "projecteur montre le prénom et l'initiale.</p>")


class PrivacyActions(QObject):
    """The menu and its texts."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.menuBar().addMenu("")
        help_menu = window.menus.get("help")
        if help_menu is not None:  # before Aide, where menus usually end
            window.menuBar().insertMenu(help_menu.menuAction(), self.menu)
        self.manage = self.menu.addAction("", self.open_dialog)
        self.about = self.menu.addAction("", self.show_notice)
        self.dialog: PrivacyDialog | None = None
        window.installEventFilter(self)
        window.document.changed.connect(self._on_changed)
        self.translate_ui()
        # The reminder can wait for the first paint (its message is a status-bar line).
        later = getattr(window, "after_first_paint", None)
        if later is None:
            self.remind()
        else:
            later(self.remind)

    def translate_ui(self) -> None:
        self.menu.setTitle(tr("Données &personnelles"))
        self.manage.setText(tr("&Gérer les données personnelles…"))
        self.about.setText(tr("&Notice sur les données"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        return False

    def _on_changed(self, changes: frozenset[str]) -> None:
        if "all" in changes:  # another workshop was opened
            self.remind()

    def remind(self) -> str:
        """A status-bar reminder when contacts are past the retention period."""
        ws = self.window.document.workshop
        from ui.people.privacy_dialog import PrivacyDialog
        from workshop.people.privacy import contacts_to_delete, workshop_age_months

        months = PrivacyDialog.stored_months(getattr(self.window, "settings", None))
        age = workshop_age_months(ws)
        due = contacts_to_delete(ws, months) if age is not None and age >= months else []
        if not due:
            return ""
        text = tr("Cet atelier a plus de {months} mois : {n} contact(s) à supprimer "
                  "(menu Données personnelles).").format(months=months, n=len(due))
        self.window.statusBar().showMessage(text, 30000)
        return text

    def open_dialog(self) -> PrivacyDialog:
        if self.dialog is None:
            from ui.people.privacy_dialog import PrivacyDialog

            self.dialog = PrivacyDialog(self.window.document,
                                        getattr(self.window, "settings", None), self.window)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def show_notice(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.window, tr("Données personnelles"), notice())


def install(window) -> PrivacyActions:
    actions = PrivacyActions(window)
    window.menus["privacy"] = actions.menu
    window.privacy = actions
    return actions


def __getattr__(name: str):
    """``from ui.people.privacy_actions import PrivacyDialog`` still works, importing it only then."""
    if name == "PrivacyDialog":
        from ui.people.privacy_dialog import PrivacyDialog

        return PrivacyDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
