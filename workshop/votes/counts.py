"""Counting the dots: what was cast per idea and per theme, who can vote, what looks wrong.

Read by the recording of votes (:mod:`workshop.votes.ballots`) and by the
results (:mod:`workshop.votes.results`); imports neither.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop import ideas as idea_ops
from workshop.errors import Notice, Word, WorkshopError
from workshop.model import Workshop

MAX_COUNT = 100_000


class VoteError(WorkshopError):
    """A vote or a vote setting that cannot be recorded."""

    domain = "vote"


class VoteWarning(Notice):
    """Something that looks wrong but may be right: shown, never blocking."""

    domain = "vote.warning"


# -- counts typed by people ---------------------------------------------------
def parse_count(text: object) -> int:
    """A count typed in a field: empty is 0; text, negatives and absurd values are refused."""
    if isinstance(text, bool):
        raise VoteError("not_a_number", text=text)
    if isinstance(text, int):
        value = text
    else:
        raw = str(text).strip()
        if not raw:
            return 0
        try:
            value = int(raw.replace("\u202f", "").replace("\xa0", "").replace(" ", ""))
        except ValueError:
            raise VoteError("not_a_number", text=raw) from None
    if value < 0:
        raise VoteError("negative", value=value)
    if value > MAX_COUNT:
        raise VoteError("too_large", value=value)
    return value


# -- what was cast -------------------------------------------------------------
def _counts(ws: Workshop, vote) -> bool:
    paper = ws.vote_settings.mode == "paper"
    return (vote.participant is None) == paper


def idea_dots(ws: Workshop) -> dict[str, int]:
    """Dots per visible idea (merged parts folded in), current mode only."""
    found = {i.id: 0 for i in idea_ops.visible(ws)}
    roots = idea_ops.roots(ws)  # once: an event counts hundreds of tallies
    for v in ws.votes:
        if v.stage == "actions" and _counts(ws, v):
            key = roots.get(v.idea, v.idea)
            if key in found:
                found[key] += v.dots
    return found


def theme_dots(ws: Workshop) -> dict[str, int]:
    """Dots per theme: first-stage votes when two-stage, else the dots on its ideas."""
    found = {t.id: 0 for t in ws.themes}
    if ws.vote_settings.two_stage:
        for v in ws.theme_votes:
            if _counts(ws, v) and v.theme in found:
                found[v.theme] += v.dots
        return found
    per_idea = idea_dots(ws)
    for item in idea_ops.visible(ws):
        if item.theme in found:
            found[item.theme] += per_idea.get(item.id, 0)
    return found


@dataclass(frozen=True)
class DoubleTally:
    """Two (or more) counts of one idea from one room of an event: one was entered twice.

    ``counts`` holds ``(dots, came with the room's file)`` in the order recorded.
    """

    room: str
    idea: str
    counts: tuple[tuple[int, bool], ...]


def double_tallies(ws: Workshop) -> list[DoubleTally]:
    """Every idea that one room counted more than once (events only)."""
    seen: dict[tuple[str, str], list[tuple[int, bool]]] = {}
    for v in ws.votes:
        if v.room is not None and v.participant is None and v.stage == "actions":
            seen.setdefault((v.room, v.idea), []).append((v.dots, v.from_room_file))
    return [DoubleTally(room, idea, tuple(found))
            for (room, idea), found in seen.items() if len(found) > 1]


def voters(ws: Workshop) -> tuple[int, bool]:
    """People who can vote and whether that number comes from attendance."""
    present = sum(1 for p in ws.participants if p.present)
    return (present, True) if present else (len(ws.participants), False)


def warnings(ws: Workshop) -> list[VoteWarning]:
    """Counts that look impossible (only for paper tallies)."""
    if ws.vote_settings.mode != "paper":
        return []
    settings = ws.vote_settings
    people, from_presence = voters(ws)
    found = [] if from_presence or not people else [VoteWarning("nobody_present", people=people)]
    available = people * settings.dots_per_participant
    stages = [("actions", sum(idea_dots(ws).values()))]
    if settings.two_stage:
        stages.insert(0, ("themes", sum(theme_dots(ws).values())))
    for stage, cast in stages:
        if cast > available:
            found.append(VoteWarning("over_total", stage=Word(f"stage.{stage}"), cast=cast,
                                     people=people, dots=settings.dots_per_participant,
                                     available=available))
    if not settings.several_dots_per_idea:
        texts = {i.id: i.text for i in ws.ideas}
        for ident, count in idea_dots(ws).items():
            if count > people:
                found.append(VoteWarning("over_people", idea=texts[ident], count=count, people=people))
    return found
