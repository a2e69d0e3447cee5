"""Precomputed repeat-free designs for shapes no construction here reaches.

Each table is plain data: one string per round, the i-th character being
the table (a digit) of point i in that round.  They were computed once,
offline, with a SAT solver (python-sat, CaDiCaL 1.5.3) and are checked
pair by pair in ``tests/test_rotation_tables.py``; the product never runs
a solver.

* ``CAFE_6_4_6`` — a café of 6 tables with a capitaine each, 4 seats, 6
  rounds: 18 movers who visit every table exactly once.  Each table's 6
  rounds and each round's 6 tables split the movers into triples, and
  the 36 triples share no pair, so nobody meets anyone twice and nobody
  returns to a table (each capitaine meets each mover once).  No cyclic
  difference matrix has this shape (Z6 has no complete mapping), hence
  the table.  Encoding: x[m, r, t] = mover m at table t in round r, each
  mover once per round and once per table, 3 movers per (round, table),
  at most one shared (round, table) per pair of movers; symmetry broken
  by fixing round 0 and mover 12 on the diagonal.  The last 6 movers
  (12–17) are never at the same table (one per table in every round),
  so dropping the last points for a smaller café keeps table sizes even,
  as the planner expects of every café design.  Solved in 0.05 s.  With
  the capitaines as six players who never move, it is also a schedule
  for 24 golfers in 6 groups of 4 over 6 rounds without any repeat.

* ``GOLF_8_4_10`` — 32 golfers in 8 groups of 4 over 10 rounds, nobody
  twice with the same person (the social golfer problem 8-4-10, known
  solvable since Aguado 2004; the affine construction over GF(2)^5 stops
  at 9 rounds, a partial spread of lines having at most 9 members).  Each
  golfer meets 30 of the other 31; the 16 pairs that never meet are
  the {p, p xor 6} (a resolvable 4-GDD of type 2^16).  Found by imposing
  symmetry: points are the vectors of GF(2)^5, and every round is mapped
  onto itself by the translations p ↦ p xor v for v in the subgroup
  spanned by 1, 2 and 4 (orbits of 8 points).  Encoding: y[r, p, g] =
  point p in group g in round r, m[r, p, q] ⇔ p and q share a group,
  at most one m per pair over the rounds, m[r, p, q] = m[r, p^v, q^v],
  groups ordered by their smallest point.  Solved in 10 s (the same
  search with some cyclic symmetries of order 10 or 15 is unsatisfiable).

The tables are a catalogue, checked when first used (even groups, no pair
twice, for the café no return to a table): a damaged table is ignored
and the general construction and search take over.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

CAFE_6_4_6 = (
    "001122334455012345",
    "344301525210105432",
    "512453201304234501",
    "450214153023350214",
    "235045042131423150",
    "123530410542541023",
)

GOLF_8_4_10 = (
    "00001111232332324554455466776677",
    "01234567012345671032547610325476",
    "01234567674523010123456732107654",
    "01234567103254764567012354761032",
    "01234567547610325476103223016745",
    "01230123321032104545676767674545",
    "01233210445566775544776601233210",
    "01231032455467762301321045546776",
    "01234567230167456745230145670123",
    "01234567456701233210765467452301",
)


def as_array(table: tuple[str, ...]) -> np.ndarray:
    """(rounds, points) int32 array of a table's digits."""
    return np.array([[int(ch) for ch in row] for row in table], dtype=np.int32)


@lru_cache(maxsize=None)
def verified(table: tuple[str, ...], tables: int, returns_allowed: bool) -> np.ndarray | None:
    """The table as an array if it is sound (even groups, no pair twice), else None."""
    try:
        design = as_array(table)
    except ValueError:
        return None
    if design.min() < 0 or design.max() >= tables:
        return None
    for row in design:
        counts = np.bincount(row, minlength=tables)
        if counts.max() != counts.min():
            return None
    same = design[:, :, None] == design[:, None, :]
    meet = same.sum(axis=0)
    np.fill_diagonal(meet, 0)
    if meet.max() > 1:
        return None
    if not returns_allowed and any(len(set(col)) < len(col) for col in design.T):
        return None
    return design


def cafe_table(tables: int, seats: int, rounds: int) -> np.ndarray | None:
    """(rounds, tables·(seats − 1)) table of each mover from a stored design, or None."""
    if (tables, seats) == (6, 4) and rounds <= len(CAFE_6_4_6):
        design = verified(CAFE_6_4_6, 6, False)
        return None if design is None else design[:rounds]
    return None


def golfer_table(groups: int, size: int, rounds: int) -> np.ndarray | None:
    """(rounds, groups·size) table of each golfer from a stored design, or None."""
    # up to 9 rounds the affine construction already has no repeat
    if (groups, size) == (8, 4) and rounds == len(GOLF_8_4_10):
        return verified(GOLF_8_4_10, 8, True)
    return None
