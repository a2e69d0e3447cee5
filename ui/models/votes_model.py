"""The votes page's two models: the dot-entry grid and the ranking.

:class:`VoteEntryModel` lists what is voted on (themes in the first stage
of a two-stage vote, ideas otherwise) with the dots given: on the posters
(paper tally) or by one person (individual vote).  Its « Gommettes »
column is typed in; ``setData`` checks and records the count as one
undoable change, or says in one sentence why not and keeps the count.
:class:`RankingModel` shows :func:`workshop.votes.results.results`.
Strings keep the ``VotesPage`` translation context they had on the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont

from ui.models.table_model import Column, DomainTableModel, Index
from ui.models.tree_model import TwoLevelModel
from workshop import ideas as idea_ops
from workshop.votes import ballots as votes
from workshop.model import Workshop
from workshop.votes.results import Results

PAPER = None  # the « who » of a paper tally


@dataclass(frozen=True)
class EntryRow:
    """One line of the grid: a theme or an idea and the dots it has."""

    id: str
    label: str
    theme: str
    dots: int


def entry_rows(ws: Workshop, stage: str, who: str | None) -> list[EntryRow]:
    """What is voted on at ``stage``, with ``who``'s dots (``PAPER``: the posters')."""
    if stage == "themes":
        given = (votes.person_votes(ws, who, "themes") if who else
                 {v.theme: v.dots for v in ws.theme_votes if v.participant is None})
        return [EntryRow(t.id, t.title, "", given.get(t.id, 0)) for t in ws.themes]
    given = votes.person_votes(ws, who) if who else votes.idea_dots(ws)
    if ws.vote_settings.mode == "individual" and not who:
        given = {}
    kept = set(votes.kept_themes_first_stage(ws)) if ws.vote_settings.two_stage else None
    rows = []
    for theme_id, items in idea_ops.by_theme(ws).items():
        if kept is not None and theme_id not in kept:
            continue
        theme = ws.theme(theme_id)
        rows += [EntryRow(i.id, i.text, theme.title if theme else "—", given.get(i.id, 0))
                 for i in items]
    return rows


class VoteEntryModel(DomainTableModel):
    """The grid of counts for one stage and one voter (or the posters)."""

    recorded = Signal(int)   # the row whose count was just recorded
    context = "VotesPage"
    watches = frozenset({"ideas", "votes", "themes", "participants", "tables"})
    columns = [
        Column("label", NOOP("VotesPage", "Idée"), editable=False),
        Column("theme", NOOP("VotesPage", "Thème"), editable=False),
        Column("dots", NOOP("VotesPage", "Gommettes"), "count"),
    ]
    COUNT = 2
    _rows: list[EntryRow] | None = None
    stage, who = "actions", PAPER

    def set_view(self, stage: str, who: str | None) -> None:
        """Show another stage or voter (nothing happens when it is the same)."""
        if (stage, who) == (self.stage, self.who):
            return
        self.beginResetModel()
        self.stage, self.who = stage, who
        self._rows = None
        self._load()
        self.endResetModel()

    def items(self) -> list[EntryRow]:
        if self._rows is None:
            self._rows = entry_rows(self.document.workshop, self.stage, self.who)
        return self._rows

    def item_at(self, row: int):
        rows = self.items()
        return rows[row] if 0 <= row < len(rows) else None

    def _on_changed(self, change) -> None:
        if change.touches(self.watches):
            self._rows = None  # counts are computed: read them again
        super()._on_changed(change)

    def value(self, item: EntryRow, key: str):
        # The count is edited as text so that « douze » reaches the check and its sentence.
        if key == "dots":
            return str(item.dots) if item.dots else ""
        return getattr(item, key)

    def extra_data(self, item, column: Column, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and column.key == "dots":
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def edit(self, item: EntryRow, key: str, value):
        ident, text, stage, who = item.id, value, self.stage, self.who
        if who is None and stage == "themes":
            def change(ws):
                votes.set_theme_tally(ws, ident, text)
        elif who is None:
            def change(ws):
                votes.set_tally(ws, ident, text)
        else:
            def change(ws):
                given = votes.person_votes(ws, who, stage)
                given[ident] = text
                if stage == "themes":
                    votes.set_person_theme_votes(ws, who, given)
                else:
                    votes.set_person_votes(ws, who, given)
        return self.tr("Saisir des gommettes"), change

    def setData(self, index: Index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not super().setData(index, value, role):
            return False
        self.recorded.emit(index.row())
        return True


class RankingModel(TwoLevelModel):
    """Themes by rank (bold), their ideas by rank under them; read only."""

    context = "VotesPage"
    headers = [NOOP("VotesPage", "Rang"), NOOP("VotesPage", "Thème / idée"),
               NOOP("VotesPage", "Gommettes"), NOOP("VotesPage", "Retenu")]

    def show(self, res: Results) -> None:
        # ideas and themes in a tie still to settle (a settled tie reads differently)
        self._open = {ident for tie in res.pending for ident in tie.tied}
        self.set_rows([(theme, list(theme.ideas)) for theme in res.themes])

    def cell(self, node, column: int, role: int, child: bool):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title = node.text if child else node.title
            return (str(node.rank), title, str(node.dots), self.kept_word(node))[column]
        if role == Qt.ItemDataRole.FontRole and not child:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None

    _open: set[str] = set()

    def kept_word(self, node) -> str:
        if node.kept:
            return self.tr("✔ retenu")
        if node.tied and node.id in self._open:
            return self.tr("égalité")
        return self.tr("départagé : non retenu") if node.tied else ""
