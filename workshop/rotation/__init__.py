"""The rotation engine: who sits where in every round (issues 3 and 18).

This module is the public facade; the work is done in

* :mod:`workshop.rotation.problem` – the problem, its JSON and workshop forms, input checks;
* :mod:`workshop.rotation.model` – indices and impossibility checks;
* :mod:`workshop.rotation.sizes` – layer 0, table sizes (capacity is a maximum);
* :mod:`workshop.rotation.construct` and :mod:`workshop.rotation.designs` – layer 1,
  the meeting structure, and layer 2, who takes which point;
* :mod:`workshop.rotation.assign` – layer 3, which group sits at which table without capitaine;
* :mod:`workshop.rotation.search` and :mod:`workshop.rotation.plan` – the search;
* :mod:`workshop.rotation.bounds` – a bound per objective and its reason in words;
* :mod:`workshop.rotation.pairs` and :mod:`workshop.rotation.stats` – :func:`evaluate`.

``plan_rotation`` is deterministic for a given seed whenever it reaches its
bounds or a move budget (see :mod:`workshop.rotation.plan` for what the
time limit changes).
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from workshop.rotation.bounds import Bounds, problem_bounds
from workshop.rotation.model import Model, build_model
from workshop.rotation.notes import RotationNote
from workshop.rotation.pairs import pair_summary
from workshop.rotation.plan import plan_seats
from workshop.rotation.problem import (PRIORITIES, PersonSpec, Problem, RotationError, TableSpec,
                                       check_seed, check_time_limit, problem_from_json,
                                       problem_from_workshop)
from workshop.rotation.stats import Rounds, Stats, evaluate, evaluate_model, stats_of

__all__ = ["Bounds", "PRIORITIES", "PersonSpec", "Problem", "RotationError", "RotationNote",
           "RotationResult", "Stats", "TableSpec", "evaluate", "plan_rotation",
           "problem_from_json", "problem_from_workshop"]

MAIN_SHARE = 0.85        # of the time (or moves) when the other priority is tried too
COMPARE_MAX_PEOPLE = 3000


@dataclass
class RotationResult:
    """One {table id: [participant ids, host first]} per round, and its statistics."""

    rounds: Rounds = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)

    def to_json(self) -> dict[str, Any]:
        """The command-line output: ``{"rounds": [...], "stats": {...}}``."""
        return {"rounds": self.rounds, "stats": self.stats.to_json()}


def plan_rotation(problem: Problem, seed: int = 0, time_limit: float = 2.0,
                  progress: Callable[[float, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None,
                  max_moves: int | None = None) -> RotationResult:
    """Plan the rounds not yet played; raise :class:`RotationError` if impossible.

    ``progress(fraction, best_coincidences)`` is called now and then, from the
    calling thread; ``cancel()`` is polled between two moves and stops the
    search early.  ``max_moves`` bounds the search by a number of moves
    instead of the clock alone (the plan then depends only on the seed).

    When the plan cannot reach every bound and the problem has themes, a
    part of the time goes to planning with the other priority: if that
    plan is better in the chosen order it is kept, and if it is better on
    the other objective the conflict is said in ``stats.conflicts``.
    """
    seed = check_seed(seed)
    time_limit = check_time_limit(time_limit)
    if max_moves is not None and (isinstance(max_moves, bool) or not isinstance(max_moves, int)
                                  or max_moves < 0):
        raise ValueError("max_moves must be a whole number ≥ 0")
    start = time.monotonic()
    model = build_model(problem)
    bounds = problem_bounds(model)
    compare = _may_conflict(model)
    share = MAIN_SHARE if compare else 1.0
    budget = None if max_moves is None else int(max_moves * share)
    outcome = plan_seats(model, seed, time_limit * share, progress, cancel, budget, bounds,
                         start=start)
    seats, conflicts = outcome.seats, []
    if compare and not outcome.reached and not outcome.cancelled:
        seats, conflicts = _other_priority(model, problem, seed, time_limit, start, cancel,
                                           None if max_moves is None else max_moves - budget,
                                           bounds, seats)
    rounds = [dict(r) for r in problem.played] + _rounds_of(model, seats)
    stats = evaluate_model(model, rounds, bounds)
    stats.conflicts = conflicts
    stats.seconds = round(time.monotonic() - start, 3)
    return RotationResult(rounds, stats)


def _may_conflict(model: Model) -> bool:
    """Whether themes and meetings may pull apart (themes, several rounds, a small room)."""
    return (model.n_keys >= 2 and len(model.themes) >= 1 and model.rounds - model.played >= 2
            and model.n <= COMPARE_MAX_PEOPLE and bool(model.movable.any()))


def _order(stats: Stats, priority: str) -> tuple[int, ...]:
    people = (stats.max_meetings, stats.coincidences)
    themes = (stats.theme_revisits, -stats.min_themes_seen)
    head = (len(stats.violations), stats.host_revisits)
    return head + (themes + people if priority == "themes" else people + themes)


def _other_priority(model: Model, problem: Problem, seed: int, time_limit: float, start: float,
                    cancel, max_moves: int | None, bounds: Bounds,
                    seats: np.ndarray) -> tuple[np.ndarray, list[RotationNote]]:
    """Plan again with the other priority: keep it if better, else say the conflict."""
    left = start + time_limit - time.monotonic()
    if left <= 0 and max_moves is None:
        return seats, []
    other = dataclasses.replace(problem, priority="people" if model.themes_first else "themes")
    other_model = build_model(other)
    alt = plan_seats(other_model, seed, max(left, 0.0), None, cancel, max_moves, bounds)
    if alt.cancelled:
        return seats, []
    mine = stats_of(model, seats, bounds)
    theirs = stats_of(model, alt.seats, bounds)
    if _order(theirs, model.priority) < _order(mine, model.priority):
        return alt.seats, []
    people_better = (theirs.max_meetings, theirs.coincidences) < (mine.max_meetings,
                                                                  mine.coincidences)
    themes_better = (theirs.theme_revisits, -theirs.min_themes_seen) < (
        mine.theme_revisits, -mine.min_themes_seen)
    if model.themes_first and people_better:
        glued = pair_summary(seats, model.t).histogram[mine.max_meetings]
        return seats, [RotationNote("conflict_themes", seen=mine.min_themes_seen,
                                    pairs=mine.repeat_pairs, most=mine.max_meetings,
                                    glued=int(glued), other_pairs=theirs.repeat_pairs,
                                    other_most=theirs.max_meetings,
                                    other_seen=theirs.min_themes_seen)]
    if not model.themes_first and themes_better:
        return seats, [RotationNote("conflict_people", seen=mine.min_themes_seen,
                                    pairs=mine.repeat_pairs, other_seen=theirs.min_themes_seen,
                                    other_pairs=theirs.repeat_pairs,
                                    other_most=theirs.max_meetings)]
    return seats, []


def _rounds_of(model: Model, seats: np.ndarray) -> list[dict[str, list[str]]]:
    """Rounds to plan as {table: [ids]}: the capitaine first, then participant order."""
    hosts = [t.host for t in model.problem.tables]
    out = []
    for r in range(model.played, model.rounds):
        row = seats[r]
        order = np.argsort(row, kind="stable")
        start = np.searchsorted(row[order], np.arange(model.t + 1))
        result: dict[str, list[str]] = {}
        for t, table in enumerate(model.tables):
            members = [model.ids[i] for i in order[start[t]:start[t + 1]]]
            host = hosts[t]
            if host in members:
                members.remove(host)
                members.insert(0, host)
            result[table] = members
        out.append(result)
    return out
