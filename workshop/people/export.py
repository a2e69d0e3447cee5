"""The participant list as a CSV that French Excel opens directly, and the
per-person record of what is held (for access requests).

French Excel opens a double-clicked CSV correctly only when it is UTF-8
with a byte-order mark and ``;``-separated.  A cell starting with
``= + - @`` (or a tab or carriage return) would be run as a formula: it is
prefixed with an apostrophe, which the importer removes again.
Contacts are left out unless asked for: a printed list needs only names.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

from workshop.storage.atomic import write_atomic
from workshop.messages import language
from workshop.model import Participant, Workshop

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# (attribute, French header, English header); headers the importer recognises
COLUMNS = (
    ("first_name", "Prénom", "First name"),
    ("last_name", "Nom", "Last name"),
    ("category", "Catégorie", "Category"),
    ("residence", "Résidence", "Residence"),
    ("needs", "Besoins", "Needs"),
    ("needs_accessible", "Table accessible", "Accessible table"),
    ("present", "Présent·e", "Present"),
    ("notes", "Remarques", "Notes"),
)
CONTACT_COLUMNS = (
    ("email", "Courriel", "E-mail"),
    ("phone", "Téléphone", "Phone"),
    ("consent_contact", "Consentement contact", "Consent to contact"),
)


def neutralise(cell: str) -> str:
    """A cell Excel shows as text instead of running it as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def _text(value: object, lang: str) -> str:
    if isinstance(value, bool):
        return ("yes" if value else "no") if lang == "en" else ("oui" if value else "non")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def list_csv(ws: Workshop, include_contacts: bool = False, lang: str | None = None) -> bytes:
    """The list as bytes: UTF-8 with BOM, ``;``, CRLF (what Excel writes)."""
    lang = lang or language()
    columns = COLUMNS + (CONTACT_COLUMNS if include_contacts else ())
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([en if lang == "en" else fr for _, fr, en in columns])
    for person in ws.participants:
        writer.writerow([neutralise(_text(_value(person, attr), lang))
                         for attr, _, _ in columns])
    return out.getvalue().encode("utf-8-sig")


def _value(person: Participant, attr: str) -> object:
    # contacts without consent are not exported even if some were left in a file
    if attr in ("email", "phone") and not person.consent_contact:
        return ""
    return getattr(person, attr)


def write_list_csv(ws: Workshop, path: Path, include_contacts: bool = False) -> None:
    """Write the list atomically (readable by the user only on POSIX)."""
    write_atomic(Path(path), list_csv(ws, include_contacts))


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


_LABELS = {
    "title": ("Données détenues sur {name}", "Data held about {name}"),
    "workshop": ("Atelier : {title} ({date}), {organisation}", "Workshop: {title} ({date}), {organisation}"),
    "fields": ("Fiche", "Record"),
    "hosts": ("Capitaine de la table", "Host of table"),
    "seats": ("Tour {round} : table {table}", "Round {round}: table {table}"),
    "votes": ("Vote : {dots} gommette(s) pour « {on} »", "Vote: {dots} dot(s) for “{on}”"),
    "referent": ("Référent·e de l'action", "Referent of action"),
    "constraints": ("Contraintes de placement avec d'autres personnes : {n}",
                    "Seating constraints with other people: {n}"),
    "none": ("(rien)", "(nothing)"),
}
_FIELD_LABELS = {attr: (fr, en) for attr, fr, en in COLUMNS + CONTACT_COLUMNS}
_FIELD_LABELS.update({
    "id": ("Identifiant", "Id"), "pinned": ("Table fixée", "Pinned table"),
    "absent_rounds": ("Absent·e aux tours", "Absent in rounds"),
})


def person_report(ws: Workshop, pid: str, lang: str | None = None) -> str:
    """The record as plain text a person can read (answer to an access request)."""
    lang = lang or language()
    en = lang == "en"

    def say(key: str, **params: object) -> str:
        return _LABELS[key][en].format(**params)

    record = person_record(ws, pid)
    person = record["participant"]
    lines = [say("title", name=f"{person['first_name']} {person['last_name']}".strip()),
             say("workshop", **record["workshop"]), "", say("fields")]
    for attr, value in person.items():
        label = _FIELD_LABELS.get(attr, (attr, attr))[en]
        lines.append(f"  {label} : {_text(value, lang)}")
    lines.append("")
    lines += [f"{say('hosts')} : {name}" for name in record["hosts"]]
    lines += [say("seats", **seat) for seat in record["seats"]]
    lines += [say("votes", **vote) for vote in record["votes"]]
    lines += [f"{say('referent')} : {title}" for title in record["referent_of"]]
    lines.append(say("constraints", n=record["seating_constraints"]))
    return "\n".join(lines) + "\n"


def write_person_report(ws: Workshop, pid: str, path: Path) -> None:
    write_atomic(Path(path), person_report(ws, pid).encode("utf-8"))
