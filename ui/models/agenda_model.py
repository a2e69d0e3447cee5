"""The Déroulé steps as a Qt table: kind, title, minutes, planned time.

Its strings stay in the ``AgendaPage`` translation context (where the English
catalogue files them).  Edits are undoable changes of the document; a refused
one is announced by :attr:`AgendaModel.refused` with its sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QSpinBox, QStyledItemDelegate

from ui.document import WorkshopDocument
from ui.text.messages import describe
from workshop import agenda
from workshop.errors import WorkshopError
from workshop.model import STEP_KINDS

KIND_LABELS = {
    "welcome": NOOP("AgendaPage", "Accueil"),
    "introduction": NOOP("AgendaPage", "Introduction"),
    "round": NOOP("AgendaPage", "Tour"),
    "transition": NOOP("AgendaPage", "Changement de table"),
    "plenary": NOOP("AgendaPage", "Plénière / synthèse"),
    "vote": NOOP("AgendaPage", "Vote"),
    "closing": NOOP("AgendaPage", "Clôture"),
    "bilan": NOOP("AgendaPage", "Bilan de l'an dernier"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("AgendaPage", KIND_LABELS.get(kind, kind))


def default_titles() -> dict[str, str]:
    tr = lambda text: QCoreApplication.translate("AgendaPage", text)  # noqa: E731
    return {"welcome": tr("Accueil"), "introduction": tr("Introduction"),
            "round": tr("Tour {n}"), "transition": tr("Changement de table"),
            "plenary": tr("Synthèse"), "vote": tr("Vote"), "closing": tr("Clôture"),
            "bilan": tr("Bilan de l'année écoulée")}


class AgendaModel(QAbstractTableModel):
    """The steps: kind, title, minutes, planned time; edits are undoable."""

    COLUMNS = (NOOP("AgendaPage", "Type"), NOOP("AgendaPage", "Titre"),
               NOOP("AgendaPage", "Durée (min)"), NOOP("AgendaPage", "Heure prévue"))

    #: an edit was refused: its sentence for the facilitator ("" once one succeeds)
    refused = Signal(str)

    def __init__(self, document: WorkshopDocument, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.current = -1
        self._rows = len(self.steps)

    @property
    def steps(self):
        return self.document.workshop.agenda

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.steps)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("AgendaPage", self.COLUMNS[section])
        return None

    def flags(self, index: QModelIndex):
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() < 3 else flags

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        step = self.steps[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return step.kind if role == Qt.ItemDataRole.EditRole else kind_label(step.kind)
            if col == 1:
                return step.title
            if col == 2:
                return step.minutes
            return agenda.planned_clock(self.document.workshop, index.row())
        if role == Qt.ItemDataRole.FontRole and index.row() == self.current:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def setData(self, index: QModelIndex, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole:
            return False
        step_id = self.steps[index.row()].id
        field = ("kind", "title", "minutes")[index.column()]
        text = QCoreApplication.translate("AgendaPage", "Modifier l'étape")
        try:
            self.document.apply(text, lambda ws: agenda.update_step(ws, step_id, **{field: value}))
        except WorkshopError as exc:
            self.refused.emit(describe(exc))
            return False
        self.refused.emit("")
        return True

    def reload(self, current: int) -> None:
        """Redraw; a full reset only when rows came or went (keeps selection and editors)."""
        self.current = current
        if self._rows != len(self.steps):
            self.beginResetModel()
            self._rows = len(self.steps)
            self.endResetModel()
        elif self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, 3))


class AgendaDelegate(QStyledItemDelegate):
    """A list of kinds for the type, 1–600 for the minutes."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        if index.column() == 0:
            combo = QComboBox(parent)
            for kind in STEP_KINDS:
                combo.addItem(kind_label(kind), kind)
            return combo
        if index.column() == 2:
            spin = QSpinBox(parent)
            spin.setRange(1, agenda.MAX_MINUTES)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)
