"""Known repeat-free designs for shapes the affine construction cannot handle.

The affine construction (:mod:`workshop.rotation_construct`) needs a
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

A design gives ``design[r, point]`` = table; :func:`design_seats` maps the
people onto the points (trying a few labellings to mix categories) when a
problem has exactly the design's shape.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from workshop.rotation_model import Model

LABELLINGS = 64  # random point labellings tried for category mixing


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


def golfer_design(groups: int, size: int, rounds: int) -> np.ndarray | None:
    """(rounds, groups·size) repeat-free table of each point, when one is known."""
    if (groups, size) == (5, 3) and rounds <= 7:
        return kirkman15()[:rounds]
    return None


def design_seats(model: Model, rng: np.random.Generator) -> np.ndarray | None:
    """A (rounds, n) seating from a known design, or None if the shape has none."""
    if model.played or model.groups or (model.fixed >= 0).any():
        return None
    if not model.present.all() or model.need.any() and not model.accessible.all():
        return None
    size = int(model.capacity[0])
    if (model.capacity != size).any() or model.n != model.t * size:
        return None
    design = golfer_design(model.t, size, model.rounds)
    if design is None:
        return None
    return _relabel_tables(model, design[:, _labelling(model, design, rng)])


def _relabel_tables(model: Model, seats: np.ndarray) -> np.ndarray:
    """Rename each round's tables so people return to a table or a theme as little as possible.

    Renaming the groups of one round keeps who meets whom, so the design stays
    repeat-free; a greedy matching (cheapest group-table pair first) is enough.
    """
    keys = np.where(model.theme >= 0, model.theme, len(model.themes) + np.arange(model.t))
    visits = np.zeros((model.n, model.t), dtype=np.int64)
    themes = np.zeros((model.n, int(keys.max()) + 1), dtype=np.int64)
    out = np.empty_like(seats)
    for r, row in enumerate(seats):
        groups = [np.flatnonzero(row == g) for g in range(model.t)]
        cost = np.array([[int(themes[m, keys[t]].sum()) * model.n + int(visits[m, t].sum())
                          for t in range(model.t)] for m in groups])
        free_g, free_t = set(range(model.t)), set(range(model.t))
        for flat in np.argsort(cost, axis=None, kind="stable"):
            g, t = divmod(int(flat), model.t)
            if g in free_g and t in free_t:
                out[r, groups[g]] = t
                free_g.discard(g)
                free_t.discard(t)
        visits[np.arange(model.n), out[r]] += 1
        themes[np.arange(model.n), keys[out[r]]] += 1
    return out


def _labelling(model: Model, design: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Person i → design point; the labelling whose tables mix categories best."""
    cats = model.category
    if (cats < 0).all():
        return np.arange(model.n)
    best, best_cost = np.arange(model.n), None
    for k in range(LABELLINGS):
        order = np.arange(model.n) if k == 0 else rng.permutation(model.n)
        seats = design[:, order]
        cost = _mixing_cost(seats, cats, model.t)
        if best_cost is None or cost < best_cost:
            best, best_cost = order, cost
    return best


def _mixing_cost(seats: np.ndarray, cats: np.ndarray, n_tables: int) -> int:
    """Σ over rounds and tables of squared category counts (lower: better mixed)."""
    known = cats >= 0
    width = int(cats.max()) + 1
    total = 0
    for row in seats:
        counts = np.bincount(row[known] * width + cats[known], minlength=n_tables * width)
        total += int((counts ** 2).sum())
    return total
