"""The bilan as plain data: for the one-page PDF, the compte rendu and the follow-up site.

Built from :func:`workshop.bilan.source` (last year's actions carried into
this workshop, else this workshop's own plan).  It holds no personal name:
the bilan says what became of each action, not who carried it (the site
adds the référents' roles itself, with their consent).  Texts stay raw; the
renderers clean them.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass

from exports.data import Header, date_text, header
from exports.plan_data import months_full, status_word  # the plan's words, one list
from workshop import bilan, statuses
from workshop.model import Action, Workshop
from workshop.plan import action_span, period_months

Translations = gettext.NullTranslations


def status_count(t: Translations, status: str, count: int) -> str:
    """« 2 reportées », « 1 en cours »: a count (at least 1) of actions with that status.

    One word or the other is chosen here (1, or more): with a count of at
    least one, French and English agree on it, and the catalogue keeps one
    sentence per message (as every other printed word).
    """
    one = count == 1
    if status == "planned":
        text = t.gettext("{n} prévue") if one else t.gettext("{n} prévues")
    elif status == "in_progress":
        text = t.gettext("{n} en cours")
    elif status == "done":
        text = t.gettext("{n} réalisée") if one else t.gettext("{n} réalisées")
    elif status == "postponed":
        text = t.gettext("{n} reportée") if one else t.gettext("{n} reportées")
    elif status == "abandoned":
        text = t.gettext("{n} abandonnée") if one else t.gettext("{n} abandonnées")
    else:
        text = "{n} " + status
    return text.format(n=count)


def summary_line(t: Translations, summary: bilan.Summary) -> str:
    """« 3 actions sur 6 réalisées (1 en cours, 1 reportée, 1 abandonnée) »."""
    if not summary.total:
        return t.gettext("Aucune action dans cette programmation.")
    if summary.done == 1:
        line = t.gettext("1 action sur {total} réalisée").format(total=summary.total)
    elif summary.done:
        line = t.gettext("{done} actions sur {total} réalisées").format(
            done=summary.done, total=summary.total)
    else:
        line = t.gettext("Aucune action réalisée sur {total}").format(total=summary.total)
    others = [status_count(t, status, count) for status, count in summary.others()]
    return line + (f" ({', '.join(others)})" if others else "")


def period_text(t: Translations, year: int, first_month: int, action: Action) -> str:
    """« mars → mai 2026 » (both years when the period spans two)."""
    months = months_full(t)
    start, end = action_span(action)
    period = period_months(year, first_month)
    (y1, m1), (y2, m2) = period[start - 1], period[end - 1]
    if start == end:
        return f"{months[m1 - 1]} {y1}"
    first = months[m1 - 1] + ("" if y1 == y2 else f" {y1}")
    return f"{first} → {months[m2 - 1]} {y2}"


@dataclass
class BilanRow:
    action_id: str
    title: str
    status: str          # the code (planned, done…)
    status_text: str     # its word
    reason: str
    indicator: str
    done: str
    result: str
    period: str
    updated: str         # « 12 octobre 2026 », or ""
    updated_iso: str


@dataclass
class BilanTheme:
    title: str
    colour: str
    rows: list[BilanRow]


@dataclass
class BilanDoc:
    header: Header
    past: bool           # last year's actions (True) or this plan's, during the year
    year: int
    source_title: str
    source_date: str     # « 29 novembre 2025 »
    summary: str
    themes: list[BilanTheme]
    updated: str         # the latest update of any action, as printed


def bilan_doc(ws: Workshop, t: Translations) -> BilanDoc:
    src = bilan.source(ws)
    themes = []
    for group in bilan.by_theme(src):
        rows = [_row(t, src, action) for action in group.actions]
        themes.append(BilanTheme(group.theme.title or t.gettext("Sans thème"),
                                 group.theme.colour, rows))
    latest = max((statuses.last_update(a) for a in src.actions), default="")
    return BilanDoc(header(ws, t, anonymous=True), src.past, src.year, src.workshop_title,
                    date_text(src.workshop_date, t), summary_line(t, bilan.summary(src.actions)),
                    themes, date_text(latest, t) if latest else "")


def _row(t: Translations, src: bilan.Source, action: Action) -> BilanRow:
    updated = statuses.last_update(action)
    return BilanRow(action.id, action.title, action.status, status_word(t, action.status),
                    action.status_reason, action.indicator, action.done, action.result,
                    period_text(t, src.year, src.first_month, action),
                    date_text(updated, t) if updated else "", updated)
