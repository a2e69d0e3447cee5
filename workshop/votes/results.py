"""The rule of the vote, its ties and the actions it gives.

Themes are ranked by their dots (the dots on their ideas, or the
first-stage dots of a two-stage vote) and the top ``themes_kept`` are
kept; in each kept theme the top ``actions_per_theme`` ideas become
actions.  Under the other rule (``rule == "laureates"``, large events) the
``laureates`` projects with the most dots win, whatever their theme (all
ideas compete when there is no project).  Something with no dot is never
kept.  In an event, an idea counted twice by one room
(:func:`~workshop.votes.counts.double_tallies`) keeps the results from
being final, like an open tie.

A tie at a cut-off (equal dots on both sides of the line) is never
settled silently: :func:`results` reports it, and it stays open until the
facilitator records a run-off vote (:func:`settle_by_runoff`) or a decision
with a reason (:func:`settle_by_decision`).  The record is matched to the
tie by what was tied, so if later votes change the tie, the old record no
longer applies and the new tie shows again.

:func:`results` returns plain data for the screens and the restitution
report; :func:`make_actions` turns the kept ideas into ``ws.plan.actions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop import ideas as idea_ops
from workshop.votes import counts as vote_ops
from workshop.errors import WorkshopError
from workshop.history import touch, touch_attr
from workshop.model import Action, TieDecision, Workshop, new_id


class TieError(WorkshopError):
    """A tie settlement or an action list that cannot be made."""

    domain = "vote.tie"


@dataclass
class IdeaResult:
    """One visible idea of a theme, with its dots and whether it is kept."""

    id: str
    text: str
    dots: int
    rank: int
    kept: bool = False
    tied: bool = False
    sources: str = ""


@dataclass
class ThemeResult:
    id: str
    title: str
    colour: str
    dots: int
    rank: int
    kept: bool = False
    tied: bool = False
    ideas: list[IdeaResult] = field(default_factory=list)


@dataclass
class TieResult:
    """A tie at a cut-off and, once settled, how."""

    stage: str                  # "themes", "actions" or "laureates"
    theme: str | None           # the theme of an action cut
    tied: list[str]             # theme or idea ids, ranked order
    labels: list[str]           # their titles or texts
    dots: int                   # the score they share
    places: int                 # how many of them are kept
    settled: bool = False
    method: str = ""            # "runoff" or "decision" once settled
    runoff: dict[str, int] = field(default_factory=dict)
    chosen: list[str] = field(default_factory=list)
    reason: str = ""
    decision: str | None = None  # TieDecision id


@dataclass
class Results:
    """Everything the results screen and the restitution report show."""

    themes: list[ThemeResult]
    ties: list[TieResult]
    mode: str
    two_stage: bool
    themes_kept: int
    actions_per_theme: int
    dots_cast: int
    dots_available: int
    people: int
    warnings: list[vote_ops.VoteWarning] = field(default_factory=list)  # worded by the UI
    rule: str = "themes"
    laureate_places: int = 0
    #: the winning projects, best first (rule « laureates »)
    laureates: list[IdeaResult] = field(default_factory=list)
    #: ideas one room of an event counted twice: to settle before the results are final
    doubles: list[vote_ops.DoubleTally] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return all(t.settled for t in self.ties) and not self.doubles

    @property
    def pending(self) -> list[TieResult]:
        return [t for t in self.ties if not t.settled]

    def kept_themes(self) -> list[ThemeResult]:
        return [t for t in self.themes if t.kept]

    def actions(self) -> list[tuple[ThemeResult, IdeaResult]]:
        """Kept ideas, theme by theme in rank order (the laureates, best first)."""
        if self.rule == "laureates":
            theme_of = {i.id: t for t in self.themes for i in t.ideas}
            return [(theme_of[i.id], i) for i in self.laureates]
        return [(t, i) for t in self.kept_themes() for i in t.ideas if i.kept]


# -- the cut ------------------------------------------------------------------
def ranks(scores: list[tuple[str, int]]) -> list[tuple[str, int, int]]:
    """``(id, dots, rank)`` best first; equal dots share a rank (1, 2, 2, 4)."""
    ordered = sorted(scores, key=lambda s: -s[1])
    found, rank = [], 0
    for position, (ident, dots) in enumerate(ordered):
        if position == 0 or dots != ordered[position - 1][1]:
            rank = position + 1
        found.append((ident, dots, rank))
    return found


def cut(scores: list[tuple[str, int]], places: int) -> tuple[list[str], list[str], int]:
    """Split ranked scores at ``places``: (surely kept, tied at the line, places left).

    Nothing with zero dots is kept; the tie is empty when the line falls
    between different scores.
    """
    ranked = [(i, d) for i, d, _ in ranks(scores) if d > 0]
    if len(ranked) <= places:
        return [i for i, _ in ranked], [], 0
    line = ranked[places - 1][1]
    above = [i for i, d in ranked if d > line]
    at_line = [i for i, d in ranked if d == line]
    if len(above) + len(at_line) == places:
        return above + at_line, [], 0
    return above, at_line, places - len(above)


def _matching(ws: Workshop, tie: TieResult) -> TieDecision | None:
    key = (tie.stage, tie.theme if tie.stage == "actions" else None, sorted(tie.tied), tie.places)
    for decision in ws.tie_decisions:
        theme = decision.theme if decision.stage == "actions" else None
        if (decision.stage, theme, sorted(decision.tied), decision.places) == key:
            return decision
    return None


def _resolve(ws: Workshop, tie: TieResult) -> list[str]:
    """Fill in how ``tie`` was settled; return the ids it keeps (none if open)."""
    decision = _matching(ws, tie)
    if decision is None:
        return []
    tie.settled = True
    tie.method = decision.method
    tie.runoff = dict(decision.runoff)
    tie.chosen = list(decision.chosen)
    tie.reason = decision.reason
    tie.decision = decision.id
    return list(decision.chosen)


# -- results ------------------------------------------------------------------
def results(ws: Workshop) -> Results:
    """Ranked themes and ideas, what is kept, and every tie with its settlement."""
    settings = ws.vote_settings
    per_theme = vote_ops.theme_dots(ws)
    per_idea = vote_ops.idea_dots(ws)
    titles = {t.id: t for t in ws.themes}
    ties: list[TieResult] = []
    laureates = settings.rule == "laureates"
    kept, tied, places = ([], [], 0) if laureates else cut(list(per_theme.items()),
                                                          settings.themes_kept)
    kept_themes = set(kept)
    if tied:
        tie = TieResult("themes", None, tied, [titles[t].title for t in tied], per_theme[tied[0]], places)
        kept_themes |= set(_resolve(ws, tie))
        ties.append(tie)
    by_theme = idea_ops.by_theme(ws)
    themes = []
    for ident, dots, rank in ranks(list(per_theme.items())):
        theme = titles[ident]
        result = ThemeResult(ident, theme.title, theme.colour, dots, rank,
                             kept=ident in kept_themes, tied=ident in tied)
        result.ideas = _idea_results(ws, by_theme.get(ident, []), per_idea)
        if result.kept:
            _action_cut(ws, result, settings.actions_per_theme, ties)
        themes.append(result)
    people, _ = vote_ops.voters(ws)
    return Results(
        themes=themes, ties=ties, mode=settings.mode, two_stage=settings.two_stage,
        themes_kept=settings.themes_kept, actions_per_theme=settings.actions_per_theme,
        dots_cast=sum(per_idea.values()), dots_available=people * settings.dots_per_participant,
        people=people, warnings=vote_ops.warnings(ws), rule=settings.rule,
        laureate_places=settings.laureates if laureates else 0,
        laureates=_laureate_cut(ws, themes, settings.laureates, ties) if laureates else [],
        doubles=vote_ops.double_tallies(ws),
    )


def _laureate_cut(ws: Workshop, themes: list[ThemeResult], places: int,
                  ties: list[TieResult]) -> list[IdeaResult]:
    """The winning projects across themes; a theme is « kept » when it has one."""
    pool = [i for t in themes for i in t.ideas]
    projects = {i.id for i in ws.ideas if i.kind == "project"}
    candidates = [i for i in pool if i.id in projects] or pool
    kept, tied, left = cut([(i.id, i.dots) for i in candidates], places)
    chosen = set(kept)
    if tied:
        texts = {i.id: i.text for i in candidates}
        dots = next(i.dots for i in candidates if i.id == tied[0])
        tie = TieResult("laureates", None, tied, [texts[i] for i in tied], dots, left)
        chosen |= set(_resolve(ws, tie))
        ties.append(tie)
    for theme in themes:
        for item in theme.ideas:
            item.kept = item.id in chosen
            item.tied = item.id in tied
        theme.kept = any(i.kept for i in theme.ideas)
    ranked = {ident: position for position, (ident, _d, _r) in enumerate(
        ranks([(i.id, i.dots) for i in candidates]))}
    return sorted((i for i in candidates if i.id in chosen), key=lambda i: ranked[i.id])


def _idea_results(ws: Workshop, items, per_idea: dict[str, int]) -> list[IdeaResult]:
    texts = {i.id: i for i in items}
    tables = {t.id: t for t in ws.tables}
    return [
        IdeaResult(ident, texts[ident].text, dots, rank,
                   sources=idea_ops.provenance_label(ws, texts[ident], tables=tables))
        for ident, dots, rank in ranks([(i.id, per_idea.get(i.id, 0)) for i in items])
    ]


def _action_cut(ws: Workshop, theme: ThemeResult, places: int, ties: list[TieResult]) -> None:
    kept, tied, left = cut([(i.id, i.dots) for i in theme.ideas], places)
    chosen = set(kept)
    if tied:
        texts = {i.id: i.text for i in theme.ideas}
        dots = next(i.dots for i in theme.ideas if i.id == tied[0])
        tie = TieResult("actions", theme.id, tied, [texts[i] for i in tied], dots, left)
        chosen |= set(_resolve(ws, tie))
        ties.append(tie)
    for item in theme.ideas:
        item.kept = item.id in chosen
        item.tied = item.id in tied


# -- settling ties --------------------------------------------------------------
def settle_by_runoff(ws: Workshop, tie: TieResult, counts: dict[str, object],
                     reason: str = "") -> TieDecision:
    """Record a run-off vote among the tied; refused if it is tied at the line again.

    ``reason`` may say how the run-off was held (« à main levée »).
    """
    for ident in counts:
        if ident not in tie.tied:
            raise TieError("runoff_unknown", item=ident)
    runoff = {i: vote_ops.parse_count(counts.get(i, 0)) for i in tie.tied}
    kept, again, _ = cut(list(runoff.items()), tie.places)
    if again or len(kept) != tie.places:
        labels = dict(zip(tie.tied, tie.labels))
        names = again or [i for i in tie.tied if i not in kept]
        raise TieError("runoff_tied", tied=", ".join(labels[i] for i in names))
    return _record(ws, tie, method="runoff", runoff=runoff, chosen=kept,
                   reason=" ".join(str(reason).split()))


def settle_by_decision(ws: Workshop, tie: TieResult, chosen: list[str], reason: str) -> TieDecision:
    """Record a decision (which of the tied are kept) and its reason."""
    picked = [i for i in tie.tied if i in set(chosen)]
    if len(picked) != tie.places or len(set(chosen)) != len(picked):
        raise TieError("wrong_choice", places=tie.places, count=len(set(chosen)))
    reason = " ".join(str(reason).split())
    if not reason:
        raise TieError("no_reason")
    return _record(ws, tie, method="decision", chosen=picked, reason=reason)


def _record(ws: Workshop, tie: TieResult, **how) -> TieDecision:
    old = _matching(ws, tie)
    touch_attr(ws, "tie_decisions")
    if old is not None:
        ws.tie_decisions.remove(old)
    decision = TieDecision(
        id=new_id("D", [d.id for d in ws.tie_decisions]), stage=tie.stage, tied=list(tie.tied),
        places=tie.places, theme=tie.theme, **how,
    )
    ws.tie_decisions.append(decision)
    return decision


def reopen(ws: Workshop, decision_id: str) -> None:
    """Forget how a tie was settled (it shows as open again)."""
    touch_attr(ws, "tie_decisions")
    ws.tie_decisions[:] = [d for d in ws.tie_decisions if d.id != decision_id]


# -- actions --------------------------------------------------------------------
def make_actions(ws: Workshop) -> list[Action]:
    """Turn the kept ideas into the plan's actions.

    Actions already made from a still-kept idea keep what the annual plan
    added (référents, months, URL); actions of ideas no longer kept go;
    actions typed by hand (no idea) stay after the voted ones.
    """
    res = results(ws)
    if res.doubles:
        raise TieError("doubles_pending", count=len(res.doubles))
    if not res.complete:
        raise TieError("ties_pending", count=len(res.pending))
    chosen = res.actions()
    if not chosen:
        raise TieError("no_actions")
    existing = {a.idea: a for a in ws.plan.actions if a.idea}
    descriptions = {i.id: i.description for i in ws.ideas if i.description}  # a project's
    manual = [a for a in ws.plan.actions if not a.idea]
    made: list[Action] = []
    for theme, item in chosen:
        action = existing.get(item.id)
        if action is None:
            taken = [a.id for a in ws.plan.actions + made]
            action = Action(id=new_id("A", taken), title=item.text, theme=theme.id, idea=item.id,
                            description=descriptions.get(item.id, ""))
        touch(action).theme = theme.id
        made.append(action)
    touch_attr(ws.plan, "actions")
    ws.plan.actions[:] = made + manual
    return made
