"""Precomputed designs: each table checked pair by pair, then through ``plan_rotation``."""

from __future__ import annotations

import numpy as np
import pytest

from tests.designs import meetings
from workshop.rotation import PersonSpec, Problem, TableSpec, plan_rotation
from workshop.rotation.designs import cafe_design, golfer_design
from workshop.rotation.tables import CAFE_6_4_6, GOLF_8_4_10, as_array

LONG = 60.0  # the plan stops at the bound long before; this only guards a slow machine


def cafe(tables: int, seats: int, rounds: int, themes: int, people: int | None = None,
         categories: bool = False) -> Problem:
    specs = [TableSpec(f"T{t + 1}", theme=f"th{t % themes}", host=f"P{t + 1:03d}",
                       capacity=seats) for t in range(tables)]
    cats = ["locataire", "accédant", "salarié"]
    persons = [PersonSpec(f"P{i + 1:03d}", category=cats[i % 3] if categories else "")
               for i in range(people or tables * seats)]
    return Problem(rounds, specs, persons)


def test_cafe_6_4_6_table_is_a_doubly_resolvable_packing():
    movers = as_array(CAFE_6_4_6)
    assert movers.shape == (6, 18)
    for row in movers:                       # each round: 3 movers at each table
        assert (np.bincount(row, minlength=6) == 3).all()
    for person in movers.T:                  # each mover: every table exactly once
        assert sorted(person) == list(range(6))
    count = meetings(movers)
    pairs = [(a, b) for a in range(18) for b in range(a + 1, 18)]
    assert all(count[a, b] <= 1 for a, b in pairs)
    assert sum(count[a, b] for a, b in pairs) == 36 * 3   # 36 triples, 3 pairs each
    for row in movers[:, 12:]:               # the last seat class: one per table
        assert sorted(row) == list(range(6))


def test_cafe_design_falls_back_on_the_table():
    movers = cafe_design(6, 4, 6)
    assert movers is not None and movers.shape == (6, 18)
    hosts = np.tile(np.arange(6), (6, 1))
    assert meetings(np.concatenate([hosts, movers], axis=1)).max() <= 1


def test_golfer_design_6_4_6_has_no_repeat():
    design = golfer_design(6, 4, 6)
    assert design.shape == (6, 24) and meetings(design).max() <= 1
    for row in design:
        assert (np.bincount(row, minlength=6) == 4).all()


@pytest.mark.parametrize("themes", [6, 3])
def test_cafe_6_4_6_reaches_zero_without_return(themes):
    result = plan_rotation(cafe(6, 4, 6, themes, categories=True), seed=2, time_limit=LONG)
    stats = result.stats
    assert stats.coincidences == 0 == stats.lower_bound and stats.proven_optimal
    assert stats.table_revisits == 0 and not stats.violations
    assert stats.min_themes_seen == themes
    for rnd in result.rounds:
        assert all(ids[0] == f"P{int(t[1:]):03d}" for t, ids in rnd.items())


def test_cafe_6_4_6_with_empty_seats_keeps_even_tables():
    result = plan_rotation(cafe(6, 4, 6, 3, people=22), seed=0, time_limit=LONG)
    assert result.stats.coincidences == 0 and result.stats.proven_optimal
    for rnd in result.rounds:
        assert {len(ids) for ids in rnd.values()} <= {3, 4}


def test_golfers_6_4_6_reach_zero_and_the_proof():
    problem = Problem(6, [TableSpec(f"G{g}", capacity=4) for g in range(6)],
                      [PersonSpec(f"P{i:02d}") for i in range(24)])
    stats = plan_rotation(problem, seed=0, time_limit=LONG).stats
    assert stats.coincidences == 0 == stats.lower_bound and stats.proven_optimal
    assert not stats.violations


def test_golf_8_4_10_table_meets_everyone_once_but_a_partner():
    design = as_array(GOLF_8_4_10)
    assert design.shape == (10, 32)
    for row in design:
        assert (np.bincount(row, minlength=8) == 4).all()
    count = meetings(design)
    for a in range(32):
        for b in range(a + 1, 32):
            assert count[a, b] == (0 if b == a ^ 6 else 1), (a, b)


def test_golfer_design_8_4_10_comes_from_the_table():
    design = golfer_design(8, 4, 10)
    assert design.shape == (10, 32) and meetings(design).max() <= 1


@pytest.mark.parametrize("seed", [0, 5])
def test_golfers_8_4_10_reach_zero_and_the_proof(seed):
    problem = Problem(10, [TableSpec(f"G{g}", capacity=4) for g in range(8)],
                      [PersonSpec(f"P{i:02d}") for i in range(32)])
    result = plan_rotation(problem, seed=seed, time_limit=LONG)
    stats = result.stats
    assert stats.coincidences == 0 == stats.lower_bound and stats.proven_optimal
    assert stats.repeat_pairs == 0 and not stats.violations
    for rnd in result.rounds:
        assert sorted(len(ids) for ids in rnd.values()) == [4] * 8


@pytest.mark.parametrize("shape", ["golf", "cafe"])
def test_keep_apart_pairs_land_on_points_that_never_meet(shape):
    if shape == "golf":
        problem = Problem(10, [TableSpec(f"G{g}", capacity=4) for g in range(8)],
                          [PersonSpec(f"P{i:03d}") for i in range(32)])
    else:
        problem = cafe(6, 4, 6, 3)
    apart = [("P010", "P011"), ("P013", "P020")]
    problem.keep_apart = apart
    result = plan_rotation(problem, seed=0, time_limit=LONG)
    assert result.stats.coincidences == 0 and result.stats.proven_optimal
    for rnd in result.rounds:
        for ids in rnd.values():
            assert not any(a in ids and b in ids for a, b in apart)
