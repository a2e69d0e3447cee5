"""Known designs: each is checked point by point, then through ``plan_rotation``."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest

from tests.designs import meetings
from workshop.rotation import PersonSpec, Problem, TableSpec, plan_rotation
from workshop.rotation.designs import cafe_design, difference_rows, golfer_design, kirkman15

LONG = 60.0  # the plan stops at the bound long before; this only guards a slow machine


def test_kirkman_schoolgirls_meet_each_other_exactly_once():
    design = kirkman15()
    assert design.shape == (7, 15)
    for row in design:
        assert sorted(np.bincount(row)) == [3] * 5
    count = meetings(design)
    assert (count[np.triu_indices(15, 1)] == 1).all()  # every pair of the 105, exactly once


def test_difference_rows_have_distinct_differences():
    rows = difference_rows(6, 4, 5)
    assert rows is not None
    table = np.vstack([np.zeros(5, dtype=int), rows])
    for a, b in combinations(range(len(table)), 2):
        assert len(set((table[a] - table[b]) % 6)) == 5


def test_difference_rows_refuse_impossible_shapes():
    assert difference_rows(6, 2, 7) is None          # more rounds than tables
    assert difference_rows(6, 3, 6) is None          # Z6 has no complete mapping


@pytest.mark.parametrize("tables, seats, rounds", [(6, 5, 5), (6, 4, 5), (10, 4, 4), (12, 5, 4)])
def test_cafe_design_no_repeat_no_return(tables, seats, rounds):
    movers = cafe_design(tables, seats, rounds)
    hosts = np.tile(np.arange(tables), (rounds, 1))
    design = np.concatenate([hosts, movers], axis=1)
    for row in design:
        assert (np.bincount(row, minlength=tables) == seats).all()
    assert meetings(design).max() <= 1
    for person in movers.T:
        assert len(set(person)) == rounds  # never back at a table


def test_golfer_design_from_difference_rows():
    design = golfer_design(6, 5, 5)
    assert design.shape == (5, 30) and meetings(design).max() <= 1


def cafe(tables: int, seats: int, rounds: int, people: int | None = None,
         categories: bool = False) -> Problem:
    specs = [TableSpec(f"T{t + 1}", theme=f"th{t}", host=f"P{t + 1:03d}", capacity=seats)
             for t in range(tables)]
    cats = ["locataire", "accédant", "salarié"]
    persons = [PersonSpec(f"P{i + 1:03d}", category=cats[i % 3] if categories else "")
               for i in range(people or tables * seats)]
    return Problem(rounds, specs, persons)


def test_golfers_5_3_7_reach_zero_and_the_proof():
    problem = Problem(7, [TableSpec(f"G{g}", capacity=3) for g in range(5)],
                      [PersonSpec(f"P{i:02d}") for i in range(15)])
    stats = plan_rotation(problem, seed=0, time_limit=LONG).stats
    assert stats.coincidences == 0 == stats.lower_bound and stats.proven_optimal
    assert not stats.violations


def test_cafe_6_5_5_reaches_zero_without_returns():
    result = plan_rotation(cafe(6, 5, 5, categories=True), seed=1, time_limit=LONG)
    stats = result.stats
    assert (stats.coincidences, stats.table_revisits, stats.theme_revisits) == (0, 0, 0)
    assert stats.proven_optimal and not stats.violations
    for rnd in result.rounds:
        assert all(ids[0] == f"P{int(t[1:]):03d}" for t, ids in rnd.items())


def test_cafe_with_empty_seats_keeps_even_tables():
    result = plan_rotation(cafe(6, 5, 5, people=27), seed=0, time_limit=LONG)
    assert result.stats.coincidences == 0 and result.stats.proven_optimal
    for rnd in result.rounds:
        assert {len(ids) for ids in rnd.values()} <= {4, 5}
