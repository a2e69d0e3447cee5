"""The run of show (déroulé): steps built from the rotation, edited, timed.

Default shape, in minutes: accueil 15, bilan 15 (when last year's actions
were carried over), introduction 10, then each tour
(the rotation's round length) with a 3-minute changement de table between
two tours, synthèse 30, vote 15, clôture 10.  Step titles are data the
facilitator edits; the UI passes the default titles in its language.

Also here, because the projector and the facilitator window both need them
and they are pure: what a step shows (tour k of n, the tables' questions,
who goes where next) and the expected end time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from workshop.errors import WorkshopError
from workshop.history import touch, touch_attr
from workshop.people.order import name_key
from workshop.model import STEP_KINDS, AgendaStep, Participant, Table, Workshop, new_id

DEFAULT_MINUTES = {
    "welcome": 15,
    "introduction": 10,
    "round": 20,
    "transition": 3,
    "plenary": 30,
    "vote": 15,
    "closing": 10,
    "bilan": 15,
}

#: French default titles; ``{n}`` is the round number (from 1)
DEFAULT_TITLES = {
    "welcome": "Accueil",
    "introduction": "Introduction",
    "round": "Tour {n}",
    "transition": "Changement de table",
    "plenary": "Synthèse",
    "vote": "Vote",
    "closing": "Clôture",
    "bilan": "Bilan de l'année écoulée",
}

MAX_MINUTES = 600


class AgendaError(WorkshopError):
    """A run-of-show edit that cannot be made."""

    domain = "agenda"


# -- building and editing -------------------------------------------------------
def build_agenda(ws: Workshop, titles: dict[str, str] | None = None) -> list[AgendaStep]:
    """The default run of show for the workshop's rotation."""
    titles = {**DEFAULT_TITLES, **(titles or {})}
    rounds = max(1, len(ws.rotation.rounds) or ws.rotation.round_count)
    minutes = ws.rotation.round_minutes or DEFAULT_MINUTES["round"]
    specs: list[tuple[str, int, int | None]] = [("welcome", 15, None)]
    if ws.bilan.actions:  # the café opens with what became of last year's actions
        specs.append(("bilan", DEFAULT_MINUTES["bilan"], None))
    specs.append(("introduction", 10, None))
    for k in range(rounds):
        if k:
            specs.append(("transition", DEFAULT_MINUTES["transition"], k))
        specs.append(("round", minutes, k))
    specs += [("plenary", 30, None), ("vote", 15, None), ("closing", 10, None)]
    steps = []
    for i, (kind, mins, k) in enumerate(specs):
        title = titles[kind].format(n=(k or 0) + 1)
        steps.append(AgendaStep(id=f"S{i + 1:02d}", kind=kind, title=title, minutes=mins,
                                round_index=k))
    return steps


def reset_agenda(ws: Workshop, titles: dict[str, str] | None = None) -> None:
    """Replace the run of show by the default one (a domain change for ``apply``).

    The live show (current step, countdown) is no part of the history: it
    starts again at the first step, and an undo does not move it back.
    """
    touch_attr(ws, "agenda")
    ws.agenda[:] = build_agenda(ws, titles)
    ws.show.step = 0
    ws.show.countdown = None


def check_minutes(minutes: object) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int) \
            or not 1 <= minutes <= MAX_MINUTES:
        raise AgendaError("minutes", max=MAX_MINUTES)
    return minutes


def find_step(ws: Workshop, step_id: str) -> AgendaStep:
    step = next((s for s in ws.agenda if s.id == step_id), None)
    if step is None:
        raise AgendaError("step")
    return step


def add_step(ws: Workshop, kind: str, title: str = "", minutes: int | None = None,
             index: int | None = None) -> AgendaStep:
    """Insert a step (at the end by default) and return it."""
    if kind not in STEP_KINDS:
        raise AgendaError("kind", kind=kind)
    minutes = check_minutes(DEFAULT_MINUTES[kind] if minutes is None else minutes)
    step = AgendaStep(id=new_id("S", [s.id for s in ws.agenda]), kind=kind,
                      title=title.strip(), minutes=minutes)
    touch_attr(ws, "agenda")
    ws.agenda.insert(len(ws.agenda) if index is None else index, step)
    return step


def update_step(ws: Workshop, step_id: str, *, kind: str | None = None,
                title: str | None = None, minutes: int | None = None) -> None:
    step = find_step(ws, step_id)
    if kind is not None and kind not in STEP_KINDS:
        raise AgendaError("kind", kind=kind)
    minutes = None if minutes is None else check_minutes(minutes)
    touch(step)
    if kind is not None:
        step.kind = kind
    if title is not None:
        step.title = title.strip()
    if minutes is not None:
        step.minutes = minutes


def remove_step(ws: Workshop, step_id: str) -> None:
    step = find_step(ws, step_id)
    index = ws.agenda.index(step)
    touch_attr(ws, "agenda")
    ws.agenda.remove(step)
    # the live show follows (no part of the history, like every move of the show)
    if ws.show.step > index or ws.show.step >= len(ws.agenda):
        ws.show.step = max(0, ws.show.step - 1)


def move_step(ws: Workshop, step_id: str, delta: int) -> None:
    step = find_step(ws, step_id)
    old = ws.agenda.index(step)
    new = min(max(0, old + delta), len(ws.agenda) - 1)
    touch_attr(ws, "agenda")
    ws.agenda.insert(new, ws.agenda.pop(old))


SHOW_OPTIONS = ("planned_start", "full_names", "warning_s")


def set_show_option(ws: Workshop, name: str, value: object) -> None:
    """Change an option of the show (start time, full names, warning), an undoable edit."""
    if name not in SHOW_OPTIONS:
        raise TypeError(f"unknown show option {name!r}")
    if name == "planned_start":
        parse_start(str(value))  # refused with a sentence if it is not a time
    touch_attr(ws.show, name)
    setattr(ws.show, name, value)


# -- time -----------------------------------------------------------------------
def total_minutes(steps: list[AgendaStep]) -> int:
    return sum(s.minutes for s in steps)


def parse_start(text: str) -> tuple[int, int] | None:
    """``14:00``, ``14h30``, ``9h`` → (hours, minutes); empty → None."""
    text = text.strip().lower().replace(" ", "")
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})(?:[:h.](\d{2})?)?", text)
    if not match or int(match.group(1)) > 23 or int(match.group(2) or 0) > 59:
        raise AgendaError("start", text=text)
    return int(match.group(1)), int(match.group(2) or 0)


def planned_clock(ws: Workshop, row: int) -> str:
    """When step ``row`` should begin (``14:35``), or "" without a valid planned start."""
    try:
        start = parse_start(ws.show.planned_start)
    except AgendaError:
        start = None
    if start is None:
        return ""
    minutes = start[0] * 60 + start[1] + total_minutes(ws.agenda[:row])
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def expected_end(ws: Workshop, now: datetime, remaining_s: float | None = None) -> datetime:
    """When the run of show should end.

    Before the show (``remaining_s`` is None): from the planned start (or
    ``now`` if none) plus every step.  During the show: ``now`` plus what
    is left of the current step plus every later step.
    """
    if remaining_s is None:
        start = now
        planned = parse_start(ws.show.planned_start)
        if planned is not None:
            start = now.replace(hour=planned[0], minute=planned[1], second=0, microsecond=0)
        return start + timedelta(minutes=total_minutes(ws.agenda))
    later = ws.agenda[ws.show.step + 1:]
    return now + timedelta(seconds=max(0.0, remaining_s), minutes=total_minutes(later))


# -- what a step shows ------------------------------------------------------------
def current_step(ws: Workshop) -> AgendaStep | None:
    if not ws.agenda:
        return None
    return ws.agenda[min(max(0, ws.show.step), len(ws.agenda) - 1)]


def rounds_held(ws: Workshop, current_over: bool = False) -> int:
    """How many rounds of the rotation have taken place, by the run of show.

    The round steps before the current step, and the current one if its
    time is over; never more than the rounds of the plan.
    """
    current = min(max(0, ws.show.step), len(ws.agenda))
    steps = ws.agenda[:current + 1] if current_over else ws.agenda[:current]
    held = sum(1 for s in steps if s.kind == "round")
    return min(held, len(ws.rotation.rounds))


def round_position(ws: Workshop, step: AgendaStep) -> tuple[int, int]:
    """(number from 1, count) of a round step among the agenda's rounds: « Tour 2 / 4 »."""
    rounds = [s for s in ws.agenda if s.kind == "round"]
    number = rounds.index(step) + 1 if step in rounds else (step.round_index or 0) + 1
    return number, max(len(rounds), number)


def next_round_index(ws: Workshop, step: AgendaStep) -> int | None:
    """The round a transition leads to: its own index, else the next round step's."""
    if step.round_index is not None:
        return step.round_index
    index = ws.agenda.index(step) if step in ws.agenda else -1
    following = [s for s in ws.agenda[index + 1:] if s.kind == "round"]
    if not following:
        return None
    rounds = [s for s in ws.agenda if s.kind == "round"]
    target = following[0]
    return target.round_index if target.round_index is not None else rounds.index(target)


@dataclass(frozen=True)
class TableTopic:
    table: str
    theme: str
    question: str
    colour: str = ""  # the theme's colour, for its card on the projector


def table_topics(ws: Workshop) -> list[TableTopic]:
    """Each table with its theme and question, in table order (tables without theme left out)."""
    topics = []
    for table in ws.tables:
        theme = ws.theme(table.theme)
        if theme is not None:
            topics.append(TableTopic(table.name, theme.title, theme.question, theme.colour))
    return topics




def who_goes_where(ws: Workshop, round_index: int | None) -> list[tuple[Participant, Table]]:
    """Every seated participant with their table in that round, alphabetically."""
    if round_index is None or not 0 <= round_index < len(ws.rotation.rounds):
        return []
    pairs = []
    for table_id, people in ws.rotation.rounds[round_index].seating.items():
        table = ws.table(table_id)
        for pid in people:
            person = ws.participant(pid)
            if table is not None and person is not None:
                pairs.append((person, table))
    pairs.sort(key=lambda pair: (name_key(pair[0].first_name), name_key(pair[0].last_name)))
    return pairs
