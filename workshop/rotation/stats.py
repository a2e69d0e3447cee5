"""Statistics of any rotation, planned or edited by hand.

:func:`evaluate` counts repeated encounters, returns to a table and to a
theme, checks every hard rule (each broken rule becomes a
:class:`~workshop.rotation.notes.RotationNote` in ``violations``) and
attaches the bounds of the problem (which a hand edit cannot change).
It is cheap enough to run on every drag, and linear in people × rounds.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from workshop.rotation.bounds import Bounds, problem_bounds
from workshop.rotation.model import Model, build_model
from workshop.rotation.notes import RotationNote
from workshop.rotation.pairs import pair_summary
from workshop.rotation.problem import Problem

Rounds = list[dict[str, list[str]]]

JSON_KEYS = ("coincidences", "repeat_pairs", "max_meetings", "table_revisits", "theme_revisits",
             "min_themes_seen", "lower_bound", "proven_optimal", "seconds",
             "host_revisits", "priority", "bounds")


@dataclass
class Stats:
    """How good a rotation is (see issue 3 and ``docs/rotation.md``)."""

    coincidences: int = 0          # E = Σ over pairs of C(c, 2)
    repeat_pairs: int = 0          # pairs meeting more than once
    max_meetings: int = 0          # largest c
    table_revisits: int = 0        # returns of a moving person to a table
    theme_revisits: int = 0        # returns of a moving person to a theme
    min_themes_seen: int = 0       # fewest distinct themes seen by a moving person
    lower_bound: int = 0           # bound on E, for the problem (never for this plan)
    proven_optimal: bool = False   # every objective of the chosen order at its bound
    seconds: float = 0.0
    host_revisits: int = 0         # returns of a moving person to a capitaine's table
    priority: str = "themes"
    bounds: Bounds = field(default_factory=Bounds)
    violations: list[RotationNote] = field(default_factory=list)
    bound_reason: RotationNote | None = None
    conflicts: list[RotationNote] = field(default_factory=list)

    @property
    def bound_reasons(self) -> dict[str, RotationNote]:
        """Why each objective cannot do better than its bound."""
        return self.bounds.reasons

    def at_bound(self) -> dict[str, bool]:
        """Objective by objective, whether this plan reaches the problem's bound."""
        b = self.bounds
        return {"host_revisits": self.host_revisits <= b.host_revisits,
                "theme_revisits": self.theme_revisits <= b.theme_revisits,
                "max_meetings": self.max_meetings <= b.max_meetings,
                "coincidences": self.coincidences <= b.coincidences}

    def to_json(self) -> dict[str, Any]:
        """Exactly the ``stats`` keys of the command-line output."""
        out = {key: getattr(self, key) for key in JSON_KEYS}
        out["bounds"] = self.bounds.to_json()
        return out


def evaluate(problem: Problem, rounds: Rounds, bounds: Bounds | None = None) -> Stats:
    """Statistics and broken rules of ``rounds`` (one {table: [ids]} per round)."""
    start = time.perf_counter()
    stats = evaluate_model(build_model(problem), rounds, bounds)
    stats.seconds = round(time.perf_counter() - start, 4)
    return stats


def evaluate_model(model: Model, rounds: Rounds, bounds: Bounds | None = None) -> Stats:
    """:func:`evaluate` for a problem already checked and indexed."""
    start = time.perf_counter()
    seats, violations = seats_of(model, rounds)
    stats = stats_of(model, seats, bounds)
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
    """(n, n) number of rounds each pair shares a table (zero diagonal); small rooms only."""
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


def stats_of(model: Model, seats: np.ndarray, bounds: Bounds | None = None) -> Stats:
    """Counts and bounds of a seating array (no rule checks)."""
    pairs = pair_summary(seats, model.t)
    revisits, hosted_revisits = _revisits(model, seats, by_theme=False)
    theme_revisits, min_themes = _revisits(model, seats, by_theme=True)
    bounds = bounds or problem_bounds(model)
    stats = Stats(
        coincidences=pairs.coincidences,
        repeat_pairs=pairs.repeat_pairs,
        max_meetings=pairs.max_meetings,
        table_revisits=revisits,
        theme_revisits=theme_revisits,
        min_themes_seen=min_themes,
        lower_bound=bounds.coincidences,
        host_revisits=hosted_revisits,
        priority=model.priority,
        bounds=bounds,
        bound_reason=bounds.reasons.get("coincidences"),
    )
    stats.proven_optimal = all(stats.at_bound().values())
    return stats


def theme_keys(model: Model) -> np.ndarray:
    """Theme of each table; a capitaine's table without theme is its own; -1: none."""
    return model.theme_key


def _revisits(model: Model, seats: np.ndarray, by_theme: bool) -> tuple[int, int]:
    """(returns, hosted-table returns) or (theme returns, fewest themes seen) of movers.

    Each person's tables (or themes) over the rounds are sorted: a return is
    a value equal to the one before it.  No people × tables array is made.
    """
    movers = np.flatnonzero(model.movable)
    if not movers.size:
        return 0, 0
    col = seats[:, movers]
    seated = col >= 0
    keys = model.theme_key if by_theme else np.arange(model.t)
    values = np.where(seated, keys[np.maximum(col, 0)], -1)  # -1 also: a table without theme
    ordered = np.sort(values, axis=0)
    valid = ordered >= 0
    again = (ordered[1:] == ordered[:-1]) & valid[1:] if ordered.shape[0] > 1 else \
        np.zeros((0, movers.size), dtype=bool)
    extra = int(again.sum())
    if not by_theme:
        hosted = model.hosted[np.maximum(ordered[1:], 0)] & again if again.size else again
        return extra, int(hosted.sum())
    seen = valid.sum(axis=0) - again.sum(axis=0)
    who = (movers < len(model.problem.participants)) & seated.any(axis=0)  # seated at least once
    seen = seen[who]
    return extra, int(seen.min()) if seen.size else 0


def _rule_checks(model: Model, seats: np.ndarray) -> list[RotationNote]:
    notes: list[RotationNote] = []
    ids, tables = model.ids, model.tables
    hosts = _hosts(model)
    for r in range(model.played, model.rounds):
        row = seats[r]
        for i in np.flatnonzero(model.present[r] & (row < 0)):
            notes.append(RotationNote("missing", round=r + 1, id=ids[i]))
        for i in np.flatnonzero((model.fixed >= 0) & (row >= 0) & (row != model.fixed)):
            code = "host_moved" if hosts.get(int(i)) == model.fixed[i] else "pinned_moved"
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
        notes += _organisation_checks(model, row, r)
    return notes


def _organisation_checks(model: Model, row: np.ndarray, r: int) -> list[RotationNote]:
    if not model.max_org or not model.organisations:
        return []
    org = model.organisation
    who = np.flatnonzero((row >= 0) & (org >= 0))
    if not who.size:
        return []
    width = len(model.organisations)
    counts = np.bincount(row[who].astype(np.int64) * width + org[who])
    notes = []
    for code in np.flatnonzero(counts > model.max_org):
        t, o = divmod(int(code), width)
        notes.append(RotationNote("organisation", round=r + 1, table=model.tables[t],
                                  organisation=model.organisations[o], count=int(counts[code]),
                                  max=model.max_org))
    return notes


def _hosts(model: Model) -> dict[int, int]:
    index = {p: i for i, p in enumerate(model.ids)}
    return {index[t.host]: k for k, t in enumerate(model.problem.tables) if t.host}
