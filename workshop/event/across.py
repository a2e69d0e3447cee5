"""The event seen across rooms: by question or by theme, duplicates suggested.

Everything a room brought has an id prefixed by the room's key (see
:mod:`workshop.event.merge`), so where an idea or a person came from is
read from its id.  The *question* of an idea is the one its group chose
(its table's theme); its *theme* is where the organisers put it, which
may differ once they regrouped similar ideas.

Likely duplicates are suggestions only: ideas (or projects) with the same
words once accents and case are folded (:mod:`workshop.event.folding`);
the facilitator merges them with :func:`workshop.ideas.merge`.  People with
the same name in two rooms are flagged, never merged.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from workshop import ideas as idea_ops
from workshop.event.folding import name_key, same_words_key
from workshop.model import Idea, RoomRecord, Workshop
from workshop.votes.counts import idea_dots

BY = ("question", "theme")


def room_of(ws: Workshop, ident: str | None) -> RoomRecord | None:
    """The room an item (participant, group, idea) came from; None: the event's own."""
    if not ident or "." not in ident:
        return None
    key = ident.split(".", 1)[0]
    return next((r for r in ws.rooms if r.key == key), None)


def group_name(ws: Workshop, table_id: str | None, tables: dict | None = None) -> str:
    """The group's name in its room (« Groupe 3 »), without the room's name."""
    table = tables.get(table_id) if tables is not None else ws.table(table_id)
    if table is None:
        return ""
    room = room_of(ws, table.id)
    lead = f"{room.name} · " if room else ""
    return table.name[len(lead):] if lead and table.name.startswith(lead) else table.name


@dataclass(frozen=True)
class Source:
    """Where one part of an idea was noted: room, group, round (from 0)."""

    room: str
    group: str
    round: int | None


@dataclass
class Entry:
    """One visible idea or project of the combined view."""

    id: str
    text: str
    kind: str
    description: str
    practical: str
    dots: int
    question: str | None
    theme: str | None
    sources: list[Source] = field(default_factory=list)

    @property
    def rooms(self) -> list[str]:
        return list(dict.fromkeys(s.room for s in self.sources))


@dataclass
class Section:
    """The ideas and projects of one question (or theme); ``id`` None: without one."""

    id: str | None
    title: str
    colour: str
    entries: list[Entry] = field(default_factory=list)

    @property
    def projects(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "project"]

    @property
    def ideas(self) -> list[Entry]:
        return [e for e in self.entries if e.kind != "project"]


class _Places:
    """Rooms, groups and merged parts looked up once, for many ideas in a row."""

    def __init__(self, ws: Workshop) -> None:
        self.ws = ws
        self.tables = {t.id: t for t in ws.tables}
        self.children = _children(ws)
        self._groups: dict[str | None, str] = {}
        self._rooms = {r.key: r.name for r in ws.rooms}

    def room(self, ident: str) -> str:
        return self._rooms.get(ident.split(".", 1)[0], "") if "." in ident else ""

    def group(self, table_id: str | None) -> str:
        if table_id not in self._groups:
            self._groups[table_id] = group_name(self.ws, table_id, self.tables)
        return self._groups[table_id]


def sources(ws: Workshop, item: Idea, places: _Places | None = None) -> list[Source]:
    """Where ``item`` and each part merged into it came from (room, group, round)."""
    places = places or _Places(ws)
    children = places.children
    found, todo, seen = [], [item], {item.id}
    while todo:
        part = todo.pop(0)
        source = Source(places.room(part.id), places.group(part.table), part.round)
        if source not in found:
            found.append(source)
        for child in children.get(part.id, []):
            if child.id not in seen:
                seen.add(child.id)
                todo.append(child)
    return found


def _children(ws: Workshop) -> dict[str, list[Idea]]:
    found: dict[str, list[Idea]] = defaultdict(list)
    for item in ws.ideas:
        if item.merged_into is not None:
            found[item.merged_into].append(item)
    return found


def question_of(ws: Workshop, item: Idea, places: _Places | None = None) -> str | None:
    """The question the idea's group chose; else the idea's own theme."""
    table = places.tables.get(item.table) if places else ws.table(item.table)
    return table.theme if table is not None and table.theme else item.theme


def combined(ws: Workshop, by: str = "question") -> list[Section]:
    """Every visible idea and project, per question (or per theme), most dots first."""
    if by not in BY:
        raise ValueError(by)
    dots = idea_dots(ws)
    sections = {t.id: Section(t.id, t.title, t.colour) for t in ws.themes}
    loose = Section(None, "", "#808080")
    places = _Places(ws)
    for item in idea_ops.visible(ws):
        question = question_of(ws, item, places)
        entry = Entry(item.id, item.text, item.kind, item.description, item.practical,
                      dots.get(item.id, 0), question, item.theme,
                      sources(ws, item, places))
        key = question if by == "question" else item.theme
        sections.get(key, loose).entries.append(entry)
    found = list(sections.values()) + ([loose] if loose.entries else [])
    for section in found:
        section.entries.sort(key=lambda e: (e.kind != "project", -e.dots))
    return found


def likely_duplicates(ws: Workshop) -> list[list[str]]:
    """Groups of visible ideas (or projects) with the same words: merge suggestions.

    Only groups spanning two rooms or more, or holding an idea typed at the
    event: a room's own duplicates are its facilitator's business.
    """
    groups: dict[tuple, list[Idea]] = defaultdict(list)
    for item in idea_ops.visible(ws):
        key = same_words_key(item.text)
        if key:
            groups[(item.kind, key)].append(item)
    found = []
    for items in groups.values():
        origins = {room.key if (room := room_of(ws, i.id)) else "" for i in items}
        if len(items) > 1 and len(origins) > 1:
            found.append([i.id for i in items])
    return found


def possible_same_people(ws: Workshop) -> list[list[str]]:
    """Participants with the same name who came from different rooms (flagged only)."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    for person in ws.participants:
        key = name_key(person.first_name, person.last_name)
        if key:
            groups[key].append(person.id)
    found = []
    for ids in groups.values():
        origins = {room.key if (room := room_of(ws, i)) else "" for i in ids}
        if len(origins) > 1:
            found.append(ids)
    return found
