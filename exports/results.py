"""What the vote gave, as the report prints it: every idea, kept or not.

The vote engine (:func:`workshop.votes.results.results`) decides what is kept and
which ties were settled how; this module only turns its answer into rows
and sentences in the words of the document.  An idea the plan turned into
an action counts as kept even if the vote was edited afterwards.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field

from workshop.votes.results import results as compute_results
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
    question: str = ""
    key: str = ""  # the theme's id


def idea_results(ws: Workshop) -> list[ThemeResult]:
    """Themes best first, each with all its ideas best first."""
    from_plan = {a.idea for a in ws.plan.actions if a.idea}
    out = []
    for theme in compute_results(ws).themes:
        ideas = [IdeaResult(i.text, i.dots, i.kept or i.id in from_plan) for i in theme.ideas]
        source = ws.theme(theme.id)
        out.append(ThemeResult(theme.title, theme.colour, theme.dots,
                               theme.kept or any(i.kept for i in ideas), ideas,
                               source.question if source else "", theme.id))
    return out


def tie_lines(ws: Workshop, t: gettext.NullTranslations) -> list[str]:
    """One sentence per tie at a cut-off: how it was settled, or that it is open."""
    _ = t.gettext
    lines = []
    for tie in compute_results(ws).ties:
        names = dict(zip(tie.tied, tie.labels))
        tied = ", ".join(f"« {label} »" for label in tie.labels)
        chosen = ", ".join(f"« {names.get(c, c)} »" for c in tie.chosen)
        if not tie.settled:
            lines.append(_("Égalité entre {tied} : pas encore départagée.").format(tied=tied))
        elif tie.method == "runoff":
            runoff = ", ".join(f"{names.get(k, k)} {v}" for k, v in tie.runoff.items())
            lines.append(_("Égalité entre {tied} : départagée par un second vote ({runoff}). "
                           "Retenu : {chosen}.").format(tied=tied, runoff=runoff, chosen=chosen))
        else:
            lines.append(_("Égalité entre {tied} : décision de l'assemblée ({reason}). "
                           "Retenu : {chosen}.").format(tied=tied, reason=tie.reason,
                                                       chosen=chosen))
    return lines
