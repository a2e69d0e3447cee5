"""The participants as a table: name, category, residence, needs, check-in, notes.

Contacts are not columns: the page shows them for the selected person only,
and only when that person agreed to be contacted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP

from ui.models.table_model import Column, DomainTableModel
from workshop import editing
from workshop.model import CATEGORIES

CATEGORY_LABELS = {
    "locataire": NOOP("Categories", "locataire"),
    "accédant": NOOP("Categories", "accédant"),
    "salarié": NOOP("Categories", "salarié"),
    "partenaire": NOOP("Categories", "partenaire"),
    "élu": NOOP("Categories", "élu"),
    "autre": NOOP("Categories", "autre"),
}


def category_label(code: str) -> str:
    label = CATEGORY_LABELS.get(code)
    return QCoreApplication.translate("Categories", label) if label else code


def category_choices() -> list[tuple[str, object]]:
    return [(category_label(code), code) for code in CATEGORIES]


class ParticipantsModel(DomainTableModel):
    context = "ParticipantsModel"
    watches = frozenset({"participants"})
    section = "participants"
    columns = [
        Column("first_name", NOOP("ParticipantsModel", "Prénom")),
        Column("last_name", NOOP("ParticipantsModel", "Nom")),
        Column("category", NOOP("ParticipantsModel", "Catégorie"), "choice"),
        Column("residence", NOOP("ParticipantsModel", "Résidence")),
        Column("needs_accessible", NOOP("ParticipantsModel", "Table accessible"), "check"),
        Column("needs", NOOP("ParticipantsModel", "Besoin particulier")),
        Column("present", NOOP("ParticipantsModel", "Présent·e"), "check"),
        Column("notes", NOOP("ParticipantsModel", "Notes")),
        # agreed to be carried into next year's workshop; off: only a count goes
        Column("keep_next_year", NOOP("ParticipantsModel", "Gardé·e l'an prochain"), "check"),
    ]

    def items(self) -> list:
        return self.document.workshop.participants

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal \
                and self.columns[section].key == "keep_next_year":
            return self.tr("A accepté d'être repris·e dans l'atelier de l'an prochain ; sans "
                           "cet accord, seul un décompte sans nom y passe.")
        return super().headerData(section, orientation, role)

    @classmethod
    def column_of(cls, key: str) -> int:
        return next(i for i, column in enumerate(cls.columns) if column.key == key)

    def display(self, item, key: str) -> str:
        if key == "category":
            return category_label(item.category)
        return super().display(item, key)

    def edit(self, item, key: str, value):
        name = item.full_name
        if key == "present":
            text = self.tr("Pointer « {name} » présent·e") if value \
                else self.tr("Retirer le pointage de « {name} »")
        elif key == "keep_next_year":
            text = self.tr("Garder « {name} » pour l'an prochain") if value \
                else self.tr("Ne pas garder « {name} » pour l'an prochain")
        else:
            text = self.tr("Modifier « {name} »")
        pid = item.id
        return text.format(name=name), \
            lambda ws: editing.update_participant(ws, pid, **{key: value})
