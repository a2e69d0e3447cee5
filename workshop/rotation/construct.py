"""A good first seating: the affine construction, then greedy repairs.

Movers are numbered in category order and given points (a, b) with
a = i mod q and b = i div q; in round r, point (a, b) sits at table
a + λ_r·(b + 1), with λ_r = r.  Two points then share a table in at most
one round and nobody returns to a table when the arithmetic is a field
(q a prime power, as many rounds as q) or, in Z_T, when
(rounds − 1) × rows < T.  Numbering by category makes each row one
category, and each table gets one person per row: categories mix.

The search (:mod:`workshop.rotation.search`) repairs what this cannot
place: more rounds than the field allows, rows too long, absences,
accessibility, keep-together groups and rounds already played.
"""

from __future__ import annotations

import numpy as np

from workshop.rotation.model import Model

REVISIT_COST = 1000  # during construction, a return to a hosted table outweighs meetings


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
    add, mul = field_tables(q)
    order = np.lexsort((movers, model.category[movers]))
    a = np.empty(len(movers), dtype=np.int64)
    b = np.empty(len(movers), dtype=np.int64)
    a[order] = np.arange(len(movers)) % q
    b[order] = (np.arange(len(movers)) // q + 1) % q
    return np.array([add[a, mul[r % q, b]] for r in range(model.rounds)])


def initial_seats(model: Model, rng: np.random.Generator) -> np.ndarray:
    """(rounds, n) seating: played rounds as they were, the others constructed."""
    seats = np.full((model.rounds, model.n), -1, dtype=np.int32)
    seats[:model.played] = model.history
    singles = np.flatnonzero(model.movable & (model.group < 0))
    wished = wished_tables(model, singles)
    meet = np.zeros((model.n, model.n), dtype=np.int32)
    visits = np.zeros((model.n, model.t), dtype=np.int32)
    for r in range(model.rounds):
        if r >= model.played:
            _place_round(model, seats[r], r, singles, wished[r], meet, visits, rng)
        _record(seats[r], meet, visits, model.t)
    for r in range(model.played, model.rounds):
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


def _record(row: np.ndarray, meet: np.ndarray, visits: np.ndarray, n_tables: int) -> None:
    for t in range(n_tables):
        members = np.flatnonzero(row == t)
        meet[np.ix_(members, members)] += 1
        visits[members, t] += 1


def _place_round(model: Model, row: np.ndarray, r: int, singles: np.ndarray,
                 wished: np.ndarray, meet: np.ndarray, visits: np.ndarray,
                 rng: np.random.Generator) -> None:
    here = model.present[r]
    anchored = here & (model.fixed >= 0)
    row[anchored] = model.fixed[anchored]
    for members in model.groups:
        present = [i for i in members if here[i]]
        if present:
            row[present] = _group_table(model, row, present, here, meet, visits, rng)
    todo = here[singles]
    target = _targets(model, row, singles[todo])
    wished = wished[todo]
    people = singles[todo]
    first = np.argsort(~model.need[people], kind="stable")  # accessible seats go to who needs them
    left = []
    for k in first:
        i, t = people[k], wished[k]
        if _fits(model, row, target, [i], t) and not visits[i, t]:
            row[i] = t
        elif model.need[i]:
            row[i] = _best_table(model, row, [i], meet, visits, rng, target)
        else:
            left.append(i)
    for i in left:
        row[i] = _best_table(model, row, [i], meet, visits, rng, target)


def _group_table(model: Model, row: np.ndarray, people: list[int], here: np.ndarray,
                 meet: np.ndarray, visits: np.ndarray, rng: np.random.Generator) -> int:
    """A keep-together group's table; one needing no access leaves accessible seats if scarce."""
    if not model.need[people].any():
        needing = int((here & model.need & (row < 0)).sum())
        room = model.capacity - np.bincount(row[row >= 0], minlength=model.t)
        if needing + len(people) > int(room[model.accessible].sum()):
            closed = ~model.accessible & (room >= len(people))
            if closed.any():
                return _best_table(model, row, people, meet, visits, rng,
                                   np.where(closed, model.capacity, 0))
    return _best_table(model, row, people, meet, visits, rng)


def _targets(model: Model, row: np.ndarray, people: np.ndarray) -> np.ndarray:
    """Table sizes as even as capacity allows once ``people`` are added to ``row``."""
    sizes = np.bincount(row[row >= 0], minlength=model.t).astype(np.int64)
    for _ in range(len(people)):
        room = sizes < model.capacity
        choice = np.flatnonzero(room)
        sizes[choice[np.argmin(sizes[choice])]] += 1
    needing = int(model.need[people].sum())
    placed = np.bincount(row[row >= 0], minlength=model.t)
    while (sizes - placed)[model.accessible].sum() < needing:
        give = np.flatnonzero(~model.accessible & (sizes > placed))
        take = np.flatnonzero(model.accessible & (sizes < model.capacity))
        if not give.size or not take.size:
            break
        sizes[give[np.argmax(sizes[give])]] -= 1
        sizes[take[np.argmin(sizes[take])]] += 1
    return sizes


def _fits(model: Model, row: np.ndarray, target: np.ndarray | None, people: list[int],
          t: int) -> bool:
    if model.need[people].any() and not model.accessible[t]:
        return False
    limit = model.capacity[t] if target is None else target[t]
    return int((row == t).sum()) + len(people) <= limit


def _best_table(model: Model, row: np.ndarray, people: list[int], meet: np.ndarray,
                visits: np.ndarray, rng: np.random.Generator,
                target: np.ndarray | None = None) -> int:
    """The table with room where ``people`` meet the fewest known faces and revisit least."""
    sizes = np.bincount(row[row >= 0], minlength=model.t)
    best, best_cost = -1, None
    for t in rng.permutation(model.t):
        if not _fits(model, row, target, people, t):
            continue
        members = np.flatnonzero(row == t)
        cost = int(meet[np.ix_(people, members)].sum())
        cost += REVISIT_COST * int(visits[people, t].sum()) * (1 + model.hosted[t])
        cost += 2 * int(sizes[t])  # when all else is equal, fill the emptier table
        if best_cost is None or cost < best_cost:
            best, best_cost = int(t), cost
    if best < 0:  # targets full: fall back on capacity (only uneven groups get here)
        return _best_table(model, row, people, meet, visits, rng) if target is not None else \
            int(np.argmax(model.capacity - sizes))
    return best
