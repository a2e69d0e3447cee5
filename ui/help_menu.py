"""The Help menu's « À propos » box (an extension, :mod:`ui.parts`).

Besides the version and the data notice, the box says where this computer
keeps the workshops, the app's data, the settings and the log file
(:mod:`ui.paths`), each a link that opens it: what a facilitator needs to
find a workshop or to send the log when something went wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP
from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ui import paths
from ui.parts import Entry
from workshop import __version__

PLACE_NAMES = {
    "workshops": NOOP("HelpMenu", "Ateliers :"),
    "data": NOOP("HelpMenu", "Données de l'application :"),
    "settings": NOOP("HelpMenu", "Réglages :"),
    "log": NOOP("HelpMenu", "Journal (à joindre pour signaler un problème) :"),
}


class HelpMenu(QObject):
    """« À propos de Café Conversation »: the version, the data notice, the places."""

    def __init__(self, parent_widget: QWidget,
                 places: Callable[[], list[tuple[str, Path]]] = paths.places) -> None:
        super().__init__(parent_widget)
        self.window = parent_widget
        self.places = places
        self.act_about = QAction(parent_widget)
        self.act_about.triggered.connect(lambda _checked=False: self.about())

    def entries(self) -> list[Entry]:
        return [Entry("help", self.act_about)]

    def translate_ui(self) -> None:
        self.act_about.setText(self.tr("À &propos de Café Conversation"))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs on first use: a quicker start

        QMessageBox.about(self.window, self.tr("À propos"), self.text())

    def text(self) -> str:
        """The box's rich text, the places as links."""
        places = "".join(
            f"<p>{escape(self.tr(PLACE_NAMES[key]))}<br>"
            f"<a href=\"{escape(QUrl.fromLocalFile(str(path)).toString())}\">"
            f"{escape(str(path))}</a></p>"
            for key, path in self.places())
        return self.tr(
            "<h3>Café Conversation {version}</h3>"
            "<p>Préparer et animer un World Café : plans de table, minuteur, votes, "
            "programmation annuelle.</p>"
            "<p><b>Données personnelles</b> : les noms et contacts restent sur cet "
            "ordinateur, dans le fichier de l'atelier et ses sauvegardes. Les contacts ne "
            "sont gardés qu'avec le consentement de la personne, pour le suivi des actions "
            "seulement ; une personne peut être effacée à tout moment.</p>"
        ).format(version=__version__) + "<p><b>{}</b></p>{}".format(
            escape(self.tr("Sur cet ordinateur")), places)
