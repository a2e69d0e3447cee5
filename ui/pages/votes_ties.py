"""The tie panel of the votes page: one box per tie at a cut-off.

An open tie offers the two ways the field uses: a run-off vote among the
tied (type the new dots, « Valider le second vote ») or a decision (tick
the kept ones, give the reason, « Enregistrer la décision »).  A settled
tie says how it was settled and can be reopened.  Every button is one
undoable change of the document.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.document import WorkshopDocument
from ui.text.messages import describe
from workshop.votes import results as vote_results
from workshop.errors import WorkshopError
from workshop.votes.results import Results, TieResult
from ui.i18n import fill


class TieBox(QGroupBox):
    """One tie: what is tied and the controls to settle or reopen it."""

    def __init__(self, document: WorkshopDocument, tie: TieResult, theme_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.tie = tie
        self.counts: dict[str, QLineEdit] = {}
        self.choices: dict[str, QCheckBox] = {}
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        if tie.stage == "themes":
            what = self.tr("Égalité à la limite des thèmes retenus")
        elif tie.stage == "laureates":
            what = self.tr("Égalité à la limite des projets lauréats")
        else:
            what = self.tr("Égalité à la limite des actions du thème « {theme} »").format(
                theme=theme_title)
        self.setTitle(what)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(self.tr(
            "{count} ex æquo à {dots} {dots|gommette|gommettes} pour {places} {places|place|places} :"), 
                count=len(tie.tied), dots=tie.dots, places=tie.places)))
        if tie.settled:
            self._build_settled(layout)
        else:
            self._build_open(layout)
        layout.addWidget(self.problem)

    def _build_settled(self, layout: QVBoxLayout) -> None:
        labels = dict(zip(self.tie.tied, self.tie.labels))
        if self.tie.method == "runoff":
            detail = ", ".join("{} : {}".format(labels[i], n) for i, n in self.tie.runoff.items())
            how = self.tr("Départagé par un second vote ({detail}).").format(detail=detail)
        else:
            how = self.tr("Départagé par une décision.")
        kept = ", ".join(labels[i] for i in self.tie.chosen)
        text = how + " " + self.tr("Retenu : {kept}.").format(kept=kept)
        if self.tie.reason:
            text += " " + self.tr("Raison : {reason}").format(reason=self.tie.reason)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reopen_button = QPushButton(self.tr("Rouvrir cette égalité"))
        self.reopen_button.clicked.connect(self.reopen)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reopen_button)
        layout.addLayout(row)

    def _build_open(self, layout: QVBoxLayout) -> None:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Second vote")), 0, 1)
        grid.addWidget(QLabel(self.tr("ou décision")), 0, 2)
        for row, (ident, label) in enumerate(zip(self.tie.tied, self.tie.labels), start=1):
            name = QLabel(label)
            name.setWordWrap(True)
            count = QLineEdit()
            count.setMaximumWidth(count.fontMetrics().horizontalAdvance("0") * 8)
            count.setAccessibleName(self.tr("Gommettes du second vote pour « {idea} »").format(
                idea=label))
            choice = QCheckBox(self.tr("retenir"))
            choice.setAccessibleName(self.tr("Retenir « {idea} »").format(idea=label))
            self.counts[ident], self.choices[ident] = count, choice
            grid.addWidget(name, row, 0)
            grid.addWidget(count, row, 1)
            grid.addWidget(choice, row, 2)
        grid.setColumnStretch(0, 1)
        layout.addLayout(grid)
        self.runoff_button = QPushButton(self.tr("Valider le &second vote"))
        self.runoff_button.clicked.connect(self.settle_by_runoff)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("raison de la décision (elle figurera au compte rendu)"))
        self.reason.setAccessibleName(self.tr("Raison de la décision"))
        self.decision_button = QPushButton(self.tr("Enregistrer la &décision"))
        self.decision_button.clicked.connect(self.settle_by_decision)
        row = QHBoxLayout()
        row.addWidget(self.runoff_button)
        row.addSpacing(24)
        row.addWidget(self.reason, 1)
        row.addWidget(self.decision_button)
        layout.addLayout(row)

    def _apply(self, text: str, change) -> None:
        try:
            self.document.apply(text, change)
        except WorkshopError as exc:
            self.problem.setText(describe(exc))

    def settle_by_runoff(self) -> None:
        counts = {i: field.text() for i, field in self.counts.items()}
        tie = self.tie
        self._apply(self.tr("Départager par un second vote"),
                    lambda ws: vote_results.settle_by_runoff(ws, tie, counts))

    def settle_by_decision(self) -> None:
        chosen = [i for i, box in self.choices.items() if box.isChecked()]
        reason, tie = self.reason.text(), self.tie
        self._apply(self.tr("Départager par une décision"),
                    lambda ws: vote_results.settle_by_decision(ws, tie, chosen, reason))

    def reopen(self) -> None:
        decision = self.tie.decision
        self._apply(self.tr("Rouvrir une égalité"), lambda ws: vote_results.reopen(ws, decision))



class TiesPanel(QWidget):
    """Every tie of the current results, open ones first."""

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.boxes: list[TieBox] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.summary)

    def show_results(self, res: Results) -> None:
        for box in self.boxes:
            box.setParent(None)
            box.deleteLater()
        titles = {t.id: t.title for t in res.themes}
        ties = sorted(res.ties, key=lambda t: t.settled)
        self.boxes = [TieBox(self.document, t, titles.get(t.theme, ""), self) for t in ties]
        for box in self.boxes:
            self.layout_.addWidget(box)
        if not res.ties:
            self.summary.setText(self.tr("Aucune égalité à la limite : le classement suffit."))
        elif res.pending:
            self.summary.setText(fill(self.tr(
                "<b>{n} {n|égalité|égalités} à départager</b> : rien n'est tranché sans vous."), 
                    n=len(res.pending)))
        else:
            self.summary.setText(self.tr("Toutes les égalités sont départagées."))
