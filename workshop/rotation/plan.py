"""The planning loop, layer by layer, until every bound is reached or time is up.

0. sizes (:mod:`workshop.rotation.sizes`): capacity is a maximum;
1. the meeting structure: a known design on abstract points
   (:mod:`workshop.rotation.designs`) or the affine construction
   (:mod:`workshop.rotation.construct`), whichever costs less;
2. who takes which point: labellings that mix categories and keep pairs
   apart without changing who meets how often;
3. which group sits at which table without capitaine
   (:mod:`workshop.rotation.assign`), for themes, without changing a
   meeting;
then a tabu search over swaps of two movers and moves of one
(:mod:`workshop.rotation.search`) with the cost in the chosen order, a
return weighed like one coincidence while searching, and restarts; last,
the assignment again and best-improvement swaps that mix categories
without giving back anything of a higher level.

Every choice comes from a generator seeded by ``seed``; the clock is read
only to stop.  The search stops as soon as every objective is at its
bound (the plan then depends only on the seed) or after ``max_moves``
moves (also only on the seed: the tests use move budgets), else at the
time limit, checked between two moves whatever the size.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

import numpy as np

from workshop.rotation.assign import assign_tables
from workshop.rotation.bounds import Bounds, problem_bounds
from workshop.rotation.construct import initial_seats
from workshop.rotation.designs import design_seats
from workshop.rotation.labels import relabel_people
from workshop.rotation.model import Model
from workshop.rotation.search import Search
from workshop.rotation.sizes import Sizes, table_sizes

PROBES = 24            # conflicted people scored per round and move
CANDIDATES = 1024      # partners scored per probe in a large round (a random sample)
RETURN_WEIGHT = 1.0    # while searching, a return (to a capitaine, to a theme) weighs one coincidence
POLISH_PASSES = 6
POLISH_PEOPLE = 400    # above, the polish scores a sample of people per pass
SHAKES_PER_RESTART = 3
ONE_ROUND = False      # each move looks at one round with conflicts, drawn at random
POLISH_SHARE = 0.1     # of the time limit, kept for the last layers when the search runs out


@dataclass
class Outcome:
    """The best seating found and how the search ended."""

    seats: np.ndarray
    bounds: Bounds
    moves: int = 0
    reached: bool = False        # every objective at its bound: nothing better exists
    cancelled: bool = False


def plan_seats(model: Model, seed: int, time_limit: float,
               progress: Callable[[float, int], None] | None = None,
               cancel: Callable[[], bool] | None = None,
               max_moves: int | None = None, bounds: Bounds | None = None,
               start: float | None = None) -> Outcome:
    """The best (rounds, n) seating found within the time limit or the move budget."""
    start = time.monotonic() if start is None else start
    deadline = start + time_limit
    search_end = start + time_limit * (1 - POLISH_SHARE)
    rng = np.random.default_rng(seed)
    bounds = bounds or problem_bounds(model)
    sizes = table_sizes(model)
    search = Search(model, _first_seats(model, sizes, rng, search_end), sizes,
                    glue_target=max(2, bounds.max_meetings))
    outcome = Outcome(search.seats.copy(), bounds)
    loop = _Loop(search, bounds, rng, search_end, progress, cancel, max_moves, sizes)
    loop.run()
    outcome.moves, outcome.cancelled = loop.moves, loop.cancelled
    search.set_penalty(None)
    if not np.array_equal(search.seats, loop.best):
        search.load(loop.best)
    if not outcome.cancelled:
        _finish(search, deadline)
    outcome.seats = search.seats.copy()
    outcome.reached = _reached(search, bounds)
    if progress is not None:
        progress(1.0, search.e)
    return outcome


def _first_seats(model: Model, sizes: Sizes, rng: np.random.Generator,
                 deadline: float) -> np.ndarray:
    """The affine construction, or a known design when the shape has one and it costs less."""
    seats = initial_seats(model, sizes, rng, deadline)
    designed = design_seats(model, sizes, rng)
    if designed is not None:
        keys = [Search(model, s, sizes).key_of() for s in (seats, designed)]
        if keys[1] < keys[0]:
            seats = designed
    seats = relabel_people(model, seats, deadline=deadline, rng=rng)
    return assign_tables(model, seats, deadline=deadline)


def _targets(search: Search, bounds: Bounds) -> tuple[int, int, int, int]:
    return bounds.host_revisits, bounds.theme_revisits, bounds.max_meetings, bounds.coincidences


def _reached(search: Search, bounds: Bounds) -> bool:
    host, theme, most, e = _targets(search, bounds)
    p = search.parts
    return (search.hard == 0 and p["host"] <= host and p["theme"] <= theme
            and search.max_meetings <= most and search.e <= e)


class _Tabu:
    """Forbids, for a while, a person's return to the table just left in a round."""

    def __init__(self, model: Model, rng: np.random.Generator) -> None:
        self.left = np.full((model.rounds, model.n), -1, dtype=np.int32)
        self.until = np.zeros((model.rounds, model.n), dtype=np.int64)
        self.rng = rng
        self.tenure = max(4, min(25, model.n // 8))

    def forbid(self, r: int, x: int, table: int, it: int) -> None:
        self.left[r, x] = table
        self.until[r, x] = it + self.tenure + int(self.rng.integers(0, 10))

    def banned(self, r: int, people: np.ndarray, tables: np.ndarray, it: int) -> np.ndarray:
        """Whether each person (rows) going to each table (broadcast) is forbidden."""
        return (self.left[r, people] == tables) & (self.until[r, people] > it)

    def clear(self) -> None:
        self.until[:] = 0


class _Loop:
    """The tabu search with oscillation, shakes and restarts."""

    def __init__(self, search: Search, bounds: Bounds, rng: np.random.Generator,
                 deadline: float, progress, cancel, max_moves: int | None,
                 sizes: Sizes) -> None:
        self.search, self.bounds, self.rng = search, bounds, rng
        self.deadline, self.progress, self.cancel = deadline, progress, cancel
        self.max_moves = max_moves
        self.sizes = sizes
        self.model = search.model
        self.tabu = _Tabu(self.model, rng)
        self.best = search.seats.copy()
        self.best_key = search.key_of()
        self.moves = 0
        self.cancelled = False
        # returns weigh like coincidences while searching: the search walks
        # through plans with a return to find plans without repeats; the best
        # plan is still chosen in the exact order of priorities
        self.penalty = search.weights["e"] * RETURN_WEIGHT

    def run(self) -> None:
        search, model = self.search, self.model
        if _reached(search, self.bounds) or not search.future:
            return
        search.set_penalty(self.penalty)
        stall = 400 + 20 * model.n
        last_gain = shakes = it = 0
        started = time.monotonic()
        total = max(self.deadline - started, 1e-9)
        while True:
            if self.cancel is not None and self.cancel():
                self.cancelled = True
                return
            now = time.monotonic()
            if now >= self.deadline:
                return
            if self.max_moves is not None and self.moves >= self.max_moves:
                return
            it += 1
            if self.progress is not None and it % 64 == 0:
                self.progress(min((now - started) / total, 1.0), search.e)
            if not self._step(it):
                last_gain = it - stall  # nothing conflicted yet bounds unmet: shake now
            self.moves += 1
            key = search.key_of()
            if key < self.best_key:
                self.best_key, self.best, last_gain = key, search.seats.copy(), it
                shakes = 0
                if _reached(search, self.bounds):
                    return
            elif it - last_gain >= stall:
                shakes += 1
                if shakes > SHAKES_PER_RESTART:
                    self._restart()
                    shakes = 0
                else:
                    search.load(assign_tables(model, self.best, passes=1))
                    self._shake(max(2, model.n // 15))
                self.tabu.clear()
                last_gain = it
                key = search.key_of()
                if key < self.best_key:
                    self.best_key, self.best = key, search.seats.copy()

    def _restart(self) -> None:
        """A fresh construction from a new seed drawn from this one."""
        model = self.model
        rng = np.random.default_rng(int(self.rng.integers(0, 2 ** 32)))
        seats = initial_seats(model, self.sizes, rng, self.deadline)
        self.search.load(assign_tables(model, seats, passes=1, deadline=self.deadline))

    def _step(self, it: int) -> bool:
        """The best allowed move of a conflicted person, over all rounds; False if none."""
        search, model, rng = self.search, self.model, self.rng
        best: tuple[int, int] | None = None
        moves: list[tuple[str, int, int, int]] = []
        host = search.parts["host"] > self.bounds.host_revisits
        theme = search.parts["theme"] > self.bounds.theme_revisits
        conflicts = search.conflicted_rounds(host, theme)
        busy = [r for r in search.future if conflicts[r].size]
        if not busy:
            return False
        probes = {}
        for r in busy:
            people = conflicts[r]
            if people.size > PROBES:
                people = rng.choice(people, PROBES, replace=False)
            probes[r] = people
        if search.stacked:
            best = self._stacked(best, moves, busy, probes, it)
        else:
            for r in busy:
                people = probes[r]
                row = search.seats[r]
                cand = np.flatnonzero(search.single & (row >= 0))
                if cand.size > CANDIDATES:
                    cand = rng.choice(cand, CANDIDATES, replace=False)
                hard, soft = search.batch_deltas(r, people, cand)
                a, b = row[people][:, None], row[cand][None, :]
                allowed = (a != b) & search.access_ok(people, cand, a, b)
                allowed &= ~self.tabu.banned(r, people[:, None], b, it)
                allowed &= ~self.tabu.banned(r, cand[None, :], a, it)
                best = self._collect(best, moves, "swap", r, people, cand, hard, soft, allowed)
        for r in busy:
            if search.can_relocate(r):
                people = probes[r]
                rh, rs, rallowed = search.relocate_deltas(r, people)
                tables = np.arange(model.t)[None, :]
                rallowed &= ~self.tabu.banned(r, people[:, None], tables, it)
                best = self._collect(best, moves, "move", r, people, np.arange(model.t), rh, rs,
                                     rallowed)
        if not moves:
            return True
        kind, r, p, v = moves[int(rng.integers(len(moves)))]
        row = search.seats[r]
        a = int(row[p])
        if kind == "swap":
            b = int(row[v])
            search.swap(r, p, v)
            self.tabu.forbid(r, p, a, it)
            self.tabu.forbid(r, v, b, it)
        else:
            search.relocate(r, p, v)
            self.tabu.forbid(r, p, a, it)
        return True

    def _stacked(self, best, moves, busy, probes, it):
        """Score the swaps of every busy round in one pass (small rooms)."""
        search, model = self.search, self.model
        rs = np.array(busy)
        k = max(probes[r].size for r in busy)
        ps = np.empty((rs.size, k), dtype=np.int64)
        valid = np.zeros((rs.size, k), dtype=bool)
        for i, r in enumerate(busy):
            people = probes[r]
            ps[i, :people.size] = people
            ps[i, people.size:] = people[0]
            valid[i, :people.size] = True
        cs = np.flatnonzero(search.single)
        hard, soft = search.deltas_rounds(rs, ps, cs)
        ri = np.arange(rs.size)[:, None]
        rows = search.sx[rs]
        a = rows[ri, ps][..., None]
        b = rows[:, cs][:, None, :]
        need, acc = model.need, model.accessible
        allowed = valid[..., None] & (b >= 0) & (a != b)
        allowed &= ~need[ps][..., None] | acc[np.maximum(b, 0)]
        allowed &= ~need[cs][None, None, :] | acc[a]
        tabu = self.tabu
        left, until = tabu.left[rs], tabu.until[rs]
        allowed &= ~((left[ri, ps][..., None] == b) & (until[ri, ps][..., None] > it))
        allowed &= ~((left[:, cs][:, None, :] == a) & (until[:, cs][:, None, :] > it))
        if not allowed.any():
            return best
        h = int(hard[allowed].min())
        low = int(soft[allowed & (hard == h)].min())
        if best is not None and (h, low) > best:
            return best
        if best is None or (h, low) < best:
            moves.clear()
            best = (h, low)
        ii, kk, jj = np.nonzero(allowed & (hard == h) & (soft == low))
        moves.extend(("swap", int(rs[i]), int(ps[i, x]), int(cs[j])) for i, x, j in zip(ii, kk, jj))
        return best

    @staticmethod
    def _collect(best, moves, kind, r, people, cand, hard, soft, allowed):
        if not allowed.any():
            return best
        h = int(hard[allowed].min())
        s = int(soft[allowed & (hard == h)].min())
        if best is not None and (h, s) > best:
            return best
        if best is None or (h, s) < best:
            moves.clear()
            best = (h, s)
        ks, js = np.nonzero(allowed & (hard == h) & (soft == s))
        moves.extend((kind, r, int(people[k]), int(cand[j])) for k, j in zip(ks, js))
        return best

    def _shake(self, count: int) -> None:
        """A few random allowed swaps, to leave a valley."""
        search, rng = self.search, self.rng
        for _ in range(count):
            r = search.future[int(rng.integers(len(search.future)))]
            row = search.seats[r]
            people = np.flatnonzero(search.single & (row >= 0))
            if people.size < 2:
                return
            p = people[int(rng.integers(people.size))]
            others = people[row[people] != row[p]]
            if not others.size:
                continue
            ok = search.access_ok(np.array([p]), others, row[[p]], row[others])[0]
            others = others[ok]
            if others.size:
                search.swap(r, int(p), int(others[int(rng.integers(others.size))]))


def _finish(search: Search, deadline: float) -> None:
    """Layers 3 and 2 again, then category mixing by swaps, then keep-apart before even sizes."""
    model = search.model
    seated = assign_tables(model, search.seats, deadline=deadline + 0.5)
    seated = relabel_people(model, seated, deadline=deadline)
    if not np.array_equal(seated, search.seats):
        search.load(seated)
    polish(search, deadline=deadline)
    if search.hard:
        _separate(search)


def polish(search: Search, passes: int = POLISH_PASSES, deadline: float | None = None,
           rng: np.random.Generator | None = None) -> None:
    """Best-improvement swaps until none helps: mixes categories once E is settled.

    The weights are lexicographic (no oscillation here), so a swap that
    lowers the cost never gives back a hard rule, a return, a meeting or a
    theme; the number of passes, not the clock, bounds the work (the clock
    only stops it on very large rooms).
    """
    search.set_penalty(None)
    rng = rng or np.random.default_rng(0)
    for _ in range(passes):
        improved = False
        for r in search.future:
            row = search.seats[r]
            people = np.flatnonzero(search.single & (row >= 0))
            if people.size < 2:
                continue
            if people.size > POLISH_PEOPLE:
                people = np.sort(rng.choice(people, POLISH_PEOPLE, replace=False))
            for _ in range(people.size):  # each swap changes the others' gains: recount
                if deadline is not None and time.monotonic() > deadline:
                    return
                hard, soft = search.batch_deltas(r, people, people)
                a, b = row[people][:, None], row[people][None, :]
                allowed = (a != b) & search.access_ok(people, people, a, b) & (hard <= 0)
                gain = np.where(allowed & ((hard < 0) | (soft < 0)), soft, 0)
                gain = np.where(allowed & (hard < 0), np.iinfo(np.int64).min // 4, gain)
                if gain.min() >= 0:
                    break
                k, j = np.unravel_index(int(np.argmin(gain)), gain.shape)
                search.swap(r, int(people[k]), int(people[j]))
                improved = True
        if not improved:
            return


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
                    search.relocate(r, x, int(t))
                    options.append((search.key_of(), x, int(t)))
                    search.relocate(r, x, a)
            if options:
                _, x, t = min(options)
                search.relocate(r, x, t)
