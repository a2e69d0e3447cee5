"""Plain data for an event's documents: the combined restitution and the rooms' handouts.

Everything that needs thinking happens here (what each room brought, what
the vote kept, where each merged idea came from), tested on its own; the
renderers in :mod:`exports.documents.event_restitution` and
:mod:`exports.documents.room_handouts` only lay it out.  Texts stay raw.
"""

from __future__ import annotations

import gettext
from collections import Counter
from dataclasses import dataclass, field

from exports.data import Header, header
from exports.results import tie_lines
from workshop import ideas as idea_ops
from workshop.event import across
from workshop.model import Workshop
from workshop.votes.counts import double_tallies
from workshop.votes.results import Results, results

Translations = gettext.NullTranslations


@dataclass
class RoomLine:
    name: str
    file_name: str
    participants: int
    groups: int
    projects: int
    ideas: int
    dots: int


@dataclass
class ItemRow:
    """A project or an idea with its dots, whether kept, and where it came from."""

    id: str
    text: str
    description: str
    practical: str
    dots: int
    kept: bool
    project: bool
    sources: str        # « Salle Loire · Groupe 2, tour 1 ; Salle Rhône · Groupe 5 »
    parts: int = 1      # how many ideas were merged into this one (itself included)


@dataclass
class QuestionPart:
    title: str
    question: str
    colour: str
    dots: int
    projects: list[ItemRow] = field(default_factory=list)
    ideas: list[ItemRow] = field(default_factory=list)


@dataclass
class EventDoc:
    header: Header
    rooms: list[RoomLine]
    people: int
    same_people: int
    rule: str                   # the vote rule in words
    dots_cast: int
    laureates: list[ItemRow]    # the winning projects (or the kept actions), best first
    questions: list[QuestionPart]
    ties: list[str]
    pending: list[str]          # what keeps the result from being final


@dataclass
class GroupPart:
    name: str
    question: str
    projects: list[ItemRow] = field(default_factory=list)
    ideas: list[ItemRow] = field(default_factory=list)


@dataclass
class RoomHandout:
    room: RoomLine
    groups: list[GroupPart]
    laureates_from_room: int


@dataclass
class HandoutsDoc:
    header: Header
    rule: str
    laureates: list[ItemRow]
    rooms: list[RoomHandout]


def source_text(sources: list[across.Source], t: Translations) -> str:
    """« Salle Loire · Groupe 2, tour 1 ; Salle Rhône · Groupe 5, tour 1 »."""
    labels = []
    for source in sources:
        place = " · ".join(part for part in (source.room, source.group) if part) \
            or t.gettext("l'événement")
        if source.round is not None:
            place += ", " + t.gettext("tour {n}").format(n=source.round + 1)
        if place not in labels:
            labels.append(place)
    return " ; ".join(labels)


def rule_text(res: Results, t: Translations) -> str:
    if res.rule == "laureates":
        return t.gettext("Les {n} projets qui ont reçu le plus de gommettes sont lauréats, "
                         "toutes questions confondues.").format(n=res.laureate_places)
    return t.gettext("{themes} thèmes retenus, {actions} actions par thème.").format(
        themes=res.themes_kept, actions=res.actions_per_theme)


def _kept_ids(res: Results) -> set[str]:
    return {i.id for _theme, i in res.actions()}


def _rows(ws: Workshop, entries: list[across.Entry], kept: set[str],
          t: Translations) -> list[ItemRow]:
    parts = _part_counts(ws)
    return [ItemRow(e.id, e.text, e.description, e.practical, e.dots, e.id in kept,
                    e.kind == "project", source_text(e.sources, t), parts.get(e.id, 1))
            for e in entries]


def _part_counts(ws: Workshop) -> dict[str, int]:
    """How many ideas each visible idea holds (itself and every part merged into it)."""
    return dict(Counter(idea_ops.roots(ws).values()))


def room_lines(ws: Workshop) -> list[RoomLine]:
    dots: dict[str, int] = {}
    for vote in ws.votes:
        if vote.room is not None:
            dots[vote.room] = dots.get(vote.room, 0) + vote.dots
    lines = []
    for room in ws.rooms:
        prefix = room.key + "."
        ideas = [i for i in ws.ideas if i.id.startswith(prefix)]
        lines.append(RoomLine(
            room.name, room.file_name,
            sum(1 for p in ws.participants if p.id.startswith(prefix)),
            sum(1 for t in ws.tables if t.id.startswith(prefix) and t.host is None),
            sum(1 for i in ideas if i.kind == "project"),
            sum(1 for i in ideas if i.kind != "project"), dots.get(room.key, 0)))
    return lines


def event_doc(ws: Workshop, t: Translations) -> EventDoc:
    res = results(ws)
    kept = _kept_ids(res)
    entries = {e.id: e for s in across.combined(ws, "question") for e in s.entries}
    questions = []
    for section in across.combined(ws, "question"):
        if not section.entries:
            continue
        theme = ws.theme(section.id)
        questions.append(QuestionPart(
            section.title or t.gettext("Sans question"), theme.question if theme else "",
            section.colour, sum(e.dots for e in section.entries),
            _rows(ws, section.projects, kept, t), _rows(ws, section.ideas, kept, t)))
    winners = _rows(ws, [entries[i.id] for _theme, i in res.actions() if i.id in entries],
                    kept, t)
    pending = []
    texts = {i.id: i.text for i in ws.ideas}
    names = {r.key: r.name for r in ws.rooms}
    for double in double_tallies(ws):
        pending.append(t.gettext("{room} a compté deux fois « {idea} » ({counts}) : à "
                                 "vérifier.").format(
            room=names.get(double.room, double.room), idea=texts.get(double.idea, double.idea),
            counts=" / ".join(str(d) for d, _f in double.counts)))
    if any(not tie.settled for tie in res.ties):
        pending.append(t.gettext("Une égalité n'est pas encore départagée : le résultat "
                                 "n'est pas définitif."))
    return EventDoc(header(ws, t), room_lines(ws), len(ws.participants),
                    len(across.possible_same_people(ws)), rule_text(res, t), res.dots_cast,
                    winners, questions, tie_lines(ws, t), pending)


def handouts_doc(ws: Workshop, t: Translations) -> HandoutsDoc:
    res = results(ws)
    kept = _kept_ids(res)
    entries = {e.id: e for s in across.combined(ws, "question") for e in s.entries}
    root = idea_ops.roots(ws)
    rooms = []
    for line, record in zip(room_lines(ws), ws.rooms):
        prefix = record.key + "."
        groups = []
        for table in ws.tables:
            if not table.id.startswith(prefix):
                continue
            theme = ws.theme(table.theme)
            part = GroupPart(across.group_name(ws, table.id), theme.title if theme else "")
            for item in ws.ideas:
                if item.table != table.id:
                    continue
                entry = entries.get(root.get(item.id, item.id))
                if entry is None:
                    continue
                row = _rows(ws, [entry], kept, t)[0]
                if entry.id != item.id:  # merged into another: say with what
                    row.text = t.gettext("{text} (regroupée avec « {other} »)").format(
                        text=item.text, other=entry.text)
                (part.projects if item.kind == "project" else part.ideas).append(row)
            groups.append(part)
        mine = {i.id for i in ws.ideas if i.id.startswith(prefix)}
        from_room = sum(1 for _theme, i in res.actions()
                        if any(root.get(m) == i.id for m in mine))
        rooms.append(RoomHandout(line, groups, from_room))
    winners = _rows(ws, [entries[i.id] for _theme, i in res.actions() if i.id in entries],
                    kept, t)
    return HandoutsDoc(header(ws, t), rule_text(res, t), winners, rooms)
