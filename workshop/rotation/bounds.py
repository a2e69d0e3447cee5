"""Lower bounds of the problem, one per objective, each with its reason in words.

A bound belongs to the problem, never to a plan: it holds for every plan
that keeps the hard rules (any table sizes up to the capacities), so a
hand swap cannot change it.  Each objective's bound holds among the plans
that reach the bounds of the objectives before it, which is what "proven
optimal" needs: a plan with every objective of the chosen order at its
bound cannot be beaten.

* returns to a capitaine's table: per person, more rounds than capitaine
  tables they can reach (when no table without capitaine can take them),
  and seats counting (the tables without capitaine hold so many people);
* theme revisits: per person, more rounds than reachable themes not yet
  seen, and seats counting (a theme whose tables hold few seats over the
  rounds cannot be seen by everyone);
* the largest pair meeting count: people kept together or fixed to one
  table, a capitaine met again when rounds exceed capitaine tables,
  per-person counting;
* coincidences E = Σ over pairs of C(c, 2), also the number of (pair, pair
  of rounds) seated together in both rounds: per pair of rounds, the
  people of one table spread over the tables of the other round (minus
  their own table when nobody may return to a capitaine), sizes chosen
  as favourably as the capacities allow; plus capitaines met again when
  returns are forced; per-person counting; pair-slot counting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from workshop.rotation.model import Model
from workshop.rotation.notes import RotationNote


def c2(k: int) -> int:
    return k * (k - 1) // 2


def spread(items: int, bins: int) -> int:
    """Least Σ C(load, 2) over ``bins`` bins holding ``items`` items."""
    bins = max(bins, 1)
    base, extra = divmod(items, bins)
    return (bins - extra) * c2(base) + extra * c2(base + 1)


def spread_pairs(meetings: int, others: int) -> int:
    """Least Σ C(c, 2) when ``meetings`` meetings fall on ``others`` people."""
    if others <= 0:
        return 0
    base, extra = divmod(meetings, others)
    return (others - extra) * c2(base) + extra * c2(base + 1)


@dataclass
class Bounds:
    """The best each objective can be; ``reasons`` says why, objective by objective."""

    host_revisits: int = 0
    theme_revisits: int = 0
    min_themes_seen: int = 0       # an upper bound: nobody can do better for the worst-off
    max_meetings: int = 0
    coincidences: int = 0
    strict: bool = True            # E bound assumes nobody returns to a capitaine
    reasons: dict[str, RotationNote] = field(default_factory=dict)

    def to_json(self) -> dict[str, int]:
        return {"host_revisits": self.host_revisits, "theme_revisits": self.theme_revisits,
                "min_themes_seen": self.min_themes_seen, "max_meetings": self.max_meetings,
                "coincidences": self.coincidences}


def problem_bounds(model: Model) -> Bounds:
    """Every bound of ``model``'s problem."""
    ctx = _Context(model)
    bounds = Bounds()
    bounds.host_revisits, host_note = _host_bound(ctx)
    bounds.theme_revisits, bounds.min_themes_seen, theme_note = _theme_bound(ctx)
    bounds.strict = bounds.host_revisits == 0
    bounds.coincidences, e_note = _e_bound(ctx, bounds.strict)
    bounds.max_meetings, max_note = _max_bound(ctx, bounds.coincidences)
    for key, note in (("host_revisits", host_note), ("theme_revisits", theme_note),
                      ("max_meetings", max_note), ("coincidences", e_note)):
        if note is not None:
            bounds.reasons[key] = note
    return bounds


class _Context:
    """What every bound needs, computed once (all linear in people × rounds)."""

    def __init__(self, model: Model) -> None:
        self.model = model
        m = model
        self.future = list(range(m.played, m.rounds))
        self.fixed = [np.bincount(m.fixed[m.present[r] & (m.fixed >= 0)], minlength=m.t)
                      for r in range(m.rounds)]
        self.room = {r: np.maximum(m.capacity - self.fixed[r], 0) for r in self.future}
        movers = m.movable.copy()
        self.movers = np.flatnonzero(movers)
        self.f = m.present[m.played:][:, self.movers].sum(axis=0) if self.future else \
            np.zeros(self.movers.size, dtype=np.int64)
        self.hist = m.history[:, self.movers] if m.played else \
            np.zeros((0, self.movers.size), dtype=np.int32)
        self.need = m.need[self.movers]
        hosts_here = self._hosts_always_here()
        self.hosts_here = hosts_here

    def _hosts_always_here(self) -> bool:
        m = self.model
        index = {p: i for i, p in enumerate(m.ids)}
        hosts = [index[t.host] for t in m.problem.tables if t.host]
        return all(m.present[r, h] for r in self.future for h in hosts)

    def reachable(self, tables: np.ndarray) -> tuple[int, int]:
        """How many of ``tables`` (mask) everyone, and people needing access, can sit at."""
        m = self.model
        usable = np.zeros(m.t, dtype=bool)
        for r in self.future:
            usable |= self.room[r] > 0
        return int((tables & usable).sum()), int((tables & usable & m.accessible).sum())


def _distinct_past(hist: np.ndarray, mask_values: np.ndarray | None, keys: np.ndarray,
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Per column: (distinct keys seen, extra visits) over the played rounds, among ``mask``."""
    if not hist.size:
        zero = np.zeros(hist.shape[1], dtype=np.int64)
        return zero, zero.copy()
    seated = hist >= 0
    k = np.where(seated, keys[np.maximum(hist, 0)], -1)
    if mask_values is not None:
        k = np.where(seated & mask_values[np.maximum(hist, 0)], k, -1)
    k = np.sort(k, axis=0)
    valid = k >= 0
    visits = valid.sum(axis=0)
    repeats = ((k[1:] == k[:-1]) & valid[1:]).sum(axis=0) if k.shape[0] > 1 else \
        np.zeros(k.shape[1], dtype=np.int64)
    return visits - repeats, repeats


def _host_bound(ctx: _Context) -> tuple[int, RotationNote | None]:
    m = ctx.model
    if not m.hosted.any() or not ctx.movers.size:
        return 0, None
    seen, past = _distinct_past(ctx.hist, m.hosted, np.arange(m.t))
    h_all, h_acc = ctx.reachable(m.hosted)
    free_all, free_acc = ctx.reachable(~m.hosted)
    reach = np.where(ctx.need, h_acc, h_all)
    unvisited = np.maximum(reach - seen, 0)
    no_free = np.where(ctx.need, free_acc == 0, free_all == 0)
    personal = int(np.where(no_free, np.maximum(ctx.f - unvisited, 0), 0).sum())
    free_seats = sum(int(ctx.room[r][~m.hosted].sum()) for r in ctx.future)
    mover_seats = int(ctx.f.sum())
    forced_visits = max(mover_seats - free_seats, 0)
    counting = max(forced_visits - int(np.minimum(ctx.f, unvisited).sum()), 0)
    extra = max(personal, counting)
    total = int(past.sum()) + extra
    if total == 0:
        return 0, None
    if extra == 0:
        return total, RotationNote("bound_host_played", count=total)
    return total, RotationNote("bound_host_returns", count=total, rounds=len(ctx.future),
                               tables=h_all)


def _theme_bound(ctx: _Context) -> tuple[int, int, RotationNote | None]:
    """Least returns to a theme over movers, and the most themes the worst-off can see."""
    m = ctx.model
    keys = m.theme_key
    n_keys = m.n_keys
    if not ctx.movers.size or not n_keys:
        return 0, 0, None
    seen, past = _distinct_past(ctx.hist, None, keys)
    usable = np.zeros(m.t, dtype=bool)
    for r in ctx.future:
        usable |= ctx.room[r] > 0
    themed = keys >= 0
    all_keys = np.zeros(n_keys, dtype=bool)
    all_keys[keys[usable & themed]] = True
    acc_keys = np.zeros(n_keys, dtype=bool)
    acc_keys[keys[usable & themed & m.accessible]] = True
    # (person, theme) pairs already seen in the played rounds
    if ctx.hist.size:
        rows, cols = np.nonzero(ctx.hist >= 0)
        k = keys[ctx.hist[rows, cols]]
        code = np.unique(cols[k >= 0].astype(np.int64) * n_keys + k[k >= 0])
        pcol, pkey = np.divmod(code, n_keys)
    else:
        pcol = pkey = np.zeros(0, dtype=np.int64)
    reachable_seen = np.where(ctx.need[pcol], acc_keys[pkey], all_keys[pkey])
    reach_count = np.where(ctx.need, int(acc_keys.sum()), int(all_keys.sum()))
    seen_reach = np.bincount(pcol[reachable_seen], minlength=ctx.movers.size)
    new_room = np.maximum(reach_count - seen_reach, 0)
    personal_new = np.minimum(ctx.f, new_room)
    # a person who can sit at a table without theme need not return to one
    free_all = bool((usable & ~themed).any())
    free_acc = bool((usable & ~themed & m.accessible).any())
    no_free = np.where(ctx.need, not free_acc, not free_all)
    personal = int(np.where(no_free, ctx.f - personal_new, 0).sum())
    # seats counting: a theme can be seen for the first time by at most its seats
    seats = np.zeros(n_keys, dtype=np.int64)
    free_seats = 0
    for r in ctx.future:
        seats += np.bincount(keys[themed], weights=ctx.room[r][themed],
                             minlength=n_keys).astype(np.int64)
        free_seats += int(ctx.room[r][~themed].sum())
    attending = ctx.f > 0
    takers = (all_keys.astype(np.int64) * int((attending & ~ctx.need).sum())
              + acc_keys.astype(np.int64) * int((attending & ctx.need).sum()))
    gone = reachable_seen & attending[pcol]
    takers -= np.bincount(pkey[gone], minlength=n_keys)
    counted_new = int(np.minimum(takers, seats).sum())
    new = min(int(personal_new.sum()), counted_new)
    forced = max(int(ctx.f.sum()) - free_seats, 0)
    extra = max(personal, forced - new, 0)
    total = int(past.sum()) + extra
    real = ctx.movers < len(m.problem.participants)
    sat_before = (ctx.hist >= 0).any(axis=0) if ctx.hist.size else np.zeros_like(real)
    who = real & ((ctx.f > 0) | sat_before)
    if who.any():
        ub = int((seen + personal_new)[who].min())
        ub = min(ub, (int(seen[who].sum()) + min(new, int(personal_new[who].sum())))
                 // int(who.sum()))
    else:
        ub = 0
    if total == 0:
        return 0, ub, None
    if extra == 0:
        return total, ub, RotationNote("bound_theme_played", count=total)
    if forced - new > personal:
        return total, ub, RotationNote("bound_theme_seats", count=total)
    if ctx.need.any() and int(acc_keys.sum()) < int(all_keys.sum()) and \
            int(ctx.f[ctx.need].max(initial=0)) > int(acc_keys.sum()):
        return total, ub, RotationNote("bound_theme_access", count=total,
                                       themes=int(acc_keys.sum()))
    return total, ub, RotationNote("bound_theme_rounds", count=total, rounds=len(ctx.future),
                                   themes=int(all_keys.sum()))


def _min_spread(total: int, room: np.ndarray, bins: np.ndarray) -> int:
    """Least Σ_t spread(m_t, bins_t) over m_t ≤ room_t summing to ``total``.

    spread(m + 1, b) − spread(m, b) = m // b grows with m, so the greedy
    fill is optimal; it is found by a threshold on that marginal cost.
    """
    room = room.astype(np.int64)
    bins = np.maximum(bins.astype(np.int64), 1)
    total = min(total, int(room.sum()))
    if total <= 0:
        return 0
    lo, hi = 0, int(total)  # smallest v whose marginals ≤ v cover total
    while lo < hi:
        mid = (lo + hi) // 2
        if int(np.minimum(room, (mid + 1) * bins).sum()) >= total:
            hi = mid
        else:
            lo = mid + 1
    v = lo
    take = np.minimum(room, v * bins)
    base, extra = np.divmod(take, bins)
    cost = ((bins - extra) * (base * (base - 1) // 2) + extra * ((base + 1) * base // 2)).sum()
    return int(cost) + (total - int(take.sum())) * v


def _min_slots(people: int, fixed: np.ndarray, cap: np.ndarray) -> int:
    """Least Σ C(size, 2) with fixed ≤ size ≤ cap and Σ size = people (even sizes)."""
    fixed = fixed.astype(np.int64)
    cap = np.maximum(cap.astype(np.int64), fixed)
    extra = people - int(fixed.sum())
    base = int((fixed * (fixed - 1) // 2).sum())
    if extra <= 0:
        return base
    lo, hi = 0, int(cap.max())
    while lo < hi:  # marginal cost of one more person at a table of size s is s
        mid = (lo + hi) // 2
        if int((np.clip(mid + 1, fixed, cap) - fixed).sum()) >= extra:
            hi = mid
        else:
            lo = mid + 1
    v = lo
    sizes = np.clip(v, fixed, cap)
    left = extra - int((sizes - fixed).sum())
    return int((sizes * (sizes - 1) // 2).sum()) + left * v


@dataclass
class _EParts:
    played: int = 0
    hosts: int = 0
    tables: int = 0
    together: int = 0
    capitaines: int = 0
    example: tuple[int, int, int, int] | None = None

    @property
    def total(self) -> int:
        return self.played + self.hosts + self.tables + self.together + self.capitaines


def _e_bound(ctx: _Context, strict: bool) -> tuple[int, RotationNote | None]:
    parts = _round_pairs(ctx, strict)
    if not strict:
        parts.capitaines = _capitaines_again(ctx)
    person, person_note = _per_person(ctx)
    slots = _pair_slots(ctx)
    best = max(parts.total, person, slots)
    if best == 0:
        return 0, None
    if person >= parts.total and person_note is not None:
        return best, person_note
    return best, _pairs_note(parts)


def _pairs_note(parts: _EParts) -> RotationNote | None:
    top = max(parts.played, parts.hosts, parts.tables, parts.together, parts.capitaines)
    if top == 0:
        return None
    if parts.capitaines == top:
        return RotationNote("bound_capitaines", count=parts.capitaines)
    if parts.hosts == top or parts.tables == top:
        size, tables, movers, others = parts.example
        code = "bound_hosts" if parts.hosts == top else "bound_tables"
        return RotationNote(code, size=size, tables=tables, movers=movers, others=others)
    if parts.together == top:
        return RotationNote("bound_together", count=parts.together)
    return RotationNote("bound_played", count=parts.played)


def _round_pairs(ctx: _Context, strict: bool) -> _EParts:
    m = ctx.model
    parts = _EParts()
    group_of = m.group
    for r in range(m.rounds):
        for s in range(r + 1, m.rounds):
            if s < m.played:
                parts.played += _together_both(m.history[r], m.history[s])
                continue
            both = m.present[r] & m.present[s]
            if r < m.played:
                one = _from_played(ctx, r, s, both, strict)
            else:
                one = _both_future(ctx, r, s, both, strict, group_of)
            for name in ("hosts", "tables", "together"):
                setattr(parts, name, getattr(parts, name) + getattr(one, name))
            parts.example = parts.example or one.example
    return parts


def _bins(ctx: _Context, s: int) -> int:
    return int((ctx.room[s] > 0).sum())


def _from_played(ctx: _Context, r: int, s: int, both: np.ndarray, strict: bool) -> _EParts:
    """People of each table of played round r, seen again in future round s."""
    m = ctx.model
    parts = _EParts()
    row = m.history[r]
    bins_s = _bins(ctx, s)
    for t in range(m.t):
        here = both & (row == t)
        if not here.any():
            continue
        fixed_s = m.fixed[here]
        fixed_s = fixed_s[fixed_s >= 0]
        together = sum(c2(int(k)) for k in np.bincount(fixed_s)) if fixed_s.size else 0
        movers = int(here.sum()) - int(fixed_s.size)
        blocked = strict and bool(m.hosted[t]) and ctx.room[s][t] > 0
        bins = bins_s - 1 if blocked else bins_s
        forced = spread(movers, bins)
        parts.together += together
        if forced:
            if blocked:
                parts.hosts += forced
            else:
                parts.tables += forced
            parts.example = parts.example or (int((row == t).sum()), m.t, movers, bins)
    return parts


def _both_future(ctx: _Context, r: int, s: int, both: np.ndarray, strict: bool,
                 group_of: np.ndarray) -> _EParts:
    """Two rounds to plan: sizes as favourable as capacities allow."""
    m = ctx.model
    parts = _EParts()
    fixed_both = np.bincount(m.fixed[both & (m.fixed >= 0)], minlength=m.t)
    parts.together += int(sum(c2(int(k)) for k in fixed_both))
    movers = int((both & m.movable).sum())
    room = ctx.room[r]  # seats for movers in round r
    bins_s = _bins(ctx, s)
    blocked = strict & m.hosted & (ctx.room[s] > 0)
    bins = np.where(blocked, bins_s - 1, bins_s)
    forced = _min_spread(movers, room, bins)
    groups = 0
    for members in m.groups:
        g = int(both[members].sum())
        groups += c2(g)
    if groups > forced:
        parts.together += groups
        return parts
    if forced:
        if blocked.any() and strict:
            parts.hosts += forced
        else:
            parts.tables += forced
        per_table = max(1, -(-movers // max(int((room > 0).sum()), 1)))
        size = per_table + int(ctx.fixed[r].max()) if ctx.fixed[r].size else per_table
        parts.example = parts.example or (size, m.t, per_table, int(bins.min()))
    return parts


def _capitaines_again(ctx: _Context) -> int:
    """Movers who must sit again with a capitaine (no table without one within reach)."""
    m = ctx.model
    if not ctx.hosts_here or not m.hosted.any():
        return 0
    h_all, h_acc = ctx.reachable(m.hosted)
    free_all, free_acc = ctx.reachable(~m.hosted)
    total = 0
    past = ctx.hist
    index = {p: i for i, p in enumerate(m.ids)}
    host_there = np.zeros((m.played, m.t), dtype=bool)   # the capitaine sat at the table
    for t, table in enumerate(m.problem.tables):
        if table.host and m.played:
            host_there[:, t] = m.history[:, index[table.host]] == t
    for k in range(ctx.movers.size):
        f = int(ctx.f[k])
        if not f:
            continue
        need = bool(ctx.need[k])
        if (free_acc if need else free_all) > 0:
            continue
        reach = h_acc if need else h_all
        if reach <= 0:
            continue
        if not past.size:
            total += spread(f, reach)
            continue
        counts = np.zeros(reach, dtype=np.int64)
        if past.size:
            visited = past[:, k]
            with_host = (visited >= 0) & host_there[np.arange(visited.size),
                                                     np.maximum(visited, 0)]
            visited = visited[with_host]  # rounds this mover sat with that table's capitaine
            if visited.size:
                _, c = np.unique(visited, return_counts=True)
                c = np.sort(c)[::-1][:reach]
                counts[:c.size] = c
        for _ in range(f):  # each new visit to the least visited table
            j = int(np.argmin(counts))
            total += int(counts[j])
            counts[j] += 1
    return total


def _together_both(a: np.ndarray, b: np.ndarray) -> int:
    both = (a >= 0) & (b >= 0)
    key = a[both].astype(np.int64) * 100_003 + b[both]
    _, counts = np.unique(key, return_counts=True)
    return int((counts * (counts - 1) // 2).sum())


def _slots_per_round(ctx: _Context) -> tuple[list[int], int]:
    """Least pair slots Σ C(size, 2) per round, and the number of people ever seated."""
    m = ctx.model
    slots = []
    for r in range(m.rounds):
        if r < m.played:
            row = m.history[r]
            sizes = np.bincount(row[row >= 0], minlength=m.t)
            slots.append(int((sizes * (sizes - 1) // 2).sum()))
        else:
            slots.append(_min_slots(int(m.present[r].sum()), ctx.fixed[r], m.capacity))
    people = int(m.present.any(axis=0).sum())
    return slots, people


def _per_person(ctx: _Context) -> tuple[int, RotationNote | None]:
    """Everyone's meetings, spread as evenly as possible over everyone else."""
    slots, people = _slots_per_round(ctx)
    if people < 2:
        return 0, None
    meetings = 2 * sum(slots)
    others = people - 1
    base, extra = divmod(meetings, people)
    total = (people - extra) * spread_pairs(base, others) + extra * spread_pairs(base + 1, others)
    bound = (total + 1) // 2
    if bound == 0:
        return 0, None
    return bound, RotationNote("bound_people", rounds=ctx.model.rounds,
                               meetings=base + (1 if extra else 0), others=others)


def _pair_slots(ctx: _Context) -> int:
    slots, people = _slots_per_round(ctx)
    return spread_pairs(sum(slots), c2(people)) if people > 1 else 0


def _max_bound(ctx: _Context, e_bound: int) -> tuple[int, RotationNote | None]:
    m = ctx.model
    best, note = 0, None

    def offer(value: int, made: RotationNote | None) -> None:
        nonlocal best, note
        if value > best:
            best, note = value, made

    slots, people = _slots_per_round(ctx)
    if sum(slots) > 0:
        offer(1, None)
    if e_bound > 0:
        offer(2, RotationNote("bound_max_repeat"))
    if people > 1 and sum(slots):
        most = -(-2 * sum(slots) // people)
        offer(-(-most // (people - 1)), RotationNote("bound_max_people", meetings=most,
                                                    others=people - 1,
                                                    count=-(-most // (people - 1))))
    pair, count = _fixed_pairs(ctx)
    if pair is not None:
        offer(count, RotationNote("bound_max_together", a=m.ids[pair[0]], b=m.ids[pair[1]],
                                  count=count))
    if ctx.hosts_here and m.hosted.any():
        h_all, h_acc = ctx.reachable(m.hosted)
        free_all, free_acc = ctx.reachable(~m.hosted)
        for need, reach, free in ((False, h_all, free_all), (True, h_acc, free_acc)):
            who = ctx.need == need
            if free == 0 and reach > 0 and who.any():
                f = int(ctx.f[who].max(initial=0))
                offer(-(-f // reach), RotationNote("bound_max_hosts", rounds=f, tables=reach,
                                                   count=-(-f // reach)))
    if m.played > 1:
        offer(_played_max(m), RotationNote("bound_max_played", count=_played_max(m)))
    return best, note


def _fixed_pairs(ctx: _Context) -> tuple[tuple[int, int] | None, int]:
    """The pair kept together most often (same fixed table, same group), and how often."""
    m = ctx.model
    best, count = None, 0
    counts = np.bincount(m.fixed[m.fixed >= 0], minlength=m.t)
    units: list[np.ndarray] = [np.flatnonzero(m.fixed == t) for t in np.flatnonzero(counts >= 2)]
    units += [np.asarray(g) for g in m.groups]
    for members in units:
        if members.size < 2:
            continue
        here = m.present[m.played:][:, members]
        for x in range(members.size):
            for y in range(x + 1, members.size):
                c = int((here[:, x] & here[:, y]).sum())
                if m.played:
                    hx, hy = m.history[:, members[x]], m.history[:, members[y]]
                    c += int(((hx >= 0) & (hx == hy)).sum())
                if c > count:
                    best, count = (int(members[x]), int(members[y])), c
    return best, count


def _played_max(m: Model) -> int:
    from workshop.rotation.pairs import pair_summary

    return pair_summary(m.history, m.t).max_meetings
