"""How often pairs meet, without an N × N matrix.

Two people who share a table in rounds r and s sit in the same cell
(table in r, table in s) of that pair of rounds.  So E = Σ over pairs
C(c, 2) is the sum over pairs of rounds and cells of C(cell size, 2), and
the pairs meeting more than once are the pairs found in such cells:
listing them costs E entries, not N².  Memory stays linear in people ×
rounds (plus E), so 10,000 people are counted as easily as 40.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

ENUMERATE_LIMIT = 5_000_000   # beyond, repeated pairs are counted person by person


@dataclass
class PairSummary:
    coincidences: int = 0     # E
    repeat_pairs: int = 0     # pairs meeting more than once
    max_meetings: int = 0     # largest c
    histogram: np.ndarray | None = None   # pairs per count c (index c ≥ 1)


def pair_slots(seats: np.ndarray, n_tables: int) -> int:
    """Σ over rounds and tables of C(size, 2): pairs seated together, counted per round."""
    total = 0
    for row in seats:
        sizes = np.bincount(row[row >= 0], minlength=n_tables).astype(np.int64)
        total += int((sizes * (sizes - 1) // 2).sum())
    return total


def pair_summary(seats: np.ndarray, n_tables: int) -> PairSummary:
    """E, repeated pairs, the largest count and the histogram of counts of ``seats``."""
    rounds, n = seats.shape
    width = max(n_tables, 1)
    slots = pair_slots(seats, n_tables)
    hist = np.zeros(rounds + 2, dtype=np.int64)
    e = 0
    chunks: list[np.ndarray] = []
    for r in range(rounds):
        for s in range(r + 1, rounds):
            both = np.flatnonzero((seats[r] >= 0) & (seats[s] >= 0))
            if both.size < 2:
                continue
            key = seats[r, both].astype(np.int64) * width + seats[s, both]
            if width * width <= 4 * both.size:
                counts = np.bincount(key)
            else:  # many tables: counting cells by sorting costs less than a huge array
                counts = np.unique(key, return_counts=True)[1]
            e += int((counts * (counts - 1) // 2).sum())
            if e <= ENUMERATE_LIMIT:
                chunks.append(_pairs_in_cells(both, key))
    if e > ENUMERATE_LIMIT:
        return _by_person(seats, e, slots)
    if chunks and sum(c.size for c in chunks):
        codes, shared = np.unique(np.concatenate(chunks), return_counts=True)
        # a pair together in c rounds shares C(c, 2) pairs of rounds
        c = ((1 + np.sqrt(1 + 8 * shared)) / 2).round().astype(np.int64)
        hist += np.bincount(c, minlength=hist.size)[:hist.size]
        repeat, most = int(codes.size), int(c.max())
    else:
        repeat, most = 0, 0
    hist[1] = slots - int((np.arange(hist.size) * hist)[2:].sum())
    if most == 0 and hist[1] > 0:
        most = 1
    return PairSummary(e, repeat, most, hist)


def _pairs_in_cells(people: np.ndarray, key: np.ndarray) -> np.ndarray:
    """Codes a·N + b (a < b) of the pairs sharing a cell."""
    order = np.argsort(key, kind="stable")
    key, people = key[order], people[order]
    start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    size = np.diff(np.r_[start, key.size])
    if not (size >= 2).any():
        return np.zeros(0, dtype=np.int64)
    pos = np.arange(key.size)
    cell_end = np.repeat(start + size, size)
    partners = cell_end - pos - 1          # later members of the same cell
    first = np.repeat(pos, partners)
    offset = np.arange(first.size) - np.repeat(np.cumsum(partners) - partners, partners)
    second = first + 1 + offset
    a, b = people[first], people[second]
    lo, hi = np.minimum(a, b).astype(np.int64), np.maximum(a, b).astype(np.int64)
    return (lo << 32) | hi


def _by_person(seats: np.ndarray, e: int, slots: int) -> PairSummary:
    """Repeated pairs and the largest count, a block of people at a time (huge E only)."""
    rounds, n = seats.shape
    seated = seats >= 0
    hist = np.zeros(rounds + 2, dtype=np.int64)
    block = max(1, 2_000_000 // max(n * rounds, 1))
    for start in range(0, n, block):
        stop = min(n, start + block)
        same = (seats[:, start:stop, None] == seats[:, None, :]) & seated[:, start:stop, None]
        count = same.sum(axis=0)
        for k in range(stop - start):
            row = count[k, start + k + 1:]
            hist += np.bincount(row, minlength=hist.size)[:hist.size]
    hist[0] = 0
    most = int(np.flatnonzero(hist)[-1]) if hist.any() else 0
    return PairSummary(e, int(hist[2:].sum()), most, hist)
