"""Votes (gommettes): settings, count entry, ties, ranked results, actions.

Counts are typed in the « Gommettes » column: the dots counted on each
poster (paper tally), or one person's dots (individual vote, the limit
per person enforced).  Type a number and Enter: the next row is ready.
A refused count says why and changes nothing.  The results tab shows the
ranking, every tie at a cut-off with the means to settle it, and turns the
kept ideas into the plan's actions.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.models.votes_model import PAPER, RankingModel, VoteEntryModel
from ui.pages.base import Page
from ui.pages.ideas_page import ChoiceCombo
from ui.pages.votes_ties import TiesPanel
from ui.projector.ideas import close_own_window, show_on_projector
from ui.projector.results import ResultsProjector
from ui.text.messages import describe
from workshop.votes import ballots as votes
from workshop.votes import results as vote_results
from workshop.errors import WorkshopError
from ui.i18n import fill

class CountGrid(QTableView):
    """The entry grid: once a count is recorded with Enter, the next row is ready.

    The move waits for Qt to close the editor (``closeEditor``): moving the
    current cell while the editor is still open would commit it twice.  A
    count recorded because the facilitator went elsewhere (↓, a click) leaves
    the current cell where they went.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recorded_row = -1

    def count_recorded(self, row: int) -> None:
        self.recorded_row = row

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, hint)
        row, self.recorded_row = self.recorded_row, -1
        if row >= 0 and self.currentIndex().row() == row and row + 1 < self.model().rowCount():
            column = getattr(self.model(), "COUNT", VoteEntryModel.COUNT)  # the typed column
            self.setCurrentIndex(self.model().index(row + 1, column))


class VotesPage(Page):
    watches = frozenset({"ideas", "votes", "themes", "participants", "plan", "tables"})

    def __init__(self, document, projector=None, parent=None) -> None:
        super().__init__(document, parent)
        self.projector = projector  # None: the results open in a window of their own
        self.projected: QWidget | None = None
        self._filling = False  # the settings form being filled from the document
        self._build()
        self.translate_ui()

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_settings(), "")
        self.tabs.addTab(self._build_entry(), "")
        self.tabs.addTab(self._build_results(), "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.problem)
        layout.addWidget(self.tabs, 1)

    def _build_settings(self) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        self.dots_spin, self.themes_spin, self.actions_spin = QSpinBox(), QSpinBox(), QSpinBox()
        for spin, name, top in ((self.dots_spin, "dots_per_participant", votes.MAX_DOTS),
                                (self.themes_spin, "themes_kept", 20),
                                (self.actions_spin, "actions_per_theme", 20)):
            spin.setRange(1, top)
            spin.setKeyboardTracking(False)  # committed when typing ends, not per digit
            spin.valueChanged.connect(lambda value, n=name: self._set_setting(n, value))
        self.several_check, self.two_stage_check = QCheckBox(), QCheckBox()
        self.several_check.toggled.connect(lambda on: self._set_setting("several_dots_per_idea", on))
        self.two_stage_check.toggled.connect(lambda on: self._set_setting("two_stage", on))
        self.mode_combo = QComboBox()
        self.mode_combo.addItems(["", ""])
        self.mode_combo.currentIndexChanged.connect(
            lambda i: self._set_setting("mode", votes.MODES[i]))
        self.setting_labels = [QLabel() for _ in range(6)]
        fields = (self.dots_spin, self.themes_spin, self.actions_spin, self.several_check,
                  self.mode_combo, self.two_stage_check)
        for label, field in zip(self.setting_labels, fields):
            label.setBuddy(field)
            form.addRow(label, field)
        return box

    def _build_entry(self) -> QWidget:
        box = QWidget()
        self.stage_label, self.stage_combo = QLabel(), QComboBox()
        self.stage_combo.addItems(["", ""])
        self.stage_combo.currentIndexChanged.connect(lambda _i: self._fill_entry())
        self.person_label, self.person_combo = QLabel(), ChoiceCombo()
        self.person_combo.currentIndexChanged.connect(lambda _i: self._fill_entry())
        self.stage_label.setBuddy(self.stage_combo)
        self.person_label.setBuddy(self.person_combo)
        self.remaining = QLabel()
        top = QHBoxLayout()
        for w in (self.stage_label, self.stage_combo, self.person_label, self.person_combo,
                  self.remaining):
            top.addWidget(w)
        top.addStretch(1)
        self.entry_model = VoteEntryModel(self.document, self)
        self.entry_model.problem.connect(self.show_problem)
        self.table = CountGrid()
        self.table.setModel(self.entry_model)
        self.entry_model.recorded.connect(self.table.count_recorded)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, self.fontMetrics().horizontalAdvance("M") * 24)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.total = QLabel()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #a05a00;")
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(self.warning)
        return box

    def _build_results(self) -> QWidget:
        box = QWidget()
        self.ranking_model = RankingModel(self)
        self.ranking = QTreeView()
        self.ranking.setModel(self.ranking_model)
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        em = self.fontMetrics().horizontalAdvance("M")
        self.ranking.setColumnWidth(0, em * 5)
        self.ranking.setColumnWidth(1, em * 38)
        self.ties = TiesPanel(self.document)
        ties_scroll = QScrollArea()
        ties_scroll.setWidgetResizable(True)
        ties_scroll.setWidget(self.ties)
        self.actions_button = QPushButton()
        self.actions_button.clicked.connect(self.make_actions)
        self.project_button = QPushButton()
        self.project_button.clicked.connect(self.project)
        self.reveal_button = QPushButton()
        self.reveal_button.setEnabled(False)
        self.reveal_button.clicked.connect(self.reveal_next)
        self.plan_state = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.plan_state, 1)
        row.addWidget(self.actions_button)
        row.addWidget(self.project_button)
        row.addWidget(self.reveal_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.ranking, 3)
        layout.addWidget(ties_scroll, 2)
        layout.addLayout(row)
        return box

    def translate_ui(self) -> None:
        self.title.setText("<h2>{}</h2>".format(self.tr("Votes aux gommettes")))
        for index, text in enumerate((self.tr("Réglages"), self.tr("Saisie des gommettes"),
                                      self.tr("Résultats"))):
            self.tabs.setTabText(index, text)
        texts = (self.tr("&Gommettes par personne :"), self.tr("&Thèmes retenus :"),
                 self.tr("&Actions par thème :"), self.tr("Plusieurs gommettes sur une &idée :"),
                 self.tr("&Mode de saisie :"), self.tr("Vote en &deux temps :"))
        fields = (self.dots_spin, self.themes_spin, self.actions_spin, self.several_check,
                  self.mode_combo, self.two_stage_check)
        for label, field, text in zip(self.setting_labels, fields, texts):
            label.setText(text)
            field.setAccessibleName(text.replace("&", "").rstrip(" :"))
        self.several_check.setText(self.tr("permis"))
        self.two_stage_check.setText(self.tr("d'abord les thèmes, puis les actions des thèmes retenus"))
        self.mode_combo.setItemText(0, self.tr("comptage des affiches (papier)"))
        self.mode_combo.setItemText(1, self.tr("gommettes de chaque personne (individuel)"))
        self.stage_label.setText(self.tr("Étap&e :"))
        self.stage_combo.setItemText(0, self.tr("1. vote des thèmes"))
        self.stage_combo.setItemText(1, self.tr("2. vote des actions"))
        self.person_label.setText(self.tr("&Personne :"))
        self.person_combo.setAccessibleName(self.tr("Personne dont on saisit les gommettes"))
        self.stage_combo.setAccessibleName(self.tr("Étape du vote en deux temps"))
        self.table.setAccessibleName(self.tr("Gommettes par idée ; tapez un nombre puis Entrée"))
        self.entry_model.retranslate()
        self.ranking_model.retranslate()
        self.ranking.setAccessibleName(self.tr("Classement des thèmes et des idées"))
        self.project_button.setText(self.tr("Projeter les &résultats"))
        self.reveal_button.setText(self.tr("Révéler la &suite"))
        self.reveal_button.setToolTip(self.tr("Montre la ligne suivante des résultats projetés"))
        self.refresh()

    # -- showing ------------------------------------------------------------------
    def refresh(self) -> None:
        self._fill_settings()
        self._fill_people()
        self._fill_entry()
        self._fill_results()

    def _fill_settings(self) -> None:
        s = self.document.workshop.vote_settings
        self._filling = True
        self.dots_spin.setValue(s.dots_per_participant)
        self.themes_spin.setValue(s.themes_kept)
        self.actions_spin.setValue(s.actions_per_theme)
        self.several_check.setChecked(s.several_dots_per_idea)
        self.two_stage_check.setChecked(s.two_stage)
        self.mode_combo.setCurrentIndex(votes.MODES.index(s.mode) if s.mode in votes.MODES else 0)
        self._filling = False

    def _fill_people(self) -> None:
        ws = self.document.workshop
        individual = ws.vote_settings.mode == "individual"
        people = [p for p in ws.participants if p.present] or ws.participants
        self.person_combo.set_choices([(p.full_name, p.id) for p in people], self.person_combo.value())
        for w in (self.person_label, self.person_combo, self.remaining):
            w.setVisible(individual)
        for w in (self.stage_label, self.stage_combo):
            w.setVisible(ws.vote_settings.two_stage)

    def stage(self) -> str:
        two = self.document.workshop.vote_settings.two_stage
        return "themes" if two and self.stage_combo.currentIndex() == 0 else "actions"

    def who(self) -> str | None:
        if self.document.workshop.vote_settings.mode != "individual":
            return PAPER
        return self.person_combo.value()

    def _fill_entry(self) -> None:
        stage, who = self.stage(), self.who()
        self.entry_model.set_view(stage, who)
        self._fill_totals(stage, who)

    def _fill_totals(self, stage: str, who: str | None) -> None:
        ws = self.document.workshop
        locale = QLocale()
        cast = sum(votes.theme_dots(ws).values()) if stage == "themes" else sum(
            votes.idea_dots(ws).values())
        people, _ = votes.voters(ws)
        available = people * ws.vote_settings.dots_per_participant
        self.total.setText(fill(self.tr("{cast} {cast|gommette|gommettes} saisies sur {available} possibles "
                                   "({people} {people|personne|personnes} × {dots})."), 
            cast=locale.toString(cast), available=locale.toString(available),
            people=people, dots=ws.vote_settings.dots_per_participant))
        if who:
            used = sum(votes.person_votes(ws, who, stage).values())
            self.remaining.setText(fill(self.tr("reste {n} {n|gommette|gommettes}"), 
                n=ws.vote_settings.dots_per_participant - used))
        self.warning.setText("\n".join(describe(w) for w in votes.warnings(ws)))

    def _fill_results(self) -> None:
        res = vote_results.results(self.document.workshop)
        self.ranking_model.show(res)
        self.ranking.expandAll()
        self.ties.show_results(res)
        count = len(res.actions())
        self.actions_button.setText(fill(self.tr("Créer les {n} {n|action|actions}"), n=count))
        self.actions_button.setEnabled(res.complete and count > 0)
        made = [a for a in self.document.workshop.plan.actions if a.idea]
        self.plan_state.setText(fill(self.tr("{n} {n|action|actions} issues du vote dans la programmation."), 
            n=len(made)))

    # -- changing -------------------------------------------------------------------
    def _apply(self, text: str, change, merge: str | None = None) -> bool:
        try:
            self.document.apply(text, change, merge=merge)
        except WorkshopError as exc:
            self.show_problem(describe(exc))
            self.refresh()  # puts a refused setting back as it was
            return False
        self.show_problem("")
        return True

    def _set_setting(self, name: str, value) -> None:
        if not self._filling:
            self._apply(self.tr("Changer les réglages du vote"),
                        lambda ws: votes.set_settings(ws, **{name: value}),
                        merge=f"vote_settings.{name}")

    def make_actions(self) -> None:
        self._apply(self.tr("Créer les actions du vote"), vote_results.make_actions)

    def project(self) -> None:
        close_own_window(self.projected)
        self.projected = show_on_projector(self.projector, ResultsProjector(self.document))
        self.reveal_button.setEnabled(True)

    def reveal_next(self) -> None:
        """The facilitator's keyboard stays on this window: reveal from here."""
        try:
            self.projected.reveal_next()
        except (AttributeError, RuntimeError):  # closed or replaced on the projector
            self.reveal_button.setEnabled(False)
