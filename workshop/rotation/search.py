"""The incremental state of a rotation and the exact cost of every move.

The cost is lexicographic, in the order the facilitator chose:

* hard (never traded): keep-apart pairs at one table, more than k people
  of one organisation at a table;
* ``host``: returns of a moving person to a capitaine's table;
* ``theme`` (returns to a theme already discussed; a table without theme is
  its own theme) and ``fair`` (Σ of each person's returns squared, so that
  nobody sees far fewer themes than the others) — before the meetings when
  themes come first, after them when people come first;
* ``glue``: Σ over pairs of max(0, c − m), m the largest pair meeting count
  aimed at (no glued pairs), then ``e``: E = Σ over pairs C(c, 2);
* ``low``: category mixing (Σ of squared category counts per table).

Moves (swap two movers of one round, move one mover to a table whose size
stays within the even share) are scored in batches with numpy.  Meeting
counts come from an incremental N × N int16 matrix for up to
``DENSE_MAX`` people; above, they are counted from the seats (R
comparisons per pair), so memory stays linear in people × rounds.  The
tests compare every incremental figure with a recount from scratch.
"""

from __future__ import annotations

import numpy as np

from workshop.rotation.model import Model
from workshop.rotation.pairs import pair_summary
from workshop.rotation.sizes import Sizes

DENSE_MAX = 3000            # people: above, no N × N matrix
VISITS_MAX = 4_000_000      # people × tables: above, visits are counted from the seats
FAIR_SHARE = 0.25           # while walking, one unit of Σ returns² weighs this much of a return

ORDER = {"themes": ("host", "theme", "fair", "glue", "e", "low"),
         "people": ("host", "glue", "e", "theme", "fair", "low")}


def level_weights(model: Model, width: int) -> dict[str, int]:
    """Integer weights making the soft cost lexicographic for one move.

    Each weight exceeds the largest change a single move can make to all
    the levels below it, so a move that lowers the weighted sum never
    gives back anything of a higher level.
    """
    rounds = model.rounds
    most = {"low": 8 * width + 8, "e": 4 * width * (rounds + 1), "glue": 4 * width,
            "theme": 4, "fair": 4 * (2 * rounds + 1), "host": 4}
    weights: dict[str, int] = {}
    below = 0
    for level in reversed(ORDER[model.priority]):
        weights[level] = below + 1
        below += weights[level] * most[level]
    return weights


class Search:
    """Seats, meetings, visits and categories of one rotation, kept up to date move by move."""

    def __init__(self, model: Model, seats: np.ndarray, sizes: Sizes, glue_target: int = 2,
                 dense: bool | None = None) -> None:
        self.model = m = model
        n, t = m.n, m.t
        self.sizes = sizes
        self.future = list(range(m.played, m.rounds))
        self.n_keys = m.n_keys
        # a table without theme nor capitaine has the key n_keys, never counted
        self.key = np.where(m.theme_key >= 0, m.theme_key, self.n_keys).astype(np.int64)
        self.themed = m.theme_key >= 0
        self.single = m.movable & (m.group < 0)
        self.dense = n <= DENSE_MAX if dense is None else dense
        self.dense_visits = self.dense and n * max(t, self.n_keys) <= VISITS_MAX
        self.n_cats = int(m.category.max()) + 1 if n else 0
        self.cat = np.append(np.where(m.category >= 0, m.category, self.n_cats), self.n_cats)
        self.wcat = np.array([1] * self.n_cats + [0], dtype=np.int64)
        self.org = np.append(m.organisation, -2).astype(np.int64)
        self.k_org = m.max_org if (m.organisation >= 0).any() else 0
        codes = [(a << 32) | b for a, b in m.apart] + [(b << 32) | a for a, b in m.apart]
        self.apart_codes = np.unique(np.array(codes, dtype=np.int64))
        top = int(max(m.capacity.max(), sizes.high.max() if sizes.high.size else 0))
        self.width = min(top + 2, n + 1)
        self.weights = level_weights(m, self.width)
        self.glue_target = max(1, glue_target)
        self.penalty: float | None = None
        self._set_up()
        self.load(seats)

    # -- weights -------------------------------------------------------------
    def _set_up(self) -> None:
        c = np.arange(self.model.rounds + 3, dtype=np.int64)
        w = self.weights
        self.up = self.soft_weight("glue") * (c >= self.glue_target) + w["e"] * c

    def set_glue_target(self, target: int) -> None:
        self.glue_target = max(1, target)
        self._set_up()

    def set_penalty(self, weight: float | None) -> None:
        """Weight of the levels above the meetings while the search oscillates.

        The walk weighs every level above the coincidences (returns, themes,
        glued pairs) about like one coincidence, to pass through plans that
        break a higher level; ``None`` restores the exact lexicographic weights.
        """
        self.penalty = weight
        self._set_up()

    def soft_weight(self, level: str) -> int:
        weight = self.weights[level]
        order = ORDER[self.model.priority]
        if self.penalty is not None and order.index(level) <= order.index("glue"):
            cap = self.penalty if level != "fair" else self.penalty * FAIR_SHARE
            weight = max(min(weight, int(cap)), 1)
        return weight

    def walk(self) -> tuple[int, int]:
        """(hard, soft) cost of the plan with the weights the moves are scored with."""
        p = self.parts
        soft = (self.soft_weight("host") * p["host"] + self.soft_weight("theme") * p["theme"]
                + self.soft_weight("fair") * p["fair"] + self.soft_weight("glue") * self.glue
                + self.weights["e"] * self.e + self.weights["low"] * p["low"])
        return self.hard, soft

    # -- state ---------------------------------------------------------------
    def load(self, seats: np.ndarray) -> None:
        """Rebuild every counter from ``seats`` ((rounds, n) table or -1)."""
        m, n, t = self.model, self.model.n, self.model.t
        self.sx = np.full((m.rounds, n + 1), -2, dtype=np.int32)
        self.sx[:, :n] = seats
        self.seats = self.sx[:, :n]
        # theme of each seat; -1: not seated or a table without theme; -2: sentinel
        self.kx = np.where(self.sx >= 0, self.key[np.maximum(self.sx, 0)], -2).astype(np.int32)
        self.kx[(self.sx == -1) | (self.kx == self.n_keys)] = -1
        summary = pair_summary(self.seats, t)
        self.hist = np.zeros(m.rounds + 3, dtype=np.int64)
        self.hist[:summary.histogram.size] = summary.histogram
        if self.dense:
            meet = np.zeros((n + 1, n + 1), dtype=np.int16)
            for row in self.seats if n else ():
                order = np.argsort(row, kind="stable")
                sorted_row = row[order]
                bounds = np.flatnonzero(np.r_[True, sorted_row[1:] != sorted_row[:-1], True])
                for s, e in zip(bounds[:-1], bounds[1:]):
                    if sorted_row[s] >= 0 and e - s > 1:
                        members = order[s:e]
                        meet[np.ix_(members, members)] += 1
            np.fill_diagonal(meet, 0)
            self.meet = meet
        self.visits = self.tvisits = None  # large rooms: counted from the seats instead
        if self.dense_visits:
            self.visits = np.zeros((n + 1, t), dtype=np.int16)
            self.tvisits = np.zeros((n + 1, self.n_keys + 1), dtype=np.int16)
            for row in self.seats:
                seated = np.flatnonzero(row >= 0)
                np.add.at(self.visits, (seated, row[seated]), 1)
                themed = seated[self.themed[row[seated]]]
                np.add.at(self.tvisits, (themed, self.key[row[themed]]), 1)
        self.rev = self._theme_returns()
        self.pos = np.zeros((m.rounds, n), dtype=np.int64)
        self.size = np.zeros((m.rounds, t), dtype=np.int64)
        for r in self.future:
            self.size[r] = np.bincount(self.seats[r][self.seats[r] >= 0], minlength=t)
        self.width = max(self.width, int(self.size.max(initial=0)) + 2)
        # members[r, table] lists who sits there (n pads); rounds already played stay empty
        self.members = np.full((m.rounds, t, self.width), n, dtype=np.int64)
        self.counts = np.zeros((m.rounds, t, self.n_cats + 1), dtype=np.int64)
        for r in self.future:
            row = self.seats[r]
            sizes = self.size[r]
            order = np.argsort(row, kind="stable")
            start = np.searchsorted(row[order], np.arange(t))
            for table in np.flatnonzero(sizes):
                who = order[start[table]:start[table] + sizes[table]]
                self.members[r, table, :who.size] = who
                self.pos[r, who] = np.arange(who.size)
            seated = np.flatnonzero(row >= 0)
            np.add.at(self.counts[r], (row[seated], self.cat[seated]), 1)
        self.parts = self.recount()

    def _theme_returns(self) -> np.ndarray:
        """(n + 1,) returns to a theme per moving person."""
        n = self.model.n
        keys = np.sort(np.where(self.kx[:, :n] >= 0, self.kx[:, :n], -1), axis=0)
        valid = keys >= 0
        rev = ((keys[1:] == keys[:-1]) & valid[1:]).sum(axis=0) if keys.shape[0] > 1 else \
            np.zeros(n, dtype=np.int64)
        rev = np.where(self.model.movable, rev, 0).astype(np.int64)
        return np.append(rev, 0)

    def recount(self) -> dict[str, int]:
        """Every cost part, counted from scratch (the tests compare it with the increments)."""
        m = self.model
        movers = np.flatnonzero(m.movable)
        hosted_visits = np.where(self.seats[:, movers] >= 0,
                                 self.seats[:, movers], -1)
        host = 0
        if m.hosted.any() and movers.size:
            keys = np.sort(np.where((hosted_visits >= 0) & m.hosted[np.maximum(hosted_visits, 0)],
                                    hosted_visits, -1), axis=0)
            valid = keys >= 0
            host = int(((keys[1:] == keys[:-1]) & valid[1:]).sum()) if keys.shape[0] > 1 else 0
        rev = self._theme_returns()
        apart = sum(int(self.seats[r, a] >= 0 and self.seats[r, a] == self.seats[r, b])
                    for r in self.future for a, b in m.apart)
        org = 0
        low = 0
        for r in self.future:
            row = self.seats[r]
            seated = np.flatnonzero(row >= 0)
            if self.k_org:
                has = seated[self.org[seated] >= 0]
                if has.size:
                    key = row[has].astype(np.int64) * (int(self.org.max()) + 1) + self.org[has]
                    org += int(np.maximum(np.bincount(key) - self.k_org, 0).sum())
            cnt = np.zeros((m.t, self.n_cats + 1), dtype=np.int64)
            np.add.at(cnt, (row[seated], self.cat[seated]), 1)
            low += int((cnt[:, :self.n_cats] ** 2).sum())
        return {"apart": apart, "org": org, "host": host, "theme": int(rev.sum()),
                "fair": int((rev ** 2).sum()), "low": low}

    # -- figures ---------------------------------------------------------------
    @property
    def e(self) -> int:
        c = np.arange(self.hist.size)
        return int((self.hist[2:] * (c[2:] * (c[2:] - 1) // 2)).sum())

    @property
    def glue(self) -> int:
        c = np.arange(self.hist.size)
        return int((self.hist[1:] * np.maximum(c[1:] - self.glue_target, 0)).sum())

    @property
    def max_meetings(self) -> int:
        nonzero = np.flatnonzero(self.hist[1:] > 0)
        return int(nonzero[-1]) + 1 if nonzero.size else 0

    @property
    def hard(self) -> int:
        return self.parts["apart"] + self.parts["org"]

    def figures(self) -> dict[str, int]:
        return {**self.parts, "hard": self.hard, "e": self.e, "glue": self.glue,
                "max": self.max_meetings}

    def key_of(self) -> tuple[int, ...]:
        """The lexicographic cost in the chosen order (lower is better)."""
        p = self.parts
        if self.model.themes_first:
            return (self.hard, p["host"], p["theme"], p["fair"], self.max_meetings, self.glue,
                    self.e, p["low"])
        return (self.hard, p["host"], self.max_meetings, self.glue, self.e, p["theme"],
                p["fair"], p["low"])

    # -- counting helpers --------------------------------------------------------
    def meet_at(self, xs: np.ndarray, idx: np.ndarray) -> np.ndarray:
        """(len(xs), *idx.shape) rounds each x shared a table with each person of ``idx``."""
        if self.dense:
            return self.meet[xs][:, idx]
        a = self.sx[:, xs]
        shape = (a.shape[0], a.shape[1]) + (1,) * idx.ndim
        a = a.reshape(shape)
        b = self.sx[:, idx][:, None]
        count = ((a == b) & (a >= 0)).sum(axis=0)
        self_mask = idx[None] == xs.reshape((xs.size,) + (1,) * idx.ndim)
        count[self_mask] = 0
        return count

    def meet_rows(self, xs: np.ndarray, idx: np.ndarray) -> np.ndarray:
        """(len(xs), W): rounds x_i shared with each person of row idx[i]."""
        if self.dense:
            return self.meet[xs[:, None], idx]
        a = self.sx[:, xs][:, :, None]
        b = self.sx[:, idx]
        count = ((a == b) & (a >= 0)).sum(axis=0)
        count[idx == xs[:, None]] = 0
        return count

    def visits_at(self, xs: np.ndarray, tables: np.ndarray) -> np.ndarray:
        """Rounds each x sat at each table: (len(xs), *tables.shape)."""
        return self._at(self.visits, self.sx, xs, tables)

    def visits_pair(self, xs: np.ndarray, tables: np.ndarray) -> np.ndarray:
        """Rounds x_i sat at tables[i]."""
        return self._pair(self.visits, self.sx, xs, tables)

    def tvisits_at(self, xs: np.ndarray, keys: np.ndarray) -> np.ndarray:
        """Rounds each x discussed each theme key: (len(xs), *keys.shape)."""
        return self._at(self.tvisits, self.kx, xs, keys)

    def tvisits_pair(self, xs: np.ndarray, keys: np.ndarray) -> np.ndarray:
        """Rounds x_i discussed keys[i]."""
        return self._pair(self.tvisits, self.kx, xs, keys)

    # Tables and theme keys are counted alike: from the dense (person, value)
    # counts when kept, else from the (round, person) seats on the fly.
    def _at(self, dense: np.ndarray, seats: np.ndarray, xs: np.ndarray,
            values: np.ndarray) -> np.ndarray:
        if self.dense_visits:
            return dense[xs][:, values]
        a = seats[:, xs].reshape((seats.shape[0], xs.size) + (1,) * values.ndim)
        return (a == values[None, None]).sum(axis=0)

    def _pair(self, dense: np.ndarray, seats: np.ndarray, xs: np.ndarray,
              values: np.ndarray) -> np.ndarray:
        if self.dense_visits:
            return dense[xs, values]
        return (seats[:, xs] == values[None]).sum(axis=0)

    def apart_at(self, xs: np.ndarray, idx: np.ndarray) -> np.ndarray:
        """(len(xs), *idx.shape) 1 where x and the person must be kept apart."""
        if not self.apart_codes.size:
            return np.zeros((xs.size,) + idx.shape, dtype=np.int64)
        codes = (xs.astype(np.int64).reshape((xs.size,) + (1,) * idx.ndim) << 32) | idx[None]
        return np.isin(codes, self.apart_codes).astype(np.int64)

    def apart_rows(self, xs: np.ndarray, idx: np.ndarray) -> np.ndarray:
        if not self.apart_codes.size:
            return np.zeros(idx.shape, dtype=np.int64)
        codes = (xs.astype(np.int64)[:, None] << 32) | idx
        return np.isin(codes, self.apart_codes).astype(np.int64)

    # -- move costs ------------------------------------------------------------
    def batch_deltas(self, r: int, ps: np.ndarray, cs: np.ndarray) -> tuple[np.ndarray,
                                                                            np.ndarray]:
        """(hard, soft) changes, each (len(ps), len(cs)), of swapping p with c in round r.

        Exact (the soft part at full penalty) for pairs at different tables;
        pairs at the same table give meaningless numbers: mask them.
        """
        m, n = self.model, self.model.n
        row, mem = self.seats[r], self.members[r]
        a, b = row[ps].astype(np.int64), row[cs].astype(np.int64)
        k = np.arange(ps.size)
        up = self.up
        mp = self.meet_at(ps, mem)                                   # (k, T, W)
        jp = up[mp].sum(axis=2)                                      # (k, T)
        mem_a = mem[a]                                               # (k, W)
        real_a = (mem_a < n) & (mem_a != ps[:, None])
        lp = np.where(real_a, up[np.maximum(mp[k, a] - 1, 0)], 0).sum(axis=1)
        mca = self.meet_at(cs, mem_a)                                # (m, k, W)
        jc = up[mca].sum(axis=2)                                     # (m, k)
        mem_b = mem[b]                                               # (m, W)
        real_b = (mem_b < n) & (mem_b != cs[:, None])
        lc = np.where(real_b, up[np.maximum(self.meet_rows(cs, mem_b) - 1, 0)], 0).sum(axis=1)
        upc = up[self.meet_at(ps, cs)]                               # (k, m)
        soft = jp[:, b] + jc.T - 2 * upc - lp[:, None] - lc[None, :]
        hard = np.zeros_like(soft)
        if self.apart_codes.size:
            ap = self.apart_at(ps, mem).sum(axis=2)
            apc = self.apart_at(ps, cs)
            ac_own = self.apart_rows(cs, mem_b).sum(axis=1)
            hard += (ap[:, b] - ap[k, a][:, None] + self.apart_at(cs, mem_a).sum(axis=2).T
                     - ac_own[None, :] - 2 * apc)
        if self.k_org:
            hard += self._org_swap(ps, cs, a, b, mem, mem_a, mem_b)
        hosted = m.hosted.astype(np.int64)
        vpb = self.visits_at(ps, b)
        vpa = self.visits_pair(ps, a)
        vca = self.visits_at(cs, a)
        vcb = self.visits_pair(cs, b)
        host = (hosted[b][None, :] * (vpb >= 1) - (hosted[a] * (vpa >= 2))[:, None]
                + hosted[a][:, None] * (vca.T >= 1) - (hosted[b] * (vcb >= 2))[None, :])
        ka, kb = self.key[a], self.key[b]
        drp = (self.tvisits_at(ps, kb) >= 1).astype(np.int64) - \
            (self.tvisits_pair(ps, ka) >= 2)[:, None]
        drc = (self.tvisits_at(cs, ka).T >= 1).astype(np.int64) - \
            (self.tvisits_pair(cs, kb) >= 2)[None, :]
        same = ka[:, None] == kb[None, :]
        drp[same] = 0
        drc[same] = 0
        rp, rc = self.rev[ps][:, None], self.rev[cs][None, :]
        fair = (rp + drp) ** 2 - rp ** 2 + (rc + drc) ** 2 - rc ** 2
        cnt, c, d = self.counts[r], self.cat[ps][:, None], self.cat[cs][None, :]
        mix = (self.wcat[c] * 2 * (cnt[b[None, :], c] - cnt[a[:, None], c] + 1)
               + self.wcat[d] * 2 * (cnt[a[:, None], d] - cnt[b[None, :], d] + 1))
        mix = np.where(c == d, 0, mix)
        soft += (self.soft_weight("host") * host + self.soft_weight("theme") * (drp + drc)
                 + self.soft_weight("fair") * fair + self.weights["low"] * mix)
        return hard, soft

    @property
    def stacked(self) -> bool:
        """Whether all rounds can be scored at once (small rooms: dense counters)."""
        return self.dense and self.dense_visits

    def deltas_rounds(self, rs: np.ndarray, ps: np.ndarray,
                      cs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(hard, soft), each (len(rs), k, len(cs)): swap ps[i, j] with cs[l] in round rs[i].

        The same as :meth:`batch_deltas` round by round, in one pass of numpy
        over all rounds (small rooms spend their time in numpy's call
        overhead, not in arithmetic).  Candidates not seated in a round and
        pairs at one table give meaningless numbers: mask them.
        """
        m, n = self.model, self.model.n
        nb, k = ps.shape
        ri = np.arange(nb)[:, None]
        r3, k3 = np.arange(nb)[:, None, None], np.arange(k)[None, :, None]
        rows = self.sx[rs]
        a = rows[ri, ps].astype(np.int64)
        b = np.maximum(rows[:, cs], 0).astype(np.int64)
        mem = self.members[rs]
        up, meet = self.up, self.meet
        jp = up[meet[ps[:, :, None, None], mem[:, None]]].sum(axis=3)       # (nb, k, T)
        mem_a = mem[ri, a]                                                   # (nb, k, W)
        real_a = (mem_a < n) & (mem_a != ps[..., None])
        lp = np.where(real_a, up[np.maximum(meet[ps[..., None], mem_a] - 1, 0)], 0).sum(axis=2)
        jc = up[meet[cs[None, :, None, None], mem_a[:, None]]].sum(axis=3)  # (nb, m, k)
        mem_b = mem[ri, b]                                                   # (nb, m, W)
        real_b = (mem_b < n) & (mem_b != cs[None, :, None])
        lc = np.where(real_b, up[np.maximum(meet[cs[None, :, None], mem_b] - 1, 0)],
                      0).sum(axis=2)
        upc = up[meet[ps[..., None], cs[None, None, :]]]
        soft = (jp[r3, k3, b[:, None, :]] + jc.transpose(0, 2, 1) - 2 * upc
                - lp[..., None] - lc[:, None, :])
        if m.hosted.any():
            hosted = m.hosted.astype(np.int64)
            vis = self.visits
            host = (hosted[b][:, None, :] * (vis[ps[..., None], b[:, None, :]] >= 1)
                    - (hosted[a] * (vis[ps, a] >= 2))[..., None]
                    + hosted[a][..., None] * (vis[cs[None, :, None], a[:, None, :]] >= 1
                                               ).transpose(0, 2, 1)
                    - (hosted[b] * (vis[cs[None, :], b] >= 2))[:, None, :])
            soft += self.soft_weight("host") * host
        if self.n_keys:
            tv, key = self.tvisits, self.key
            ka, kb = key[a], key[b]
            drp = ((tv[ps[..., None], kb[:, None, :]] >= 1).astype(np.int64)
                   - (tv[ps, ka] >= 2)[..., None])
            drc = ((tv[cs[None, :, None], ka[:, None, :]] >= 1).transpose(0, 2, 1).astype(
                np.int64) - (tv[cs[None, :], kb] >= 2)[:, None, :])
            same = ka[..., None] == kb[:, None, :]
            drp[same] = 0
            drc[same] = 0
            rp, rc = self.rev[ps][..., None], self.rev[cs][None, None, :]
            fair = (rp + drp) ** 2 - rp ** 2 + (rc + drc) ** 2 - rc ** 2
            soft += self.soft_weight("theme") * (drp + drc) + self.soft_weight("fair") * fair
        if self.n_cats:
            cnt = self.counts[rs]
            c, d = self.cat[ps], self.cat[cs]
            mix = (self.wcat[c][..., None] * 2 * (cnt[r3, b[:, None, :], c[..., None]]
                                                  - cnt[ri, a, c][..., None] + 1)
                   + self.wcat[d][None, None, :] * 2 * (cnt[r3, a[..., None], d[None, None, :]]
                                                        - cnt[ri, b, d[None, :]][:, None, :]
                                                        + 1))
            soft += self.weights["low"] * np.where(c[..., None] == d[None, None, :], 0, mix)
        hard = np.zeros_like(soft)
        if self.apart_codes.size or self.k_org:
            for i, r in enumerate(rs):
                hard[i] = self._hard_swap(int(r), ps[i], cs)
        return hard, soft

    def _hard_swap(self, r: int, ps: np.ndarray, cs: np.ndarray) -> np.ndarray:
        """The hard part of :meth:`batch_deltas` alone (keep-apart, organisations)."""
        row, mem = self.seats[r], self.members[r]
        a = row[ps].astype(np.int64)
        b = np.maximum(row[cs], 0).astype(np.int64)
        k = np.arange(ps.size)
        mem_a, mem_b = mem[a], mem[b]
        hard = np.zeros((ps.size, cs.size), dtype=np.int64)
        if self.apart_codes.size:
            ap = self.apart_at(ps, mem).sum(axis=2)
            apc = self.apart_at(ps, cs)
            ac_own = self.apart_rows(cs, mem_b).sum(axis=1)
            hard += (ap[:, b] - ap[k, a][:, None] + self.apart_at(cs, mem_a).sum(axis=2).T
                     - ac_own[None, :] - 2 * apc)
        if self.k_org:
            hard += self._org_swap(ps, cs, a, b, mem, mem_a, mem_b)
        return hard

    def conflicted_rounds(self, host: bool = True, theme: bool = True) -> dict[int, np.ndarray]:
        """:meth:`conflicted` for every round to plan, at once when the room is small."""
        if not self.stacked or not self.future:
            return {r: self.conflicted(r, host, theme) for r in self.future}
        m, n = self.model, self.model.n
        rs = np.array(self.future)
        people = np.flatnonzero(self.single)
        rows = self.sx[rs][:, people]
        seated = rows >= 0
        tables = np.maximum(rows, 0).astype(np.int64)
        mem = self.members[rs[:, None], tables]                               # (R, S, W)
        real = (mem < n) & (mem != people[None, :, None])
        own = np.where(real, self.up[np.maximum(self.meet[people[None, :, None], mem] - 1, 0)],
                       0).sum(axis=2)
        bad = own > 0
        if host and m.hosted.any():
            bad |= m.hosted[tables] & (self.visits[people[None, :], tables] >= 2)
        if theme and self.n_keys:
            bad |= self.tvisits[people[None, :], self.key[tables]] >= 2
        bad &= seated
        out = {}
        for i, r in enumerate(self.future):
            found = people[bad[i]]
            if self.apart_codes.size or self.k_org:
                found = np.union1d(found, self._hard_conflicts(r))
            out[r] = found
        return out

    def _hard_conflicts(self, r: int) -> np.ndarray:
        row = self.seats[r]
        people = np.flatnonzero(self.single & (row >= 0))
        if not people.size:
            return people
        mem = self.members[r][row[people]]
        bad = np.zeros(people.size, dtype=bool)
        if self.apart_codes.size:
            bad |= self.apart_rows(people, mem).sum(axis=1) > 0
        if self.k_org:
            org = self.org[people]
            bad |= (org >= 0) & ((self.org[mem] == org[:, None]).sum(axis=1) > self.k_org)
        return people[bad]

    def _org_swap(self, ps, cs, a, b, mem, mem_a, mem_b) -> np.ndarray:
        limit = self.k_org
        op, oc = self.org[ps], self.org[cs]
        org_mem = self.org[mem]                                       # (T, W)
        cnt_p = (org_mem[None] == op[:, None, None]).sum(axis=2)      # (k, T)
        cnt_pa = cnt_p[np.arange(ps.size), a]
        cnt_ca = (self.org[mem_a][None] == oc[:, None, None]).sum(axis=2).T   # (k, m)
        cnt_cb = (self.org[mem_b] == oc[:, None]).sum(axis=1)        # (m,)
        same = op[:, None] == oc[None, :]
        dp = (cnt_p[:, b] - same >= limit).astype(np.int64) - (cnt_pa > limit)[:, None]
        dc = (cnt_ca - same >= limit).astype(np.int64) - (cnt_cb > limit)[None, :]
        dp = np.where(op[:, None] >= 0, dp, 0)
        dc = np.where(oc[None, :] >= 0, dc, 0)
        return np.where(same, 0, dp + dc)

    def relocate_deltas(self, r: int, ps: np.ndarray) -> tuple[np.ndarray, np.ndarray,
                                                               np.ndarray]:
        """(hard, soft, allowed), each (len(ps), T): moving p alone to each table."""
        m, n = self.model, self.model.n
        row, mem = self.seats[r], self.members[r]
        a = row[ps].astype(np.int64)
        k = np.arange(ps.size)
        tables = np.arange(m.t)
        mp = self.meet_at(ps, mem)
        jp = self.up[mp].sum(axis=2)
        mem_a = mem[a]
        real_a = (mem_a < n) & (mem_a != ps[:, None])
        lp = np.where(real_a, self.up[np.maximum(mp[k, a] - 1, 0)], 0).sum(axis=1)
        soft = jp - lp[:, None]
        hard = np.zeros_like(soft)
        if self.apart_codes.size:
            ap = self.apart_at(ps, mem).sum(axis=2)
            hard += ap - ap[k, a][:, None]
        if self.k_org:
            op = self.org[ps]
            cnt = (self.org[mem][None] == op[:, None, None]).sum(axis=2)
            d = (cnt >= self.k_org).astype(np.int64) - (cnt[k, a] > self.k_org)[:, None]
            hard += np.where(op[:, None] >= 0, d, 0)
        vp = self.visits_at(ps, tables)
        vpa = vp[k, a]
        hosted = m.hosted.astype(np.int64)
        host = hosted[None, :] * (vp >= 1) - (hosted[a] * (vpa >= 2))[:, None]
        tp = self.tvisits_at(ps, self.key)
        drp = (tp >= 1).astype(np.int64) - (self.tvisits_pair(ps, self.key[a]) >= 2)[:, None]
        drp[self.key[None, :] == self.key[a][:, None]] = 0
        rp = self.rev[ps][:, None]
        fair = (rp + drp) ** 2 - rp ** 2
        cnt, c = self.counts[r], self.cat[ps]
        mix = self.wcat[c][:, None] * 2 * (cnt[:, c].T - cnt[a, c][:, None] + 1)
        mix[tables[None, :] == a[:, None]] = 0
        soft += (self.soft_weight("host") * host + self.soft_weight("theme") * drp
                 + self.soft_weight("fair") * fair + self.weights["low"] * mix)
        size = self.size[r]
        allowed = (tables[None, :] != a[:, None]) & (size[None, :] + 1 <= self.sizes.high[r])
        allowed &= (size[a] - 1 >= self.sizes.low[r][a])[:, None]
        allowed &= (size[None, :] < self.width - 1)
        need = m.need[ps]
        allowed &= ~need[:, None] | m.accessible[None, :]
        return hard, soft, allowed

    def can_relocate(self, r: int) -> bool:
        """Whether one table may grow and another shrink within their even share."""
        size = self.size[r]
        return bool((size < self.sizes.high[r]).any() and (size > self.sizes.low[r]).any())

    def access_ok(self, ps: np.ndarray, cs: np.ndarray, a: np.ndarray,
                  b: np.ndarray) -> np.ndarray:
        """(len(ps), len(cs)) whether the swap keeps everyone at a table they can reach."""
        need, acc = self.model.need, self.model.accessible
        return (~need[ps][:, None] | acc[b]) & (~need[cs][None, :] | acc[a])

    # -- moves -------------------------------------------------------------------
    def swap(self, r: int, p: int, v: int) -> None:
        """Swap ``p`` and ``v`` (at different tables) in round r."""
        row = self.seats[r]
        a, b = int(row[p]), int(row[v])
        self._leave(r, p, a)
        self._leave(r, v, b)
        self._join(r, p, b)
        self._join(r, v, a)
        mem = self.members[r]
        mem[a, self.pos[r, p]], mem[b, self.pos[r, v]] = v, p
        self.pos[r, p], self.pos[r, v] = self.pos[r, v], self.pos[r, p]

    def relocate(self, r: int, x: int, table: int) -> None:
        """Move ``x`` alone to ``table`` in round r (two sizes change)."""
        a = int(self.seats[r, x])
        if a == table:
            return
        n = self.model.n
        self._leave(r, x, a)
        self._join(r, x, table)
        mem = self.members[r]
        last = int(self.size[r][a]) - 1
        moved = mem[a, last]
        mem[a, self.pos[r, x]] = moved
        self.pos[r, moved] = self.pos[r, x]
        mem[a, last] = n
        slot = int(self.size[r][table])
        if slot >= mem.shape[1]:
            self._widen()
            mem = self.members[r]
        mem[table, slot] = x
        self.pos[r, x] = slot
        self.size[r][a] -= 1
        self.size[r][table] += 1

    def _widen(self) -> None:
        n = self.model.n
        self.width += 4
        pad = np.full(self.members.shape[:2] + (4,), n, dtype=np.int64)
        self.members = np.concatenate([self.members, pad], axis=2)

    def _others(self, r: int, table: int) -> np.ndarray:
        mem = self.members[r][table]
        mem = mem[mem < self.model.n]
        return mem[self.seats[r, mem] == table]

    def _leave(self, r: int, x: int, table: int) -> None:
        others = self._others(r, table)
        others = others[others != x]
        count = self._count(x, others)
        hist = self.hist
        for c in count.tolist():
            hist[c] -= 1
            hist[c - 1] += 1
        parts = self.parts
        if self.apart_codes.size and others.size:
            parts["apart"] -= int(self.apart_at(np.array([x]), others).sum())
        if self.k_org and self.org[x] >= 0:
            here = int((self.org[others] == self.org[x]).sum()) + 1
            parts["org"] -= int(here > self.k_org)
        self._visit(r, x, table, -1)
        c = self.cat[x]
        cnt = self.counts[r]
        if c < self.n_cats:
            parts["low"] -= 2 * int(cnt[table, c]) - 1
        cnt[table, c] -= 1
        if self.dense and others.size:
            self.meet[x, others] -= 1
            self.meet[others, x] -= 1
        self.sx[r, x] = -1
        self.kx[r, x] = -1

    def _join(self, r: int, x: int, table: int) -> None:
        others = self._others(r, table)
        count = self._count(x, others)
        hist = self.hist
        for c in count.tolist():
            hist[c] -= 1
            hist[c + 1] += 1
        parts = self.parts
        if self.apart_codes.size and others.size:
            parts["apart"] += int(self.apart_at(np.array([x]), others).sum())
        if self.k_org and self.org[x] >= 0:
            here = int((self.org[others] == self.org[x]).sum())
            parts["org"] += int(here >= self.k_org)
        self._visit(r, x, table, 1)
        c = self.cat[x]
        cnt = self.counts[r]
        if c < self.n_cats:
            parts["low"] += 2 * int(cnt[table, c]) + 1
        cnt[table, c] += 1
        if self.dense and others.size:
            self.meet[x, others] += 1
            self.meet[others, x] += 1
        self.sx[r, x] = table
        self.kx[r, x] = self.key[table] if self.themed[table] else -1

    def _count(self, x: int, others: np.ndarray) -> np.ndarray:
        """Rounds ``x`` shared a table with each of ``others``."""
        if not others.size:
            return others
        if self.dense:
            return self.meet[x, others]
        return self.meet_at(np.array([x]), others)[0]

    def _visit(self, r: int, x: int, table: int, step: int) -> None:
        """Returns to a capitaine and to a theme when ``x`` leaves (-1) or joins (+1)."""
        if not self.model.movable[x]:
            return
        key = int(self.key[table])
        if self.dense_visits:
            before, tbefore = int(self.visits[x, table]), int(self.tvisits[x, key])
        else:
            xs, ts, ks = np.array([x]), np.array([table]), np.array([key])
            before = int(self.visits_pair(xs, ts)[0])
            tbefore = int(self.tvisits_pair(xs, ks)[0])
        parts = self.parts
        if self.model.hosted[table]:
            parts["host"] += int(before >= 1) if step > 0 else -int(before >= 2)
        change = int(tbefore >= 1) if step > 0 else -int(tbefore >= 2)
        if change and self.themed[table]:
            old = int(self.rev[x])
            self.rev[x] = old + change
            parts["theme"] += change
            parts["fair"] += (old + change) ** 2 - old ** 2
        if self.dense_visits:
            self.visits[x, table] += step
            if self.themed[table]:
                self.tvisits[x, key] += step

    # -- what to repair -----------------------------------------------------------
    def conflicted(self, r: int, host: bool = True, theme: bool = True) -> np.ndarray:
        """Single movers of round r who repeat a meeting, break a rule or return.

        ``host`` and ``theme`` say whether returns count: once a level is at
        its bound its returns are unavoidable, and probing the people who
        make them would only hide the ones who repeat a meeting.
        """
        m, n = self.model, self.model.n
        row = self.seats[r]
        people = np.flatnonzero(self.single & (row >= 0))
        if not people.size:
            return people
        tables = row[people].astype(np.int64)
        mem = self.members[r][tables]
        real = (mem < n) & (mem != people[:, None])
        own = np.where(real, self.up[np.maximum(self.meet_rows(people, mem) - 1, 0)], 0).sum(1)
        bad = own > 0
        if self.apart_codes.size:
            bad |= self.apart_rows(people, mem).sum(axis=1) > 0
        if self.k_org:
            org = self.org[people]
            bad |= (org >= 0) & ((self.org[mem] == org[:, None]).sum(axis=1) > self.k_org)
        if host:
            bad |= m.hosted[tables] & (self.visits_pair(people, tables) >= 2)
        if theme:
            bad |= self.tvisits_pair(people, self.key[tables]) >= 2
        return people[bad]
