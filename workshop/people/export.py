"""The participant list as a CSV that French Excel opens directly, and the
per-person record of what is held (for access requests).

French Excel opens a double-clicked CSV correctly only when it is UTF-8
with a byte-order mark and ``;``-separated.  A cell starting with
``= + - @`` (or a tab or carriage return), even after spaces, would be run
as a formula: it is prefixed with an apostrophe, which the importer removes
again.
Contacts are left out unless asked for: a printed list needs only names.

Column headers and yes/no are words: the caller passes them in the reader's
language (``ui.text.people.csv_words``); without them the list has the
French headers, which the importer recognises.  The per-person record is
plain data here; ``ui.text.people.person_report`` words it.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from collections.abc import Mapping
from pathlib import Path

from workshop.storage.atomic import write_atomic
from workshop.model import Participant, Workshop

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Excel and LibreOffice skip leading blanks before a formula: " =1+1", "\u00a0=1+1"
# and "\u200b@SOMME(…)" run too.  Blanks: Unicode spaces, and the invisible ones.
_LEADING_BLANKS = re.compile(r"[\s\u200b-\u200d\u2060\ufeff]*")

COLUMNS = ("first_name", "last_name", "category", "residence", "needs", "needs_accessible",
           "present", "notes")
CONTACT_COLUMNS = ("email", "phone", "consent_contact")

#: input vocabulary: the headers (and yes/no) the importer reads back (workshop.people.clean)
FRENCH_WORDS = {
    "first_name": "Prénom", "last_name": "Nom", "category": "Catégorie",
    "residence": "Résidence", "needs": "Besoins", "needs_accessible": "Table accessible",
    "present": "Présent·e", "notes": "Remarques", "email": "Courriel", "phone": "Téléphone",
    "consent_contact": "Consentement contact", "yes": "oui", "no": "non",
}


def neutralise(cell: str) -> str:
    """A cell Excel shows as text instead of running it as a formula."""
    if cell.startswith(_FORMULA_START):
        return "'" + cell
    start = _LEADING_BLANKS.match(cell).end()
    return "'" + cell if cell.startswith(_FORMULA_START, start) else cell


def _text(value: object, words: Mapping[str, str]) -> str:
    if isinstance(value, bool):
        return words["yes"] if value else words["no"]
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def list_csv(ws: Workshop, include_contacts: bool = False,
             words: Mapping[str, str] | None = None) -> bytes:
    """The list as bytes: UTF-8 with BOM, ``;``, CRLF (what Excel writes).

    ``words``: a header per column and ``yes``/``no`` (default :data:`FRENCH_WORDS`).
    """
    words = {**FRENCH_WORDS, **(words or {})}
    columns = COLUMNS + (CONTACT_COLUMNS if include_contacts else ())
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([words[attr] for attr in columns])
    for person in ws.participants:
        writer.writerow([neutralise(_text(_value(person, attr), words)) for attr in columns])
    return out.getvalue().encode("utf-8-sig")


def _value(person: Participant, attr: str) -> object:
    # contacts without consent are not exported even if some were left in a file
    if attr in ("email", "phone") and not person.consent_contact:
        return ""
    return getattr(person, attr)


def write_list_csv(ws: Workshop, path: Path, include_contacts: bool = False,
                   words: Mapping[str, str] | None = None) -> None:
    """Write the list atomically (readable by the user only on POSIX)."""
    write_atomic(Path(path), list_csv(ws, include_contacts, words))


# -- what is held about one person ---------------------------------------------
def person_record(ws: Workshop, pid: str) -> dict:
    """Everything the workshop holds about ``pid``, as plain values.

    Other people are never named: seating constraints give only a count.
    """
    person = ws.participant(pid)
    if person is None:
        raise KeyError(pid)
    tables = {t.id: t.name for t in ws.tables}
    ideas = {i.id: i.text for i in ws.ideas}
    record = {"participant": dataclasses.asdict(person)}
    record["hosts"] = [t.name for t in ws.tables if t.host == pid]
    record["seats"] = [
        {"round": index + 1, "table": tables.get(table, table)}
        for index, rnd in enumerate(ws.rotation.rounds)
        for table, people in rnd.seating.items() if pid in people
    ]
    record["votes"] = [
        {"dots": vote.dots, "on": ideas.get(getattr(vote, "idea", ""), "")
         or _theme_title(ws, getattr(vote, "theme", None))}
        for vote in _votes_of(ws, pid)
    ]
    record["referent_of"] = [a.title for a in ws.plan.actions if pid in a.referents]
    record["seating_constraints"] = sum(
        1 for group in ws.rotation.keep_apart + ws.rotation.keep_together if pid in group)
    record["participant"]["pinned"] = tables.get(person.pinned, person.pinned)
    record["workshop"] = {"title": ws.title, "date": _date(ws.date),
                          "organisation": ws.organisation}
    return record


def _date(iso: str) -> str:
    """``2026-12-05`` as ``05/12/2026``; anything else as it is."""
    parts = iso.split("-")
    return "/".join(reversed(parts)) if len(parts) == 3 else iso


def _theme_title(ws: Workshop, theme_id: str | None) -> str:
    theme = ws.theme(theme_id)
    return theme.title if theme else ""


def _votes_of(ws: Workshop, pid: str) -> list:
    """Votes of every kind (the model grows): items of any list with ``participant``."""
    found = []
    for f in dataclasses.fields(ws):
        items = getattr(ws, f.name)
        if isinstance(items, list):
            found += [i for i in items if getattr(i, "participant", None) == pid]
    return found
