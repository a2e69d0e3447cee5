"""Cheap lower bounds on the coincidences E, and why they are not zero.

E = Σ over pairs of C(c, 2) is also the number of (pair, pair of rounds)
where the pair shares a table in both rounds.  So E is the sum over
pairs of rounds (r, r') of X(r, r'), the people seated together in both,
and each X has its own pigeonhole bound: the movers of one table in
round r spread over the tables of round r' (minus their own table when
it has a capitaine and nobody may return to it).  Two global bounds are
added: per-person counting (everyone meets at least so many people) and
pair-slot counting; the largest of the three is reported.

The bound depends on the table sizes of the rotation at hand and on
whether it returns people to a hosted table (``strict``): it is a bound
for every rotation with these sizes and, when strict, no such return.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workshop.rotation.model import Model
from workshop.rotation.notes import RotationNote


def c2(k: int) -> int:
    return k * (k - 1) // 2


def spread(items: int, bins: int) -> int:
    """Least Σ C(load, 2) over ``bins`` bins holding ``items`` items."""
    bins = max(bins, 1)
    base, extra = divmod(items, bins)
    return (bins - extra) * c2(base) + extra * c2(base + 1)


def spread_pairs(meetings: int, others: int) -> int:
    """Least Σ C(c, 2) when ``meetings`` meetings fall on ``others`` people."""
    if others <= 0:
        return 0
    base, extra = divmod(meetings, others)
    return (others - extra) * c2(base) + extra * c2(base + 1)


@dataclass
class _Parts:
    played: int = 0
    hosts: int = 0
    tables: int = 0
    together: int = 0
    example: tuple[int, int, int, int] | None = None  # size, tables, movers, other tables

    @property
    def total(self) -> int:
        return self.played + self.hosts + self.tables + self.together


def lower_bound(model: Model, seats: np.ndarray, strict: bool) -> tuple[int, RotationNote | None]:
    """A lower bound on E for rotations shaped like ``seats`` ((rounds, n) table or -1)."""
    parts = _round_pairs(model, seats, strict)
    person, person_note = _per_person(model, seats)
    slots = _pair_slots(seats, model.t)
    best = max(parts.total, person, slots)
    if best == 0:
        return 0, None
    if person >= parts.total and person_note is not None:
        return best, person_note
    return best, _pairs_note(parts)


def _pairs_note(parts: _Parts) -> RotationNote | None:
    top = max(parts.played, parts.hosts, parts.tables, parts.together)
    if top == 0:
        return None
    if parts.hosts == top or parts.tables == top:
        size, tables, movers, others = parts.example
        code = "bound_hosts" if parts.hosts == top else "bound_tables"
        return RotationNote(code, size=size, tables=tables, movers=movers, others=others)
    if parts.together == top:
        return RotationNote("bound_together", count=parts.together)
    return RotationNote("bound_played", count=parts.played)


def _round_pairs(model: Model, seats: np.ndarray, strict: bool) -> _Parts:
    parts = _Parts()
    rounds = seats.shape[0]
    for r in range(rounds):
        for s in range(r + 1, rounds):
            if s < model.played:
                parts.played += _together_both(seats[r], seats[s])
                continue
            one = _one_way(model, seats, r, s, strict)
            two = _one_way(model, seats, s, r, strict)
            best = one if one.total >= two.total else two
            for name in ("hosts", "tables", "together"):
                setattr(parts, name, getattr(parts, name) + getattr(best, name))
            parts.example = parts.example or best.example
    return parts


def _together_both(a: np.ndarray, b: np.ndarray) -> int:
    both = (a >= 0) & (b >= 0)
    key = a[both].astype(np.int64) * 100_003 + b[both]
    _, counts = np.unique(key, return_counts=True)
    return int(sum(c2(int(k)) for k in counts))


def _one_way(model: Model, seats: np.ndarray, r: int, s: int, strict: bool) -> _Parts:
    """Pigeonhole for the people of each table of round r, seen again in round s."""
    parts = _Parts()
    both = (seats[r] >= 0) & (seats[s] >= 0)
    n_tables = model.t
    for t in range(n_tables):
        here = both & (seats[r] == t)
        if not here.any():
            continue
        fixed = int((here & (model.fixed == t)).sum())
        movers = int(here.sum()) - fixed
        blocked = strict and bool(model.hosted[t])
        bins = n_tables - 1 if blocked else n_tables
        forced = spread(movers, bins)
        groups = sum(c2(int((here & (model.group == g)).sum())) for g in range(len(model.groups)))
        parts.together += c2(fixed) + (groups if groups > forced else 0)
        if forced >= groups and forced > 0:
            parts.hosts += forced if blocked else 0
            parts.tables += 0 if blocked else forced
            size = int((seats[r] == t).sum())
            parts.example = parts.example or (size, n_tables, movers, bins)
    return parts


def _per_person(model: Model, seats: np.ndarray) -> tuple[int, RotationNote | None]:
    """Everyone meets at least (smallest table − 1) people per round attended."""
    seated = seats >= 0
    if not seated.any():
        return 0, None
    smallest = np.zeros(seats.shape[0], dtype=np.int64)
    for r in range(seats.shape[0]):
        sizes = np.bincount(seats[r][seated[r]], minlength=model.t)
        smallest[r] = max(int(sizes[sizes > 0].min()) - 1, 0) if sizes.any() else 0
    others = int(seated.any(axis=0).sum()) - 1
    meetings = (seated * smallest[:, None]).sum(axis=0)
    total = sum(spread_pairs(int(m), others) for m in meetings[seated.any(axis=0)])
    bound = (total + 1) // 2
    if bound == 0:
        return 0, None
    return bound, RotationNote("bound_people", rounds=seats.shape[0],
                               meetings=int(meetings.max()), others=others)


def _pair_slots(seats: np.ndarray, n_tables: int) -> int:
    seated = seats >= 0
    people = int(seated.any(axis=0).sum())
    slots = sum(c2(int(k)) for r in range(seats.shape[0])
                for k in np.bincount(seats[r][seated[r]], minlength=n_tables))
    return spread_pairs(slots, c2(people)) if people > 1 else 0
