"""The follow-up site as plain data: its pages, each action's public facts.

Public by design: a référent is named only when they agreed
(:mod:`workshop.referents`), otherwise shown by role; no contact, no
facilitator, no participant.  Every date printed is a date of the
workshop's data (an action's last update, the workshop's day), never the
time of writing: a page whose action did not change comes out byte for byte
the same.  This year's actions come first; last year's (the bilan carried
into this workshop) follow, so that last year's QR codes still lead to a page.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from exports.bilan_data import period_text, status_word, summary_line
from exports.data import date_text
from exports.site.addresses import INDEX, Placement, place, site_base
from workshop import bilan, referents, statuses
from workshop.model import Action, Theme, Workshop
from workshop.plan import printable_url, slug

Translations = gettext.NullTranslations
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}")


@dataclass
class Change:
    date: str        # as printed
    iso: str
    status: str      # its word
    reason: str


@dataclass
class Entry:
    """One action as the public sees it."""

    action_id: str
    title: str
    theme: str
    colour: str
    status: str          # code: the page's class for its colour
    status_text: str
    reason: str
    period: str
    referents: list[str]
    description: str
    indicator: str
    done: str
    result: str
    history: list[Change]
    updated: str
    updated_iso: str
    plan_label: str      # « Programmation 2027 »
    past: bool
    url: str             # the address printed in its QR code ("" if none)
    placement: Placement
    path: PurePosixPath | None = None   # its page in the folder, once the pages are made


@dataclass
class Group:
    theme: str
    colour: str
    entries: list[Entry]


@dataclass
class Section:
    """One plan on the index: this year's, or last year's bilan."""

    heading: str
    intro: str
    summary: str
    groups: list[Group]


@dataclass
class Page:
    path: PurePosixPath
    entries: list[Entry]


@dataclass
class SiteDoc:
    lang: str
    title: str
    organisation: str
    residence: str
    base: str
    updated: str
    updated_iso: str
    sections: list[Section]
    pages: list[Page] = field(default_factory=list)

    def entries(self) -> list[Entry]:
        return [e for s in self.sections for g in s.groups for e in g.entries]


def site_doc(ws: Workshop, t: Translations | None = None, lang: str = "fr") -> SiteDoc:
    t = t or gettext.NullTranslations()
    base = site_base(ws)
    residence = ws.plan.residence or ws.place.split(",", 1)[0].strip()
    sections = [_section(ws, t, base, _this_year(ws), t.gettext(
        "Les actions de la programmation {year}"), t.gettext(
        "Les actions retenues par les habitants lors de l'atelier du {date}."))]
    if bilan.has_past(ws):
        sections.append(_section(ws, t, base, bilan.source(ws), t.gettext(
            "Bilan de la programmation {year}"), t.gettext(
            "Ce que sont devenues les actions décidées à l'atelier du {date}.")))
    doc = SiteDoc(lang, t.gettext("Suivi des actions {year}").format(year=ws.plan.year),
                  ws.organisation, residence, base, "", "", sections)
    doc.pages = _pages(doc.entries())
    latest = max((e.updated_iso for e in doc.entries()), default="") or ws.date
    doc.updated_iso, doc.updated = latest, date_text(latest, t) if latest else ""
    return doc


def _this_year(ws: Workshop) -> bilan.Source:
    return bilan.Source(False, ws.plan.year, ws.plan.first_month, list(ws.plan.actions),
                        list(ws.themes), ws.title, ws.date)


def _section(ws: Workshop, t: Translations, base: str, src: bilan.Source, heading: str,
             intro: str) -> Section:
    groups = []
    for group in bilan.by_theme(src):
        entries = [_entry(ws, t, base, src, group.theme, action) for action in group.actions]
        groups.append(Group(group.theme.title or t.gettext("Sans thème"),
                            _safe_colour(group.theme.colour), entries))
    when = date_text(src.workshop_date, t)
    return Section(heading.format(year=src.year), intro.format(date=when) if when else "",
                   summary_line(t, bilan.summary(src.actions)), groups)


def _entry(ws: Workshop, t: Translations, base: str, src: bilan.Source, theme: Theme,
           action: Action) -> Entry:
    updated = statuses.last_update(action) or src.workshop_date
    history = [Change(date_text(c.date, t), c.date, status_word(t, c.status), c.reason)
               for c in action.history]
    url = printable_url(action.url)
    return Entry(
        action.id, action.title, theme.title, _safe_colour(theme.colour), action.status,
        status_word(t, action.status), action.status_reason,
        period_text(t, src.year, src.first_month, action),
        [referent_line(ws, t, text) for text in action.referents], action.description,
        action.indicator, action.done, action.result, history,
        date_text(updated, t) if updated else "", updated,
        t.gettext("Programmation {year}").format(year=src.year), src.past, url,
        place(url, base) if url else Placement("outside"))


def referent_line(ws: Workshop, t: Translations, text: str) -> str:
    """A référent as the public may read it: the name only if they agreed, else a role."""
    seen = referents.public_view(ws, text)
    role = seen.role or _category_role(t, seen.category) or t.gettext("référent·e")
    return f"{seen.name} ({role})" if seen.name else role


def _category_role(t: Translations, category: str) -> str:
    return {"locataire": t.gettext("locataire"), "accédant": t.gettext("accédant·e"),
            "salarié": t.gettext("salarié·e de la coopérative"),
            "partenaire": t.gettext("partenaire"), "élu": t.gettext("élu·e")}.get(category, "")


def _safe_colour(value: str) -> str:
    """A theme colour fit to go into the page's CSS (anything else: grey)."""
    return value if _COLOUR.fullmatch(value or "") else "#808080"


def _pages(entries: list[Entry]) -> list[Page]:
    """One page per file: an action's own address when it is under the base, else its name.

    Two actions printed with the same address (this year's and last year's)
    share its page.
    """
    pages: dict[PurePosixPath, Page] = {}
    for entry in entries:
        if entry.placement.kind == "page" and entry.placement.path != INDEX:
            entry.path = entry.placement.path
            pages.setdefault(entry.path, Page(entry.path, [])).entries.append(entry)
    taken = set(pages) | {INDEX}
    for entry in entries:
        if entry.path is not None:
            continue
        name = slug(entry.title, entry.action_id)
        candidates = [name, f"{name}-{entry.plan_label.rsplit(' ', 1)[-1]}"]
        path = next((PurePosixPath(c, "index.html") for c in candidates
                     if PurePosixPath(c, "index.html") not in taken), None)
        n = 2
        while path is None or path in taken:
            path, n = PurePosixPath(f"{name}-{n}", "index.html"), n + 1
        entry.path = path
        taken.add(path)
        pages[path] = Page(path, [entry])
    return list(pages.values())
