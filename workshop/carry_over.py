"""A new workshop from last year's: what comes over, what stays behind.

Last year's file is read, never written: its bytes are decoded in memory,
with no store opened on it (no lock, no backup, no live record, no
migration written back).  The new workshop takes, each optionally, the
organisation, the residence, the themes and the tables; of the
participants only those who agreed to be kept for next year
(``keep_next_year``), the others leaving an anonymous count by category;
and last year's actions become the items of its bilan, with their status
history, follow-up addresses and référents' public details.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from workshop import referents

from workshop.model import (
    AnnualPlan,
    Bilan,
    Participant,
    PastAction,
    Referent,
    Table,
    Workshop,
)
from workshop.people.privacy import ERASED_MARK
from workshop.storage.fileformat import read_only

#: the parts of last year's workshop a facilitator may leave behind
PARTS = ("organisation", "residence", "themes", "tables", "people")


@dataclass(frozen=True)
class CarryOptions:
    """What to take from last year's workshop (everything, unless unticked)."""

    organisation: bool = True
    residence: bool = True
    themes: bool = True
    tables: bool = True
    people: bool = True

    def without(self, *parts: str) -> CarryOptions:
        unknown = set(parts) - set(PARTS)
        if unknown:
            raise TypeError(f"unknown parts {sorted(unknown)}")
        return dataclasses.replace(self, **{part: False for part in parts})


@dataclass(frozen=True)
class Preview:
    """What the new workshop would receive, for the facilitator to decide."""

    kept: int        # participants who agreed to be kept
    left: int        # the others: an anonymous count only
    actions: int
    themes: int
    tables: int
    year: int        # last year's plan


def read_last_year(path: str | Path) -> Workshop:
    """Last year's workshop, decoded from its bytes; the file is left exactly as it was."""
    return read_only(path)


def preview(last: Workshop) -> Preview:
    kept = sum(1 for p in last.participants if p.keep_next_year)
    return Preview(kept, len(last.participants) - kept, len(last.plan.actions),
                   len(last.themes), len(last.tables), last.plan.year)


def new_from(last: Workshop, workshop_id: str,
             options: CarryOptions = CarryOptions()) -> Workshop:
    """This year's workshop, made from ``last`` (which is not changed)."""
    last = copy.deepcopy(last)  # nothing below may share an object with the caller's
    people = [_fresh(p) for p in last.participants if p.keep_next_year] if options.people \
        else []
    kept_ids = {p.id for p in people}
    themes = last.themes if options.themes else []
    tables = [_table(t, kept_ids, options.themes) for t in last.tables] if options.tables \
        else []
    bilan = bilan_of(last, kept_ids)
    ws = Workshop(
        id=workshop_id, title=last.title,
        place=last.place if options.residence else "",
        organisation=last.organisation if options.organisation else "",
        participants=people, themes=themes, tables=tables,
        plan=AnnualPlan(year=last.plan.year + 1, first_month=last.plan.first_month,
                        url_pattern=last.plan.url_pattern, general_url=last.plan.general_url,
                        residence=last.plan.residence if options.residence else "",
                        referent_details=_details_kept(last, kept_ids)),
        bilan=bilan,
    )
    return ws


def bilan_of(last: Workshop, kept: set[str] | frozenset[str] = frozenset()) -> Bilan:
    """Last year's plan as the items of a bilan, and its participants as counts.

    ``kept``: the ids of the participants carried over.  The others leave
    no name: as référents they become their role (« (locataire) »), and
    their full name is taken out of the actions' texts.
    """
    counts: dict[str, int] = {}
    for person in last.participants:
        key = person.category or "autre"
        counts[key] = counts.get(key, 0) + 1
    for key, count in last.erased_counts.items():
        counts[key] = counts.get(key, 0) + count
    residence = last.plan.residence or last.place.split(",", 1)[0].strip()
    return Bilan(
        source_title=last.title, source_date=last.date, organisation=last.organisation,
        residence=residence, year=last.plan.year, first_month=last.plan.first_month,
        themes=copy.deepcopy(last.themes),
        actions=[_without_names(PastAction(**copy.deepcopy(vars(a))), last, kept)
                 for a in last.plan.actions],
        people=counts, kept_people=sum(1 for p in last.participants if p.id in kept))


def _left(last: Workshop, kept: set[str] | frozenset[str]) -> dict[str, Participant]:
    """The participants who stay behind, by id and by full name (folded)."""
    out: dict[str, Participant] = {}
    for person in last.participants:
        if person.id not in kept:
            out[person.id] = person
            if person.first_name.strip() and person.last_name.strip():
                out[" ".join(person.full_name.split()).casefold()] = person
    return out


def _without_names(action: PastAction, last: Workshop,
                   kept: set[str] | frozenset[str]) -> PastAction:
    left = _left(last, kept)
    if not left:
        return action
    details = {d.name: d for d in last.plan.referent_details}
    texts = []
    for text in action.referents:
        name, hint = referents.split(text)
        person = left.get(text.strip()) or left.get(" ".join(name.split()).casefold())
        if person is None:
            texts.append(text)
            continue
        detail = details.get(text.strip())
        role = (detail.role if detail and detail.role else "") or hint or person.category
        if role:
            texts.append(f"({role})")  # a role without a name
    action.referents = texts
    names = [p for key, p in left.items() if key == p.id and p.first_name and p.last_name]
    pattern = _names_pattern(names)
    if pattern is not None:
        for name in ("title", "description", "indicator", "done", "result", "status_reason"):
            setattr(action, name, pattern.sub(ERASED_MARK, getattr(action, name)))
        for change in action.history:
            change.reason = pattern.sub(ERASED_MARK, change.reason)
    return action


def _names_pattern(people: list[Participant]) -> re.Pattern[str] | None:
    """Full names in either order, any spacing, any case."""
    forms = [r"\s+".join(map(re.escape, form.split())) for p in people
             for form in (f"{p.first_name} {p.last_name}", f"{p.last_name} {p.first_name}")]
    return re.compile("|".join(forms), re.IGNORECASE) if forms else None


def _details_kept(last: Workshop, kept: set[str]) -> list[Referent]:
    """The référents' public details, but none of a person who stays behind."""
    left = _left(last, kept)
    return [copy.deepcopy(d) for d in last.plan.referent_details
            if d.name not in left
            and " ".join(referents.split(d.name)[0].split()).casefold() not in left]


def _fresh(person: Participant) -> Participant:
    """A kept person without last year's day: no check-in, seat, absences or notes.

    Their agreement is asked again next year: it was for one year.
    """
    return dataclasses.replace(person, present=False, pinned=None, absent_rounds=[],
                               notes="", keep_next_year=False)


def _table(table: Table, kept_ids: set[str], themes: bool) -> Table:
    return dataclasses.replace(table, host=table.host if table.host in kept_ids else None,
                               theme=table.theme if themes else None)
