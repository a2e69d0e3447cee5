"""Plain data prepared from a workshop, one object per document.

Renderers only lay these out; everything that needs thinking (who sits
where, what was kept, how a date reads) happens here and is tested on its
own.  Texts stay raw: the renderers pass them through
:class:`exports.pdf.text.TextCleaner`.  Words are French sources looked up in
the caller's gettext translations ``t``.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, field
from datetime import date

from exports.plan_data import PlanRow, month_labels, months_full, plan_rows
from exports.results import ThemeResult, idea_results, tie_lines
from workshop.agenda import planned_clock
from workshop.model import CATEGORIES, Workshop
from workshop.people.order import name_key, person_key
from workshop.plan import printable_url
from workshop.votes.counts import idea_dots, voters


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
        # the date first: a long title is what gives way (with an ellipsis)
        return " — ".join(part for part in (self.date_text, self.title) if part)


@dataclass
class PlanDoc:
    header: Header
    year_label: str
    months: list[str]
    rows: list[PlanRow]
    general_url: str
    adopted: str = ""  # the workshop's date: the day the actions were chosen
    contact: str = ""


@dataclass
class VoteRule:
    voters: int
    dots_each: int
    dots_cast: int
    themes_kept: int
    actions_per_theme: int
    two_stage: bool


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
    rule: VoteRule | None = None
    #: an exports.bilan_data.BilanDoc when the workshop carries last year's bilan
    #: (set by exports.render: bilan_data builds on this module)
    bilan: object = None
    #: theme id → the tables' summaries and photos (exports.paper_data.harvest_by_theme)
    harvest: dict = field(default_factory=dict)
    photos_left_out: bool = False  # the version without names prints no photo


@dataclass
class HostRound:
    label: str
    time: str
    names: list[str]


@dataclass
class HostSheet:
    table: str
    theme: str
    question: str
    colour: str
    host: str
    rounds: list[HostRound]


@dataclass
class HostDoc:
    header: Header
    sheets: list[HostSheet]


@dataclass
class CardRound:
    """One line of a card: the round, its start time, and where to go."""

    label: str
    time: str = ""
    table: str = ""  # the table's name; empty: absent that round
    theme: str = ""
    colour: str = ""  # the theme's (the large-print copy shows it)

    @property
    def number(self) -> str:
        """The table's number as its name gives it (« Table 12 — Les Chênes » → 12)."""
        return table_number(self.table)


def table_number(name: str) -> str:
    match = _NUMBER.search(name)
    return match.group(0) if match else ""


_NUMBER = re.compile(r"\d+")


def says_only_its_number(name: str, number: str, word: str) -> bool:
    """Whether a table's name adds nothing to its printed number: « 3 », or « Table 3 »
    under a number already printed with the word « Table » (``word``, translated)."""
    plain = " ".join(name.split()).casefold()
    return bool(number) and plain in (number, f"{word} {number}".casefold())


@dataclass
class Card:
    name: str
    hosting: str = ""  # the table a capitaine keeps for every round
    hosting_theme: str = ""
    hosting_colour: str = ""
    rounds: list[CardRound] = field(default_factory=list)


@dataclass
class ItineraryDoc:
    header: Header
    cards: list[Card]


@dataclass
class AttendanceDoc:
    header: Header
    rows: list[tuple[str, str, str]]


Translations = gettext.NullTranslations


def _categories(t: Translations, category: str) -> str:
    """The people of a category, for a count (« Locataires : 12 »)."""
    return {"locataire": t.gettext("Locataires"), "accédant": t.gettext("Accédant·es"),
            "salarié": t.gettext("Salarié·es"), "partenaire": t.gettext("Partenaires"),
            "élu": t.gettext("Élu·es"), "autre": t.gettext("Autres"),
            "": t.gettext("Sans catégorie")}.get(category, category)


def _category(t: Translations, category: str) -> str:
    """One person's category (« Salarié·e »): the same inclusive words as the counts."""
    return {"locataire": t.gettext("Locataire"), "accédant": t.gettext("Accédant·e"),
            "salarié": t.gettext("Salarié·e"), "partenaire": t.gettext("Partenaire"),
            "élu": t.gettext("Élu·e"), "autre": t.gettext("Autre")}.get(category, category)


def _round(t: Translations, index: int) -> str:
    return t.gettext("Tour {n}").format(n=index + 1)


def date_text(iso: str, t: Translations) -> str:
    """``2026-12-05`` -> ``5 décembre 2026`` (``1er mars``); anything else is kept as typed."""
    try:
        year, month, day = (int(part) for part in iso.split("-"))
        date(year, month, day)  # "2026-00-05" is no date: month 0 is not December
        day_text = t.gettext("1er") if day == 1 else str(day)
        return f"{day_text} {months_full(t)[month - 1]} {year}"
    except (ValueError, IndexError, OverflowError):
        return iso


def round_times(ws: Workshop, t: Translations) -> list[str]:
    """When each round starts by the run of show (« 9 h 55 »), "" without a planned start."""
    rows = [i for i, step in enumerate(ws.agenda) if step.kind == "round"]
    by_round = {ws.agenda[i].round_index: i for i in rows if ws.agenda[i].round_index is not None}
    out = []
    for k in range(len(ws.rotation.rounds)):
        row = by_round.get(k, rows[k] if k < len(rows) else None)
        clock = planned_clock(ws, row) if row is not None else ""
        if clock:
            hours, minutes = clock.split(":")
            clock = t.gettext("{hours} h {minutes}").format(hours=int(hours), minutes=minutes)
            clock = clock.replace(" ", "\u00a0")  # « 10 h 00 » never breaks
        out.append(clock)
    return out


def header(ws: Workshop, t: Translations, anonymous: bool = False) -> Header:
    residence = ws.plan.residence or ws.place.split(",", 1)[0].strip()
    return Header(ws.title, ws.organisation, residence, ws.place, date_text(ws.date, t),
                  "" if anonymous else ws.facilitator)


def plan_doc(ws: Workshop, t: Translations, anonymous: bool = False) -> PlanDoc:
    labels, year_label = month_labels(ws, t)
    head = header(ws, t, anonymous)
    contact = ws.plan.contact if not anonymous else ""
    return PlanDoc(head, year_label, labels, plan_rows(ws, t, anonymous),
                   printable_url(ws.plan.general_url),
                   head.date_text, contact or ws.organisation)


def _checked_in(ws: Workshop) -> bool:
    return any(p.present for p in ws.participants)


def report_doc(ws: Workshop, t: Translations, anonymous: bool = False) -> ReportDoc:
    counts: dict[str, int] = {}
    for person in ws.participants:
        key = person.category if person.category in CATEGORIES else ""
        counts[key] = counts.get(key, 0) + 1
    order = [c for c in CATEGORIES if c in counts] + ([""] if "" in counts else [])
    categories = [(_categories(t, c), counts[c]) for c in order]
    # once the doors have opened, only the people who came sat at a table
    came = {p.id for p in ws.participants if p.present or not _checked_in(ws)}
    rounds = [(_round(t, i), sum(1 for v in r.seating.values() for pid in v
                                 if pid in came and i not in _absent(ws, pid)))
              for i, r in enumerate(ws.rotation.rounds)]
    settings = ws.vote_settings
    cast = sum(idea_dots(ws).values())
    rule = VoteRule(voters(ws)[0], settings.dots_per_participant, cast, settings.themes_kept,
                    settings.actions_per_theme, settings.two_stage)
    return ReportDoc(
        header(ws, t, anonymous), len(ws.participants),
        sum(1 for p in ws.participants if p.present), categories,
        len(ws.rotation.rounds) or ws.rotation.round_count, ws.rotation.round_minutes,
        len(ws.tables), rounds, idea_results(ws), tie_lines(ws, t),
        plan_doc(ws, t, anonymous), anonymous, rule)


def _absent(ws: Workshop, pid: str) -> list[int]:
    person = ws.participant(pid)
    return person.absent_rounds if person else []


def _names(ws: Workshop) -> dict[str, str]:
    return {p.id: p.full_name for p in ws.participants}


def host_doc(ws: Workshop, t: Translations) -> HostDoc:
    names = _names(ws)
    absent = {p.id: set(p.absent_rounds) for p in ws.participants}
    times = round_times(ws, t)
    sheets = []
    for table in ws.tables:
        theme = ws.theme(table.theme)
        rounds = []
        for i, rnd in enumerate(ws.rotation.rounds):
            seated = [names.get(pid, pid) for pid in rnd.seating.get(table.id, [])
                      if pid != table.host and i not in absent.get(pid, ())]
            rounds.append(HostRound(_round(t, i), times[i], sorted(seated, key=name_key)))
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
    hosts = {table.host: table for table in ws.tables if table.host}
    times = round_times(ws, t)
    cards = []
    for person in sorted(ws.participants, key=person_key):
        card = Card(person.full_name)
        kept = hosts.get(person.id)
        if kept is not None:
            theme = ws.theme(kept.theme)
            card.hosting, card.hosting_theme = kept.name, theme.title if theme else ""
        for i, seats in enumerate(where):
            # an absent round says so, even for a capitaine: nobody waits at a table for them
            tid = None if i in person.absent_rounds else (
                kept.id if kept is not None else seats.get(person.id))
            table = ws.table(tid) if tid else None
            theme = ws.theme(table.theme) if table else None
            card.rounds.append(CardRound(
                _round(t, i), times[i], table.name if table else (tid or ""),
                theme.title if theme else ""))
        cards.append(card)
    return ItineraryDoc(header(ws, t), cards)


def attendance_doc(ws: Workshop, t: Translations) -> AttendanceDoc:
    people = sorted(ws.participants, key=person_key)
    rows = [(p.last_name, p.first_name,
             _category(t, p.category) if p.category else "")
            for p in people]
    return AttendanceDoc(header(ws, t), rows)
