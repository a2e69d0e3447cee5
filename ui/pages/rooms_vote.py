"""One vote over every room: each room's counts, summed, the rule, the result.

Pick a room and type its counts in the grid (Enter: the next row); the
« Total » column adds every room.  An idea one room counted twice is shown
with buttons to keep the right count (or the sum): until then the result is
not final.  The rule is the field's (3 themes × 2 actions) or the N winning
projects; ties are settled as on the Votes page.  The combined result goes
to the projector, and the event's documents (combined restitution, rooms'
handouts) are written off the GUI thread.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import current_language
from ui.models.room_tally_model import RoomTallyModel
from ui.pages.votes_page import CountGrid
from ui.pages.votes_ties import TiesPanel
from ui.projector.ideas import close_own_window, show_on_projector
from ui.projector.results import ResultsProjector
from ui.write_worker import WriteWorker
from workshop.event.tallies import set_room_tally
from workshop.votes import ballots
from workshop.votes.results import results
from ui.i18n import fill

RULES = ("themes", "laureates")


class RoomsVoteTab(QWidget):
    def __init__(self, document, apply: Callable, projector=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.apply = apply
        self.projector = projector
        self.projected: QWidget | None = None
        self.worker: WriteWorker | None = None
        self._filling = False
        self._rooms_shown: list[tuple[str, str]] | None = None
        self._ties_shown: tuple | None = None
        self._build()
        # a QThread destroyed while running aborts the process: let it end first
        QCoreApplication.instance().aboutToQuit.connect(self.wait_for_documents)

    def _build(self) -> None:
        self.rule_label, self.rule = QLabel(), QComboBox()
        self.rule.addItems(["", ""])
        self.rule_label.setBuddy(self.rule)
        self.rule.activated.connect(lambda i: self._set("rule", RULES[i]))
        self.laureates_label, self.laureates = QLabel(), QSpinBox()
        self.laureates.setRange(*ballots.SETTING_LIMITS["laureates"])
        self.laureates_label.setBuddy(self.laureates)
        self.laureates.valueChanged.connect(lambda n: self._set("laureates", n))
        self.room_label, self.room = QLabel(), QComboBox()
        self.room_label.setBuddy(self.room)
        self.room.currentIndexChanged.connect(lambda _i: self._room_chosen())
        self.model = RoomTallyModel(self.document, self)
        self.grid = CountGrid()
        self.grid.setModel(self.model)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 120), (2, 100)):
            header.resizeSection(column, width)
        # fixed widths: fitting them to the contents would read every row at each count
        for column, width in ((3, self.fontMetrics().horizontalAdvance("Compte de la salle") + 24),
                              (4, 60)):
            header.resizeSection(column, width)
        self.grid.setWordWrap(False)
        self.grid.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.grid.verticalHeader().hide()
        self.model.recorded.connect(self.grid.count_recorded)
        self.model.problem.connect(self._say)

        self.doubles_box = QGroupBox()
        self.doubles_layout = QVBoxLayout(self.doubles_box)
        self.double_rows: list[QWidget] = []
        self.ties = TiesPanel(self.document)
        self.result_heading, self.result_list = QLabel(), QListWidget()
        self.result_heading.setWordWrap(True)
        self.result_heading.setBuddy(self.result_list)
        self.result_list.setWordWrap(True)
        self.project_button = QPushButton()
        self.project_button.clicked.connect(lambda: self.project_results())
        self.documents_button = QPushButton()
        self.documents_button.clicked.connect(lambda: self.write_documents())
        self.status = QLabel()
        self.status.setWordWrap(True)

        settings = QHBoxLayout()
        for widget in (self.rule_label, self.rule, self.laureates_label, self.laureates):
            settings.addWidget(widget)
        settings.addStretch(1)
        rooms = QHBoxLayout()
        rooms.addWidget(self.room_label)
        rooms.addWidget(self.room, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(rooms)
        left_layout.addWidget(self.grid, 1)
        right_inner = QWidget()
        right_layout = QVBoxLayout(right_inner)
        right_layout.addWidget(self.doubles_box)
        right_layout.addWidget(self.ties)
        right_layout.addWidget(self.result_heading)
        right_layout.addWidget(self.result_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.project_button)
        buttons.addWidget(self.documents_button)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.status)
        right = QScrollArea()
        right.setWidgetResizable(True)
        right.setWidget(right_inner)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([640, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addWidget(split, 1)

    def translate_ui(self) -> None:
        tr = self.tr
        self.rule_label.setText(tr("&Règle :"))
        self.rule.setItemText(0, tr("thèmes retenus × actions par thème"))
        self.rule.setItemText(1, tr("les projets lauréats"))
        self.laureates_label.setText(tr("&Nombre de lauréats :"))
        self.room_label.setText(tr("Comptes de la &salle :"))
        self.grid.setAccessibleName(tr("Comptes de gommettes de la salle"))
        self.doubles_box.setTitle(tr("Comptés deux fois par une même salle"))
        self.project_button.setText(tr("&Projeter les résultats"))
        self.documents_button.setText(tr("Écrire la restitution et les &fiches des salles…"))
        self.result_list.setAccessibleName(tr("Résultat du vote"))
        self.model.retranslate()
        self._ties_shown = None  # their boxes are worded again at the next fill

    # -- showing ----------------------------------------------------------------------
    def refresh(self) -> None:
        ws = self.document.workshop
        self._filling = True
        try:
            settings = ws.vote_settings
            self.rule.setCurrentIndex(RULES.index(settings.rule) if settings.rule in RULES else 0)
            self.laureates.setValue(settings.laureates)
            laureates = settings.rule == "laureates"
            self.laureates.setVisible(laureates)
            self.laureates_label.setVisible(laureates)
            rooms = [(r.name, r.key) for r in ws.rooms]
            if rooms != self._rooms_shown:  # rebuilt only when rooms came or went
                self._rooms_shown = rooms
                chosen = self.room.currentData()
                self.room.clear()
                for name, key in rooms:
                    self.room.addItem(name, key)
                self.room.setCurrentIndex(max(0, self.room.findData(chosen)))
        finally:
            self._filling = False
        self.model.set_room(self.room.currentData())
        res = results(ws)
        # a count typed changes the ranking, rarely the ties: their boxes are rebuilt
        # only when they changed (each rebuild lays the panel out again)
        shown = (res.ties, res.doubles)
        if shown != self._ties_shown:
            self._ties_shown = shown
            self._fill_doubles(res)
            self.ties.show_results(res)
        self._fill_result(res)

    def _room_chosen(self) -> None:
        if not self._filling:
            self.model.set_room(self.room.currentData())

    def _fill_doubles(self, res) -> None:
        for row in self.double_rows:
            row.setParent(None)
            row.deleteLater()
        self.double_rows = []
        ws = self.document.workshop
        texts = {i.id: i.text for i in ws.ideas}
        names = {r.key: r.name for r in ws.rooms}
        for double in res.doubles:
            row = QWidget()
            column = QVBoxLayout(row)
            column.setContentsMargins(0, 0, 0, 0)
            counts = [dots for dots, _from_file in double.counts]
            label = QLabel(self.tr("{room} : « {idea} » compté {counts}").format(
                room=names.get(double.room, double.room),
                idea=texts.get(double.idea, double.idea),
                counts=self.tr(" puis ").join(str(c) for c in counts)))
            label.setWordWrap(True)
            column.addWidget(label)
            line = QHBoxLayout()
            column.addLayout(line)
            choices = list(dict.fromkeys(counts)) + [sum(counts)]
            for k, dots in enumerate(choices):
                label = (self.tr("Garder {n}") if k < len(choices) - 1
                         else self.tr("Additionner ({n})")).format(n=dots)
                button = QPushButton(label)
                button.clicked.connect(
                    lambda _c=False, r=double.room, i=double.idea, n=dots: self.keep(r, i, n))
                line.addWidget(button)
            line.addStretch(1)
            self.doubles_layout.addWidget(row)
            self.double_rows.append(row)
        self.doubles_box.setVisible(bool(res.doubles))

    def _fill_result(self, res) -> None:
        self.result_list.clear()
        if res.rule == "laureates":
            heading = fill(self.tr("Les projets lauréats ({n} {n|place|places})"), 
                n=res.laureate_places)
        else:
            heading = fill(self.tr("Les actions retenues ({themes} {themes|thème|thèmes} × {actions} {actions|action|actions})"
                              ), themes=res.themes_kept, actions=res.actions_per_theme)
        if not res.complete:
            heading += " — " + self.tr("pas encore définitif")
        self.result_heading.setText(heading)
        for rank, (theme, item) in enumerate(res.actions(), start=1):
            self.result_list.addItem(fill(
                self.tr("{rank}. {text} — {dots} {dots|gommette|gommettes} ({theme})"),
                rank=rank, text=item.text, dots=item.dots, theme=theme.title))

    def _say(self, message: str) -> None:
        self.status.setText(message)

    # -- changing ----------------------------------------------------------------------
    def _set(self, name: str, value) -> None:
        if self._filling:
            return
        self.apply(self.tr("Changer la règle du vote"),
                   lambda ws: ballots.set_settings(ws, **{name: value}),
                   merge="event-rule-" + name)

    def keep(self, room: str, idea: str, dots: int) -> None:
        self.apply(self.tr("Garder un compte"), lambda ws: set_room_tally(ws, room, idea, dots))

    def project_results(self) -> None:
        close_own_window(self.projected)
        self.projected = show_on_projector(self.projector, ResultsProjector(self.document))

    def write_documents(self) -> None:
        if self.worker is not None:
            return
        start = str(self.document.path.parent) if self.document.path else ""
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier de la restitution de l'événement"), start)
        if not folder:
            return
        self.document.flush()  # what is printed is what is saved
        from exports.event import write_event_documents
        from ui.text import catalogue

        workshop, lang = copy.deepcopy(self.document.workshop), current_language()
        self.worker = WriteWorker(
            lambda: write_event_documents(workshop, Path(folder), catalogue(lang)),
            Path(folder), lang, self)
        self.worker.done.connect(self._documents_written)
        self.worker.failed.connect(lambda reason: self._say(self.tr(
            "Impossible d'écrire les documents : {reason}. Choisissez un autre dossier ; "
            "l'événement n'a pas changé.").format(reason=reason)))
        self.worker.finished.connect(self._worker_finished)
        self.documents_button.setEnabled(False)
        self._say(self.tr("Écriture des documents de l'événement…"))
        self.worker.start()

    def _documents_written(self, paths: list) -> None:
        self._say(self.tr("Écrits : {files}").format(files=", ".join(str(p) for p in paths)))

    def _worker_finished(self) -> None:
        self.worker = None
        self.documents_button.setEnabled(True)

    def wait_for_documents(self, msecs: int = 30000) -> None:
        if self.worker is not None:
            self.worker.wait(msecs)
