"""The bilan: each action of a plan with its status, what was done, the indicator's result.

:func:`source` says which actions a bilan is about: last year's, carried
into this workshop (:mod:`workshop.carry_over`), when there are some; else
this workshop's own plan, whose bilan is written during the year.  Both are
edited through :func:`update_item`; its status changes go into the same
dated history as the plan page's (:mod:`workshop.statuses`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from workshop import statuses
from workshop.errors import WorkshopError
from workshop.history import touch
from workshop.model import ACTION_STATUSES, Action, Theme, Workshop

#: what the bilan page changes on an action
FIELDS = ("status", "status_reason", "done", "result")
#: shown in place of a theme that is missing (deleted, or an action without one)
NO_THEME = Theme(id="", title="", colour="#808080")


class BilanError(WorkshopError):
    """A bilan change that cannot be made."""

    domain = "bilan"


@dataclass(frozen=True)
class Source:
    """The actions a bilan is about, and the plan they belong to."""

    past: bool                 # True: last year's actions, carried into this workshop
    year: int
    first_month: int
    actions: list[Action]
    themes: list[Theme]
    workshop_title: str = ""   # the workshop that made the plan
    workshop_date: str = ""


def source(ws: Workshop) -> Source:
    """Last year's actions when this workshop carries some, else its own plan's."""
    carried = ws.bilan
    if carried.actions:
        return Source(True, carried.year, carried.first_month, list(carried.actions),
                      list(carried.themes), carried.source_title, carried.source_date)
    return Source(False, ws.plan.year, ws.plan.first_month, list(ws.plan.actions),
                  list(ws.themes), ws.title, ws.date)


def has_past(ws: Workshop) -> bool:
    """Whether the workshop opens with a bilan of last year (compte rendu, run of show)."""
    return bool(ws.bilan.actions)


@dataclass(frozen=True)
class Summary:
    """How many actions have each status (« 4 actions sur 6 réalisées »)."""

    total: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return sum(self.counts.get(s, 0) for s in statuses.FINISHED)

    def others(self) -> list[tuple[str, int]]:
        """The statuses other than « réalisée » that some actions have, in the list's order."""
        return [(s, self.counts[s]) for s in ACTION_STATUSES
                if s not in statuses.FINISHED and self.counts.get(s)]


def summary(actions: list[Action]) -> Summary:
    counts: dict[str, int] = {}
    for action in actions:
        counts[action.status] = counts.get(action.status, 0) + 1
    return Summary(len(actions), counts)


@dataclass(frozen=True)
class ThemeGroup:
    theme: Theme
    actions: list[Action]


def by_theme(src: Source) -> list[ThemeGroup]:
    """The actions theme by theme, in the themes' order; those without a known theme last."""
    groups: dict[str, list[Action]] = {theme.id: [] for theme in src.themes}
    rest: list[Action] = []
    for action in src.actions:
        (groups[action.theme] if action.theme in groups else rest).append(action)
    out = [ThemeGroup(theme, groups[theme.id]) for theme in src.themes if groups[theme.id]]
    if rest:
        out.append(ThemeGroup(NO_THEME, rest))
    return out


def find_item(ws: Workshop, action_id: str, past: bool) -> Action:
    actions = ws.bilan.actions if past else ws.plan.actions
    for action in actions:
        if action.id == action_id:
            return action
    raise BilanError("unknown_action", id=action_id)


def update_item(ws: Workshop, action_id: str, past: bool, when: str | None = None,
                **changes: str) -> Action:
    """Change the status (and why), what was done or the result of one action.

    Everything is checked before anything is written; a status change is
    dated in the history the plan page shares, and any change dates
    ``action.updated`` (``when``, default today).
    """
    action = find_item(ws, action_id, past)
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise TypeError(f"unknown bilan fields {sorted(unknown)}")
    status = changes.get("status", action.status)
    reason = changes.get("status_reason", action.status_reason)
    touches_status = "status" in changes or "status_reason" in changes
    if touches_status:
        status, reason = statuses.check(status, reason)
    texts = {name: str(changes[name]).strip() for name in ("done", "result") if name in changes}
    texts = {name: value for name, value in texts.items() if value != getattr(action, name)}
    status_moves = touches_status and (status, reason) != (action.status, action.status_reason)
    if not texts and not status_moves:
        return action  # nothing to record: no empty step in the undo history
    when = when or statuses.today()
    touch(action)
    for name, value in texts.items():
        setattr(action, name, value)
    if status_moves:
        statuses.record(action, status, reason, when)
    action.updated = when
    return action
