"""The planning loop: construct, then tabu search until the bound or the time limit.

Every choice comes from a random generator seeded by ``seed``; the clock
is read only to stop.  So when the search reaches its targets (lower
bound on E, no avoidable return to a capitaine or a theme, no broken
keep-apart rule) the result depends only on the seed.  When the targets
are out of reach, the time limit decides how long the search runs, and a
longer limit (or a faster machine) may give a better plan.
"""

from __future__ import annotations

import time
from typing import Callable

import numpy as np

from workshop.rotation.bounds import lower_bound
from workshop.rotation.construct import initial_seats
from workshop.rotation.designs import design_seats
from workshop.rotation.model import Model
from workshop.rotation.search import W_E, W_HOST, Search

PROBES = 24          # conflicted people scored per iteration
PENALTY_START = 2 * W_E
PENALTY_MIN = W_E // 2
PENALTY_STEP = 1.2
POLISH_PASSES = 6


def plan_seats(model: Model, seed: int, time_limit: float,
               progress: Callable[[float, int], None] | None = None,
               cancel: Callable[[], bool] | None = None) -> np.ndarray:
    """The best (rounds, n) seating found."""
    start = time.monotonic()
    rng = np.random.default_rng(seed)
    search = Search(model, _first_seats(model, rng))
    targets = _targets(model, search)
    tabu = _Tabu(model, rng)
    search.set_penalty(PENALTY_START)
    best_cost = search.weigh(search.parts)
    best, best_e = search.seats.copy(), search.parts["e"]
    reached = _reached(search.parts, targets)
    it = last_gain = 0
    stall = 400 + 20 * model.n
    while not reached and search.future:
        it += 1
        if it % 16 == 0:
            if cancel is not None and cancel():
                break
            elapsed = time.monotonic() - start
            if elapsed >= time_limit:
                break
            if progress is not None and it % 256 == 0:
                progress(min(elapsed / time_limit, 1.0), best_e)
        if not _step(search, tabu, it, rng, best_cost):
            last_gain = it - stall  # nothing conflicted yet targets unmet: shake now
        _adapt(search, targets)
        cost = search.weigh(search.parts)
        if cost < best_cost:
            best_cost, best, last_gain = cost, search.seats.copy(), it
            best_e = search.parts["e"]
            reached = _reached(search.parts, targets)
        elif it - last_gain >= stall:
            search.load(best)
            _shake(search, rng, max(2, model.n // 15))
            tabu.clear()
            last_gain = it
    search.set_penalty(W_HOST)
    if not np.array_equal(search.seats, best):
        search.load(best)
    _polish(search)
    if search.parts["hard"]:
        _separate(search)
    if progress is not None:
        progress(1.0, search.parts["e"])
    return search.seats


def _first_seats(model: Model, rng: np.random.Generator) -> np.ndarray:
    """The affine construction, or a known design when the shape has one and it costs less."""
    seats = initial_seats(model, rng)
    designed = design_seats(model, rng)
    if designed is None:
        return seats
    costs = [Search.weigh(Search(model, s).parts) for s in (seats, designed)]
    return designed if costs[1] < costs[0] else seats


def _targets(model: Model, search: Search) -> dict[str, int]:
    """The best each cost part can be, as far as cheap counting can tell."""
    host, theme = _forced_returns(model, search)
    bound, _ = lower_bound(model, search.seats, strict=host == 0)
    return {"hard": 0, "host": host, "theme": theme, "e": bound}


def _forced_returns(model: Model, search: Search) -> tuple[int, int]:
    """Returns to capitaines' tables and to themes that no rotation can avoid."""
    seated = (search.seats >= 0).sum(axis=0)
    past = (model.history >= 0) if model.played else np.zeros((0, model.n), bool)
    host = theme = 0
    hosted = int(model.hosted.sum())
    free_table = bool((~model.hosted).any())
    free_theme = bool((model.theme < 0).any())
    for i in np.flatnonzero(model.movable):
        before_h = _repeats(model.history[:, i][past[:, i]], model.hosted, None)
        before_t = _repeats(model.history[:, i][past[:, i]], None, model.theme)
        need_h = 0 if free_table else max(int(seated[i]) - hosted, 0)
        need_t = 0 if free_theme else max(int(seated[i]) - len(model.themes), 0)
        host += max(before_h, need_h)
        theme += max(before_t, need_t)
    return host, theme


def _repeats(tables: np.ndarray, hosted: np.ndarray | None, theme: np.ndarray | None) -> int:
    keys = tables[hosted[tables]] if hosted is not None else theme[tables]
    keys = keys[keys >= 0]
    return int(keys.size - np.unique(keys).size)


def _adapt(search: Search, targets: dict[str, int]) -> None:
    """Raise the return penalty while returns exceed their target, lower it otherwise."""
    over = search.parts["host"] > targets["host"] or search.parts["theme"] > targets["theme"]
    weight = search.penalty * PENALTY_STEP if over else search.penalty / PENALTY_STEP
    search.set_penalty(int(min(max(weight, PENALTY_MIN), W_HOST)))


def _reached(parts: dict[str, int], targets: dict[str, int]) -> bool:
    return all(parts[k] <= v for k, v in targets.items())


class _Tabu:
    """Forbids, for a while, a person's return to the table just left in a round."""

    def __init__(self, model: Model, rng: np.random.Generator) -> None:
        self.until = np.zeros((model.rounds, model.n, model.t), dtype=np.int64)
        self.rng = rng
        self.tenure = max(4, min(25, model.n // 8))

    def forbid(self, r: int, x: int, table: int, it: int) -> None:
        self.until[r, x, table] = it + self.tenure + int(self.rng.integers(0, 10))

    def clear(self) -> None:
        self.until[:] = 0


def _step(search: Search, tabu: _Tabu, it: int, rng: np.random.Generator, best: int) -> bool:
    """The best allowed swap of a conflicted person, over all rounds; False if none conflicts."""
    top, moves = np.iinfo(np.int64).max, []
    for r in search.future:
        people = search.conflicted(r)
        if not people.size:
            continue
        if people.size > PROBES:
            people = rng.choice(people, PROBES, replace=False)
        row = search.seats[r]
        cand = np.flatnonzero(search.single & (row >= 0))
        delta = search.batch_deltas(r, people, cand)
        a, b = row[people][:, None], row[cand][None, :]
        allowed = (a != b) & search.access_ok(people, cand, a, b)
        banned = (tabu.until[r, people[:, None], b] > it) | (tabu.until[r, cand[None, :], a] > it)
        allowed &= ~banned
        if not allowed.any():
            moves.append(None)
            continue
        low = int(delta[allowed].min())
        if low < top:
            top, moves = low, []
        if low == top:
            ks, js = np.nonzero(allowed & (delta == low))
            moves += [(r, int(people[k]), int(cand[j])) for k, j in zip(ks, js)]
    moves = [m for m in moves if m is not None]
    if not moves:
        return bool(top < np.iinfo(np.int64).max) or any(
            search.conflicted(r).size for r in search.future)
    r, p, v = moves[rng.integers(len(moves))]
    row = search.seats[r]
    a, b = int(row[p]), int(row[v])
    search.swap(r, p, v)
    tabu.forbid(r, p, a, it)
    tabu.forbid(r, v, b, it)
    return True


def _polish(search: Search, passes: int = POLISH_PASSES) -> None:
    """Best-improvement swaps until none helps: mixes categories once E is settled.

    The weights are lexicographic, so a swap that lowers the cost never gives
    back a coincidence or a return; the number of passes, not the clock,
    bounds the work, so the result still depends only on the seed.
    """
    for _ in range(passes):
        improved = False
        for r in search.future:
            row = search.seats[r]
            people = np.flatnonzero(search.single & (row >= 0))
            if people.size < 2:
                continue
            for _ in range(people.size):  # each swap changes the others' gains: recount
                delta = search.batch_deltas(r, people, people)
                a, b = row[people][:, None], row[people][None, :]
                allowed = (a != b) & search.access_ok(people, people, a, b)
                delta = np.where(allowed, delta, 0)
                if delta.min() >= 0:
                    break
                k, j = np.unravel_index(int(np.argmin(delta)), delta.shape)
                search.swap(r, int(people[k]), int(people[j]))
                improved = True
        if not improved:
            return


def _shake(search: Search, rng: np.random.Generator, count: int) -> None:
    """A few random allowed swaps, to leave a valley."""
    for _ in range(count):
        r = search.future[rng.integers(len(search.future))]
        people = np.flatnonzero(search.single & (search.seats[r] >= 0))
        if people.size < 2:
            return
        p = people[rng.integers(people.size)]
        cand = search.partners(r, p)
        if cand.size:
            search.swap(r, p, cand[rng.integers(cand.size)])


def _separate(search: Search) -> None:
    """Keep-apart beats even sizes: move one of a pair to a table with a free seat."""
    model = search.model
    for r in search.future:
        row = search.seats[r]
        for pair in model.apart:
            if row[pair[0]] < 0 or row[pair[0]] != row[pair[1]]:
                continue
            options = []
            for x in pair:
                if not search.single[x]:
                    continue
                a = int(row[x])
                for t in np.flatnonzero(search.size[r] < model.capacity):
                    if t == a or (model.need[x] and not model.accessible[t]):
                        continue
                    options.append((search.relocate(r, x, int(t)), x, int(t)))
                    search.relocate(r, x, a)
            if options:
                _, x, t = min(options)
                search.relocate(r, x, t)
