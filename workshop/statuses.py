"""An action's status and its dated history: one list and one history for the whole app.

The statuses are :data:`workshop.model.ACTION_STATUSES` (prévue, en cours,
réalisée, reportée, abandonnée).  The plan page (:func:`workshop.plan.update_action`)
and the bilan page (:func:`workshop.bilan.update_item`) both change a status
through :func:`record`, so they write one history: every change is kept with
its date (``yyyy-mm-dd``) and ``action.updated`` says when the action last
changed.  The callers have ``touch``-ed the action before.
"""

from __future__ import annotations

from datetime import date

from workshop.errors import WorkshopError
from workshop.model import ACTION_STATUSES, Action, StatusChange

#: statuses that must say why (« abandonnée » without a reason explains nothing)
NEEDS_REASON = ("abandoned",)
#: statuses that count as finished in a summary
FINISHED = ("done",)


class StatusError(WorkshopError):
    """A status that cannot be given."""

    domain = "status"


def today() -> str:
    return date.today().isoformat()


def check(status: object, reason: object) -> tuple[str, str]:
    """The status and its reason, checked: a known status, a reason where one is needed."""
    if status not in ACTION_STATUSES:
        raise StatusError("unknown", status=status)
    text = str(reason or "")
    if status in NEEDS_REASON and not text.strip():
        raise StatusError("reason_needed")
    return str(status), text


def record(action: Action, status: str, reason: str, when: str | None = None) -> bool:
    """Give ``action`` this status and reason; a real change is dated in its history.

    Returns whether anything changed (the same status and reason again add
    nothing to the history).
    """
    if (status, reason) == (action.status, action.status_reason):
        return False
    when = when or today()
    action.status, action.status_reason = status, reason
    action.history.append(StatusChange(when, status, reason.strip()))
    action.updated = when
    return True


def last_update(action: Action) -> str:
    """When the action last changed (``yyyy-mm-dd``), or ``""`` if it never did."""
    dates = [action.updated] + [change.date for change in action.history]
    return max((d for d in dates if d), default="")
