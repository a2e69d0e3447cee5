"""Plain data prepared from a workshop, one object per document.

Renderers only lay these out; everything that needs thinking (who sits
where, what was kept, how a date reads) happens here and is tested on its
own.  Texts stay raw: the renderers pass them through
:class:`exports.pdf.text.TextCleaner`.  Words are French sources looked up in
the caller's gettext translations ``t``.
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from datetime import date

from exports.results import ThemeResult, idea_results, tie_lines
from workshop.model import CATEGORIES, Workshop
from workshop.plan import action_span, period_months, printable_url


@dataclass
class Header:
    title: str
    organisation: str
    residence: str
    place: str
    date_text: str
    facilitator: str

    @property
    def footer(self) -> str:
        return " — ".join(part for part in (self.title, self.date_text) if part)


@dataclass
class PlanRow:
    title: str
    theme: str
    colour: str
    start: int
    end: int
    period: str
    referents: list[str]
    indicator: str
    budget: str
    description: str
    url: str
    status: str
    status_reason: str
    abandoned: bool = False


@dataclass
class PlanDoc:
    header: Header
    year_label: str
    months: list[str]
    rows: list[PlanRow]
    general_url: str


@dataclass
class ReportDoc:
    header: Header
    participants: int
    present: int
    categories: list[tuple[str, int]]
    round_count: int
    round_minutes: int
    table_count: int
    rounds: list[tuple[str, int]]
    themes: list[ThemeResult]
    ties: list[str]
    plan: PlanDoc
    anonymous: bool
    #: an exports.bilan_data.BilanDoc when the workshop carries last year's bilan
    #: (set by exports.render: bilan_data builds on this module)
    bilan: object = None


@dataclass
class HostSheet:
    table: str
    theme: str
    question: str
    colour: str
    host: str
    rounds: list[tuple[str, list[str]]]


@dataclass
class HostDoc:
    header: Header
    sheets: list[HostSheet]


@dataclass
class Card:
    name: str
    hosting: str = ""
    rounds: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class ItineraryDoc:
    header: Header
    cards: list[Card]


@dataclass
class AttendanceDoc:
    header: Header
    rows: list[tuple[str, str, str]]


Translations = gettext.NullTranslations


# One msgid per list: "mars" is March in full but Mar when short, so a month
# alone would need a context; the translator sees the twelve together.
def _months(t: Translations) -> list[str]:
    return t.gettext("janvier,février,mars,avril,mai,juin,juillet,août,septembre,octobre,"
                     "novembre,décembre").split(",")


def _short_months(t: Translations) -> list[str]:
    return t.gettext("janv.,févr.,mars,avr.,mai,juin,juil.,août,sept.,oct.,nov.,déc.").split(",")


def _status(t: Translations, status: str) -> str:
    return {"planned": t.gettext("prévue"), "in_progress": t.gettext("en cours"),
            "done": t.gettext("réalisée"), "postponed": t.gettext("reportée"),
            "abandoned": t.gettext("abandonnée")}.get(status, status)


def _categories(t: Translations, category: str) -> str:
    """The people of a category, for a count (« Locataires : 12 »)."""
    return {"locataire": t.gettext("Locataires"), "accédant": t.gettext("Accédants"),
            "salarié": t.gettext("Salariés"), "partenaire": t.gettext("Partenaires"),
            "élu": t.gettext("Élus"), "autre": t.gettext("Autres"),
            "": t.gettext("Sans catégorie")}.get(category, category)


def _category(t: Translations, category: str) -> str:
    """One person's category (« Locataire »)."""
    return {"locataire": t.gettext("Locataire"), "accédant": t.gettext("Accédant"),
            "salarié": t.gettext("Salarié"), "partenaire": t.gettext("Partenaire"),
            "élu": t.gettext("Élu"), "autre": t.gettext("Autre")}.get(category, category)


def _round(t: Translations, index: int) -> str:
    return t.gettext("Tour {n}").format(n=index + 1)


def date_text(iso: str, t: Translations) -> str:
    """``2026-12-05`` -> ``5 décembre 2026``; anything else is kept as typed."""
    try:
        year, month, day = (int(part) for part in iso.split("-"))
        date(year, month, day)  # "2026-00-05" is no date: month 0 is not December
        return f"{day} {_months(t)[month - 1]} {year}"
    except (ValueError, IndexError, OverflowError):
        return iso


def header(ws: Workshop, t: Translations, anonymous: bool = False) -> Header:
    residence = ws.plan.residence or ws.place.split(",", 1)[0].strip()
    return Header(ws.title, ws.organisation, residence, ws.place, date_text(ws.date, t),
                  "" if anonymous else ws.facilitator)


def plan_doc(ws: Workshop, t: Translations, anonymous: bool = False) -> PlanDoc:
    months = period_months(ws.plan.year, ws.plan.first_month)
    short = _short_months(t)
    first, last = months[0][0], months[-1][0]
    labels = [short[m - 1] + (f" {y}" if first != last and (i == 0 or m == 1) else "")
              for i, (y, m) in enumerate(months)]
    year_label = str(first) if first == last else f"{first}–{last}"
    rows = []
    for action in ws.plan.actions:
        theme = ws.theme(action.theme)
        start, end = action_span(action)
        (y1, m1), (y2, m2) = months[start - 1], months[end - 1]
        period = f"{short[m1 - 1]} {y1} → {short[m2 - 1]} {y2}"
        rows.append(PlanRow(
            action.title, theme.title if theme else "", theme.colour if theme else "#808080",
            start, end, period, [] if anonymous else list(action.referents), action.indicator,
            action.budget, action.description, printable_url(action.url),
            _status(t, action.status), action.status_reason, action.status == "abandoned"))
    return PlanDoc(header(ws, t, anonymous), year_label, labels, rows,
                   printable_url(ws.plan.general_url))


def report_doc(ws: Workshop, t: Translations, anonymous: bool = False) -> ReportDoc:
    counts: dict[str, int] = {}
    for person in ws.participants:
        key = person.category if person.category in CATEGORIES else ""
        counts[key] = counts.get(key, 0) + 1
    order = [c for c in CATEGORIES if c in counts] + ([""] if "" in counts else [])
    categories = [(_categories(t, c), counts[c]) for c in order]
    rounds = [(_round(t, i), sum(len(v) for v in r.seating.values()))
              for i, r in enumerate(ws.rotation.rounds)]
    return ReportDoc(
        header(ws, t, anonymous), len(ws.participants),
        sum(1 for p in ws.participants if p.present), categories,
        len(ws.rotation.rounds) or ws.rotation.round_count, ws.rotation.round_minutes,
        len(ws.tables), rounds, idea_results(ws), tie_lines(ws, t),
        plan_doc(ws, t, anonymous), anonymous)


def _names(ws: Workshop) -> dict[str, str]:
    return {p.id: p.full_name for p in ws.participants}


def host_doc(ws: Workshop, t: Translations) -> HostDoc:
    names = _names(ws)
    sheets = []
    for table in ws.tables:
        theme = ws.theme(table.theme)
        rounds = []
        for i, rnd in enumerate(ws.rotation.rounds):
            seated = [names.get(pid, pid) for pid in rnd.seating.get(table.id, [])
                      if pid != table.host]
            rounds.append((_round(t, i), sorted(seated, key=str.casefold)))
        sheets.append(HostSheet(
            table.name, theme.title if theme else "", theme.question if theme else "",
            theme.colour if theme else "#808080", names.get(table.host or "", ""), rounds))
    return HostDoc(header(ws, t), sheets)


def table_label(ws: Workshop, table_id: str) -> str:
    table = ws.table(table_id)
    if table is None:
        return table_id
    theme = ws.theme(table.theme)
    return f"{table.name} ({theme.title})" if theme else table.name


def itinerary_doc(ws: Workshop, t: Translations) -> ItineraryDoc:
    where: list[dict[str, str]] = []
    for rnd in ws.rotation.rounds:
        where.append({pid: tid for tid, pids in rnd.seating.items() for pid in pids})
    hosts = {table.host: table.id for table in ws.tables if table.host}
    cards = []
    for person in sorted(ws.participants,
                         key=lambda p: (p.last_name.casefold(), p.first_name.casefold())):
        card = Card(person.full_name)
        if person.id in hosts:
            card.hosting = t.gettext("Capitaine : je reste à {table}").format(
                table=table_label(ws, hosts[person.id]))
        for i, seats in enumerate(where):
            tid = hosts.get(person.id) or seats.get(person.id)
            card.rounds.append((_round(t, i),
                                table_label(ws, tid) if tid else t.gettext("absent·e")))
        cards.append(card)
    return ItineraryDoc(header(ws, t), cards)


def attendance_doc(ws: Workshop, t: Translations) -> AttendanceDoc:
    people = sorted(ws.participants, key=lambda p: (p.last_name.casefold(),
                                                    p.first_name.casefold()))
    rows = [(p.last_name, p.first_name,
             _category(t, p.category) if p.category else "")
            for p in people]
    return AttendanceDoc(header(ws, t), rows)
