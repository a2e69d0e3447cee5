"""Layer 0: how many people sit at each table in each round.

A capacity is a maximum, not a size: 15 people at 5 tables of 4 seats sit
3 by 3, and the designs for tables of 3 apply.  Sizes are made as even as
the capacities, the people who never move (capitaines, pinned people) and
the accessible seats allow; every later layer keeps them, except that the
search may move one person between two tables whose sizes then stay within
one of the even share (``low``/``high``).

With "themes first", even sizes may make it impossible for everyone to
see every theme (28 people at 4 tables of which two share a theme: the
two lone themes need 28 visits each over 3 rounds).  Then the seats are
shared between themes first (each theme gets the load its visitors need
when the capacities allow it), and evenly between the tables of a theme.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workshop.rotation.model import Model


@dataclass
class Sizes:
    """Per future round: target size, and the range the search may use, per table."""

    target: np.ndarray   # (rounds, T) int; played rounds: as they were
    low: np.ndarray      # (rounds, T)
    high: np.ndarray     # (rounds, T)



def fixed_counts(model: Model, r: int) -> np.ndarray:
    """(T,) people who never move, present in round r, per table."""
    here = model.present[r] & (model.fixed >= 0)
    return np.bincount(model.fixed[here], minlength=model.t).astype(np.int64)


def table_sizes(model: Model) -> Sizes:
    """Sizes for every round (layer 0)."""
    rounds, t = model.rounds, model.t
    target = np.zeros((rounds, t), dtype=np.int64)
    low = np.zeros_like(target)
    high = np.zeros_like(target)
    for r in range(model.played):
        row = model.history[r]
        target[r] = np.bincount(row[row >= 0], minlength=t)
    low[:model.played] = high[:model.played] = target[:model.played]
    for r in range(model.played, rounds):
        ideal = _ideal(model, r)
        target[r] = _round_sizes(ideal, int(model.present[r].sum()), fixed_counts(model, r),
                                 model.capacity.astype(np.int64))
        _make_access(model, r, target[r])
        fixed = fixed_counts(model, r)
        low[r] = np.minimum(np.maximum(np.floor(ideal + 1e-9).astype(np.int64), fixed), target[r])
        high[r] = np.maximum(np.minimum(np.ceil(ideal - 1e-9).astype(np.int64), model.capacity),
                             target[r])
    return Sizes(target, low, high)


def water_level(total: float, floor: np.ndarray, cap: np.ndarray) -> np.ndarray:
    """Real sizes clamp(λ, floor, cap) summing to ``total`` (as even as the bounds allow)."""
    floor = floor.astype(float)
    cap = np.maximum(cap.astype(float), floor)
    if total <= floor.sum():
        return floor.copy()
    if total >= cap.sum():
        return cap.copy()
    lo, hi = float(floor.min()), float(cap.max())
    for _ in range(60):
        mid = (lo + hi) / 2
        if np.clip(mid, floor, cap).sum() < total:
            lo = mid
        else:
            hi = mid
    return np.clip(hi, floor, cap)


def _ideal(model: Model, r: int) -> np.ndarray:
    """(T,) real sizes: even, or shared between themes first when themes need it."""
    people = float(model.present[r].sum())
    fixed = fixed_counts(model, r).astype(float)
    cap = model.capacity.astype(float)
    even = water_level(people, fixed, cap)
    if not model.themes_first:
        return even
    keys = model.theme_key
    n_keys = model.n_keys
    movers = people - fixed.sum()
    rounds = model.rounds
    if n_keys < 2 or movers <= 0 or (keys < 0).any():
        return even
    room = np.bincount(keys, weights=cap - fixed, minlength=n_keys)
    load = np.bincount(keys, weights=even - fixed, minlength=n_keys)
    share = movers / rounds
    if rounds >= n_keys:   # everyone should visit every theme: each needs ≥ movers / rounds
        lo_load, hi_load = np.minimum(share, room), room
    else:                  # everyone visits a theme at most once: each takes ≤ movers / rounds
        lo_load, hi_load = np.zeros(n_keys), np.minimum(share, room)
    if ((load >= lo_load - 1e-9) & (load <= hi_load + 1e-9)).all():
        return even
    if lo_load.sum() > movers + 1e-9 or hi_load.sum() < movers - 1e-9:
        return even
    want = water_level(movers, lo_load, hi_load)
    ideal = fixed.copy()
    for k in range(n_keys):
        mine = keys == k
        ideal[mine] = water_level(want[k] + fixed[mine].sum(), fixed[mine], cap[mine])
    return ideal


def _round_sizes(ideal: np.ndarray, people: int, fixed: np.ndarray,
                 cap: np.ndarray) -> np.ndarray:
    """Whole sizes near ``ideal`` summing to ``people`` (largest remainders first)."""
    sizes = np.clip(np.floor(ideal + 1e-9).astype(np.int64), fixed, cap)
    left = people - int(sizes.sum())
    order = np.argsort(-(ideal - sizes), kind="stable")
    while left > 0:
        moved = False
        for t in order:
            if left == 0:
                break
            if sizes[t] < cap[t]:
                sizes[t] += 1
                left -= 1
                moved = True
        if not moved:
            break
    while left < 0:
        over = np.flatnonzero(sizes > fixed)
        t = over[np.argmax(sizes[over])]
        sizes[t] -= 1
        left += 1
    return sizes


def _make_access(model: Model, r: int, sizes: np.ndarray) -> None:
    """Enough accessible seats for who needs one: move seats from closed tables."""
    here = model.present[r]
    needing = here & model.movable & model.need
    for members in model.groups:
        if needing[members].any():
            needing[members] = here[members]
    count = int(needing.sum())
    fixed = fixed_counts(model, r)
    while (sizes - fixed)[model.accessible].sum() < count:
        give = np.flatnonzero(~model.accessible & (sizes > fixed))
        take = np.flatnonzero(model.accessible & (sizes < model.capacity))
        if not give.size or not take.size:
            return
        sizes[give[np.argmax(sizes[give])]] -= 1
        sizes[take[np.argmin(sizes[take])]] += 1
