"""Plain data of the annual plan, shared by the plan, the report and the wall poster.

Months are positions in the plan's 12-month period (see
:mod:`workshop.plan`); an action happens in its chosen months, or in every
month of its span.  How a period reads (« juin 2027 », « mars → mai 2027 »,
« janv., avr., juil., oct. 2027 ») is decided here, once.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass

from workshop.model import ACTION_STATUSES, Workshop
from workshop.plan import action_months, period_months, printable_url

Translations = gettext.NullTranslations

#: a sign per status, printed in the calendar and explained in its legend
STATUS_SIGNS = {"planned": "", "in_progress": "●", "done": "✓", "postponed": "↻",
                "abandoned": "✕"}


@dataclass
class PlanRow:
    title: str
    theme: str
    colour: str
    months: list[int]
    period: str
    referents: list[str]
    indicator: str
    budget: str
    description: str
    url: str
    status: str
    status_code: str
    status_reason: str

    @property
    def abandoned(self) -> bool:
        return self.status_code == "abandoned"

    @property
    def start(self) -> int:
        return self.months[0]

    @property
    def end(self) -> int:
        return self.months[-1]


def months_full(t: Translations) -> list[str]:
    # One msgid per list: "mars" is March in full but Mar when short, so a month
    # alone would need a context; the translator sees the twelve together.
    return t.gettext("janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,"
                     "novembre,décembre").split(",")


def months_short(t: Translations) -> list[str]:
    return t.gettext("janv.,févr.,mars,avr.,mai,juin,juil.,août,sept.,oct.,nov.,déc.").split(",")


def status_word(t: Translations, status: str) -> str:
    words = {"planned": t.gettext("prévue"), "in_progress": t.gettext("en cours"),
             "done": t.gettext("réalisée"), "postponed": t.gettext("reportée"),
             "abandoned": t.gettext("abandonnée")}
    return words.get(status, status)


def statuses(t: Translations) -> list[tuple[str, str, str]]:
    """(code, word, sign) of every status, in the app's order: the legend."""
    return [(code, status_word(t, code), STATUS_SIGNS[code]) for code in ACTION_STATUSES]


def period_text(positions: list[int], calendar: list[tuple[int, int]],
                t: Translations) -> str:
    """How the months of an action read: one month, a run, or a list by year."""
    short = months_short(t)
    pairs = [calendar[p - 1] for p in positions]
    if len(pairs) == 1:
        (year, month), = pairs
        return f"{short[month - 1]} {year}"
    if positions == list(range(positions[0], positions[-1] + 1)):
        (y1, m1), (y2, m2) = pairs[0], pairs[-1]
        first = short[m1 - 1] if y1 == y2 else f"{short[m1 - 1]} {y1}"
        return f"{first} → {short[m2 - 1]} {y2}"
    groups: list[tuple[int, list[str]]] = []
    for year, month in pairs:
        if not groups or groups[-1][0] != year:
            groups.append((year, []))
        groups[-1][1].append(short[month - 1])
    return ", ".join(f"{', '.join(names)} {year}" for year, names in groups)


def plan_rows(ws: Workshop, t: Translations, anonymous: bool = False) -> list[PlanRow]:
    calendar = period_months(ws.plan.year, ws.plan.first_month)
    rows = []
    for action in ws.plan.actions:
        theme = ws.theme(action.theme)
        months = action_months(action)
        rows.append(PlanRow(
            action.title, theme.title if theme else "", theme.colour if theme else "#808080",
            months, period_text(months, calendar, t),
            [] if anonymous else list(action.referents), action.indicator, action.budget,
            action.description, printable_url(action.url), status_word(t, action.status),
            action.status, action.status_reason))
    return rows


def month_labels(ws: Workshop, t: Translations) -> tuple[list[str], str]:
    """The 12 column labels (the year on the first and on January) and the year label."""
    months = period_months(ws.plan.year, ws.plan.first_month)
    short = months_short(t)
    first, last = months[0][0], months[-1][0]
    labels = [short[m - 1] + (f" {y}" if first != last and (i == 0 or m == 1) else "")
              for i, (y, m) in enumerate(months)]
    return labels, str(first) if first == last else f"{first}–{last}"
