"""The rotation engine: who sits where in every round (issue 3).

This module is the public facade; the work is done in

* :mod:`workshop.rotation.problem` – the problem, its JSON and workshop forms;
* :mod:`workshop.rotation.model` – indices and impossibility checks;
* :mod:`workshop.rotation.construct` – the affine (finite-field) construction;
* :mod:`workshop.rotation.search` and :mod:`workshop.rotation.plan` – tabu search;
* :mod:`workshop.rotation.bounds` – lower bounds and their plain-words reason;
* :mod:`workshop.rotation.stats` – :func:`evaluate` for any rotation.

``plan_rotation`` is deterministic for a given seed whenever it reaches its
targets (see :mod:`workshop.rotation.plan` for what the time limit changes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from workshop.rotation.model import Model, build_model
from workshop.rotation.notes import RotationNote
from workshop.rotation.plan import plan_seats
from workshop.rotation.problem import (PersonSpec, Problem, RotationError, TableSpec,
                                       problem_from_json, problem_from_workshop)
from workshop.rotation.stats import Rounds, Stats, evaluate

__all__ = ["PersonSpec", "Problem", "RotationError", "RotationNote", "RotationResult", "Stats",
           "TableSpec", "evaluate", "plan_rotation", "problem_from_json", "problem_from_workshop"]


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
                  cancel: Callable[[], bool] | None = None) -> RotationResult:
    """Plan the rounds not yet played; raise :class:`RotationError` if impossible.

    ``progress(fraction, best_coincidences)`` is called now and then, from the
    calling thread; ``cancel()`` is polled often and stops the search early.
    """
    import time

    start = time.perf_counter()
    model = build_model(problem)
    seats = plan_seats(model, seed, time_limit, progress, cancel)
    rounds = [dict(r) for r in problem.played] + [
        _round_of(model, seats[r]) for r in range(model.played, model.rounds)]
    stats = evaluate(problem, rounds)
    stats.seconds = round(time.perf_counter() - start, 3)
    return RotationResult(rounds, stats)


def _round_of(model: Model, row: np.ndarray) -> dict[str, list[str]]:
    """One round as {table: [ids]}: the capitaine first, then participant order."""
    result: dict[str, list[str]] = {}
    for t, table in enumerate(model.problem.tables):
        members = [model.ids[i] for i in np.flatnonzero(row == t)]
        if table.host in members:
            members.remove(table.host)
            members.insert(0, table.host)
        result[table.id] = members
    return result
