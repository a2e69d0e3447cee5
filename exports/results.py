"""What the vote gave, as the report prints it: every idea, kept or not.

One place computes it (:func:`idea_results`) so that switching to the
vote engine's ``workshop.votes.results`` is a change here only.  Until
then: dots per idea from ``ws.votes`` (votes on a merged idea count for
the idea it was merged into); themes ranked by their dots (or by the
theme votes of a two-stage vote); an idea is kept when an action of the
plan comes from it, otherwise when it is among the first
``actions_per_theme`` of one of the ``themes_kept`` first themes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop.model import Workshop


@dataclass
class IdeaResult:
    text: str
    dots: int
    kept: bool


@dataclass
class ThemeResult:
    title: str
    colour: str
    dots: int
    kept: bool
    ideas: list[IdeaResult] = field(default_factory=list)


def _root(by_id: dict, idea_id: str) -> str:
    seen = set()
    while idea_id in by_id and by_id[idea_id].merged_into and idea_id not in seen:
        seen.add(idea_id)
        idea_id = by_id[idea_id].merged_into  # type: ignore[assignment]
    return idea_id


def idea_dots(ws: Workshop) -> dict[str, int]:
    dots: dict[str, int] = {}
    by_id = {i.id: i for i in ws.ideas}
    for vote in ws.votes:
        root = _root(by_id, vote.idea)
        dots[root] = dots.get(root, 0) + vote.dots
    return dots


def theme_dots(ws: Workshop, dots: dict[str, int]) -> dict[str, int]:
    if ws.theme_votes:
        totals: dict[str, int] = {}
        for vote in ws.theme_votes:
            totals[vote.theme] = totals.get(vote.theme, 0) + vote.dots
        return totals
    totals = {}
    for idea in ws.ideas:
        if idea.theme and not idea.merged_into:
            totals[idea.theme] = totals.get(idea.theme, 0) + dots.get(idea.id, 0)
    return totals


def idea_results(ws: Workshop) -> list[ThemeResult]:
    """Themes best first, each with all its ideas best first."""
    dots = idea_dots(ws)
    totals = theme_dots(ws, dots)
    ranked = sorted(ws.themes, key=lambda t: -totals.get(t.id, 0))
    settings = ws.vote_settings
    from_plan = {a.idea for a in ws.plan.actions if a.idea}
    kept_themes = {a.theme for a in ws.plan.actions if a.theme} if from_plan else {
        t.id for t in ranked[:settings.themes_kept] if totals.get(t.id, 0) > 0}
    results = []
    for theme in ranked:
        ideas = sorted((i for i in ws.ideas if i.theme == theme.id and not i.merged_into),
                       key=lambda i: -dots.get(i.id, 0))
        rows = []
        for rank, idea in enumerate(ideas):
            if from_plan:
                kept = idea.id in from_plan
            else:
                kept = (theme.id in kept_themes and rank < settings.actions_per_theme
                        and dots.get(idea.id, 0) > 0)
            rows.append(IdeaResult(idea.text, dots.get(idea.id, 0), kept))
        results.append(ThemeResult(theme.title, theme.colour, totals.get(theme.id, 0),
                                   theme.id in kept_themes, rows))
    return results


def tie_lines(ws: Workshop, words: dict[str, str]) -> list[str]:
    """One sentence per recorded tie decision, names of themes or ideas in full."""
    names = {t.id: t.title for t in ws.themes} | {i.id: i.text for i in ws.ideas}

    def quoted(ids: list[str]) -> str:
        return ", ".join(f"« {names.get(i, i)} »" for i in ids)

    lines = []
    for tie in ws.tie_decisions:
        tied, chosen = quoted(tie.tied), quoted(tie.chosen)
        if not tie.chosen:
            lines.append(words["tie_open"].format(tied=tied))
        elif tie.method == "runoff":
            runoff = ", ".join(f"{names.get(k, k)} {v}" for k, v in tie.runoff.items())
            lines.append(words["tie_runoff"].format(tied=tied, runoff=runoff, chosen=chosen))
        else:
            lines.append(words["tie_decision"].format(tied=tied, reason=tie.reason,
                                                      chosen=chosen))
    return lines
