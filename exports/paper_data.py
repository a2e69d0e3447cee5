"""Plain data for the paper side of the café: table cards, the harvest, easy-to-read copies.

- :func:`table_cards_doc`: one card per table (its number, name, theme, question);
- :func:`harvest_by_theme`: per theme, each table's summaries and photos of the
  nappes, as the compte rendu prints them before the theme's ideas;
- :func:`easy_itinerary_doc`: the itineraries in large print, each round with
  its table's colour;
- :func:`easy_report_doc`: the short restitution in easy-to-read style: who
  came, the kept themes (a colour and a shape each) and their actions with when
  they happen.

Texts stay raw here (the renderers clean them); words are French sources
looked up in the caller's gettext translations ``t``.  Photos are named by
their path in the workshop's photo folder, given by the caller (``None``:
no folder, no photo).
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from pathlib import Path

from exports.data import Header, header, itinerary_doc, table_number
from exports.plan_data import months_full
from workshop.model import Workshop
from workshop.plan import action_months, period_months, printable_url
from workshop.votes.results import results as vote_results

Translations = gettext.NullTranslations

#: one shape per theme, in the order of the themes, so a theme is told by more than
#: its colour (people who do not see colours, a copy printed in grey)
SHAPES = ("circle", "square", "triangle", "diamond", "star", "hexagon")


# -- table cards ----------------------------------------------------------------------
@dataclass
class TableCard:
    name: str
    number: str
    theme: str
    question: str
    colour: str


@dataclass
class TableCardsDoc:
    header: Header
    cards: list[TableCard]


def table_cards_doc(ws: Workshop, t: Translations) -> TableCardsDoc:
    cards = []
    for table in ws.tables:
        theme = ws.theme(table.theme)
        cards.append(TableCard(table.name, table_number(table.name),
                               theme.title if theme else "", theme.question if theme else "",
                               theme.colour if theme else "#808080"))
    return TableCardsDoc(header(ws, t), cards)


# -- the harvest --------------------------------------------------------------------
@dataclass
class HarvestPhoto:
    path: Path | None  # None: the file is missing (the report says so)
    caption: str


@dataclass
class HarvestTable:
    name: str
    summaries: list[tuple[str, str]] = field(default_factory=list)  # (round label, text)
    photos: list[HarvestPhoto] = field(default_factory=list)


def _round_label(t: Translations, index: int | None) -> str:
    return t.gettext("Tour {n}").format(n=index + 1) if index is not None else ""


def harvest_by_theme(ws: Workshop, t: Translations, photo_dir: Path | None,
                     with_photos: bool = True) -> dict[str | None, list[HarvestTable]]:
    """Theme id (``None``: tables without theme) → its tables' summaries and photos."""
    out: dict[str | None, list[HarvestTable]] = {}
    for table in ws.tables:
        summaries = sorted((s for s in ws.summaries if s.table == table.id and s.text),
                           key=lambda s: s.round)
        photos = [p for p in ws.photos if p.table == table.id] if with_photos else []
        photos.sort(key=lambda p: (p.round is None, p.round or 0))
        if not summaries and not photos:
            continue
        block = HarvestTable(table.name, [(_round_label(t, s.round), s.text) for s in summaries])
        for item in photos:
            path = photo_dir / item.file if photo_dir is not None and item.file else None
            caption = " — ".join(part for part in (table.name, _round_label(t, item.round))
                                 if part)
            block.photos.append(HarvestPhoto(path if path and path.is_file() else None, caption))
        key = table.theme if ws.theme(table.theme) else None
        out.setdefault(key, []).append(block)
    return out


# -- easy to read ------------------------------------------------------------------------
def easy_itinerary_doc(ws: Workshop, t: Translations):
    """The itineraries, each round knowing its table's theme colour."""
    doc = itinerary_doc(ws, t)
    colours = {table.name: (ws.theme(table.theme).colour if ws.theme(table.theme) else "")
               for table in ws.tables}
    for card in doc.cards:
        card.hosting_colour = colours.get(card.hosting, "")
        for rnd in card.rounds:
            rnd.colour = colours.get(rnd.table, "")
    return doc


@dataclass
class EasyAction:
    title: str
    when: str


@dataclass
class EasyTheme:
    title: str
    colour: str
    shape: str
    actions: list[EasyAction] = field(default_factory=list)


@dataclass
class EasyReportDoc:
    header: Header
    people: int
    theme_count: int
    themes: list[EasyTheme]
    actions_per_theme: int
    url: str = ""
    contact: str = ""


def easy_report_doc(ws: Workshop, t: Translations) -> EasyReportDoc:
    """Who came, the kept themes and their actions (those of the plan, else the vote's)."""
    present = sum(1 for p in ws.participants if p.present) or len(ws.participants)
    shapes = {theme.id: SHAPES[i % len(SHAPES)] for i, theme in enumerate(ws.themes)}
    calendar = period_months(ws.plan.year, ws.plan.first_month)
    by_title: dict[str, list[EasyAction]] = {}
    for action in ws.plan.actions:
        if action.status == "abandoned":
            continue
        when = easy_period(action_months(action), calendar, t)
        by_title.setdefault(action.theme or "", []).append(EasyAction(action.title, when))
    themes: list[EasyTheme] = []
    if ws.plan.actions:
        for theme in ws.themes:
            if theme.id in by_title:
                themes.append(EasyTheme(theme.title, theme.colour, shapes[theme.id],
                                        by_title[theme.id]))
    else:  # no plan yet: what the vote kept
        for result in vote_results(ws).kept_themes():
            theme = ws.theme(result.id)
            if theme is None:
                continue
            themes.append(EasyTheme(theme.title, theme.colour, shapes[theme.id],
                                    [EasyAction(i.text, "") for i in result.ideas if i.kept]))
    return EasyReportDoc(header(ws, t), present, len(ws.themes), themes,
                         ws.vote_settings.actions_per_theme, printable_url(ws.plan.general_url),
                         ws.plan.contact or ws.organisation)


def easy_period(positions: list[int], calendar: list[tuple[int, int]], t: Translations) -> str:
    """When an action happens, in words and in full (« De mars à mai 2027. »)."""
    _ = t.gettext
    full = months_full(t)
    pairs = [calendar[p - 1] for p in positions if 0 < p <= len(calendar)]
    if not pairs:
        return ""
    if len(pairs) == 1:
        (year, month), = pairs
        return _("En {month} {year}.").format(month=full[month - 1], year=year)
    if positions == list(range(positions[0], positions[-1] + 1)):
        (y1, m1), (y2, m2) = pairs[0], pairs[-1]
        start = full[m1 - 1] if y1 == y2 else f"{full[m1 - 1]} {y1}"
        return _("De {start} à {end}.").format(start=start, end=f"{full[m2 - 1]} {y2}")
    names = [f"{full[m - 1]} {y}" for y, m in pairs]
    return _("En {months} et {last}.").format(months=", ".join(names[:-1]), last=names[-1])
