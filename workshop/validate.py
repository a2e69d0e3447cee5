"""Checks of a workshop's consistency: each problem a code with its facts.

The sentences a facilitator reads live in ``ui.text.messages`` (``validate.*``);
kinds of items are passed as :class:`~workshop.errors.Word` so they are worded too.
"""

from __future__ import annotations

from collections import Counter

from workshop.errors import Word, WorkshopError
from workshop.model import STEP_KINDS, Workshop


class ValidationError(WorkshopError):
    domain = "validate"


def problems(ws: Workshop) -> list[ValidationError]:
    """Every consistency problem of ``ws`` (empty list when sound)."""
    found: list[ValidationError] = []
    found += _id_problems(ws)
    found += _table_problems(ws)
    found += _participant_problems(ws)
    found += _rotation_problems(ws)
    found += _vote_and_plan_problems(ws)
    return found


def check(ws: Workshop) -> None:
    """Raise the first problem of ``ws``, if any."""
    found = problems(ws)
    if found:
        raise found[0]


def _id_problems(ws: Workshop) -> list[ValidationError]:
    found = []
    lists = {
        "participants": ws.participants,
        "themes": ws.themes,
        "tables": ws.tables,
        "agenda": ws.agenda,
        "ideas": ws.ideas,
        "actions": ws.plan.actions,
    }
    for kind, items in lists.items():
        word = Word(f"kind.{kind}")
        counts = Counter(item.id for item in items)
        if "" in counts:
            found.append(ValidationError("empty_id", kind=word))
        for ident, n in counts.items():
            if n > 1 and ident:
                found.append(ValidationError("duplicate_id", id=ident, kind=word))
    return found


def _table_problems(ws: Workshop) -> list[ValidationError]:
    found = []
    people = {p.id for p in ws.participants}
    themes = {t.id for t in ws.themes}
    hosted: dict[str, list[str]] = {}
    for table in ws.tables:
        if table.host is not None:
            if table.host not in people:
                found.append(ValidationError("unknown_host", table=table.name, host=table.host))
            hosted.setdefault(table.host, []).append(table.name)
        if table.theme is not None and table.theme not in themes:
            found.append(ValidationError("unknown_theme", table=table.name, theme=table.theme))
        if table.capacity < 1:
            found.append(ValidationError("bad_capacity", table=table.name, capacity=table.capacity))
    for host, names in hosted.items():
        if len(names) > 1:
            person = ws.participant(host)
            found.append(
                ValidationError(
                    "host_twice",
                    host=person.full_name if person else host,
                    tables=", ".join(names),
                )
            )
    return found


def _participant_problems(ws: Workshop) -> list[ValidationError]:
    tables = {t.id for t in ws.tables}
    return [
        ValidationError("unknown_pin", participant=p.full_name, table=p.pinned)
        for p in ws.participants
        if p.pinned is not None and p.pinned not in tables
    ]


def _rotation_problems(ws: Workshop) -> list[ValidationError]:
    found = []
    rot = ws.rotation
    if not 1 <= rot.round_count <= 20:
        found.append(ValidationError("bad_rounds", count=rot.round_count))
    people = {p.id for p in ws.participants}
    tables = {t.id for t in ws.tables}
    for index, rnd in enumerate(rot.rounds):
        for table_id, seated in rnd.seating.items():
            if table_id not in tables:
                found.append(ValidationError("seat_table_unknown", round=index + 1, table=table_id))
            for pid in seated:
                if pid not in people:
                    found.append(ValidationError("seat_unknown", round=index + 1, participant=pid))
    return found


def _vote_and_plan_problems(ws: Workshop) -> list[ValidationError]:
    ideas = {i.id for i in ws.ideas}
    themes = {t.id for t in ws.themes}
    found = [
        ValidationError("unknown_idea", idea=v.idea) for v in ws.votes if v.idea not in ideas
    ]
    found += [
        ValidationError("negative_dots", dots=v.dots)
        for v in [*ws.votes, *ws.theme_votes]
        if v.dots < 0
    ]
    found += [
        ValidationError("unknown_theme_ref", what=Word("what.vote"), theme=v.theme)
        for v in ws.theme_votes
        if v.theme not in themes
    ]
    found += [
        ValidationError("unknown_theme_ref", what=Word("what.idea"), idea=i.text[:40],
                        theme=i.theme)
        for i in ws.ideas
        if i.theme is not None and i.theme not in themes
    ]
    for decision in ws.tie_decisions:
        known = themes if decision.stage == "themes" else ideas
        found += [ValidationError("unknown_tied", item=item)
                  for item in decision.tied if item not in known]
    found += [
        ValidationError("unknown_step_kind", step=step.title or step.id, kind=step.kind)
        for step in ws.agenda
        if step.kind not in STEP_KINDS
    ]
    for action in ws.plan.actions:
        if not 1 <= action.start_month <= action.end_month <= 12:
            found.append(
                ValidationError(
                    "bad_month", action=action.title, start=action.start_month, end=action.end_month
                )
            )
        if any(not isinstance(m, int) or not 1 <= m <= 12 for m in action.months):
            found.append(ValidationError("bad_months", action=action.title))
    return found
