"""The Help menu's « À propos » box (an extension, :mod:`ui.parts`)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ui.parts import Entry
from workshop import __version__


class HelpMenu(QObject):
    """« À propos de Café Conversation »: the version and the data notice."""

    def __init__(self, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.window = parent_widget
        self.act_about = QAction(parent_widget)
        self.act_about.triggered.connect(lambda _checked=False: self.about())

    def entries(self) -> list[Entry]:
        return [Entry("help", self.act_about)]

    def translate_ui(self) -> None:
        self.act_about.setText(self.tr("À &propos de Café Conversation"))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs on first use: a quicker start

        QMessageBox.about(self.window, self.tr("À propos"), self.tr(
            "<h3>Café Conversation {version}</h3>"
            "<p>Préparer et animer un World Café : plans de table, minuteur, votes, "
            "programmation annuelle.</p>"
            "<p><b>Données personnelles</b> : les noms et contacts restent sur cet "
            "ordinateur, dans le fichier de l'atelier et ses sauvegardes. Les contacts ne "
            "sont gardés qu'avec le consentement de la personne, pour le suivi des actions "
            "seulement ; une personne peut être effacée à tout moment.</p>"
        ).format(version=__version__))
