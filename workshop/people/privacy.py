"""Personal data: erase a person everywhere, forget old contacts.

Erasing is deliberately final: the person leaves the workshop (list,
capitaine role, seats, votes become anonymous dots, action referents,
seating constraints) *and* every file the application wrote for the
workshop and knows of is reached: backups and set-aside copies are
rewritten without them, stale temporary files removed, recorded exports
deleted (those moved or changed since are named instead), and the photos
of the nappes on which they may be recognised deleted (a photo showing
faces, taken at a table where they sat: see
:func:`workshop.harvest.photos_showing`), with every photo file no copy of
the workshop names any more (the photo folder is the store's, like its
backups: :attr:`WorkshopStore.photo_dir`).
Only an anonymous count by category stays (``Workshop.erased_counts``),
so the history of the workshop still adds up.

Backups are older states, where an id may have belonged to someone else
(ids are reused after a deletion): there a person is recognised by name
(ignoring case, accents and spaces), e-mail, or same id with the same
first or last name.  A damaged backup that still mentions them cannot be
rewritten and is deleted — the application cannot restore it anyway.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from workshop.storage.atomic import write_atomic
from workshop.storage import photos as photo_files
from workshop.storage.exported import fingerprint
from workshop.errors import WorkshopError
from workshop.harvest import photos_showing
from workshop.model import Participant, Workshop
from workshop.people.clean import fold
from workshop.references import drop_references
from workshop.storage.store import StoreError, WorkshopStore, decode, encode, workshop_to_tables

DEFAULT_RETENTION_MONTHS = 12
ERASED_MARK = "[personne effacée]"


class PrivacyError(WorkshopError):
    domain = "people.privacy"


@dataclass(frozen=True)
class Identity:
    """How a person is recognised in older copies of the workshop."""

    pid: str
    first: str
    last: str
    email: str
    surnames: tuple[str, ...] = ()  # parts of a compound surname (Quintard-Lefèvre)

    @classmethod
    def of(cls, person: Participant) -> Identity:
        parts = (fold(w) for w in re.split(r"[\s\-'’]+", person.last_name))
        return cls(person.id, fold(person.first_name), fold(person.last_name),
                   person.email.strip().casefold(), tuple(w for w in parts if len(w) > 3))

    def matches(self, person: Participant) -> bool:
        first, last = fold(person.first_name), fold(person.last_name)
        if sorted((first, last)) == sorted((self.first, self.last)):
            return True
        if self.email and person.email.strip().casefold() == self.email:
            return True
        return person.id == self.pid and bool(
            (first and first == self.first) or (last and last == self.last))

    def named_in(self, text: str) -> bool:
        """Might free text name them (surname, full name, e-mail)?  For review."""
        folded = fold(text)
        words = [w for w in (self.last, fold(self.email), *self.surnames) if len(w) > 3]
        return any(w in folded for w in words)

    def held_by(self, value: object) -> bool:
        """Does this value (a field, a name, a person) hold them?  For the undo history."""
        if isinstance(value, Participant):
            return self.matches(value)
        return isinstance(value, str) and (value == self.pid or self.named_in(value))

    def found_in_file(self, raw: bytes) -> bool:
        """Do the bytes of a (damaged) file hold their name or e-mail anywhere?"""
        folded = fold(raw.decode("utf-8", errors="replace"))
        if self.email and fold(self.email) in folded:
            return True
        surnames = [w for w in (self.last, *self.surnames) if w]
        if self.first and not surnames:
            return self.first in folded
        return (not self.first or self.first in folded) and any(w in folded for w in surnames)


@dataclass
class ErasureReport:
    identity: Identity
    backups_cleaned: list[Path] = field(default_factory=list)
    backups_deleted: list[Path] = field(default_factory=list)
    copies_unreachable: list[Path] = field(default_factory=list)
    temps_removed: list[Path] = field(default_factory=list)
    exports_deleted: list[Path] = field(default_factory=list)
    exports_unreachable: list[Path] = field(default_factory=list)  # moved, changed, gone
    photos_deleted: list[Path] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # free text still naming them


# -- in one workshop ---------------------------------------------------------------
def erase_person(ws: Workshop, pid: str) -> Identity:
    """Remove ``pid`` from ``ws`` everywhere; keep an anonymous count."""
    person = ws.participant(pid)
    if person is None:
        raise PrivacyError("unknown_person")
    identity = Identity.of(person)
    # before the seats go: they say at which tables the person could be on a photo
    showing = {item.id for item in photos_showing(ws, pid)}
    if showing:
        ws.photos[:] = [item for item in ws.photos if item.id not in showing]
    ws.participants.remove(person)
    drop_references(ws, pid)
    _redact(ws, _name_pattern(person))
    key = person.category or "autre"
    ws.erased_counts[key] = ws.erased_counts.get(key, 0) + 1
    return identity


def _name_pattern(person: Participant) -> re.Pattern[str] | None:
    """Full name (either order, any spacing, any case) or e-mail, in free text."""
    forms = [f"{person.first_name} {person.last_name}", f"{person.last_name} {person.first_name}"]
    forms = [r"\s+".join(map(re.escape, form.split())) for form in forms
             if person.first_name.strip() and person.last_name.strip()]
    if person.email.strip():
        forms.append(re.escape(person.email.strip()))
    return re.compile("|".join(forms), re.IGNORECASE) if forms else None


def _redact(obj: object, pattern: re.Pattern[str] | None) -> None:
    """Replace the name in every free text of the tree (ideas, notes, referents...)."""
    if pattern is None:
        return
    for f in dataclasses.fields(obj):
        if f.name != "id":
            setattr(obj, f.name, _redacted(getattr(obj, f.name), pattern))


def _redacted(value, pattern: re.Pattern[str]):
    if isinstance(value, str):
        return pattern.sub(ERASED_MARK, value)
    if isinstance(value, list):
        return [_redacted(item, pattern) for item in value]
    if dataclasses.is_dataclass(value):
        _redact(value, pattern)
    return value


def mentions(ws: Workshop, identity: Identity) -> list[str]:
    """Where free text (ideas, notes, actions) still names the person."""
    found: list[str] = []
    for path, text in _texts(ws, "atelier"):
        if identity.named_in(text):
            found.append(path)
    return found


def _texts(obj: object, where: str):
    if isinstance(obj, str):
        yield where, obj
    elif isinstance(obj, list):
        for i, item in enumerate(obj):
            yield from _texts(item, f"{where}[{i + 1}]")
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from _texts(item, f"{where}.{key}")
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            yield from _texts(getattr(obj, f.name), f"{where}.{f.name}")


# -- on disk -------------------------------------------------------------------------
def erase_everywhere(ws: Workshop, store: WorkshopStore | None, pid: str) -> ErasureReport:
    """Erase ``pid`` from ``ws`` and from every file the application wrote for it.

    Older copies go first (backups, set-aside damaged copies, temporary
    files left by a crash), the workshop file last: killed half-way, the
    person is still in the file and the erasure can simply be run again;
    once the file is without them, no copy has them.  Then the exported
    files recorded beside the workshop are deleted when they are still the
    ones the application wrote; the others are named in the report.  The
    live show record holds no name.  No backup is taken (an erased person
    must not survive in a fresh one).
    """
    if store is not None and store.read_only:
        raise PrivacyError("read_only")
    person = ws.participant(pid)
    if person is None:
        raise PrivacyError("unknown_person")
    report = ErasureReport(Identity.of(person))
    if store is None:
        erase_person(ws, pid)
    else:
        named: set[str] = set()  # the photo files some copy of the workshop still names

        def erase_in_copy(copy: Workshop) -> bool:
            changed = _erase_matches(copy, report.identity)
            named.update(item.file for item in copy.photos)
            return changed

        with store.exclusive():  # no save or backup of another thread in between
            report.temps_removed = store.clean_temps()
            _rewrite_copies(store, report, erase_in_copy)
            erase_person(ws, pid)
            store.save(ws)
            named.update(item.file for item in ws.photos)
            report.photos_deleted = photo_files.remove_unused(store.photo_dir, named)
        _reach_exports(store, report)
    report.mentions = mentions(ws, report.identity)  # what the exact-name redaction missed
    return report


def _erase_matches(copy: Workshop, identity: Identity) -> bool:
    found = [p.id for p in copy.participants if identity.matches(p)]
    for pid in found:
        erase_person(copy, pid)
    return bool(found)


def _rewrite_copies(store: WorkshopStore, report: ErasureReport, change) -> None:
    for path in store.copies():
        try:
            raw = path.read_bytes()
        except OSError:
            report.copies_unreachable.append(path)
            continue
        try:
            copy = decode(raw, path)
        except StoreError:
            if report.identity.found_in_file(raw):
                path.unlink(missing_ok=True)
                report.backups_deleted.append(path)
            continue
        if change(copy):
            write_atomic(path, encode(workshop_to_tables(copy)))
            report.backups_cleaned.append(path)


def _reach_exports(store: WorkshopStore, report: ErasureReport) -> None:
    """Delete the recorded exports still as written; name the ones out of reach."""
    deleted: set[str] = set()
    for item in store.exported_files():
        path = Path(item.path)
        try:
            if fingerprint(path) != (item.size, item.sha256):
                report.exports_unreachable.append(path)  # changed since: not ours to delete
                continue
            path.unlink()
        except OSError:  # moved, deleted, on a drive no longer there
            report.exports_unreachable.append(path)
            continue
        deleted.add(item.path)
        report.exports_deleted.append(path)
    if deleted:
        store.forget_exports(deleted)


def copies_on_disk(store: WorkshopStore) -> list[Path]:
    """Backups and damaged copies set aside beside the workshop file."""
    return store.copies()


# -- contacts and retention ------------------------------------------------------------
def workshop_age_months(ws: Workshop, today: date | None = None) -> int | None:
    """Whole months since the workshop date, or ``None`` without a valid date."""
    try:
        held = date.fromisoformat(ws.date)
    except ValueError:
        return None
    today = today or date.today()
    months = (today.year - held.year) * 12 + today.month - held.month
    return months - (today.day < held.day)


def contacts_to_delete(ws: Workshop, months: int, today: date | None = None) -> list[str]:
    """Ids whose e-mail or phone should go: no consent, or the workshop is old."""
    age = workshop_age_months(ws, today)
    too_old = age is not None and age >= months
    return [p.id for p in ws.participants
            if (p.email or p.phone) and (too_old or not p.consent_contact)]


def forget_contacts(ws: Workshop, pids: list[str]) -> int:
    """Clear e-mail, phone and consent of ``pids``; how many were cleared."""
    count = 0
    for person in ws.participants:
        if person.id in pids and (person.email or person.phone or person.consent_contact):
            person.email = person.phone = ""
            person.consent_contact = False
            count += 1
    return count


def forget_contacts_everywhere(ws: Workshop, store: WorkshopStore | None,
                               pids: list[str]) -> int:
    """:func:`forget_contacts`, saved, and the same contacts cleared in backups."""
    if store is not None and store.read_only:
        raise PrivacyError("read_only")
    identities = [Identity.of(p) for p in ws.participants if p.id in pids]
    if store is None:
        return forget_contacts(ws, pids)

    def clear(copy: Workshop) -> bool:
        found = [p.id for p in copy.participants if any(i.matches(p) for i in identities)]
        return forget_contacts(copy, found) > 0

    with store.exclusive():  # copies first, then the file (see erase_everywhere)
        store.clean_temps()
        _rewrite_copies(store, ErasureReport(Identity("", "", "", "")), clear)
        count = forget_contacts(ws, pids)
        store.save(ws)
    return count
