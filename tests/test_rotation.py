"""The rotation engine: known instances, bounds, re-planning, evaluate, adapters."""

from __future__ import annotations

import numpy as np
import pytest

from ui.text.messages import describe
from workshop.rotation import (PersonSpec, Problem, RotationError, TableSpec, evaluate,
                               plan_rotation, problem_from_json, problem_from_workshop)
from workshop.rotation.construct import field_tables, initial_seats
from workshop.rotation.model import build_model
from workshop.rotation.search import Search
from workshop.rotation.sizes import table_sizes

LONG = 60.0  # the search stops at the bound long before; this only guards a slow machine


def cafe(tables: int, seats: int, rounds: int, themes: int | None = None) -> Problem:
    themes = themes or tables
    specs = [TableSpec(f"T{t + 1}", theme=f"th{t % themes}", host=f"P{t + 1:03d}",
                       capacity=seats) for t in range(tables)]
    people = [PersonSpec(f"P{i + 1:03d}") for i in range(tables * seats)]
    return Problem(rounds, specs, people)


def golfers(groups: int, size: int, rounds: int) -> Problem:
    return Problem(rounds, [TableSpec(f"G{g}", capacity=size) for g in range(groups)],
                   [PersonSpec(f"P{i:02d}") for i in range(groups * size)])


def test_affine_plane_gives_zero_repeats_and_proof():
    result = plan_rotation(cafe(7, 7, 7), seed=3, time_limit=LONG)
    stats = result.stats
    assert (stats.coincidences, stats.table_revisits, stats.theme_revisits) == (0, 0, 0)
    assert stats.min_themes_seen == 7 and stats.proven_optimal and not stats.violations
    for rnd in result.rounds:
        assert all(ids[0] == f"P{int(t[1:]):03d}" for t, ids in rnd.items())  # host first


def test_forced_repeats_are_reached_and_explained_in_both_languages():
    stats = plan_rotation(cafe(5, 6, 4), seed=0, time_limit=LONG).stats
    assert stats.lower_bound == 30 and stats.coincidences == 30 and stats.proven_optimal
    assert stats.table_revisits == 0
    french = describe(stats.bound_reason, "fr")
    assert "tables de 6" in french and "5 tables" in french and "4 autres tables" in french
    assert "tables of 6" in describe(stats.bound_reason, "en")


def test_golfers_8_4_9_reach_zero_and_same_seed_gives_same_plan():
    first = plan_rotation(golfers(8, 4, 9), seed=5, time_limit=LONG)
    again = plan_rotation(golfers(8, 4, 9), seed=5, time_limit=LONG)
    assert first.stats.coincidences == 0 and first.stats.max_meetings == 1
    assert first.rounds == again.rounds


def test_large_event_without_hosts_is_even_and_repeat_free():
    specs = [TableSpec(f"G{t}", capacity=6) for t in range(70)]
    problem = Problem(4, specs, [PersonSpec(f"P{i:03d}") for i in range(400)])
    result = plan_rotation(problem, seed=1, time_limit=LONG)
    assert result.stats.coincidences == 0 and not result.stats.violations
    for rnd in result.rounds:
        assert {len(ids) for ids in rnd.values()} == {5, 6}


def test_replan_keeps_played_rounds_and_history():
    problem = cafe(6, 5, 4)
    first = plan_rotation(problem, seed=0, time_limit=LONG)
    problem.played = first.rounds[:2]
    leaving = {"P010", "P020"}
    problem.participants = [p for p in problem.participants if p.id not in leaving]
    problem.participants += [PersonSpec("N1"), PersonSpec("N2", needs_accessible=True)]
    again = plan_rotation(problem, seed=9, time_limit=LONG)
    assert again.rounds[:2] == first.rounds[:2]
    later = [p for rnd in again.rounds[2:] for ids in rnd.values() for p in ids]
    assert not leaving & set(later) and {"N1", "N2"} <= set(later)
    assert again.stats.table_revisits == 0 and not again.stats.violations
    assert again.stats.coincidences >= again.stats.lower_bound


def test_categories_are_mixed_at_every_table():
    problem = cafe(20, 6, 4, themes=5)
    cats = ["locataire", "accédant", "salarié", "élu"]
    for i, person in enumerate(problem.participants):
        person.category = cats[i * 4 // len(problem.participants)]  # blocks, not interleaved
    result = plan_rotation(problem, seed=2, time_limit=LONG)
    by_id = {p.id: p.category for p in problem.participants}
    assert result.stats.coincidences == 0
    for rnd in result.rounds:
        for ids in rnd.values():
            assert max(sum(by_id[p] == c for p in ids) for c in cats) <= 2  # 6 seats, 4 kinds


def test_cancel_and_progress():
    calls = []
    result = plan_rotation(golfers(8, 4, 10), seed=0, time_limit=LONG,
                           progress=lambda f, e: calls.append((f, e)), cancel=lambda: True)
    assert result.stats.seconds < LONG and len(result.rounds) == 10
    assert not result.stats.violations
    assert calls and calls[-1][0] == 1.0 and calls[-1][1] == result.stats.coincidences


def test_evaluate_reports_every_broken_rule():
    problem = problem_from_json({
        "rounds": 1,
        "tables": [{"id": "A", "host": "h", "capacity": 4},
                   {"id": "B", "capacity": 2, "accessible": False}],
        "participants": [{"id": "h"}, {"id": "x", "needs_accessible": True}, {"id": "y"},
                         {"id": "z"}, {"id": "u"}, {"id": "w", "pinned": "A"}],
        "keep_apart": [["y", "z"]], "keep_together": [["u", "y"]]})
    stats = evaluate(problem, [{"A": ["y", "z", "x", "x"], "B": ["h", "w", "u", "ghost"]}])
    codes = {v.code for v in stats.violations}
    assert codes == {"host_moved", "pinned_moved", "keep_apart", "keep_together",
                     "over_capacity", "seated_twice", "unknown_person"}
    assert all(describe(v, "fr") and describe(v, "en") for v in stats.violations)
    assert not stats.proven_optimal
    stats = evaluate(problem, [{"A": ["h", "w"], "B": ["x", "y"]}])
    assert {v.code for v in stats.violations} == {"missing", "not_accessible"}


def test_evaluate_counts_like_the_definition():
    problem = golfers(2, 2, 3)
    rounds = [{"G0": ["P00", "P01"], "G1": ["P02", "P03"]}] * 3
    stats = evaluate(problem, rounds)
    assert (stats.coincidences, stats.repeat_pairs, stats.max_meetings) == (6, 2, 3)
    assert stats.table_revisits == 8 and stats.lower_bound <= 6


@pytest.mark.parametrize("data, code", [
    ({"rounds": 2, "tables": [{"id": "A", "capacity": 2}], "participants": [
        {"id": "x"}, {"id": "y"}, {"id": "z"}]}, "few_seats"),
    ({"rounds": 2, "tables": [{"id": "A", "capacity": 2}, {"id": "B", "capacity": 2}],
      "participants": [{"id": "x"}, {"id": "y"}, {"id": "z"}],
      "keep_together": [["x", "y", "z"]]}, "group_too_big"),
    ({"rounds": 2, "tables": [{"id": "A", "capacity": 4}, {"id": "B", "accessible": False}],
      "participants": [{"id": f"p{i}", "needs_accessible": True} for i in range(5)]},
     "few_accessible"),
    ({"rounds": 2, "tables": [{"id": "A"}], "participants": [{"id": "x"}],
      "keep_apart": [["x", "nobody"]]}, "unknown_person"),
    ({"rounds": 2, "tables": [{"id": "A", "host": "x"}, {"id": "B"}],
      "participants": [{"id": "x", "pinned": "B"}]}, "host_pinned"),
    ({"rounds": 2, "tables": [{"id": "A"}], "participants": [{"id": "x", "pinned": "Z"}]},
     "unknown_table"),
    ({"rounds": 2, "tables": [{"id": "A", "host": "x"}],
      "participants": [{"id": "x"}, {"id": "y", "pinned": "A"}],
      "keep_apart": [["x", "y"]]}, "fixed_apart"),
    ({"rounds": 0, "tables": [{"id": "A"}], "participants": []}, "bad_rounds"),
    ({"rounds": 2, "tables": "A", "participants": []}, "not_list"),
    ({"rounds": 1, "tables": [{"id": "A"}], "participants": [],
      "played": [{"A": []}, {"A": []}]}, "played_too_many"),
])
def test_impossible_problems_say_why(data, code):
    with pytest.raises(RotationError) as info:
        plan_rotation(problem_from_json(data), time_limit=0.1)
    assert info.value.code == code
    french, english = describe(info.value, "fr"), describe(info.value, "en")
    assert french != english and "{" not in french + english


def test_problem_from_workshop(demo):
    problem = problem_from_workshop(demo)
    assert problem.rounds == demo.rotation.round_count
    assert [t.host for t in problem.tables] == [t.host for t in demo.tables]
    assert len(problem.participants) == len(demo.participants)
    assert problem.keep_apart == [("P02", "P04")]
    demo.participants[1].present = True
    present = problem_from_workshop(demo, only_present=True)
    hosts = {t.host for t in demo.tables}
    assert {p.id for p in present.participants} == hosts | {demo.participants[1].id}
    result = plan_rotation(problem, time_limit=LONG)
    assert not result.stats.violations and result.stats.coincidences == 0
    assert result.stats.theme_revisits == 0


def test_problem_json_round_trip():
    problem = cafe(3, 4, 2)
    problem.keep_apart = [("P004", "P005")]
    problem.played = [{"T1": ["P001", "P004"]}]
    assert problem_from_json(problem.to_json()) == problem


@pytest.mark.parametrize("q", [4, 5, 8, 9])
def test_finite_fields(q):
    add, mul = field_tables(q)
    for a in range(1, q):
        assert sorted(mul[a]) == list(range(q))  # every non-zero element has an inverse
    x = np.arange(q)
    assert np.array_equal(mul[2][add[3][x]], add[mul[2][3]][mul[2][x]])  # distributive


def _soft_cost(search: Search) -> int:
    """The weighted soft cost, counted from the parts (what the deltas predict)."""
    w, p = search.weights, search.parts
    return (w["host"] * p["host"] + w["theme"] * p["theme"] + w["fair"] * p["fair"]
            + w["glue"] * search.glue + w["e"] * search.e + w["low"] * p["low"])


@pytest.mark.parametrize("dense", [True, False])
@pytest.mark.parametrize("priority", ["themes", "people"])
def test_move_deltas_match_a_full_recount(dense, priority):
    """Swaps and moves: predicted changes are exact, counters match a recount."""
    rng = np.random.default_rng(4)
    tables = [TableSpec(f"T{t}", theme=f"th{t % 3}" if t != 4 else None,
                        host=f"P{t}" if t < 3 else None, capacity=7, accessible=t % 2 == 0)
              for t in range(6)]
    people = [PersonSpec(f"P{i}", category="abc"[i % 3] if i % 4 else "",
                         needs_accessible=i == 7, organisation="xyz"[i % 3] if i % 5 else "")
              for i in range(27)]
    problem = Problem(4, tables, people, keep_apart=[("P5", "P6"), ("P8", "P9")],
                      played=[{"T0": ["P0", "P5", "P6"], "T1": ["P1", "P8"]}],
                      priority=priority, max_per_organisation=2)
    model = build_model(problem)
    sizes = table_sizes(model)
    search = Search(model, initial_seats(model, sizes, rng), sizes, dense=dense)
    for _ in range(300):
        r = search.future[rng.integers(len(search.future))]
        row = search.seats[r]
        movers = np.flatnonzero(search.single & (row >= 0))
        p = movers[rng.integers(movers.size)]
        cand = movers[row[movers] != row[p]]
        hard, soft = search.batch_deltas(r, np.array([p]), cand)
        if search.stacked:
            hard2, soft2 = search.deltas_rounds(np.array([r]), np.array([[p]]),
                                                np.flatnonzero(search.single))
            where = np.searchsorted(np.flatnonzero(search.single), cand)
            assert (hard2[0, 0, where] == hard[0]).all() and (soft2[0, 0, where] == soft[0]).all()
        j = rng.integers(cand.size)
        before_hard, before_soft = search.hard, _soft_cost(search)
        search.swap(r, int(p), int(cand[j]))
        assert search.hard - before_hard == hard[0, j]
        assert _soft_cost(search) - before_soft == soft[0, j]
        assert search.parts == search.recount()
        if rng.integers(4) == 0:
            hard, soft, allowed = search.relocate_deltas(r, np.array([p]))
            t = int(rng.integers(model.t))
            if t != search.seats[r, p]:
                before_hard, before_soft = search.hard, _soft_cost(search)
                search.relocate(r, int(p), t)
                assert search.hard - before_hard == hard[0, t]
                assert _soft_cost(search) - before_soft == soft[0, t]
                assert search.parts == search.recount()
    fresh = Search(model, search.seats, sizes, dense=dense)
    assert fresh.figures() == search.figures()



def test_categories_mixed_with_keep_apart_pairs():
    """Once E is at the bound the polish still mixes: at most 2 of a kind at a table of 6."""
    problem = cafe(20, 6, 4, themes=5)
    cats = ["locataire", "accédant", "salarié", "partenaire"]
    for i, person in enumerate(problem.participants):
        person.category = cats[(i * 7) % 4]
    problem.keep_apart = [(f"P{21 + 2 * k:03d}", f"P{22 + 2 * k:03d}") for k in range(10)]
    result = plan_rotation(problem, seed=0, time_limit=LONG)
    by_id = {p.id: p.category for p in problem.participants}
    assert result.stats.coincidences == 0 and not result.stats.violations
    for rnd in result.rounds:
        for ids in rnd.values():
            assert max(sum(by_id[p] == c for p in ids) for c in cats) <= 2
