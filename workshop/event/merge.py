"""Merging one room's workshop into the event, again and again.

A room is known by its workshop's id, title and place (:class:`RoomRecord`);
it gets a key (``S1``, ``S2``…) at its first merge, and everything it brings
carries ids prefixed with that key (``S2.P014``, ``S2.T03``, ``S2.I07``): the
same room merged again gives the same ids, and *replaces* what it brought
before instead of adding to it.  The room's file is read, never written
(:func:`read_room`: no lock, no backup, no temporary file).

What the event decided since the last merge stays: an idea of the room
merged at the event into another room's idea, or moved to another theme,
keeps that (``RoomRecord.given`` says what the room gave last time, so a
difference is the event's doing); a count corrected at the event
(``RoomRecord.settled``) is not overwritten by the room's.  Participants are
never merged: people who may be the same person are flagged
(:func:`workshop.event.across.possible_same_people`).

Every function here changes the event in place and is meant to run inside
``WorkshopDocument.apply`` (one merge, one undoable step); each returns a
:class:`MergeReport` saying what came in.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from workshop import ideas as idea_ops
from workshop.errors import WorkshopError
from workshop.event import across
from workshop.event.folding import same_words_key
from workshop.history import touch, touch_attr
from workshop.model import (Idea, IdeaSource, Participant, RoomRecord, Table, Theme, Vote,
                            Workshop, new_id)
from workshop.storage.fileformat import read_only
from workshop.votes.counts import DoubleTally, double_tallies

#: what a room brings, in the order a report lists it
KINDS = ("participants", "groups", "ideas", "projects", "tallies")


class EventError(WorkshopError):
    """A room that cannot be merged, or removed."""

    domain = "event"


@dataclass
class KindCount:
    """How one kind of item changed: new, gone, changed, and how many the room has now."""

    added: int = 0
    removed: int = 0
    changed: int = 0
    total: int = 0


@dataclass
class MergeReport:
    """What one merge (or removal) of a room did, for the facilitator to read."""

    key: str
    name: str
    file_name: str = ""
    new_room: bool = False
    removed_room: bool = False
    counts: dict[str, KindCount] = field(default_factory=dict)
    #: names of people who may be someone of another room (flagged, never merged)
    same_people: list[str] = field(default_factory=list)
    #: two tallies for one idea from this room
    doubles: list[DoubleTally] = field(default_factory=list)
    #: themes the room brought that the event did not have
    new_themes: list[str] = field(default_factory=list)
    #: ideas whose theme or merge decided at the event was kept
    kept_decisions: int = 0
    #: counts corrected at the event, kept instead of the room's
    settled_kept: int = 0
    #: texts of ideas merged at the event into an idea that left the room (now apart again)
    released: list[str] = field(default_factory=list)
    #: tallies or votes that pointed at ideas that left the room
    dropped_votes: int = 0
    #: another room with the same workshop id (a new version of it?)
    same_workshop_as: str | None = None
    #: the event's vote was set to paper tallies (it was « individual » with no vote)
    vote_set_to_paper: bool = False


# -- reading a room -------------------------------------------------------------------
def read_room(path: str | Path) -> Workshop:
    """The workshop in the room's file; the file is only read (no lock, nothing written)."""
    return read_only(path)


# -- merging ---------------------------------------------------------------------------
def merge_room(ws: Workshop, room: Workshop, file_name: str = "") -> MergeReport:
    """Bring ``room`` into the event ``ws`` (again: replace what it brought before)."""
    if room is ws or room.rooms:
        raise EventError("room_is_event", name=file_name or room.title)
    record = _record_of(ws, room)
    report = MergeReport(key="", name="", file_name=file_name, new_room=record is None)
    if record is None:
        record = RoomRecord(key=_free_key(ws), name="", workshop_id=room.id, title=room.title,
                            place=room.place, file_name=file_name)
        record.name = _room_name(ws, room, record.key, file_name)
        touch_attr(ws, "rooms")
        ws.rooms.append(record)
    else:
        touch(record)
        record.file_name = file_name or record.file_name
    report.key, report.name = record.key, record.name
    report.same_workshop_as = next((r.name for r in ws.rooms if r is not record
                                    and r.workshop_id == room.id), None)
    prefix = record.key + "."
    themes = _map_themes(ws, room, record, report)
    tables = [_table(t, prefix, record.name, themes) for t in room.tables]
    people = [_person(p, prefix) for p in room.participants]
    ideas = [_idea(i, prefix, themes) for i in room.ideas]
    report.kept_decisions = _keep_event_decisions(ws, record, prefix, ideas)
    _count(report, "participants", _splice(ws, "participants", prefix, people))
    _count(report, "groups", _splice(ws, "tables", prefix, tables))
    before_ideas = {i.id: i for i in ws.ideas if i.id.startswith(prefix)}
    _splice(ws, "ideas", prefix, ideas)
    for kind, projects in (("ideas", False), ("projects", True)):
        _count(report, kind, _diff({k: v for k, v in before_ideas.items()
                                    if (v.kind == "project") == projects},
                                   [i for i in ideas if (i.kind == "project") == projects]))
    _count(report, "tallies", _merge_tallies(ws, room, record, prefix, report))
    report.released, report.dropped_votes = _tidy(ws)
    _refresh_sources(ws)
    if ws.vote_settings.mode != "paper" and not any(v.participant for v in ws.votes):
        touch(ws.vote_settings).mode = "paper"
        report.vote_set_to_paper = True
    report.same_people = _same_people_of(ws, prefix)
    report.doubles = [d for d in double_tallies(ws) if d.room == record.key]
    return report


def remove_room(ws: Workshop, key: str) -> MergeReport:
    """Take out everything a room brought (its typed tallies too)."""
    record = next((r for r in ws.rooms if r.key == key), None)
    if record is None:
        raise EventError("unknown_room", room=key)
    prefix = key + "."
    report = MergeReport(key=key, name=record.name, file_name=record.file_name,
                         removed_room=True)
    before_ideas = {i.id: i for i in ws.ideas if i.id.startswith(prefix)}
    _count(report, "participants", _splice(ws, "participants", prefix, []))
    _count(report, "groups", _splice(ws, "tables", prefix, []))
    _splice(ws, "ideas", prefix, [])
    for kind, projects in (("ideas", False), ("projects", True)):
        _count(report, kind, _diff({k: v for k, v in before_ideas.items()
                                    if (v.kind == "project") == projects}, []))
    gone = [v for v in ws.votes if v.room == key]
    touch_attr(ws, "votes")
    ws.votes[:] = [v for v in ws.votes if v.room != key]
    report.counts["tallies"] = KindCount(removed=len(gone))
    touch_attr(ws, "rooms")
    ws.rooms.remove(record)
    report.released, report.dropped_votes = _tidy(ws)
    _refresh_sources(ws)
    return report


# -- the room's identity ------------------------------------------------------------------
def _record_of(ws: Workshop, room: Workshop) -> RoomRecord | None:
    identity = (room.id, room.title, room.place)
    return next((r for r in ws.rooms if (r.workshop_id, r.title, r.place) == identity), None)


def _free_key(ws: Workshop) -> str:
    taken = {r.key for r in ws.rooms}
    n = 1
    while f"S{n}" in taken:
        n += 1
    return f"S{n}"


def _room_name(ws: Workshop, room: Workshop, key: str, file_name: str) -> str:
    base = room.place.strip() or room.title.strip() or Path(file_name).stem or key
    return f"{base} ({key})" if any(r.name == base for r in ws.rooms) else base


# -- what the room brings, with the event's ids ---------------------------------------------
def _map_themes(ws: Workshop, room: Workshop, record: RoomRecord,
                report: MergeReport) -> dict[str, str]:
    """Room theme id → event theme id: as last time, else the same words, else a new theme."""
    by_words = {same_words_key(t.title): t.id for t in ws.themes}
    known = {t.id for t in ws.themes}
    mapping: dict[str, str] = {}
    for theme in room.themes:
        target = record.themes.get(theme.id)
        if target not in known:
            target = by_words.get(same_words_key(theme.title))
        if target is None:
            target = new_id("TH", known)
            touch_attr(ws, "themes")
            ws.themes.append(Theme(target, theme.title, theme.question, theme.colour))
            known.add(target)
            by_words[same_words_key(theme.title)] = target
            report.new_themes.append(theme.title)
        mapping[theme.id] = target
    record.themes = mapping
    return mapping


def _prefixed(prefix: str, ident: str | None) -> str | None:
    return None if ident is None else prefix + ident


def _table(table: Table, prefix: str, room_name: str, themes: dict[str, str]) -> Table:
    return dataclasses.replace(table, id=prefix + table.id, name=f"{room_name} · {table.name}",
                               theme=themes.get(table.theme), host=_prefixed(prefix, table.host))


def _person(person: Participant, prefix: str) -> Participant:
    consent = person.consent_contact  # contacts travel only with the person's consent
    return dataclasses.replace(person, id=prefix + person.id,
                               pinned=_prefixed(prefix, person.pinned),
                               absent_rounds=list(person.absent_rounds),
                               email=person.email if consent else "",
                               phone=person.phone if consent else "")


def _idea(item: Idea, prefix: str, themes: dict[str, str]) -> Idea:
    return dataclasses.replace(
        item, id=prefix + item.id, theme=themes.get(item.theme),
        table=_prefixed(prefix, item.table), merged_into=_prefixed(prefix, item.merged_into),
        sources=[IdeaSource(_prefixed(prefix, s.table), s.round) for s in item.sources])


def _keep_event_decisions(ws: Workshop, record: RoomRecord, prefix: str,
                          ideas: list[Idea]) -> int:
    """An idea's theme or merge changed at the event since the last merge stays so."""
    current = {i.id: i for i in ws.ideas if i.id.startswith(prefix)}
    kept = 0
    given: dict[str, list[str]] = {}
    for item in ideas:
        given[item.id] = [item.theme or "", item.merged_into or ""]
        old, last = current.get(item.id), record.given.get(item.id)
        if old is None or last is None or len(last) != 2:
            continue
        if (old.theme or "") != last[0]:
            item.theme, kept = old.theme, kept + 1
        if (old.merged_into or "") != last[1]:
            item.merged_into, kept = old.merged_into, kept + 1
    record.given = given
    return kept


def _merge_tallies(ws: Workshop, room: Workshop, record: RoomRecord, prefix: str,
                   report: MergeReport) -> KindCount:
    """The room's paper tallies (an individual vote counts as its sum per idea)."""
    ideas = {i.id for i in room.ideas}
    if room.vote_settings.mode == "individual":
        roots = idea_ops.roots(room)
        per: Counter[str] = Counter()
        for v in room.votes:
            if v.participant is not None and v.stage == "actions" and v.idea in ideas:
                per[roots[v.idea]] += v.dots
        counted = list(per.items())
    else:
        counted = [(v.idea, v.dots) for v in room.votes
                   if v.participant is None and v.stage == "actions" and v.idea in ideas]
    settled = set(record.settled)
    report.settled_kept = len({prefix + i for i, _ in counted} & settled)
    new = [Vote(prefix + i, dots, room=record.key, from_room_file=True)
           for i, dots in counted if dots > 0 and prefix + i not in settled]
    old = [v for v in ws.votes if v.room == record.key and v.from_room_file]
    touch_attr(ws, "votes")
    ws.votes[:] = [v for v in ws.votes if not (v.room == record.key and v.from_room_file)] + new
    before, after = Counter((v.idea, v.dots) for v in old), Counter((v.idea, v.dots) for v in new)
    return KindCount(added=sum((after - before).values()), removed=sum((before - after).values()),
                     total=len(new))


# -- replacing the room's part ----------------------------------------------------------
def _splice(ws: Workshop, name: str, prefix: str, new: list) -> tuple[dict, list]:
    """Put ``new`` where the room's old items were; return (old items by id, new)."""
    items = getattr(ws, name)
    old = {i.id: i for i in items if i.id.startswith(prefix)}
    if not old and not new:
        return old, new
    position = next((k for k, i in enumerate(items) if i.id.startswith(prefix)), len(items))
    kept = [i for i in items if not i.id.startswith(prefix)]
    touch_attr(ws, name)
    items[:] = kept[:position] + new + kept[position:]
    return old, new


def _diff(old: dict, new: list) -> KindCount:
    from workshop.storage.serial import to_data

    count = KindCount(total=len(new))
    new_ids = set()
    for item in new:
        new_ids.add(item.id)
        before = old.get(item.id)
        if before is None:
            count.added += 1
        elif to_data(before) != to_data(item):
            count.changed += 1
    count.removed = sum(1 for ident in old if ident not in new_ids)
    return count


def _count(report: MergeReport, kind: str, value) -> None:
    report.counts[kind] = value if isinstance(value, KindCount) else _diff(*value)


def _tidy(ws: Workshop) -> tuple[list[str], int]:
    """Ideas merged into one that is gone stand apart again; votes on gone ideas go."""
    ids = {i.id for i in ws.ideas}
    released = []
    for item in ws.ideas:
        if item.merged_into is not None and item.merged_into not in ids:
            touch(item).merged_into = None
            released.append(item.text)
    orphans = [v for v in ws.votes if v.idea not in ids]
    if orphans:
        touch_attr(ws, "votes")
        ws.votes[:] = [v for v in ws.votes if v.idea in ids]
    return released, len(orphans)


def _refresh_sources(ws: Workshop) -> None:
    """Each idea's ``sources``: where it and every part merged into it were noted."""
    children: dict[str, list[Idea]] = {}
    for item in ws.ideas:
        if item.merged_into is not None:
            children.setdefault(item.merged_into, []).append(item)

    def walk(item: Idea, seen: set[str]) -> list[IdeaSource]:
        found = [IdeaSource(item.table, item.round)]
        for part in children.get(item.id, []):
            if part.id not in seen:
                seen.add(part.id)
                found += walk(part, seen)
        return found

    for item in ws.ideas:
        sources = walk(item, {item.id})
        if [(s.table, s.round) for s in sources] != [(s.table, s.round) for s in item.sources]:
            touch(item).sources = sources


def _same_people_of(ws: Workshop, prefix: str) -> list[str]:
    names = []
    for group in across.possible_same_people(ws):
        if any(pid.startswith(prefix) for pid in group):
            person = ws.participant(group[0])
            names.append(person.full_name if person else group[0])
    return names
