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
    """Tables whose movers may be exchanged in round r: nobody fixed there but the capitaine."""
    here = model.present[r] & (model.fixed >= 0)
    counts = np.bincount(model.fixed[here], minlength=model.t)
    return np.flatnonzero(counts <= model.hosted.astype(np.int64))


def assign_tables(model: Model, seats: np.ndarray, passes: int = 2,
                  deadline: float | None = None, tries: int = 0,
                  rng: np.random.Generator | None = None) -> np.ndarray:
    """A copy of ``seats`` with each free group at the table that suits its themes best.

    Round by round the assignment is optimal given the other rounds; a round
    alone may not escape (a whole design renamed at once may be better), so
    ``tries`` times a round is shuffled at random and the descent run again,
    keeping the result only when the themes are better (iterated local search).
    """
    seats = seats.copy()
    rounds = [r for r in range(model.played, model.rounds) if free_tables(model, r).size >= 2]
    if not rounds or not model.n_keys:
        return seats
    _descend(model, seats, rounds, passes, deadline)
    # shuffles only where no capitaine stays (elsewhere a shuffle makes people meet one again)
    shuffled = [r for r in rounds if (~model.hosted[free_tables(model, r)]).sum() >= 2]
    if not tries or not shuffled:
        return seats
    rng = rng or np.random.default_rng(0)
    best_cost = theme_cost_of(model, seats)
    for _ in range(tries):
        if best_cost == 0 or (deadline is not None and time.monotonic() > deadline):
            break
        trial = seats.copy()
        r = shuffled[int(rng.integers(len(shuffled)))]
        tables = free_tables(model, r)
        tables = tables[~model.hosted[tables]]
        groups = [np.flatnonzero(trial[r] == t) for t in tables]
        order = rng.permutation(tables.size)
        size = np.array([g.size for g in groups])
        need = np.array([bool(model.need[g].any()) for g in groups])
        target = tables[order]
        if (size > model.capacity[target]).any() or (need & ~model.accessible[target]).any():
            continue
        for g, members in enumerate(groups):
            trial[r, members] = target[g]
        _descend(model, trial, rounds, passes, deadline)
        cost = theme_cost_of(model, trial)
        if cost < best_cost:
            seats, best_cost = trial, cost
    return seats


def theme_cost_of(model: Model, seats: np.ndarray) -> int:
    """Returns to a theme (weighted) plus their squares, over the people who move."""
    movers = np.flatnonzero(model.movable)
    col = seats[:, movers]
    keys = np.where(col >= 0, model.theme_key[np.maximum(col, 0)], -1)
    ordered = np.sort(keys, axis=0)
    again = (ordered[1:] == ordered[:-1]) & (ordered[1:] >= 0)
    returns = again.sum(axis=0)
    weight = model.n * (2 * model.rounds + 1) + 1
    return int(weight * returns.sum() + (returns ** 2).sum())


def _descend(model: Model, seats: np.ndarray, rounds: list[int], passes: int,
             deadline: float | None) -> None:
    for _ in range(passes):
        changed = False
        for r in rounds:
            if deadline is not None and time.monotonic() > deadline:
                return
            changed |= _assign_round(model, seats, r)
        if not changed:
            return


def _assign_round(model: Model, seats: np.ndarray, r: int) -> bool:
    tables = free_tables(model, r)
    if tables.size < 2 or not model.n_keys or (model.theme_key[tables] < 0).all():
        return False
    row = seats[r]
    movable = model.fixed < 0
    groups = [np.flatnonzero((row == t) & movable) for t in tables]
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
    """(groups, tables) cost of each group of movers at each table of round r.

    First the meetings with that table's capitaine that repeat (a group may
    only go where none of its members sat before, unless it already does),
    then returns to a theme, then their squares; a group that does not fit
    (seats, access, a rule with the people who stay there) cannot go.
    """
    n_keys = model.n_keys
    keys = model.theme_key
    k = tables.size
    others = [s for s in range(model.rounds) if s != r]
    theme_weight = np.int64(model.n * (2 * model.rounds + 1) + 1)
    host_weight = theme_weight * (model.n + 1) * model.rounds
    width = n_keys + 1                     # the last column: tables without any theme
    cost = np.zeros(k * width, dtype=np.int64)
    owner = np.concatenate([np.full(m.size, g) for g, m in enumerate(groups)]) \
        if groups else np.zeros(0, dtype=np.int64)
    people = np.concatenate(groups) if groups else np.zeros(0, dtype=np.int64)
    past = seats[others][:, people]                              # (R − 1, movers)
    if others and people.size:
        kp = np.where(past >= 0, keys[np.maximum(past, 0)], -1)
        sk = np.sort(kp, axis=0)
        rev = ((sk[1:] == sk[:-1]) & (sk[1:] >= 0)).sum(axis=0) if sk.shape[0] > 1 else \
            np.zeros(people.size, dtype=np.int64)
        # a theme seen in another round costs one return (and its square grows)
        step = theme_weight + (rev + 1) ** 2 - rev ** 2
        j = np.broadcast_to(np.arange(people.size), kp.shape)
        seen = kp >= 0
        code = np.unique(j[seen].astype(np.int64) * width + kp[seen])
        who, key = np.divmod(code, width)
        np.add.at(cost, owner[who] * width + key, step[who])
    cost = cost.reshape(k, width)
    full = cost[:, np.where(keys[tables] >= 0, keys[tables], n_keys)].copy()
    if model.hosted[tables].any() and others and people.size:
        # sitting again with a capitaine: one more repeated meeting per earlier visit
        column = np.full(model.t, -1, dtype=np.int64)
        column[tables] = np.arange(k)
        visits = np.zeros(k * k, dtype=np.int64)
        for s_row in past:
            c = column[np.maximum(s_row, 0)]
            ok = (s_row >= 0) & (c >= 0)
            visits += np.bincount(owner[ok] * k + c[ok], minlength=k * k)
        full += host_weight * visits.reshape(k, k) * model.hosted[tables][None, :]
    if others and people.size:
        full += host_weight * _meetings_with_fixed(model, seats, r, tables, owner, past)
    size = np.array([m.size for m in groups])
    need = np.array([bool(model.need[m].any()) for m in groups])
    here = model.present[r] & (model.fixed >= 0)
    fixed = np.bincount(model.fixed[here], minlength=model.t)[tables]
    cap = model.capacity[tables]
    bad = (size[:, None] + fixed[None, :] > cap[None, :])
    bad |= need[:, None] & ~model.accessible[tables][None, :]
    bad |= _rules_with_fixed(model, r, tables, groups)
    full[bad & ~np.eye(k, dtype=bool)] = BIG
    return full


def _meetings_with_fixed(model: Model, seats: np.ndarray, r: int, tables: np.ndarray,
                         owner: np.ndarray, past: np.ndarray) -> np.ndarray:
    """(groups, tables) meetings repeated with the one person who stays at each table.

    Sitting with someone met k times before adds k to E, so this is exact
    where a table's visits are not: the capitaine may be absent in some
    rounds, and the one who stays may be a pinned person, not a capitaine.
    """
    k = tables.size
    others = [s for s in range(model.rounds) if s != r]
    here = np.flatnonzero(model.present[r] & (model.fixed >= 0))
    stays = np.full(model.t, -1, dtype=np.int64)
    stays[model.fixed[here]] = here                  # free tables hold one at most
    who = stays[tables]                              # (tables,) or -1
    if (who < 0).all():
        return np.zeros((k, k), dtype=np.int64)
    where = seats[others][:, np.maximum(who, 0)]     # (R − 1, tables)
    where = np.where(who[None, :] >= 0, where, -1)
    met = (past[:, :, None] == where[:, None, :]) & (where[:, None, :] >= 0)
    per_person = met.sum(axis=0)                     # (movers, tables)
    out = np.zeros((k, k), dtype=np.int64)
    np.add.at(out, owner, per_person)
    return out


def _rules_with_fixed(model: Model, r: int, tables: np.ndarray,
                      groups: list[np.ndarray]) -> np.ndarray:
    """Where a group would sit with a capitaine it must be kept apart from, or exceed k."""
    k = tables.size
    bad = np.zeros((k, k), dtype=bool)
    here = model.present[r] & (model.fixed >= 0)
    host_at = {int(model.fixed[i]): int(i) for i in np.flatnonzero(here)}
    if model.apart:
        partners: dict[int, set[int]] = {}
        for a, b in model.apart:
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
        for g, members in enumerate(groups):
            near = set().union(*(partners.get(int(x), set()) for x in members))
            for c, t in enumerate(tables):
                if host_at.get(int(t)) in near:
                    bad[g, c] = True
    if model.max_org and (model.organisation >= 0).any():
        org = model.organisation
        for g, members in enumerate(groups):
            counts = np.bincount(org[members][org[members] >= 0], minlength=len(model.organisations))
            for c, t in enumerate(tables):
                host = host_at.get(int(t))
                if host is not None and org[host] >= 0 and counts[org[host]] + 1 > model.max_org:
                    bad[g, c] = True
    return bad


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
