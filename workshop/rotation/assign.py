"""Layer 3: which group sits at which table without capitaine, round by round.

At tables with nobody fixed, the people who meet in a round are a group;
which table (hence which theme) the group takes is free.  Choosing it
cannot change who meets whom, the categories at a table or any hard
rule, so it can only help: each round's choice is an assignment problem
(groups × tables, cost = returns to a theme already seen, then the
squares that keep them fair), solved exactly by the Hungarian method up
to ``EXACT_MAX`` tables, greedily above; a round changes only when its
cost strictly falls, so no figure ever gets worse.
"""

from __future__ import annotations

import time

import numpy as np

from workshop.rotation.model import Model

EXACT_MAX = 150
BIG = np.int64(1) << 50


def hungarian(cost: np.ndarray) -> np.ndarray:
    """Column of each row in a least-cost perfect matching of a square matrix."""
    n = cost.shape[0]
    u = np.zeros(n + 1, dtype=np.int64)
    v = np.zeros(n + 1, dtype=np.int64)
    p = np.zeros(n + 1, dtype=np.int64)
    way = np.zeros(n + 1, dtype=np.int64)
    inf = np.iinfo(np.int64).max // 4
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = np.full(n + 1, inf, dtype=np.int64)
        used = np.zeros(n + 1, dtype=bool)
        while True:
            used[j0] = True
            i0 = p[j0]
            cur = cost[i0 - 1] - u[i0] - v[1:]
            free = ~used[1:]
            better = free & (cur < minv[1:])
            minv[1:][better] = cur[better]
            way[1:][better] = j0
            masked = np.where(free, minv[1:], inf)
            j1 = int(np.argmin(masked)) + 1
            delta = minv[j1]
            u[p[used]] += delta
            v[used] -= delta
            minv[~used] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    result = np.zeros(n, dtype=np.int64)
    result[p[1:] - 1] = np.arange(n)
    return result


def free_tables(model: Model, r: int) -> np.ndarray:
    """Tables whose group may change in round r: no capitaine, nobody fixed present."""
    here = model.present[r] & (model.fixed >= 0)
    anchored = np.zeros(model.t, dtype=bool)
    anchored[model.fixed[here]] = True
    return np.flatnonzero(~model.hosted & ~anchored)


def assign_tables(model: Model, seats: np.ndarray, passes: int = 2,
                  deadline: float | None = None) -> np.ndarray:
    """A copy of ``seats`` with each free group at the table that suits its themes best."""
    seats = seats.copy()
    if model.rounds - model.played < 1:
        return seats
    for _ in range(passes):
        changed = False
        for r in range(model.played, model.rounds):
            if deadline is not None and time.monotonic() > deadline:
                return seats
            changed |= _assign_round(model, seats, r)
        if not changed:
            break
    return seats


def _assign_round(model: Model, seats: np.ndarray, r: int) -> bool:
    tables = free_tables(model, r)
    if tables.size < 2:
        return False
    row = seats[r]
    groups = [np.flatnonzero(row == t) for t in tables]
    cost = _costs(model, seats, r, tables, groups)
    current = int(cost[np.arange(tables.size), np.arange(tables.size)].sum())
    if tables.size <= EXACT_MAX:
        choice = hungarian(cost)
    else:
        choice = _greedy(cost)
    total = int(cost[np.arange(tables.size), choice].sum())
    if total >= current or total >= BIG:
        return False
    for g, members in enumerate(groups):
        row[members] = tables[choice[g]]
    return True


def _costs(model: Model, seats: np.ndarray, r: int, tables: np.ndarray,
           groups: list[np.ndarray]) -> np.ndarray:
    """(groups, tables) cost of each group at each free table."""
    n_keys = model.n_keys
    keys = model.theme_key
    k = tables.size
    others = [s for s in range(model.rounds) if s != r]
    rounds = model.rounds
    weight = np.int64(model.n * (2 * rounds + 1) + 1)
    width = n_keys + 1                     # the last column: tables without any theme
    cost = np.zeros(k * width, dtype=np.int64)
    if others:
        owner = np.concatenate([np.full(m.size, g) for g, m in enumerate(groups)]) \
            if groups else np.zeros(0, dtype=np.int64)
        people = np.concatenate(groups) if groups else np.zeros(0, dtype=np.int64)
        keep = model.movable[people]
        owner, people = owner[keep], people[keep]
        past = seats[others][:, people]                          # (R − 1, movers)
        kp = np.where(past >= 0, keys[np.maximum(past, 0)], -1)
        sk = np.sort(kp, axis=0)
        rev = ((sk[1:] == sk[:-1]) & (sk[1:] >= 0)).sum(axis=0) if sk.shape[0] > 1 else \
            np.zeros(people.size, dtype=np.int64)
        # a theme seen in another round costs one return (and its square grows)
        step = weight + (rev + 1) ** 2 - rev ** 2
        j = np.broadcast_to(np.arange(people.size), kp.shape)
        seen = kp >= 0
        code = np.unique(j[seen].astype(np.int64) * width + kp[seen])
        who, key = np.divmod(code, width)
        np.add.at(cost, owner[who] * width + key, step[who])
    cost = cost.reshape(k, width)
    full = cost[:, np.where(keys[tables] >= 0, keys[tables], n_keys)]
    size = np.array([m.size for m in groups])
    need = np.array([bool(model.need[m].any()) for m in groups])
    cap = model.capacity[tables]
    bad = (size[:, None] > cap[None, :]) | (need[:, None] & ~model.accessible[tables][None, :])
    full[bad] = BIG
    return full


def _greedy(cost: np.ndarray) -> np.ndarray:
    """Each group, largest first, to its cheapest table still free."""
    k = cost.shape[0]
    choice = np.full(k, -1, dtype=np.int64)
    taken = np.zeros(k, dtype=bool)
    order = np.argsort(-(cost >= BIG).sum(axis=1), kind="stable")  # most constrained first
    for g in order:
        row = np.where(taken, BIG * 2, cost[g])
        j = int(np.argmin(row))
        choice[g] = j
        taken[j] = True
    return choice
