"""Layer 2: who takes which place in the meeting structure.

Two movers who attend the same rounds may exchange their whole
schedules (x takes y's table in every round and y takes x's): who meets
how often, the returns and the themes do not change, only *who* they
are.  So the exchange can mix categories, keep pairs apart and spread
organisations without ever raising a higher objective.  A local search
over such exchanges (best partner for each person in turn) does it; the
tests check that every figure of the higher layers stays as it was.

Rounds already played are history: with played rounds nothing is
exchanged (a schedule would then mix two people's pasts).
"""

from __future__ import annotations

import time

import numpy as np

from workshop.rotation.model import Model

HARD = 1 << 40       # one broken keep-apart or organisation rule outweighs any mixing


def relabel_people(model: Model, seats: np.ndarray, passes: int = 2,
                   deadline: float | None = None,
                   rng: np.random.Generator | None = None) -> np.ndarray:
    """A copy of ``seats`` where exchanged schedules mix categories and keep rules better."""
    seats = seats.copy()
    if model.played or model.rounds < 1:
        return seats
    movers = np.flatnonzero(model.movable & (model.group < 0))
    has_cats = (model.category[movers] >= 0).any()
    has_rules = bool(model.apart) or (model.max_org and (model.organisation >= 0).any())
    if movers.size < 2 or not (has_cats or has_rules):
        return seats
    state = _State(model, seats)
    rng = rng or np.random.default_rng(0)
    for _ in range(passes):
        improved = False
        for x in rng.permutation(movers):
            if deadline is not None and time.monotonic() > deadline:
                return state.seats
            gain = state.gains(int(x), movers)
            best = int(np.argmin(gain))
            if gain[best] < 0:
                state.exchange(int(x), int(movers[best]))
                improved = True
        if not improved:
            break
    return state.seats


class _State:
    """Category counts per round and table, and the rules, for quick exchange gains."""

    def __init__(self, model: Model, seats: np.ndarray) -> None:
        self.model, self.seats = model, seats
        m = model
        self.n_cats = int(m.category.max()) + 1 if m.n else 0
        self.cat = np.where(m.category >= 0, m.category, self.n_cats)
        self.counts = np.zeros((m.rounds, m.t, self.n_cats + 1), dtype=np.int64)
        for r in range(m.rounds):
            seated = np.flatnonzero(seats[r] >= 0)
            np.add.at(self.counts[r], (seats[r, seated], self.cat[seated]), 1)
        self.partners: dict[int, list[int]] = {}
        for a, b in m.apart:
            self.partners.setdefault(a, []).append(b)
            self.partners.setdefault(b, []).append(a)
        ends = list(m.apart) + [(b, a) for a, b in m.apart]
        self.pair_a = np.array([e[0] for e in ends], dtype=np.int64)
        self.pair_b = np.array([e[1] for e in ends], dtype=np.int64)
        self.spread = bool(m.max_org) and (m.organisation >= 0).any()
        self.present = m.present
        self.need = m.need

    def gains(self, x: int, ys: np.ndarray) -> np.ndarray:
        """Cost change of exchanging x's schedule with each of ``ys`` (0 for x itself)."""
        m, seats = self.model, self.seats
        a = seats[:, x][:, None]                    # (R, 1)
        b = seats[:, ys]                            # (R, k)
        same_rounds = (self.present[:, ys] == self.present[:, [x]]).all(axis=0)
        ok = same_rounds & (ys != x)
        if self.need[x]:
            ok &= (m.accessible[np.maximum(b, 0)] | (b < 0)).all(axis=0)
        if self.need.any():
            ok &= ~self.need[ys] | (m.accessible[np.maximum(a, 0)] | (a < 0)).all()
        gain = np.zeros(ys.size, dtype=np.int64)
        moved = (a != b) & (a >= 0) & (b >= 0)
        if self.n_cats:
            rr = np.arange(m.rounds)[:, None]
            cnt = self.counts
            c, d = self.cat[x], self.cat[ys][None, :]
            aa, bb = np.maximum(a, 0), np.maximum(b, 0)
            mix = np.zeros(b.shape, dtype=np.int64)
            if c < self.n_cats:
                mix += 2 * (cnt[rr, bb, c] - cnt[rr, aa, c] + 1)
            mix += np.where(d < self.n_cats,
                            2 * (cnt[rr, aa, np.minimum(d, self.n_cats)]
                                 - cnt[rr, bb, np.minimum(d, self.n_cats)] + 1), 0)
            mix = np.where(moved & (c != d), mix, 0)
            gain += mix.sum(axis=0)
        gain += HARD * self._rule_gains(x, ys)
        return np.where(ok, gain, 0)

    def _rule_gains(self, x: int, ys: np.ndarray) -> np.ndarray:
        """Change of broken keep-apart and organisation rules for each exchange."""
        m, seats = self.model, self.seats
        out = np.zeros(ys.size, dtype=np.int64)
        for z in self.partners.get(x, []):
            together_x = ((seats[:, x] == seats[:, z]) & (seats[:, z] >= 0)).sum()
            together_y = ((seats[:, ys] == seats[:, [z]]) & (seats[:, [z]] >= 0)).sum(axis=0)
            out += np.where(ys == z, 0, together_y - together_x)
        if self.pair_a.size:
            # each y with partners z: after the exchange y has x's schedule
            a, b = self.pair_a, self.pair_b
            seated = seats[:, b] >= 0
            with_x = ((seats[:, [x]] == seats[:, b]) & seated).sum(axis=0)
            with_a = ((seats[:, a] == seats[:, b]) & seated).sum(axis=0)
            change = np.where(b == x, 0, with_x - with_a)
            out += np.bincount(a, weights=change, minlength=m.n).astype(np.int64)[ys]
        if self.spread:
            out += self._org_gains(x, ys)
        return out

    def _org_gains(self, x: int, ys: np.ndarray) -> np.ndarray:
        m, seats = self.model, self.seats
        org, k = m.organisation, m.max_org
        out = np.zeros(ys.size, dtype=np.int64)
        for r in range(m.rounds):
            a = seats[r, x]
            b = seats[r, ys]
            moved = (b != a) & (b >= 0) & (a >= 0)
            if not moved.any():
                continue
            row = seats[r]
            ox, oy = org[x], org[ys]
            count_ox = np.bincount(row[(org == ox) & (row >= 0)], minlength=m.t) if ox >= 0 \
                else np.zeros(m.t, dtype=np.int64)
            change = np.zeros(ys.size, dtype=np.int64)
            if ox >= 0:
                change += (count_ox[np.maximum(b, 0)] - (oy == ox) >= k).astype(np.int64) \
                    - int(count_ox[a] > k)
            for o in np.unique(oy[moved & (oy >= 0) & (oy != ox)]):
                count = np.bincount(row[(org == o) & (row >= 0)], minlength=m.t)
                who = moved & (oy == o)
                change[who] += (count[a] >= k).astype(np.int64) \
                    - (count[np.maximum(b[who], 0)] > k).astype(np.int64)
            out += np.where(moved & (oy != ox), change, 0)
        return out

    def exchange(self, x: int, y: int) -> None:
        seats, rr = self.seats, np.arange(self.model.rounds)
        a, b = seats[:, x].copy(), seats[:, y].copy()
        for r in rr[(a >= 0) & (b >= 0) & (a != b)]:
            self.counts[r, a[r], self.cat[x]] -= 1
            self.counts[r, b[r], self.cat[y]] -= 1
            self.counts[r, b[r], self.cat[x]] += 1
            self.counts[r, a[r], self.cat[y]] += 1
        seats[:, x], seats[:, y] = b, a
