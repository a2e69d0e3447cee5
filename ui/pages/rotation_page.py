"""Rotations: rounds, « Générer » off the GUI thread, the grid, the statistics.

The search runs in :class:`~ui.rotation.worker.RotationWorker` with a
progress bar and a cancel button.  Drags in the grid become undoable moves
or swaps; the statistics are re-evaluated after every change.  Rounds
already held are locked, and « Générer » then re-plans only the rest (for a
late arrival or a departure, tick « seulement les présent·es »).  The
priority (themes first or people first) is a setting of the workshop; the
summary states the priorities, each figure against the best possible and
why, and any conflict between the two priorities found by « Générer ».
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ui.pages.base import Page
from ui.rotation.grid import PID_ROLE, RotationGrid
from ui.rotation.summary import summary_html
from ui.rotation.worker import RotationWorker
from ui.text.messages import describe
from workshop import agenda, editing
from workshop.editing import MAX_ROUND_MINUTES, MAX_ROUNDS
from workshop.errors import WorkshopError

PRIORITIES = ("themes", "people")   # the choice's items, in order


class RotationPage(Page):
    watches = frozenset({"rotation", "participants", "tables", "themes"})

    def __init__(self, document, engine=None, parent=None) -> None:
        super().__init__(document, parent)
        self.time_limit = 2.0
        self.worker: RotationWorker | None = None
        self.stats = None
        self.engine = engine  # the live show, if any: a round ended offers to lock it
        self._offered = 0     # the rounds already offered (« Plus tard » is respected)
        self.generated: tuple[list, list] | None = None   # (rounds, conflicts) of the last plan
        self._build()
        self.translate_ui()
        self.refresh()
        if engine is not None:
            engine.state_changed.connect(self._offer_lock)
            engine.alerted.connect(lambda _level: self._offer_lock())

    def _build(self) -> None:
        self.rounds_label, self.rounds = QLabel(), self._spin(1, MAX_ROUNDS)
        self.minutes_label, self.minutes = QLabel(), self._spin(1, MAX_ROUND_MINUTES)
        self.played_label, self.played = QLabel(), self._spin(0, MAX_ROUNDS)
        self.rounds.valueChanged.connect(self._commit_rounds)
        self.minutes.valueChanged.connect(self._commit_minutes)
        self.played.valueChanged.connect(self._commit_played)
        self.only_present = QCheckBox()
        # on the day, plans and figures count who is there: ticked as soon as
        # someone is checked in, unless the facilitator chose otherwise
        self._only_present_chosen = False
        self.only_present.clicked.connect(self._choose_only_present)
        self.priority_label, self.priority = QLabel(), QComboBox()
        self.priority.addItems(["", ""])  # texts in translate_ui
        self.priority.currentIndexChanged.connect(self._commit_priority)
        settings = QHBoxLayout()
        for label, spin in ((self.rounds_label, self.rounds), (self.minutes_label, self.minutes),
                            (self.played_label, self.played),
                            (self.priority_label, self.priority)):
            label.setBuddy(spin)
            settings.addWidget(label)
            settings.addWidget(spin)
            settings.addSpacing(self.fontMetrics().horizontalAdvance("MM"))
        settings.addStretch(1)
        self.generate_button = QPushButton()
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        actions = QHBoxLayout()
        actions.addWidget(self.generate_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.only_present)
        self.grid = RotationGrid()
        self.grid.dropped.connect(self.drop)
        self.grid.nudged.connect(self.nudge)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.title = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(settings)
        layout.addLayout(actions)
        layout.addWidget(self.problem)
        layout.addWidget(self._build_lock_offer())
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)

    def _build_lock_offer(self) -> QFrame:
        self.lock_offer = QFrame()
        self.lock_offer.setObjectName("lockOffer")
        self.lock_offer.setStyleSheet("QFrame#lockOffer { background: #e3eefa; }")
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        self.lock_button, self.later_button = QPushButton(), QPushButton()
        self.lock_button.clicked.connect(self.lock_held_rounds)
        self.later_button.clicked.connect(self.lock_offer.hide)
        row = QHBoxLayout(self.lock_offer)
        row.addWidget(self.lock_text, 1)
        row.addWidget(self.lock_button)
        row.addWidget(self.later_button)
        self.lock_offer.hide()
        return self.lock_offer

    def held_rounds(self) -> int:
        over = self.engine is not None and self.engine.countdown is not None \
            and self.engine.countdown.started and self.engine.countdown.remaining() <= 0
        return agenda.rounds_held(self.document.workshop, current_over=over)

    def _offer_lock(self) -> None:
        """A round ended on the show: offer to lock what was played (once per round)."""
        held = self.held_rounds()
        if held <= self.document.workshop.rotation.played or held <= self._offered:
            return
        self._offered = held
        self.lock_text.setText(self.tr(
            "Le tour {n} est terminé : le verrouiller comme joué ? Un nouveau calcul gardera "
            "alors les tours joués tels qu'ils ont eu lieu.").format(n=held))
        self.lock_offer.show()

    def lock_held_rounds(self) -> None:
        held = self.held_rounds()
        if self.apply(self.tr("Verrouiller les tours joués : {n}").format(n=held),
                      lambda ws: editing.set_played(ws, held)):
            self.lock_offer.hide()

    @staticmethod
    def _spin(low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setKeyboardTracking(False)  # typed digits count once, on Enter or Tab
        return spin

    def translate_ui(self) -> None:
        self.title.setText("<h2>{}</h2>".format(self.tr("Rotations")))
        self.rounds_label.setText(self.tr("&Nombre de tours :"))
        self.minutes_label.setText(self.tr("&Durée d'un tour :"))
        self.minutes.setSuffix(self.tr(" min"))
        self.played_label.setText(self.tr("Tours déjà &joués (verrouillés) :"))
        self.rounds.setAccessibleName(self.tr("Nombre de tours"))
        self.minutes.setAccessibleName(self.tr("Durée d'un tour en minutes"))
        self.played.setAccessibleName(self.tr("Nombre de tours déjà joués, verrouillés"))
        self.priority_label.setText(self.tr("P&riorité :"))
        self.priority.setItemText(0, self.tr("thèmes d'abord"))
        self.priority.setItemText(1, self.tr("personnes d'abord"))
        self.priority.setAccessibleName(self.tr("Priorité du plan de table"))
        self.priority.setToolTip(self.tr(
            "Thèmes d'abord : chacun·e voit le plus de thèmes possible, puis le moins de "
            "rencontres répétées. Personnes d'abord : le moins de rencontres répétées, puis "
            "le plus de thèmes possible."))
        self.only_present.setText(self.tr("Seulement les personnes pointées &présentes"))
        self.generate_button.setText(self.tr("&Générer"))
        self.generate_button.setToolTip(self.tr(
            "Calcule le plan de table des tours non joués ; les tours joués ne changent pas."))
        self.cancel_button.setText(self.tr("Arrêter le &calcul"))
        self.lock_button.setText(self.tr("&Verrouiller"))
        self.later_button.setText(self.tr("Plus tard"))
        self.progress.setAccessibleName(self.tr("Avancement du calcul"))
        self.progress.setFormat(self.tr("%p %"))
        self.grid.setAccessibleName(self.tr("Plan de table : tours et tables"))
        self.hint.setText(self.tr(
            "Glissez un nom sur une autre table pour déplacer la personne, ou sur un autre nom "
            "pour les échanger. Au clavier : Ctrl+Gauche / Ctrl+Droite. "
            "★ capitaine, ⚠ à vérifier (survolez le nom)."))
        self.refresh()

    # -- showing ---------------------------------------------------------------
    def _choose_only_present(self) -> None:
        self._only_present_chosen = True
        self._update_summary()

    def refresh(self) -> None:
        if not self._only_present_chosen:
            self.only_present.setChecked(any(p.present for p in self.document.workshop.participants))
        rot = self.document.workshop.rotation
        for spin, value, top in ((self.rounds, rot.round_count, MAX_ROUNDS),
                                 (self.minutes, rot.round_minutes, MAX_ROUND_MINUTES),
                                 (self.played, rot.played, len(rot.rounds))):
            spin.blockSignals(True)
            spin.setMaximum(top)
            spin.setValue(value)
            spin.blockSignals(False)
        self.priority.blockSignals(True)
        self.priority.setCurrentIndex(PRIORITIES.index(rot.priority)
                                      if rot.priority in PRIORITIES else 0)
        self.priority.blockSignals(False)
        self.grid.fill(self.document.workshop)
        self._update_summary()

    def _update_summary(self) -> None:
        ws = self.document.workshop
        if not ws.rotation.rounds:
            self.stats = None
            self.summary.setText(self.tr(
                "Pas encore de plan de table : réglez le nombre de tours puis cliquez sur "
                "« Générer »."))
            return
        from workshop.rotation import evaluate, problem_from_workshop

        try:
            problem = problem_from_workshop(ws, only_present=self.only_present.isChecked())
            rounds = [r.seating for r in ws.rotation.rounds]
            self.stats = evaluate(problem, rounds)
        except WorkshopError as exc:
            self.stats = None
            self.summary.setText(describe(exc))
            return
        conflicts = []
        if self.generated is not None and self.generated[0] == rounds:
            conflicts = self.generated[1]
        names = {**{p.id: p.full_name for p in ws.participants},
                 **{t.id: t.name for t in ws.tables}}
        self.summary.setText(summary_html(self.stats, len(ws.themes), conflicts, names))

    # -- settings ------------------------------------------------------------
    def _commit_rounds(self, value: int) -> None:
        self.apply(self.tr("Nombre de tours : {n}").format(n=value),
                   lambda ws: editing.set_round_settings(ws, round_count=value),
                   merge="rotation.round_count")

    def _commit_minutes(self, value: int) -> None:
        self.apply(self.tr("Durée d'un tour : {n} min").format(n=value),
                   lambda ws: editing.set_round_settings(ws, round_minutes=value),
                   merge="rotation.round_minutes")

    def _commit_priority(self, index: int) -> None:
        priority = PRIORITIES[index] if 0 <= index < len(PRIORITIES) else PRIORITIES[0]
        if priority == self.document.workshop.rotation.priority:
            return
        text = self.tr("Priorité : {choice}").format(choice=self.priority.itemText(index))
        self.apply(text, lambda ws: editing.set_rotation_priority(ws, priority))

    def _commit_played(self, value: int) -> None:
        self.apply(self.tr("Tours joués : {n}").format(n=value),
                   lambda ws: editing.set_played(ws, value), merge="rotation.played")

    # -- generating ------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.worker is not None and self.worker.isRunning()

    def generate(self) -> None:
        if self.running:
            return
        from workshop.rotation import problem_from_workshop

        ws = self.document.workshop
        try:
            problem = problem_from_workshop(ws, only_present=self.only_present.isChecked())
        except WorkshopError as exc:
            self.show_problem(describe(exc))
            return
        self.show_problem("")
        self.worker = RotationWorker(problem, seed=ws.rotation.seed,
                                     time_limit=self.time_limit, parent=self)
        self.worker.progress.connect(self._on_progress)
        self.worker.planned.connect(self._on_planned)
        self.worker.failed.connect(self.show_problem)
        self.worker.finished.connect(self._on_finished)
        self._set_running(True)
        self.worker.start()

    def cancel(self) -> None:
        if self.running:
            self.worker.cancel()

    def shutdown(self) -> None:
        """Stop a search before the window goes (a running QThread must not be destroyed)."""
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()

    def _set_running(self, running: bool) -> None:
        self.generate_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for widget in (self.rounds, self.played, self.only_present, self.grid, self.priority):
            widget.setEnabled(not running)
        if running:
            self.progress.setValue(0)

    def _on_progress(self, fraction: float, _best: float) -> None:
        self.progress.setValue(round(100 * min(1.0, max(0.0, fraction))))

    def _on_planned(self, result) -> None:
        rounds = result.rounds
        self.generated = ([dict(r) for r in rounds], list(result.stats.conflicts))
        self.progress.setValue(100)
        self.document.backup("replan")  # the plan as it was, kept aside
        if self.apply(self.tr("Générer le plan de table"),
                      lambda ws: editing.set_rounds(ws, rounds)):
            self.document.flush()  # a new plan: on disk at once

    def _on_finished(self) -> None:
        self._set_running(False)
        if self.worker is not None and self.worker.cancelled:
            self.progress.setValue(0)
            self.show_problem(self.tr("Calcul arrêté : le plan de table n'a pas changé."))

    # -- hand edits ----------------------------------------------------------------
    def drop(self, round_index: int, pid: str, table_id: str, other: str) -> None:
        ws = self.document.workshop
        name = ws.participant(pid).full_name if ws.participant(pid) else pid
        if other:
            other_name = ws.participant(other).full_name if ws.participant(other) else other
            text = self.tr("Échanger « {a} » et « {b} » (tour {n})").format(
                a=name, b=other_name, n=round_index + 1)
            self.apply(text, lambda w: editing.swap_people(w, round_index, pid, other))
            return
        table = ws.table(table_id)
        text = self.tr("Déplacer « {a} » vers « {table} » (tour {n})").format(
            a=name, table=table.name if table else table_id, n=round_index + 1)
        self.apply(text, lambda w: editing.move_person(w, round_index, pid, table_id))

    def nudge(self, round_index: int, pid: str, step: int) -> None:
        ws = self.document.workshop
        seating = ws.rotation.rounds[round_index].seating
        here = next((t for t, ids in seating.items() if pid in ids), None)
        order = [t.id for t in ws.tables]
        if here not in order:
            return
        target = order[(order.index(here) + step) % len(order)]
        self.drop(round_index, pid, target, "")
        cell = self.grid.cells.get((round_index, target))
        if cell is not None:
            cell.setFocus()
            for row in range(cell.count()):
                if cell.item(row).data(PID_ROLE) == pid:
                    cell.setCurrentRow(row)
