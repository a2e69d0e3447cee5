"""Tabu search over swaps of two movers in one round.

The cost is one integer whose weights make it lexicographic, in the
issue's order: broken keep-apart rules, then returns to a hosted table
and to a theme, then coincidences E, then category mixing (sum of squared
category counts per table) and returns to a table without capitaine.
Swaps keep every table size, so sizes stay as even as the construction
made them.  A swap is scored for all partners at once with numpy from
the meeting-count matrix, kept up to date move by move (see
:meth:`Search.swap_deltas`; :meth:`Search.swap` applies one and returns
the exact change, which the tests compare with a full recount).
"""

from __future__ import annotations

import numpy as np

from workshop.rotation.model import Model

W_LOW = 1                  # category mixing, return to a table without capitaine
W_E = 1 << 10              # one coincidence
W_THEME = 1 << 20          # a return to a theme
W_HOST = 1 << 20           # a return to a capitaine's table
W_HARD = 1 << 30           # two people who must be kept apart


class Search:
    """Incremental state of one rotation: seats, meetings, visits, categories."""

    def __init__(self, model: Model, seats: np.ndarray) -> None:
        self.model = model
        n, t = model.n, model.t
        self.sentinel = n
        self.future = list(range(model.played, model.rounds))
        self.n_themes = len(model.themes)
        self.thk = np.where(model.theme >= 0, model.theme, self.n_themes)
        self.set_penalty(W_HOST)
        n_cats = int(model.category.max()) + 1 if n else 0
        self.cat = np.where(model.category >= 0, model.category, n_cats)
        self.wcat = np.array([W_LOW] * n_cats + [0], dtype=np.int64)
        apart = np.zeros((n + 1, n + 1), dtype=np.int64)
        for a, b in model.apart:
            apart[a, b] = apart[b, a] = 1
        self.apart = apart
        self.single = model.movable & (model.group < 0)
        self.n_cats = n_cats
        self.t = t
        self.load(seats)

    def load(self, seats: np.ndarray) -> None:
        """Rebuild every counter from ``seats``."""
        model, n, t = self.model, self.model.n, self.t
        self.seats = seats.copy()
        meet = np.zeros((n + 1, n + 1), dtype=np.int64)
        self.visits = np.zeros((n, t), dtype=np.int64)
        self.tvisits = np.zeros((n, self.n_themes + 1), dtype=np.int64)
        for row in self.seats:
            for table in range(t):
                members = np.flatnonzero(row == table)
                meet[np.ix_(members, members)] += 1
                self.visits[members, table] += 1
                self.tvisits[members, self.thk[table]] += 1
        np.fill_diagonal(meet, 0)
        meet[n, :] = 0
        meet[:, n] = 0
        self.meet = meet
        self.weighted = W_E * meet + W_HARD * self.apart
        sizes = [np.bincount(self.seats[r][self.seats[r] >= 0], minlength=t) for r in self.future]
        width = max([int(s.max()) for s in sizes] + [int(model.capacity.max())])
        self.members = {}
        self.pos = np.zeros((model.rounds, n), dtype=np.int64)
        self.counts = {}
        for r in self.future:
            mem = np.full((t, width), n, dtype=np.int64)
            for table in range(t):
                who = np.flatnonzero(self.seats[r] == table)
                mem[table, :who.size] = who
                self.pos[r, who] = np.arange(who.size)
            self.members[r] = mem
            cnt = np.zeros((t, self.n_cats + 1), dtype=np.int64)
            seated = np.flatnonzero(self.seats[r] >= 0)
            np.add.at(cnt, (self.seats[r][seated], self.cat[seated]), 1)
            self.counts[r] = cnt
        self.size = {r: s for r, s in zip(self.future, sizes)}
        self.parts = self.recount()

    def set_penalty(self, weight: int) -> None:
        """Weight of a return to a capitaine or a theme in :meth:`batch_deltas`.

        The search lowers it to walk through plans with returns (strategic
        oscillation); :meth:`weigh` always uses the true lexicographic weights.
        """
        self.penalty = int(weight)
        self.wrev = np.where(self.model.hosted, self.penalty, W_LOW).astype(np.int64)
        self.wth = np.where(self.model.theme >= 0, self.penalty, 0).astype(np.int64)

    def recount(self) -> dict[str, int]:
        """Every cost part, counted from scratch."""
        movers = self.model.movable
        upper = self.meet[:-1, :-1][np.triu_indices(self.model.n, 1)]
        extra = np.maximum(self.visits - 1, 0)[movers]
        textra = np.maximum(self.tvisits - 1, 0)[movers][:, :self.n_themes]
        hard = sum(int(self.seats[r, a] >= 0 and self.seats[r, a] == self.seats[r, b])
                   for r in self.future for a, b in self.model.apart)
        cat = sum(int((self.counts[r][:, :self.n_cats] ** 2).sum()) for r in self.future)
        return {
            "hard": hard,
            "host": int(extra[:, self.model.hosted].sum()),
            "theme": int(textra.sum()),
            "e": int((upper * (upper - 1) // 2).sum()),
            "low": cat + int(extra[:, ~self.model.hosted].sum()),
        }

    @staticmethod
    def weigh(parts: dict[str, int]) -> int:
        return (W_HARD * parts["hard"] + W_HOST * parts["host"] + W_THEME * parts["theme"]
                + W_E * parts["e"] + W_LOW * parts["low"])

    def partners(self, r: int, p: int) -> np.ndarray:
        """Movers of round r that ``p`` may swap with (other table, accessibility kept)."""
        row = self.seats[r]
        a = row[p]
        ok = self.single & (row >= 0) & (row != a)
        need = self.model.need
        acc = self.model.accessible
        if need[p]:
            ok &= acc[np.maximum(row, 0)]
        if not acc[a]:
            ok &= ~need
        return np.flatnonzero(ok)

    def access_ok(self, ps: np.ndarray, cand: np.ndarray, a: np.ndarray,
                  b: np.ndarray) -> np.ndarray:
        """(len(ps), len(cand)) whether the swap keeps everyone at a table they can reach."""
        need, acc = self.model.need, self.model.accessible
        return (~need[ps][:, None] | acc[b]) & (~need[cand][None, :] | acc[a])

    def swap_deltas(self, r: int, p: int, cand: np.ndarray) -> np.ndarray:
        """Exact change of the weighted cost for swapping ``p`` with each of ``cand``."""
        return self.batch_deltas(r, np.array([p]), cand)[0]

    def batch_deltas(self, r: int, ps: np.ndarray, cand: np.ndarray) -> np.ndarray:
        """(len(ps), len(cand)) cost change of swapping each p with each candidate.

        Exact for :meth:`weigh` when the penalty is at its full weight.

        Pairs at the same table come out as meaningless numbers: mask them.
        """
        row, mem, w = self.seats[r], self.members[r], self.weighted
        a, b = row[ps], row[cand]
        size = self.size[r]
        wp = w[ps]
        to_tables = wp[:, mem].sum(axis=2)                        # (k, T)
        own_p = to_tables[np.arange(ps.size), a]
        wc = w[cand]
        own_c = wc[np.arange(cand.size)[:, None], mem[b]].sum(axis=1)
        to_a = wc[:, mem[a]].sum(axis=2).T                        # (k, m)
        delta = to_tables[:, b] - own_p[:, None] + to_a - own_c[None, :]
        delta -= 2 * wp[:, cand]
        delta += W_E * (size[a][:, None] + size[b][None, :] - 2)
        vis, wrev = self.visits, self.wrev
        delta += wrev[b] * (vis[ps][:, b] >= 1) - (wrev[a] * (vis[ps, a] >= 2))[:, None]
        delta += wrev[a][:, None] * (vis[cand][:, a].T >= 1) - wrev[b] * (vis[cand, b] >= 2)
        ta, tb = self.thk[a][:, None], self.thk[b][None, :]
        tv, wth = self.tvisits, self.wth
        theme = (wth[b] * (tv[ps][:, tb[0]] >= 1) - (wth[a] * (tv[ps, ta[:, 0]] >= 2))[:, None]
                 + wth[a][:, None] * (tv[cand][:, ta[:, 0]].T >= 1)
                 - wth[b] * (tv[cand, tb[0]] >= 2))
        delta += np.where(ta == tb, 0, theme)
        cnt, c, d = self.counts[r], self.cat[ps][:, None], self.cat[cand][None, :]
        mix = (self.wcat[c] * 2 * (cnt[b[None, :], c] - cnt[a[:, None], c] + 1)
               + self.wcat[d] * 2 * (cnt[a[:, None], d] - cnt[b[None, :], d] + 1))
        delta += np.where(c == d, 0, mix)
        return delta

    def swap(self, r: int, p: int, v: int) -> int:
        """Swap ``p`` and ``v`` in round r; return the change of the weighted cost."""
        row = self.seats[r]
        a, b = int(row[p]), int(row[v])
        before = dict(self.parts)
        self._leave(r, p, a)
        self._leave(r, v, b)
        self._join(r, p, b)
        self._join(r, v, a)
        mem = self.members[r]
        mem[a, self.pos[r, p]], mem[b, self.pos[r, v]] = v, p
        self.pos[r, p], self.pos[r, v] = self.pos[r, v], self.pos[r, p]
        return self.weigh(self.parts) - self.weigh(before)

    def relocate(self, r: int, x: int, table: int) -> int:
        """Move ``x`` alone to ``table`` in round r (sizes change); return the cost change."""
        a = int(self.seats[r, x])
        if a == table:
            return 0
        before = self.weigh(self.parts)
        self._leave(r, x, a)
        self._join(r, x, table)
        mem = self.members[r]
        last = int(self.size[r][a]) - 1
        moved = mem[a, last]
        mem[a, self.pos[r, x]] = moved
        self.pos[r, moved] = self.pos[r, x]
        mem[a, last] = self.sentinel
        slot = int(self.size[r][table])
        mem[table, slot] = x
        self.pos[r, x] = slot
        self.size[r][a] -= 1
        self.size[r][table] += 1
        return self.weigh(self.parts) - before

    def _others(self, r: int, table: int) -> np.ndarray:
        row = self.seats[r]
        mem = self.members[r][table]
        mem = mem[mem < self.sentinel]
        return mem[row[mem] == table]

    def _leave(self, r: int, x: int, table: int) -> None:
        self.seats[r, x] = -1
        others = self._others(r, table)
        parts = self.parts
        parts["e"] -= int((self.meet[x, others] - 1).sum())
        parts["hard"] -= int(self.apart[x, others].sum())
        self._touch(x, others, -1)
        self._visit(x, table, -1)
        self._category(r, x, table, -1)

    def _join(self, r: int, x: int, table: int) -> None:
        others = self._others(r, table)
        parts = self.parts
        parts["e"] += int(self.meet[x, others].sum())
        parts["hard"] += int(self.apart[x, others].sum())
        self._touch(x, others, 1)
        self._visit(x, table, 1)
        self._category(r, x, table, 1)
        self.seats[r, x] = table

    def _touch(self, x: int, others: np.ndarray, step: int) -> None:
        self.meet[x, others] += step
        self.meet[others, x] += step
        self.weighted[x, others] += step * W_E
        self.weighted[others, x] += step * W_E

    def _visit(self, x: int, table: int, step: int) -> None:
        if not self.model.movable[x]:
            return
        key = "host" if self.model.hosted[table] else "low"
        before = self.visits[x, table]
        self.visits[x, table] += step
        self.parts[key] += int(before >= 1) if step > 0 else -int(before >= 2)
        theme = self.thk[table]
        before = self.tvisits[x, theme]
        self.tvisits[x, theme] += step
        if theme < self.n_themes:
            self.parts["theme"] += int(before >= 1) if step > 0 else -int(before >= 2)

    def _category(self, r: int, x: int, table: int, step: int) -> None:
        c = self.cat[x]
        cnt = self.counts[r]
        if c < self.n_cats:
            self.parts["low"] += 2 * step * int(cnt[table, c]) + 1
        cnt[table, c] += step

    def conflicted(self, r: int) -> np.ndarray:
        """Movers of round r who repeat a meeting, sit with someone to avoid, or return."""
        row = self.seats[r]
        people = np.flatnonzero(self.single & (row >= 0))
        if not people.size:
            return people
        tables = row[people]
        mem = self.members[r][tables]
        own = self.weighted[people[:, None], mem].sum(axis=1)
        own -= W_E * (self.size[r][tables] - 1)
        back = (self.visits[people, tables] >= 2) & self.model.hosted[tables]
        theme = self.thk[tables]
        back |= (self.tvisits[people, theme] >= 2) & (theme < self.n_themes)
        return people[(own > 0) | back]
