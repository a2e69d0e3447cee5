"""Known repeat-free designs for shapes the affine construction cannot handle.

The affine construction (:mod:`workshop.rotation.construct`) needs a
prime-power number of tables.  Some common shapes have no such structure
yet a rotation without any repeated meeting exists; local search finds
those badly (the social golfer problem is famously hard).  For them we
build the design directly:

* 15 people, 5 tables of 3, up to 7 rounds: Kirkman's schoolgirls.  The
  points are the 15 non-zero vectors of GF(2)^4 (the projective space
  PG(3, 2)); its 35 lines {a, b, a+b} split into 7 *spreads* (5 disjoint
  lines covering every point), and 7 disjoint spreads use each line once,
  so two points share a line, hence a table, exactly once.  The packing
  is found by a tiny exact-cover search (a millisecond, deterministic).

* A café with a capitaine at each of T tables, c seats and R ≤ T rounds:
  a cyclic *difference matrix*.  Mover (k, i) (seat class k, first table
  i) sits at table f_k(r) + i mod T in round r; the capitaine of table i
  is the row f = 0.  Two people meet twice only if two rows have the same
  difference in two rounds, so c rows with pairwise differences all
  distinct give no repeated meeting and (each row against the zero row)
  no return.  With a field and f_k(r) = k·r this is the affine
  construction; for 6 tables of 5 over 5 rounds, where no field exists,
  a small depth-first search finds such rows at once.  Without
  capitaines the zero row is one more class of movers.  Where no such
  rows exist (6 tables of 4 over 6 rounds), a precomputed table from
  :mod:`workshop.rotation.tables` takes their place.

A design gives ``design[r, point]`` = table; :func:`design_seats` maps the
people onto the points (trying a few labellings to mix categories) when a
problem has exactly the design's shape.
"""

from __future__ import annotations

import time
from functools import lru_cache

import numpy as np

from workshop.rotation.model import Model
from workshop.rotation.sizes import Sizes
from workshop.rotation.tables import cafe_table, golfer_table

LABELLINGS = 64     # random point labellings tried for category mixing
DM_BUDGET = 20_000   # search steps for a difference matrix before giving up
SIGMA_RESTARTS = 6   # table renamings tried for themes
SIGMA_SAMPLE = 64    # transpositions scored per step of that search
SLOPE_TRIES = 8      # sets of slopes tried for themes (affine cafés)


@lru_cache(maxsize=None)
def kirkman15() -> np.ndarray:
    """(7, 15) table of each point in each round: a resolvable Steiner triple system."""
    lines = sorted({tuple(sorted((a, b, a ^ b))) for a in range(1, 16) for b in range(1, 16)
                    if a != b})
    masks = [sum(1 << p for p in line) for line in lines]
    spreads: set[tuple[int, ...]] = set()

    def grow(chosen: list[int], used: int) -> None:
        if len(chosen) == 5:
            spreads.add(tuple(sorted(chosen)))
            return
        point = next(p for p in range(1, 16) if not used >> p & 1)
        for k, line in enumerate(lines):
            if point in line and not used & masks[k]:
                grow(chosen + [k], used | masks[k])

    grow([], 0)
    packing = _pack(sorted(spreads), len(lines), 7)
    design = np.empty((7, 15), dtype=np.int32)
    for r, spread in enumerate(packing):
        for table, k in enumerate(spread):
            design[r, [p - 1 for p in lines[k]]] = table
    return design


def _pack(spreads: list[tuple[int, ...]], n_lines: int, size: int) -> list[tuple[int, ...]]:
    """``size`` pairwise disjoint spreads (exact cover of the lines), by backtracking."""

    def search(chosen: list[tuple[int, ...]], used: int) -> list[tuple[int, ...]] | None:
        if len(chosen) == size:
            return chosen
        first = next(k for k in range(n_lines) if not used >> k & 1)
        for spread in spreads:
            mask = sum(1 << k for k in spread)
            if first in spread and not used & mask:
                found = search(chosen + [spread], used | mask)
                if found:
                    return found
        return None

    result = search([], 0)
    assert result is not None, "PG(3, 2) has a packing"
    return result


def difference_rows(tables: int, rows: int, rounds: int) -> np.ndarray | None:
    """``rows`` sequences over Z_tables, each injective, pairwise differences injective.

    Every row starts at 0 (shifting a row only renames its movers).  Depth-first,
    value by value; None when none exists or the step budget runs out.  With
    as many rounds as tables, two rows give a complete mapping of Z_tables,
    which does not exist when the number of tables is even (Hall and Paige):
    no search then.
    """
    if rounds > tables or rows >= tables:
        return None
    if rounds == tables and tables % 2 == 0 and rows >= 2:
        return None
    grid = np.zeros((rows, rounds), dtype=np.int64)
    steps = 0

    def fits(k: int, r: int, v: int) -> bool:
        row = grid[k, :r]
        if v in row:
            return False
        return all(((v - grid[j, r]) % tables) not in (row - grid[j, :r]) % tables
                   for j in range(k))

    def place(cell: int) -> bool:
        nonlocal steps
        k, r = divmod(cell, rounds)
        if k == rows:
            return True
        if r == 0:
            return place(cell + 1)
        for v in range(1, tables):
            steps += 1
            if steps > DM_BUDGET:
                return False
            if fits(k, r, v):
                grid[k, r] = v
                if place(cell + 1):
                    return True
        return False

    return grid if place(0) else None


@lru_cache(maxsize=64)
def cafe_design(tables: int, seats: int, rounds: int) -> np.ndarray | None:
    """(rounds, tables·(seats − 1)) table of mover k·tables + i; capitaine t stays at t."""
    if _affine_works(tables, seats - 1, rounds):
        return None  # the affine construction already does it
    rows = difference_rows(tables, seats - 1, rounds)
    if rows is None:
        return cafe_table(tables, seats, rounds)
    first = np.arange(tables)
    return np.array([np.concatenate([(rows[k, r] + first) % tables for k in range(len(rows))])
                     for r in range(rounds)], dtype=np.int32)


def _affine_works(tables: int, rows: int, rounds: int) -> bool:
    from workshop.rotation.construct import prime_power
    pk = prime_power(tables)
    field = pk is not None and (pk[1] == 1 or tables <= 256)
    return field and rounds <= tables and rows < tables


def cafe_points(tables: int, seats: int, rounds: int,
                slopes: tuple[int, ...] | None = None) -> np.ndarray | None:
    """(rounds, tables·(seats − 1)) abstract table of mover k·tables + i, no repeat, no return.

    The affine plane when the number of tables is a prime power (mover
    (k, i) at i + λ_r·(k + 1), ``slopes`` choosing the λ_r), else a cyclic
    difference matrix or a stored table.  Capitaine t is the point that
    stays at abstract table t.
    """
    rows = seats - 1
    if not _affine_works(tables, rows, rounds):
        return cafe_design(tables, seats, rounds)
    from workshop.rotation.construct import field_tables, prime_power

    slopes = tuple(range(rounds)) if slopes is None else slopes
    first = np.tile(np.arange(tables), rows)
    step = np.repeat(np.arange(1, rows + 1), tables)
    if prime_power(tables)[1] == 1:  # a prime: arithmetic modulo the number of tables
        return np.array([(first + lam * step) % tables for lam in slopes], dtype=np.int32)
    add, mul = field_tables(tables)
    return np.array([add[first, mul[lam, step]] for lam in slopes], dtype=np.int32)


def theme_cost(keys: np.ndarray, weight: int) -> np.ndarray:
    """Returns to a theme (times ``weight``) plus their squares, per plan of a stack.

    ``keys`` is (..., rounds, points): the theme of each point in each round.
    """
    ordered = np.sort(keys, axis=-2)
    again = (ordered[..., 1:, :] == ordered[..., :-1, :]) & (ordered[..., 1:, :] >= 0)
    returns = again.sum(axis=-2)
    return weight * returns.sum(axis=-1) + (returns ** 2).sum(axis=-1)


def theme_sigma(theme_key: np.ndarray, design: np.ndarray, rng: np.random.Generator,
                restarts: int = SIGMA_RESTARTS,
                deadline: float | None = None) -> tuple[np.ndarray, int]:
    """Real table of each abstract table (one for all rounds), for the fewest theme returns.

    Renaming the tables of a design keeps who meets whom and keeps each
    capitaine at one table (the capitaine of real table σ(t) is the point
    staying at t): only themes change.  Local search on transpositions of
    σ (a sample of them for many tables), with restarts, until ``deadline``.
    """
    tables = theme_key.size
    weight = design.shape[1] * (2 * design.shape[0] + 1) + 1
    identity = np.arange(tables)
    best, best_cost = identity, int(theme_cost(theme_key[design], weight))
    if len(set(theme_key.tolist())) == tables or best_cost == 0:
        return best, best_cost
    all_i, all_j = np.triu_indices(tables, 1)
    for k in range(restarts):
        sigma = identity.copy() if k == 0 else rng.permutation(tables)
        cost = int(theme_cost(theme_key[sigma][design], weight))
        while True:
            if deadline is not None and time.monotonic() > deadline:
                return (sigma, cost) if cost < best_cost else (best, best_cost)
            i, j = all_i, all_j
            if i.size > SIGMA_SAMPLE:
                pick = rng.choice(i.size, SIGMA_SAMPLE, replace=False)
                i, j = i[pick], j[pick]
            trials = np.tile(sigma, (i.size, 1))
            trials[np.arange(i.size), i], trials[np.arange(i.size), j] = sigma[j], sigma[i]
            costs = theme_cost(theme_key[trials][:, design], weight)
            top = int(np.argmin(costs))
            if costs[top] >= cost:
                break
            sigma, cost = trials[top], int(costs[top])
        if cost < best_cost:
            best, best_cost = sigma, cost
        if best_cost == 0:
            break
    return best, best_cost


def golfer_design(groups: int, size: int, rounds: int) -> np.ndarray | None:
    """(rounds, groups·size) repeat-free table of each point, when one is known."""
    if (groups, size) == (5, 3) and rounds <= 7:
        return kirkman15()[:rounds]
    stored = golfer_table(groups, size, rounds)
    if stored is not None:
        return stored
    movers = cafe_design(groups, size, rounds)
    if movers is None:
        return None
    hosts = np.tile(np.arange(groups, dtype=np.int32), (rounds, 1))
    return np.concatenate([hosts, movers], axis=1)


def design_seats(model: Model, sizes: Sizes, rng: np.random.Generator,
                 deadline: float | None = None) -> np.ndarray | None:
    """A (rounds, n) seating from a known design, or None if the shape has none.

    The shape is read from the normalised sizes (layer 0), not from the
    capacities: 15 people at 5 tables of 4 seats sit 3 by 3, Kirkman's way.
    The design gives the meetings on abstract points (layer 1); people are
    then put on points (layer 2) to mix categories and keep pairs apart,
    which cannot change who meets how often.
    """
    if model.played or model.groups or not model.present.all():
        return None
    future = sizes.target[model.played:]
    size = int(future.max()) if future.size else 0
    if size < 2 or future.min() < size - 1:
        return None
    if model.need.any() and not model.accessible.all():
        return None
    fixed = model.fixed >= 0
    seats = np.zeros((model.rounds, model.n), dtype=np.int32)
    if not fixed.any():
        design = golfer_design(model.t, size, model.rounds) if model.n == model.t * size else None
    elif model.hosted.all() and sorted(model.fixed[fixed]) == list(range(model.t)):
        points = model.t * (size - 1)
        movers = int((~fixed).sum())
        if not points - model.t < movers <= points:
            return None
        design = _themed_cafe(model, size, movers, rng, deadline)
        if design is None:
            return None
        sigma, design = design
        # the capitaine of real table sigma[t] is the point that stays at t
        seats[:, fixed] = model.fixed[fixed]
    else:
        return None
    if design is None:
        return None
    people = np.flatnonzero(~fixed)
    order = _labelling(model, seats, people, design, rng)
    seats[:, people] = design[:, _keep_apart(model, people, design, order)]
    return seats


def _themed_cafe(model: Model, size: int, movers: int, rng: np.random.Generator,
                 deadline: float | None) -> tuple[np.ndarray, np.ndarray] | None:
    """(σ, movers' real tables): the café design whose renaming spreads themes best."""
    tables, rounds = model.t, model.rounds
    base = cafe_points(tables, size, rounds)
    if base is None:
        return None
    options = [base]
    if _affine_works(tables, size - 1, rounds) and rounds < tables and model.n_keys < tables:
        for _ in range(SLOPE_TRIES):
            slopes = tuple(int(x) for x in rng.choice(tables, rounds, replace=False))
            options.append(cafe_points(tables, size, rounds, slopes))
    best = None
    for design in options:
        design = design[:, :movers]  # the last points of the last class: sizes stay even
        sigma, cost = theme_sigma(model.theme_key, design, rng, deadline=deadline)
        if best is None or cost < best[0]:
            best = (cost, sigma, design)
        if cost == 0:
            break
    _, sigma, design = best
    return sigma, sigma[design].astype(np.int32)


def _labelling(model: Model, seats: np.ndarray, people: np.ndarray, design: np.ndarray,
               rng: np.random.Generator) -> np.ndarray:
    """Design point of each of ``people``: the labelling whose tables mix categories best."""
    identity = np.arange(people.size)
    spread = model.max_org and (model.organisation >= 0).any()
    if (model.category[people] < 0).all() and not spread:
        return identity
    # people in category order (each seat class one category), or dealt
    # category by category (each class mixed), then random labellings
    ranked = np.lexsort((people, model.category[people]))
    sorted_order = np.argsort(ranked, kind="stable")
    dealt = np.empty(people.size, dtype=np.int64)
    dealt[ranked] = np.argsort(np.arange(people.size) % model.t * people.size
                               + np.arange(people.size), kind="stable")
    firsts = [identity, sorted_order, np.argsort(dealt, kind="stable")]
    best, best_cost = identity, None
    trial = seats.copy()
    for k in range(LABELLINGS):
        order = firsts[k] if k < len(firsts) else rng.permutation(people.size)
        trial[:, people] = design[:, order]
        cost = _mixing_cost(trial, model.category, model.t)
        if spread:
            cost += 10 ** 6 * _organisation_excess(trial, model)
        if best_cost is None or cost < best_cost:
            best, best_cost = order, cost
    return best


def _keep_apart(model: Model, people: np.ndarray, design: np.ndarray,
                order: np.ndarray) -> np.ndarray:
    """Swap design points so that no keep-apart pair ever shares a table, when swaps can.

    A repeat-free design still seats most pairs together once; a keep-apart
    pair must land on two points that never meet.  One swap per broken pair,
    kept only if it lowers the number of broken pairs (the search repairs the rest).
    """
    where = {int(p): k for k, p in enumerate(people)}
    pairs = [(where[a], where[b]) for a, b in model.apart if a in where and b in where]
    if not pairs:
        return order
    meet = (design[:, :, None] == design[:, None, :]).any(axis=0)
    order = order.copy()

    def broken() -> int:
        return sum(bool(meet[order[x], order[y]]) for x, y in pairs)

    for x, y in pairs:
        now = broken()
        if not meet[order[x], order[y]]:
            continue
        for k in range(order.size):
            order[[y, k]] = order[[k, y]]
            if broken() < now:
                break
            order[[y, k]] = order[[k, y]]
    return order


def _mixing_cost(seats: np.ndarray, cats: np.ndarray, n_tables: int) -> int:
    """Σ over rounds and tables of squared category counts (lower: better mixed)."""
    known = cats >= 0
    width = int(cats.max()) + 1
    total = 0
    for row in seats:
        counts = np.bincount(row[known] * width + cats[known], minlength=n_tables * width)
        total += int((counts ** 2).sum())
    return total


def _organisation_excess(seats: np.ndarray, model: Model) -> int:
    """People beyond k of one organisation at a table, over all rounds."""
    org = model.organisation
    known = org >= 0
    width = int(org.max()) + 1
    total = 0
    for row in seats:
        counts = np.bincount(row[known].astype(np.int64) * width + org[known],
                             minlength=model.t * width)
        total += int(np.maximum(counts - model.max_org, 0).sum())
    return total
