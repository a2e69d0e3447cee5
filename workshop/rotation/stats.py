"""Statistics of any rotation, planned or edited by hand.

:func:`evaluate` counts repeated encounters, returns to a table and to a
theme, checks every hard rule (each broken rule becomes a
:class:`~workshop.rotation.notes.RotationNote` in ``violations``) and
attaches the lower bound.  It is cheap enough to run on every drag.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from workshop.rotation.bounds import lower_bound
from workshop.rotation.model import Model, build_model
from workshop.rotation.notes import RotationNote
from workshop.rotation.problem import Problem

Rounds = list[dict[str, list[str]]]

JSON_KEYS = ("coincidences", "repeat_pairs", "max_meetings", "table_revisits", "theme_revisits",
             "min_themes_seen", "lower_bound", "proven_optimal", "seconds")


@dataclass
class Stats:
    """How good a rotation is (see issue 3 and ``docs/rotation.md``)."""

    coincidences: int = 0          # E = Σ over pairs of C(c, 2)
    repeat_pairs: int = 0          # pairs meeting more than once
    max_meetings: int = 0          # largest c
    table_revisits: int = 0        # returns of a moving person to a table
    theme_revisits: int = 0        # returns of a moving person to a theme
    min_themes_seen: int = 0       # fewest distinct themes seen by a moving person
    lower_bound: int = 0
    proven_optimal: bool = False
    seconds: float = 0.0
    violations: list[RotationNote] = field(default_factory=list)
    bound_reason: RotationNote | None = None

    def to_json(self) -> dict[str, Any]:
        """Exactly the ``stats`` keys of the command-line output."""
        return {key: getattr(self, key) for key in JSON_KEYS}


def evaluate(problem: Problem, rounds: Rounds) -> Stats:
    """Statistics and broken rules of ``rounds`` (one {table: [ids]} per round)."""
    start = time.perf_counter()
    model = build_model(problem)
    seats, violations = seats_of(model, rounds)
    stats = stats_of(model, seats)
    stats.violations = violations + _rule_checks(model, seats)
    stats.proven_optimal = stats.proven_optimal and not stats.violations
    stats.seconds = round(time.perf_counter() - start, 4)
    return stats


def seats_of(model: Model, rounds: Rounds) -> tuple[np.ndarray, list[RotationNote]]:
    """The (rounds, n) table index of everyone (-1: not seated), and reading problems."""
    notes: list[RotationNote] = []
    if len(rounds) != model.rounds:
        notes.append(RotationNote("round_count", count=len(rounds), rounds=model.rounds))
    pindex = {p: i for i, p in enumerate(model.ids)}
    tindex = {t: i for i, t in enumerate(model.tables)}
    seats = np.full((model.rounds, model.n), -1, dtype=np.int32)
    for r, rnd in enumerate(rounds[:model.rounds]):
        if r < model.played and rnd != model.problem.played[r]:
            notes.append(RotationNote("played_changed", round=r + 1))
        for table, seated in rnd.items():
            if table not in tindex:
                notes.append(RotationNote("unknown_table", round=r + 1, table=table))
                continue
            for pid in seated:
                i = pindex.get(pid)
                if i is None:
                    notes.append(RotationNote("unknown_person", round=r + 1, id=pid))
                elif seats[r, i] >= 0:
                    notes.append(RotationNote("seated_twice", round=r + 1, id=pid))
                else:
                    seats[r, i] = tindex[table]
    return seats, notes


def meeting_matrix(seats: np.ndarray, n_tables: int) -> np.ndarray:
    """(n, n) number of rounds each pair shares a table (zero diagonal)."""
    n = seats.shape[1]
    meet = np.zeros((n, n), dtype=np.int32)
    for row in seats:
        order = np.flatnonzero(row >= 0)
        for t in range(n_tables):
            members = order[row[order] == t]
            if members.size > 1:
                meet[np.ix_(members, members)] += 1
    np.fill_diagonal(meet, 0)
    return meet


def stats_of(model: Model, seats: np.ndarray) -> Stats:
    """Counts and bound of a seating array (no rule checks)."""
    meet = meeting_matrix(seats, model.t)
    upper = meet[np.triu_indices(model.n, 1)].astype(np.int64)
    coincidences = int((upper * (upper - 1) // 2).sum())
    revisits, hosted_revisits = _revisits(model, seats, by_theme=False)
    theme_revisits, min_themes = _revisits(model, seats, by_theme=True)
    bound, reason = lower_bound(model, seats, strict=hosted_revisits == 0)
    return Stats(
        coincidences=coincidences,
        repeat_pairs=int((upper > 1).sum()),
        max_meetings=int(upper.max()) if upper.size else 0,
        table_revisits=revisits,
        theme_revisits=theme_revisits,
        min_themes_seen=min_themes,
        lower_bound=bound,
        proven_optimal=coincidences <= bound,
        bound_reason=reason if bound > 0 else None,
    )


def theme_keys(model: Model) -> np.ndarray:
    """Theme of each table; a table without a theme is its own theme."""
    keys = model.theme.copy()
    none = keys < 0
    keys[none] = len(model.themes) + np.flatnonzero(none)
    return keys


def _revisits(model: Model, seats: np.ndarray, by_theme: bool) -> tuple[int, int]:
    """(returns, hosted-table returns) or (theme returns, fewest themes seen) of movers."""
    movers = np.flatnonzero(model.movable)
    keys = theme_keys(model) if by_theme else np.arange(model.t)
    width = int(keys.max()) + 1
    visits = np.zeros((model.n, width), dtype=np.int32)
    for row in seats:
        seated = np.flatnonzero(row >= 0)
        np.add.at(visits, (seated, keys[row[seated]]), 1)
    extra = np.maximum(visits[movers] - 1, 0)
    if not by_theme:
        return int(extra.sum()), int(extra[:, model.hosted].sum())
    real = movers[movers < len(model.problem.participants)]
    seen = (visits[real] > 0).sum(axis=1)
    seen = seen[seen > 0]
    return int(extra.sum()), int(seen.min()) if seen.size else 0


def _rule_checks(model: Model, seats: np.ndarray) -> list[RotationNote]:
    notes: list[RotationNote] = []
    ids, tables = model.ids, model.tables
    for r in range(model.played, model.rounds):
        row = seats[r]
        for i in np.flatnonzero(model.present[r] & (row < 0)):
            notes.append(RotationNote("missing", round=r + 1, id=ids[i]))
        for i in np.flatnonzero((model.fixed >= 0) & (row >= 0) & (row != model.fixed)):
            code = "host_moved" if _hosts(model).get(i) == model.fixed[i] else "pinned_moved"
            notes.append(RotationNote(code, round=r + 1, id=ids[i], table=tables[model.fixed[i]]))
        for i in np.flatnonzero(model.need & (row >= 0)):
            if not model.accessible[row[i]]:
                notes.append(RotationNote("not_accessible", round=r + 1, id=ids[i],
                                          table=tables[row[i]]))
        for a, b in model.apart:
            if row[a] >= 0 and row[a] == row[b]:
                notes.append(RotationNote("keep_apart", round=r + 1, a=ids[a], b=ids[b],
                                          table=tables[row[a]]))
        for members in model.groups:
            at = {int(row[i]) for i in members if row[i] >= 0}
            if len(at) > 1:
                notes.append(RotationNote("keep_together", round=r + 1,
                                          group=" + ".join(ids[i] for i in members)))
        sizes = np.bincount(row[row >= 0], minlength=model.t)
        for t in np.flatnonzero(sizes > model.capacity):
            notes.append(RotationNote("over_capacity", round=r + 1, table=tables[t],
                                      count=int(sizes[t]), capacity=int(model.capacity[t])))
    return notes


def _hosts(model: Model) -> dict[int, int]:
    index = {p: i for i, p in enumerate(model.ids)}
    return {index[t.host]: k for k, t in enumerate(model.problem.tables) if t.host}
