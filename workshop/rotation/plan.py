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
(:mod:`workshop.rotation.search`) with the cost in the chosen order:
walking phases (returns and glued pairs weigh about one coincidence)
alternate with exact phases from the best plan, then shakes and
restarts; last, the assignment again and best-improvement swaps that mix
categories without giving back anything of a higher level.

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
STALL_BASE, STALL_PER_PERSON = 400, 20   # moves without a better plan before a shake
PHASES_PER_STALL, PHASE_MIN = 4, 60      # walk and exact phases alternate this often
ONE_ROUND = False      # each move looks at one round with conflicts, drawn at random
ASPIRATION = True
ASSIGN_TRIES = 60      # random reshuffles of one round tried by layer 3
FIRST_SHARE = 0.3      # of the time limit, at most, for the first seating (designs, renamings)
SEARCH_SHARE = 0.8     # the search stops there; the last layers, then the statistics, follow
FINISH_SHARE = 0.92


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
    deadline = start + time_limit * FINISH_SHARE
    search_end = start + time_limit * SEARCH_SHARE
    rng = np.random.default_rng(seed)
    bounds = bounds or problem_bounds(model)
    sizes = table_sizes(model)
    first, best = _first_seats(model, sizes, rng, start + time_limit * FIRST_SHARE, bounds)
    search = Search(model, first, sizes, glue_target=max(2, bounds.max_meetings))
    outcome = Outcome(search.seats.copy(), bounds)
    loop = _Loop(search, bounds, rng, search_end, progress, cancel, max_moves, sizes)
    if best is not first:
        loop.offer(best)
    loop.run()
    outcome.moves, outcome.cancelled = loop.moves, loop.cancelled
    search.set_penalty(None)
    if not np.array_equal(search.seats, loop.best):
        search.load(loop.best)
    if not outcome.cancelled:
        _finish(search, deadline, bounds)
    outcome.seats = search.seats.copy()
    outcome.reached = _reached(search, bounds)
    if progress is not None:
        progress(1.0, search.e)
    return outcome


def _first_seats(model: Model, sizes: Sizes, rng: np.random.Generator, deadline: float,
                 bounds: Bounds) -> tuple[np.ndarray, np.ndarray]:
    """(where the search starts, the best plan so far) among a design and the construction.

    A design that reaches every bound is taken at once.  Otherwise the best
    plan is the first in the order of priorities; the search starts from
    the one that walks best (returns weighed like coincidences), e.g. a
    repeat-free design missing a few themes rather than a construction with
    every theme and many repeats, when themes come first.
    """
    options = []
    designed = design_seats(model, sizes, rng, deadline)
    if designed is not None:
        designed = _layers(model, designed, rng, deadline, bounds)
        if _at_bounds(model, quick_key(model, designed), bounds):
            return designed, designed
        options.append(designed)
    options.insert(0, _layers(model, initial_seats(model, sizes, rng, deadline), rng, deadline,
                              bounds))
    keys = [quick_key(model, s) for s in options]
    best = options[min(range(len(options)), key=keys.__getitem__)]
    start = options[min(range(len(options)), key=lambda k: walk_cost(model, keys[k]))]
    return start, best


def _layers(model: Model, seats: np.ndarray, rng: np.random.Generator, deadline: float,
            bounds: Bounds) -> np.ndarray:
    """Layer 3 on a first seating, while themes are above their bound.

    Layer 2 waits for the end: the construction numbers people by category
    and a design tries labellings already, and the search moves people anyway.
    """
    from workshop.rotation.stats import _revisits

    if _revisits(model, seats, by_theme=True)[0] > bounds.theme_revisits:
        seats = assign_tables(model, seats, deadline=deadline, tries=ASSIGN_TRIES, rng=rng)
    return seats


def _at_bounds(model: Model, key: tuple[int, ...], bounds: Bounds) -> bool:
    if model.themes_first:
        hard, host, theme, most, e = key
    else:
        hard, host, most, e, theme = key
    return (hard == 0 and host <= bounds.host_revisits and theme <= bounds.theme_revisits
            and most <= bounds.max_meetings and e <= bounds.coincidences)


def walk_cost(model: Model, key: tuple[int, ...]) -> tuple[int, int, int]:
    """A quick key as the walk sees it: rules, glued pairs, then returns plus coincidences."""
    if model.themes_first:
        hard, host, theme, most, e = key
    else:
        hard, host, most, e, theme = key
    return hard, max(most - 2, 0), host + theme + e


def quick_key(model: Model, seats: np.ndarray) -> tuple[int, ...]:
    """The order of priorities of a seating, counted without the search's counters."""
    from workshop.rotation.pairs import pair_summary
    from workshop.rotation.stats import _revisits

    pairs = pair_summary(seats, model.t)
    _, host = _revisits(model, seats, by_theme=False)
    theme, _ = _revisits(model, seats, by_theme=True)
    hard = sum(int(((seats[:, a] == seats[:, b]) & (seats[:, a] >= 0)).sum())
               for a, b in model.apart)
    people = (pairs.max_meetings, pairs.coincidences)
    return (hard, host) + ((theme,) + people if model.themes_first else people + (theme,))


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
        self.best_walk = np.iinfo(np.int64).max

    def offer(self, seats: np.ndarray) -> None:
        """Another plan found outside the walk: kept if better in the order of priorities."""
        probe = Search(self.model, seats, self.sizes, glue_target=self.search.glue_target)
        if probe.key_of() < self.best_key:
            self.best_key, self.best = probe.key_of(), seats.copy()

    def run(self) -> None:
        search, model = self.search, self.model
        if _reached(search, self.bounds) or not search.future:
            return
        search.set_penalty(self.penalty)
        stall = STALL_BASE + STALL_PER_PERSON * model.n
        phase = max(PHASE_MIN, stall // PHASES_PER_STALL)
        last_gain = shakes = it = phase_start = 0
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
            self.best_walk = min(self.best_walk, search.walk()[1]) if search.hard == 0 \
                else self.best_walk
            key = search.key_of()
            if key < self.best_key:
                self.best_key, self.best, last_gain = key, search.seats.copy(), it
                shakes = 0
                if _reached(search, self.bounds):
                    return
            length = phase if search.penalty is not None else max(PHASE_MIN // 2, phase // 2)
            if it - phase_start >= length and it - last_gain < stall:
                # alternate: the walk (returns weigh like coincidences) finds new
                # valleys; the exact order, from the best plan, keeps what the
                # higher priorities won while the lower ones improve
                phase_start = it
                if search.penalty is not None:
                    search.load(self.best)
                    search.set_penalty(None)
                else:
                    search.set_penalty(self.penalty)
                self.best_walk = search.walk()[1]
                self.tabu.clear()
            elif it - last_gain >= stall:
                if search.penalty is not None:
                    # the walk stalls: from the best plan, search in the exact order,
                    # where nothing of a higher level is given for a lower one
                    search.load(self.best)
                    search.set_penalty(None)
                    self.best_walk = search.walk()[1]
                else:
                    shakes += 1
                    if shakes > SHAKES_PER_RESTART:
                        self._restart()
                        shakes = 0
                    else:
                        search.load(assign_tables(model, self.best, passes=1))
                        self._shake(max(2, model.n // 15))
                    search.set_penalty(self.penalty)
                    self.best_walk = search.walk()[1]
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
        banned = (left[ri, ps][..., None] == b) & (until[ri, ps][..., None] > it)
        banned |= (left[:, cs][:, None, :] == a) & (until[:, cs][:, None, :] > it)
        if ASPIRATION:  # a forbidden move that beats every plan of this walk is allowed
            hard_now, soft_now = search.walk()
            banned &= ~((hard == 0) & (hard_now == 0) & (soft_now + soft < self.best_walk))
        allowed &= ~banned
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


def _finish(search: Search, deadline: float, bounds: Bounds) -> None:
    """Layers 3 and 2 again, then category mixing by swaps, then keep-apart before even sizes."""
    model = search.model
    seated = search.seats
    if search.parts["theme"] > bounds.theme_revisits:
        seated = assign_tables(model, seated, deadline=deadline, tries=ASSIGN_TRIES,
                               rng=np.random.default_rng(len(search.future)))
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
