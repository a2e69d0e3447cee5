"""The personal-data notice and the retention setting's key.

Shared by the « Données personnelles » menu and its dialog, apart from both
so that neither imports the other's module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

RETENTION_KEY = "privacy/retention_months"


def notice() -> str:
    return QCoreApplication.translate("Privacy",
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
