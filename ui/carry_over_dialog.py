"""« Nouvel atelier depuis l'an dernier… »: choose last year's file, then what comes over.

Last year's file is only read (:func:`workshop.carry_over.read_last_year`).
The dialog says what the new workshop would receive (the people who agreed
to be kept, the others as counts only, the actions for the bilan) and lets
the facilitator leave the organisation, the residence, the themes, the
tables or the people behind.  Static file dialogs are the module's
functions, so tests replace them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.file_actions import FILTER
from workshop import carry_over
from workshop.model import Workshop
from ui.i18n import fill


def tr(text: str) -> str:
    return QCoreApplication.translate("CarryOverDialog", text)


def ask_last_year(parent: QWidget, folder: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, tr("Atelier de l'an dernier"), str(folder),
                                          QCoreApplication.translate("FileActions", FILTER))
    return Path(name) if name else None


class CarryOverDialog(QDialog):
    """What to take from last year's workshop; :meth:`options` once accepted."""

    def __init__(self, last: Workshop, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Nouvel atelier depuis l'an dernier"))
        seen = carry_over.preview(last)
        intro = QLabel(tr(
            "« {title} » ({name}) reste tel quel : il est seulement lu.").format(
            title=last.title, name=source.name))
        intro.setWordWrap(True)
        self.checks: dict[str, QCheckBox] = {}
        texts = {
            "organisation": tr("L'&organisation : {}").format(last.organisation or "—"),
            "residence": tr("La &résidence et le lieu : {}").format(last.place or "—"),
            "themes": tr("Les &thèmes ({})").format(seen.themes),
            "tables": tr("Les t&ables ({})").format(seen.tables),
            "people": tr("Les &personnes d'accord pour être gardées ({kept}) ; les {left} "
                         "autres ne laissent qu'un décompte sans nom").format(
                kept=seen.kept, left=seen.left),
        }
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(tr("Reprendre :")))
        for part in carry_over.PARTS:
            box = QCheckBox(texts[part])
            box.setChecked(True)
            self.checks[part] = box
            layout.addWidget(box)
        bilan = QLabel(fill(tr("Ses {count} {count|action|actions} de la programmation {year} deviennent le bilan "
                          "de ce nouvel atelier, avec leur statut et leur historique."), 
            count=seen.actions, year=seen.year))
        bilan.setWordWrap(True)
        layout.addWidget(bilan)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Créer l'atelier…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def options(self) -> carry_over.CarryOptions:
        return carry_over.CarryOptions().without(
            *[part for part, box in self.checks.items() if not box.isChecked()])
