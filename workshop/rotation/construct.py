"""A good first seating: the affine construction, then greedy repairs.

Movers are numbered in category order and given points (a, b) with
a = i mod q and b = i div q; in round r, point (a, b) sits at table
a + λ_r·(b + 1), with λ_r = r.  Two points then share a table in at most
one round and nobody returns to a table when the arithmetic is a field
(q a prime power, as many rounds as q) or, in Z_T, when
(rounds − 1) × rows < T.  Numbering by category makes each row one
category, and each table gets one person per row: categories mix.

Each table is filled up to its size from :mod:`workshop.rotation.sizes`
(capacity is a maximum).  The search (:mod:`workshop.rotation.plan`)
repairs what this cannot place: more rounds than the field allows, rows
too long, absences, accessibility, keep-together groups and rounds
already played.  Memory stays linear in people × rounds: meetings are
counted from the seats, and after ``deadline`` the remaining people simply
go to the emptiest table that fits (the plan stays valid; the search, if
time is left, improves it).
"""

from __future__ import annotations

import time
from functools import lru_cache

import numpy as np

from workshop.rotation.model import Model
from workshop.rotation.sizes import Sizes

REVISIT_COST = 1000  # during construction, a return to a hosted table outweighs meetings
THEME_COST = 100     # and a return to a theme outweighs a few meetings


def prime_power(q: int) -> tuple[int, int] | None:
    """(p, k) with q = p**k, or None."""
    if q < 2:
        return None
    p = next(d for d in range(2, q + 1) if q % d == 0)
    k, rest = 0, q
    while rest % p == 0:
        rest //= p
        k += 1
    return (p, k) if rest == 1 else None


@lru_cache(maxsize=16)
def field_tables(q: int) -> tuple[np.ndarray, np.ndarray]:
    """Addition and multiplication tables of GF(q) if q is a prime power, else of Z_q."""
    pk = prime_power(q)
    if pk is None or pk[1] == 1 or q > 256:
        x = np.arange(q)
        return (x[:, None] + x[None, :]) % q, (x[:, None] * x[None, :]) % q
    p, k = pk
    modulus = _irreducible(p, k)
    digits = [_digits(x, p, k) for x in range(q)]
    add = np.array([[_number([(u + v) % p for u, v in zip(a, b)], p) for b in digits]
                    for a in digits])
    mul = np.array([[_number(_poly_mul(a, b, modulus, p), p) for b in digits] for a in digits])
    return add, mul


def _digits(x: int, p: int, k: int) -> list[int]:
    return [(x // p ** i) % p for i in range(k)]


def _number(digits: list[int], p: int) -> int:
    return sum(d * p ** i for i, d in enumerate(digits))


def _poly_mul(a: list[int], b: list[int], modulus: list[int], p: int) -> list[int]:
    k = len(a)
    prod = [0] * (2 * k - 1)
    for i, u in enumerate(a):
        for j, v in enumerate(b):
            prod[i + j] = (prod[i + j] + u * v) % p
    for i in range(len(prod) - 1, k - 1, -1):  # reduce by the monic modulus of degree k
        c = prod[i]
        if c:
            for j in range(k + 1):
                prod[i - k + j] = (prod[i - k + j] - c * modulus[j]) % p
    return prod[:k]


def _irreducible(p: int, k: int) -> list[int]:
    """A monic irreducible polynomial of degree k over GF(p), low degree first."""
    for code in range(p ** k):
        poly = _digits(code, p, k) + [1]
        if poly[0] and not any(_has_root_factor(poly, d, p) for d in range(1, k // 2 + 1)):
            return poly
    raise ValueError(f"no irreducible polynomial of degree {k} over GF({p})")


def _has_root_factor(poly: list[int], degree: int, p: int) -> bool:
    """Whether a monic polynomial of ``degree`` divides ``poly``."""
    for code in range(p ** degree):
        divisor = _digits(code, p, degree) + [1]
        rest = list(poly)
        for i in range(len(rest) - 1, degree - 1, -1):
            c = rest[i]
            if c:
                for j in range(degree + 1):
                    rest[i - degree + j] = (rest[i - degree + j] - c * divisor[j]) % p
        if not any(rest[:degree]):
            return True
    return False


def wished_tables(model: Model, movers: np.ndarray) -> np.ndarray:
    """(rounds, len(movers)) table the construction gives each mover in each round."""
    q = model.t
    order = np.lexsort((movers, model.category[movers]))
    a = np.empty(len(movers), dtype=np.int64)
    b = np.empty(len(movers), dtype=np.int64)
    a[order] = np.arange(len(movers)) % q
    b[order] = (np.arange(len(movers)) // q + 1) % q
    pk = prime_power(q)
    if pk is not None and pk[1] > 1 and q <= 256:
        add, mul = field_tables(q)
        return np.array([add[a, mul[r % q, b]] for r in range(model.rounds)])
    return np.array([(a + (r % q) * b) % q for r in range(model.rounds)])


def initial_seats(model: Model, sizes: Sizes, rng: np.random.Generator,
                  deadline: float | None = None) -> np.ndarray:
    """(rounds, n) seating: played rounds as they were, the others constructed."""
    seats = np.full((model.rounds, model.n), -1, dtype=np.int32)
    seats[:model.played] = model.history
    singles = np.flatnonzero(model.movable & (model.group < 0))
    wished = wished_tables(model, singles)
    for r in range(model.played, model.rounds):
        _place_round(model, seats, r, sizes.target[r], singles, wished[r], rng, deadline)
        _repair_access(model, seats[r])
    return seats


def _repair_access(model: Model, row: np.ndarray) -> None:
    """Swap anyone left at an inaccessible table who needs access with a single who does not.

    The greedy placement can fill the accessible seats before the last person
    needing one comes (a keep-together group took them); the search only swaps
    within the rules, so the seating must start right.
    """
    single = model.movable & (model.group < 0)
    stuck = np.flatnonzero(single & model.need & (row >= 0) & ~model.accessible[np.maximum(row, 0)])
    for i in stuck:
        free = np.flatnonzero(single & ~model.need & (row >= 0)
                              & model.accessible[np.maximum(row, 0)])
        if free.size:
            j = free[0]
            row[i], row[j] = row[j], row[i]


class _Round:
    """One round being filled: sizes so far and what each person met before."""

    def __init__(self, model: Model, seats: np.ndarray, r: int, target: np.ndarray,
                 rng: np.random.Generator, deadline: float | None) -> None:
        self.model, self.seats, self.r = model, seats, r
        self.row = seats[r]
        self.target = target
        self.filled = np.zeros(model.t, dtype=np.int64)
        self.rng = rng
        self.deadline = deadline

    def put(self, people, table: int) -> None:
        self.row[people] = table
        self.filled[table] += people.size if isinstance(people, np.ndarray) else 1

    def late(self) -> bool:
        return self.deadline is not None and time.monotonic() > self.deadline

    def best_table(self, people: np.ndarray, use_target: bool = True) -> int:
        """The table with room where ``people`` meet the fewest known faces and return least."""
        m = self.model
        limit = self.target if use_target else m.capacity
        room = limit - self.filled >= people.size
        if m.need[people].any():
            room &= m.accessible
        if not room.any():
            if use_target:
                return self.best_table(people, use_target=False)
            return int(np.argmax(m.capacity - self.filled))
        if self.late():
            choices = np.flatnonzero(room)
            return int(choices[np.argmax((limit - self.filled)[choices])])
        cost = 2 * self.filled.astype(np.int64)
        before = self.seats[:self.r]
        if self.r:
            placed = np.flatnonzero(self.row >= 0)
            for i in people:
                mine = before[:, i]
                met = ((before == mine[:, None]) & (mine[:, None] >= 0)).sum(axis=0)
                cost += np.bincount(self.row[placed], weights=met[placed],
                                    minlength=m.t).astype(np.int64)
                seen = mine[mine >= 0]
                if m.movable[i] and seen.size:
                    visits = np.bincount(seen, minlength=m.t)
                    cost += REVISIT_COST * visits * (1 + m.hosted)
                    seen_keys = m.theme_key[seen]
                    keys = np.bincount(seen_keys[seen_keys >= 0], minlength=m.n_keys + 1)
                    cost += THEME_COST * np.where(m.theme_key >= 0, keys[m.theme_key], 0)
        order = self.rng.permutation(m.t)
        masked = np.where(room, cost, np.iinfo(np.int64).max)[order]
        return int(order[int(np.argmin(masked))])


def _place_round(model: Model, seats: np.ndarray, r: int, target: np.ndarray,
                 singles: np.ndarray, wished: np.ndarray, rng: np.random.Generator,
                 deadline: float | None) -> None:
    state = _Round(model, seats, r, target, rng, deadline)
    here = model.present[r]
    anchored = np.flatnonzero(here & (model.fixed >= 0))
    for i in anchored:
        state.put(i, int(model.fixed[i]))
    for members in model.groups:
        present = np.array([i for i in members if here[i]], dtype=np.int64)
        if present.size:
            state.put(present, _group_table(model, state, present, here))
    todo = here[singles]
    people = singles[todo]
    wished = wished[todo]
    if r:
        visited = (seats[:r, people] == wished[None, :]).any(axis=0)
    else:
        visited = np.zeros(people.size, dtype=bool)
    first = np.argsort(~model.need[people], kind="stable")  # accessible seats go to who needs them
    people, wished, visited = people[first], wished[first], visited[first]
    # each table takes, in this order, the people who wish it while it has room
    eligible = ~visited & (~model.need[people] | model.accessible[wished])
    order = np.flatnonzero(eligible)
    by_table = order[np.argsort(wished[order], kind="stable")]
    tables = wished[by_table]
    starts = np.searchsorted(tables, tables, side="left")
    rank = np.arange(by_table.size) - starts
    room = np.maximum(target - state.filled, 0)
    taken = by_table[rank < room[tables]]
    state.row[people[taken]] = wished[taken]
    state.filled += np.bincount(wished[taken], minlength=model.t)
    placed = np.zeros(people.size, dtype=bool)
    placed[taken] = True
    for k in np.flatnonzero(~placed):  # those needing access first, as ordered above
        state.put(int(people[k]), state.best_table(np.array([people[k]])))


def _group_table(model: Model, state: _Round, people: np.ndarray, here: np.ndarray) -> int:
    """A keep-together group's table; one needing no access leaves accessible seats if scarce."""
    if not model.need[people].any():
        needing = int((here & model.need & (state.row < 0)).sum())
        room = model.capacity - state.filled
        if needing + people.size > int(room[model.accessible].sum()):
            closed = ~model.accessible & (room >= people.size)
            if closed.any():
                return int(np.flatnonzero(closed)[np.argmax(room[closed])])
    return state.best_table(people)
