"""Ideas noted at the tables: add, edit, move, merge, split back, delete.

An idea merged into another is kept, hidden, with ``merged_into`` set to
the idea it joined: the visible idea shows where every part came from
(``sources``: table and round of each part) and the votes given to a part
count for the idea it joined, so a merge loses nothing and a split gives
everything back.  Every function here changes the workshop in place and
is meant to run inside ``WorkshopDocument.apply``.
"""

from __future__ import annotations

from workshop.errors import WorkshopError
from workshop.history import touch, touch_attr
from workshop.model import Idea, IdeaSource, Workshop, new_id


class IdeaError(WorkshopError):
    """A change of the ideas that cannot be made."""

    domain = "ideas"


def visible(ws: Workshop) -> list[Idea]:
    """Ideas shown to the facilitator (merged parts are inside their idea)."""
    return [i for i in ws.ideas if i.merged_into is None]


def idea(ws: Workshop, idea_id: str) -> Idea:
    found = next((i for i in ws.ideas if i.id == idea_id), None)
    if found is None:
        raise IdeaError("unknown_idea", idea=idea_id)
    return found


def root(ws: Workshop, idea_id: str) -> str:
    """The visible idea that ``idea_id`` counts for (itself when not merged)."""
    by_id = {i.id: i for i in ws.ideas}
    seen = set()
    current = by_id.get(idea_id)
    while current is not None and current.merged_into and current.id not in seen:
        seen.add(current.id)
        current = by_id.get(current.merged_into)
    return current.id if current is not None else idea_id


def roots(ws: Workshop) -> dict[str, str]:
    """:func:`root` of every idea at once (one pass, for counting many votes)."""
    parent = {i.id: i.merged_into for i in ws.ideas}
    found: dict[str, str] = {}
    for ident in parent:
        current, seen = ident, {ident}
        while parent.get(current) and parent[current] in parent \
                and parent[current] not in seen:
            current = parent[current]
            seen.add(current)
        found[ident] = current
    return found


def parts(ws: Workshop, idea_id: str) -> list[Idea]:
    """The ideas merged (directly) into ``idea_id``."""
    return [i for i in ws.ideas if i.merged_into == idea_id]


def group(ws: Workshop, idea_id: str) -> list[Idea]:
    """``idea_id`` and every idea merged into it, at any depth."""
    found = [idea(ws, idea_id)]
    for part in parts(ws, idea_id):
        found += group(ws, part.id)
    return found


def by_theme(ws: Workshop) -> dict[str | None, list[Idea]]:
    """Visible ideas per theme id, themes in workshop order (``None`` last)."""
    result: dict[str | None, list[Idea]] = {t.id: [] for t in ws.themes}
    for item in visible(ws):
        key = item.theme if item.theme in result else None
        result.setdefault(key, []).append(item)
    return result


def _check_place(ws: Workshop, table: str | None, round_: int | None) -> None:
    if table is not None and ws.table(table) is None:
        raise IdeaError("unknown_table", table=table)
    count = max(ws.rotation.round_count, len(ws.rotation.rounds))
    if round_ is not None and not 0 <= round_ < count:
        raise IdeaError("bad_round", round=round_ + 1, count=count)


def _check_theme(ws: Workshop, theme: str | None) -> None:
    if theme is not None and ws.theme(theme) is None:
        raise IdeaError("unknown_theme", theme=theme)


def _clean(text: str) -> str:
    cleaned = " ".join(str(text).split())
    if not cleaned:
        raise IdeaError("empty_text")
    return cleaned


def add(ws: Workshop, text: str, table: str | None = None, round_: int | None = None,
        theme: str | None = None) -> Idea:
    """Note an idea; it takes the table's theme unless ``theme`` is given.

    ``round_`` counts from 0, like ``Rotation.rounds``.
    """
    cleaned = _clean(text)
    _check_place(ws, table, round_)
    if theme is None and table is not None:
        theme = ws.table(table).theme
    _check_theme(ws, theme)
    item = Idea(
        id=new_id("I", [i.id for i in ws.ideas]),
        text=cleaned,
        theme=theme,
        table=table,
        round=round_,
        sources=[IdeaSource(table, round_)],
    )
    touch_attr(ws, "ideas")
    ws.ideas.append(item)
    return item


def edit(ws: Workshop, idea_id: str, text: str) -> None:
    cleaned = _clean(text)
    touch(idea(ws, idea_id)).text = cleaned


def move(ws: Workshop, idea_id: str, theme: str | None) -> None:
    """Put an idea (with the parts merged into it) under another theme."""
    _check_theme(ws, theme)
    for item in group(ws, idea_id):
        touch(item).theme = theme


def merge(ws: Workshop, ids: list[str], text: str | None = None) -> Idea:
    """Merge duplicates into the first idea of ``ids``; returns it.

    The others become its parts: they stay in the file, their votes count
    for the merged idea, and :func:`split` gives them back.
    """
    unique = list(dict.fromkeys(root(ws, i) for i in ids))
    for ident in unique:
        idea(ws, ident)
    if len(unique) < 2:
        raise IdeaError("merge_too_few")
    target = touch(idea(ws, unique[0]))
    if text is not None:
        target.text = _clean(text)
    for ident in unique[1:]:
        touch(idea(ws, ident)).merged_into = target.id
    _refresh_sources(ws, target)
    return target


def split(ws: Workshop, idea_id: str) -> list[Idea]:
    """Undo a merge: the parts merged into ``idea_id`` are ideas again."""
    target = idea(ws, idea_id)
    released = parts(ws, idea_id)
    if not released:
        raise IdeaError("not_merged", idea=target.text)
    for part in released:
        touch(part).merged_into = None
        _refresh_sources(ws, part)
    _refresh_sources(ws, touch(target))
    return released


def delete(ws: Workshop, idea_id: str) -> int:
    """Delete an idea, its merged parts and their votes; returns dots removed."""
    doomed = {i.id for i in group(ws, idea_id)}
    removed = sum(v.dots for v in ws.votes if v.idea in doomed)
    touch_attr(ws, "ideas")
    touch_attr(ws, "votes")
    ws.ideas[:] = [i for i in ws.ideas if i.id not in doomed]
    ws.votes[:] = [v for v in ws.votes if v.idea not in doomed]
    return removed


def own_source(item: Idea) -> IdeaSource:
    return IdeaSource(item.table, item.round)


def _refresh_sources(ws: Workshop, item: Idea) -> None:
    """``sources`` = where the idea and each part merged into it were noted."""
    item.sources = [own_source(i) for i in group(ws, item.id)]


def provenance_label(ws: Workshop, item: Idea, round_word: str = "tour",
                     tables: dict | None = None) -> str:
    """"Table 1 — Les Tilleuls, tour 2 ; T3, tour 1": for lists and reports.

    ``tables`` (id → table) saves looking each table up when many ideas are labelled.
    """
    labels = []
    for source in item.sources or [own_source(item)]:
        table = tables.get(source.table) if tables is not None else ws.table(source.table)
        name = table.name if table else "—"
        if source.round is not None:
            name += f", {round_word} {source.round + 1}"
        if name not in labels:
            labels.append(name)
    return " ; ".join(labels)
