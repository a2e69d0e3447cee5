"""Domain edits the facilitator window makes, as plain functions.

Each function changes a :class:`~workshop.model.Workshop` in place or
raises an :class:`EditError` (a code; ``ui.text`` words it) and leaves
it untouched, so the UI can run it through ``document.apply`` as one
undoable change.  Round numbers in messages count from 1, like on screen.
"""

from __future__ import annotations

import dataclasses

from workshop.people import clean as people_clean
from workshop.errors import WorkshopError
from workshop.groups import check_theme_free
from workshop.history import touch, touch_attr
from workshop.model import Participant, Round, Table, Theme, Workshop, new_id
from workshop.references import drop_references

MAX_ROUNDS = 20
MAX_ROUND_MINUTES = 180
MAX_CAPACITY = 50

WORKSHOP_FIELDS = ("title", "date", "place", "organisation", "facilitator")


class EditError(WorkshopError):
    """A change the facilitator asked for that cannot be made."""

    domain = "edit"


# -- workshop ----------------------------------------------------------------
def update_workshop(ws: Workshop, **changes: str) -> None:
    """Change the title, date (ISO ``yyyy-mm-dd``), place, organisation, facilitator."""
    for name, value in changes.items():
        if name not in WORKSHOP_FIELDS:
            raise TypeError(f"unknown workshop field {name!r}")
        value = value.strip()
        if name == "title" and not value:
            raise EditError("empty_title")
        if name == "date" and value:
            _check_date(value)
    for name, value in changes.items():
        touch_attr(ws, name)
        setattr(ws, name, value.strip())


def _check_date(value: str) -> None:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise EditError("bad_date", value=value) from None


def set_plan_year(ws: Workshop, year: int) -> None:
    if not 2000 <= int(year) <= 2100:
        raise EditError("bad_year", value=year)
    touch_attr(ws.plan, "year")
    ws.plan.year = int(year)


# -- participants -------------------------------------------------------------
PARTICIPANT_FIELDS = {f.name for f in dataclasses.fields(Participant)} - {"id"}
CONTACT_FIELDS = ("email", "phone")


def add_participant(ws: Workshop, first_name: str, **fields: object) -> Participant:
    """A new participant at the end of the list."""
    if not first_name.strip():
        raise EditError("empty_name")
    person = Participant(id=new_id("P", [p.id for p in ws.participants]),
                         first_name=first_name.strip())
    touch_attr(ws, "participants")
    ws.participants.append(person)
    if fields:
        update_participant(ws, person.id, **fields)
    return person


def update_participant(ws: Workshop, pid: str, **changes: object) -> None:
    """Change fields of one person; contacts follow :func:`set_contact_consent`."""
    person = touch(_participant(ws, pid))
    unknown = set(changes) - PARTICIPANT_FIELDS
    if unknown:
        raise TypeError(f"unknown participant fields {sorted(unknown)}")
    if "first_name" in changes and not str(changes["first_name"]).strip():
        raise EditError("empty_name")
    contacts = {k: changes.pop(k) for k in CONTACT_FIELDS if k in changes}
    consent = changes.pop("consent_contact", None)
    if contacts:
        contacts = _clean_contacts(contacts)
        allowed = person.consent_contact if consent is None else consent
        if not allowed and any(contacts.values()):
            raise EditError("contact_needs_consent", person=person.full_name)
    for name, value in changes.items():
        setattr(person, name, value.strip() if isinstance(value, str) else value)
    if consent is not None:
        set_contact_consent(ws, pid, bool(consent))
    for name, value in contacts.items():
        setattr(person, name, value)


def set_contact_consent(ws: Workshop, pid: str, consent: bool) -> None:
    """Tick or untick « accepte d'être contacté·e »; unticking removes the contacts."""
    person = touch(_participant(ws, pid))
    person.consent_contact = consent
    if not consent:
        person.email = person.phone = ""


def _clean_contacts(contacts: dict[str, object]) -> dict[str, str]:
    """E-mail without spaces, French phone numbers grouped by pairs; odd ones refused."""
    cleaned = {}
    if "email" in contacts:
        value, valid = people_clean.email(str(contacts["email"]).strip())
        if not valid:
            raise EditError("bad_email", value=value)
        cleaned["email"] = value
    if "phone" in contacts:
        value, problem = people_clean.phone(str(contacts["phone"]))
        if problem in ("phone_odd", "phone_scientific"):
            raise EditError("bad_phone", value=str(contacts["phone"]).strip())
        cleaned["phone"] = value
    return cleaned


def delete_participant(ws: Workshop, pid: str) -> None:
    """Remove a person everywhere, so that nothing points at the id any more.

    Capitaine role, seats, seating constraints and action référents go;
    their votes stay as anonymous dots (the room counted them).  Ids are
    reused, so a leftover reference would pass to the next person added.
    """
    person = _participant(ws, pid)
    touch_attr(ws, "participants")
    ws.participants.remove(person)
    drop_references(ws, pid)


def _participant(ws: Workshop, pid: str) -> Participant:
    person = ws.participant(pid)
    if person is None:
        raise EditError("unknown_participant")
    return person


# -- themes ----------------------------------------------------------------------
#: Okabe–Ito colours, told apart by people with every common colour blindness
#: (its yellow left out: unreadable on white); a new theme takes the first unused
THEME_COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
                 "#882255", "#117733")


def add_theme(ws: Workshop, title: str, question: str = "", colour: str = "") -> Theme:
    if not title.strip():
        raise EditError("empty_title")
    if not colour:
        used = {t.colour.lower() for t in ws.themes}
        free = [c for c in THEME_COLOURS if c not in used]
        colour = free[0] if free else THEME_COLOURS[len(ws.themes) % len(THEME_COLOURS)]
    theme = Theme(id=new_id("TH", [t.id for t in ws.themes]), title=title.strip(),
                  question=question.strip(), colour=_colour(colour))
    touch_attr(ws, "themes")
    ws.themes.append(theme)
    return theme


def update_theme(ws: Workshop, theme_id: str, **changes: str) -> None:
    theme = ws.theme(theme_id)
    if theme is None:
        raise EditError("unknown_theme")
    if "title" in changes and not changes["title"].strip():
        raise EditError("empty_title")
    if "colour" in changes:
        changes["colour"] = _colour(changes["colour"])
    for name in changes:
        if name not in ("title", "question", "colour"):
            raise TypeError(f"unknown theme field {name!r}")
    touch(theme)
    for name, value in changes.items():
        setattr(theme, name, value.strip())


def delete_theme(ws: Workshop, theme_id: str) -> None:
    """Remove a theme; its tables keep their place without a theme."""
    theme = ws.theme(theme_id)
    if theme is None:
        raise EditError("unknown_theme")
    touch_attr(ws, "themes")
    ws.themes.remove(theme)
    for table in ws.tables:
        if table.theme == theme_id:
            touch(table).theme = None


def _colour(value: str) -> str:
    value = value.strip().lower()
    digits = value[1:]
    if not (value.startswith("#") and len(digits) in (3, 6)
            and all(c in "0123456789abcdef" for c in digits)):
        raise EditError("bad_colour", value=value)
    return value


# -- tables -----------------------------------------------------------------------
def add_table(ws: Workshop, name: str = "", theme: str | None = None,
              capacity: int = 6, accessible: bool = True) -> Table:
    if not 1 <= int(capacity) <= MAX_CAPACITY:
        raise EditError("bad_capacity", max=MAX_CAPACITY, value=capacity)
    if theme is not None and ws.theme(theme) is None:
        raise EditError("unknown_theme")
    table = Table(id=new_id("T", [t.id for t in ws.tables]),
                  name=name.strip() or f"Table {len(ws.tables) + 1}",
                  theme=theme, capacity=int(capacity), accessible=accessible)
    touch_attr(ws, "tables")
    ws.tables.append(table)
    return table


def update_table(ws: Workshop, table_id: str, **changes: object) -> None:
    """Change name, theme, capacity, accessible (the capitaine: :func:`set_host`)."""
    table = _table(ws, table_id)
    for name, value in changes.items():
        if name == "name" and not str(value).strip():
            raise EditError("empty_name")
        if name == "capacity" and not 1 <= int(value) <= MAX_CAPACITY:
            raise EditError("bad_capacity", max=MAX_CAPACITY, value=value)
        if name == "theme" and value is not None and ws.theme(value) is None:
            raise EditError("unknown_theme")
        if name not in ("name", "theme", "capacity", "accessible"):
            raise TypeError(f"unknown table field {name!r}")
    if changes.get("theme", table.theme) != table.theme:
        check_theme_free(ws, table_id)  # a group's chosen question is the group's
    touch(table)
    for name, value in changes.items():
        setattr(table, name, value.strip() if isinstance(value, str) and name == "name" else value)


def set_host(ws: Workshop, table_id: str, pid: str | None) -> None:
    """Make ``pid`` the capitaine of the table (``None``: no capitaine)."""
    table = _table(ws, table_id)
    if pid is not None:
        person = _participant(ws, pid)
        other = next((t for t in ws.tables if t.host == pid and t.id != table_id), None)
        if other is not None:
            raise EditError("already_host", person=person.full_name, table=other.name)
    touch(table).host = pid


def delete_table(ws: Workshop, table_id: str) -> None:
    """Remove a table; the rounds still to come lose its seats (re-plan them)."""
    table = _table(ws, table_id)
    touch_attr(ws, "tables")
    ws.tables.remove(table)
    for rnd in ws.rotation.rounds[ws.rotation.played:]:
        if table_id in rnd.seating:
            touch(rnd).seating.pop(table_id)


def _table(ws: Workshop, table_id: str) -> Table:
    table = ws.table(table_id)
    if table is None:
        raise EditError("unknown_table")
    return table


# -- rotation ---------------------------------------------------------------------
def set_round_settings(ws: Workshop, round_count: int | None = None,
                       round_minutes: int | None = None) -> None:
    rot = ws.rotation
    if round_count is not None:
        if not max(1, rot.played) <= int(round_count) <= MAX_ROUNDS:
            raise EditError("bad_rounds", max=MAX_ROUNDS, value=round_count)
        touch_attr(rot, "round_count")
        touch_attr(rot, "rounds")
        rot.round_count = int(round_count)
        del rot.rounds[rot.round_count:]
    if round_minutes is not None:
        if not 1 <= int(round_minutes) <= MAX_ROUND_MINUTES:
            raise EditError("bad_minutes", max=MAX_ROUND_MINUTES, value=round_minutes)
        touch_attr(rot, "round_minutes")
        rot.round_minutes = int(round_minutes)


def set_rotation_priority(ws: Workshop, priority: str) -> None:
    """Themes first (everyone sees the most themes) or people first (fewest repeated meetings)."""
    if priority not in ("themes", "people"):
        raise EditError("bad_priority", value=priority)
    touch_attr(ws.rotation, "priority")
    ws.rotation.priority = priority


def set_rounds(ws: Workshop, rounds: list[dict[str, list[str]]]) -> None:
    """Store a planned rotation; rounds already held stay as they were."""
    rot = ws.rotation
    kept = rot.rounds[:rot.played]
    fresh = [Round(seating={t: list(ids) for t, ids in r.items()}) for r in rounds[rot.played:]]
    touch_attr(rot, "rounds")
    rot.rounds[:] = kept + fresh


def set_played(ws: Workshop, played: int) -> None:
    """Lock the first ``played`` rounds (they took place; re-planning keeps them)."""
    limit = len(ws.rotation.rounds)
    if not 0 <= played <= limit:
        raise EditError("bad_played", max=limit, value=played)
    touch_attr(ws.rotation, "played")
    ws.rotation.played = played


def move_person(ws: Workshop, round_index: int, pid: str, table_id: str) -> None:
    """Seat ``pid`` at ``table_id`` in one round."""
    seating = _open_round(ws, round_index)
    _table(ws, table_id)
    person = _participant(ws, pid)
    source = _seat_of(seating, pid)
    if source is None:
        raise EditError("not_seated", person=person.full_name, round=round_index + 1)
    if source == table_id:
        return
    _refuse_host(ws, pid)
    touch(ws.rotation.rounds[round_index])
    seating[source].remove(pid)
    seating.setdefault(table_id, []).append(pid)


def swap_people(ws: Workshop, round_index: int, first: str, second: str) -> None:
    """Exchange the seats of two people in one round."""
    seating = _open_round(ws, round_index)
    seats = []
    for pid in (first, second):
        person = _participant(ws, pid)
        table_id = _seat_of(seating, pid)
        if table_id is None:
            raise EditError("not_seated", person=person.full_name, round=round_index + 1)
        seats.append(table_id)
    if seats[0] == seats[1]:
        return
    _refuse_host(ws, first)
    _refuse_host(ws, second)
    touch(ws.rotation.rounds[round_index])
    a, b = seating[seats[0]], seating[seats[1]]
    a[a.index(first)] = second
    b[b.index(second)] = first


def _open_round(ws: Workshop, round_index: int) -> dict[str, list[str]]:
    rot = ws.rotation
    if not 0 <= round_index < len(rot.rounds):
        raise EditError("no_round", round=round_index + 1)
    if round_index < rot.played:
        raise EditError("round_locked", round=round_index + 1)
    return rot.rounds[round_index].seating


def _seat_of(seating: dict[str, list[str]], pid: str) -> str | None:
    return next((t for t, ids in seating.items() if pid in ids), None)


def _refuse_host(ws: Workshop, pid: str) -> None:
    hosted = next((t for t in ws.tables if t.host == pid), None)
    if hosted is not None:
        raise EditError("host_moves", person=ws.participant(pid).full_name, table=hosted.name)
