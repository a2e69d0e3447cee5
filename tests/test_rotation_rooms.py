"""The real rooms of issue 18, each as a test.

Searches run on seeded move budgets (``max_moves``) with a long time limit
that only guards a very slow machine: the plans depend on the seed alone,
and no test asserts a timing.
"""

from __future__ import annotations

import numpy as np
import pytest

from ui.text.messages import describe
from workshop.rotation import (PersonSpec, Problem, TableSpec, evaluate, plan_rotation,
                               problem_from_json)

LONG = 120.0
CATS = ["locataire", "accédant", "salarié", "partenaire"]


def golfers(groups: int, size: int, rounds: int, capacity: int | None = None,
            themes: bool = False, priority: str = "themes") -> Problem:
    tables = [TableSpec(f"G{g}", theme=f"t{g}" if themes else None, capacity=capacity or size)
              for g in range(groups)]
    return Problem(rounds, tables, [PersonSpec(f"P{i:02d}") for i in range(groups * size)],
                   priority=priority)


def cafe(tables: int, seats: int, rounds: int, themes: int | None = None,
         capacity: int | None = None, people: int | None = None, kinds: int = 0) -> Problem:
    themes = themes or tables
    people = people or tables * seats
    specs = [TableSpec(f"T{t + 1}", theme=f"th{t % themes}", host=f"P{t + 1:03d}",
                       capacity=capacity or seats) for t in range(tables)]
    persons = [PersonSpec(f"P{i + 1:03d}", category=CATS[i * kinds // people] if kinds else "")
               for i in range(people)]
    return Problem(rounds, specs, persons)


def themes_of(problem: Problem, rounds, pid: str) -> list[str]:
    theme = {t.id: t.theme for t in problem.tables}
    return [theme[t] for rnd in rounds for t, ids in rnd.items() if pid in ids]


# -- spare chairs: capacity is a maximum --------------------------------------------------
@pytest.mark.parametrize("problem", [
    golfers(5, 3, 7, capacity=4),      # Kirkman's schoolgirls with a spare chair per table
    cafe(6, 4, 6, capacity=5),         # the stored 6 × 4 × 6 design with a spare chair
], ids=["golfers-15-5-7-spare", "cafe-6x4x6-spare"])
def test_spare_chairs_keep_the_designs(problem):
    stats = plan_rotation(problem, seed=0, time_limit=LONG, max_moves=0).stats
    assert stats.coincidences == 0 and stats.proven_optimal and not stats.violations


def test_categories_never_cost_a_repeat():
    """Café 6 × 5 × 5 with spare chairs and four categories: still no repeat."""
    result = plan_rotation(cafe(6, 5, 5, capacity=6, kinds=4), seed=0, time_limit=LONG,
                           max_moves=0)
    assert result.stats.coincidences == 0 and result.stats.proven_optimal


# -- a theme per table without capitaines -----------------------------------------------
def test_people_first_golfers_with_themes_meet_once_and_spread_themes():
    problem = golfers(6, 4, 6, themes=True, priority="people")
    stats = plan_rotation(problem, seed=0, time_limit=LONG, max_moves=50).stats
    assert stats.coincidences == 0 and stats.max_meetings == 1
    assert stats.min_themes_seen >= 4       # which group sits where was chosen for themes


# -- shared themes --------------------------------------------------------------------
def test_shared_themes_café_7x6x4_without_repeat():
    """3 themes over 7 tables: everyone sees the 3 themes and nobody meets twice."""
    result = plan_rotation(cafe(7, 6, 4, themes=3), seed=5, time_limit=LONG, max_moves=3000)
    stats = result.stats
    assert stats.min_themes_seen == 3 and stats.theme_revisits == stats.bounds.theme_revisits
    assert stats.coincidences == 0 and stats.host_revisits == 0 and stats.proven_optimal


# -- glued pairs and the two priorities ------------------------------------------------
def glued(priority: str) -> Problem:
    tables = [TableSpec(f"T{k + 1}", theme="AABC"[k], host=f"P{k + 1:03d}", capacity=9)
              for k in range(4)]
    return Problem(3, tables, [PersonSpec(f"P{i + 1:03d}") for i in range(28)],
                   priority=priority)


def test_themes_first_sees_every_theme_and_says_what_it_costs():
    stats = plan_rotation(glued("themes"), seed=0, time_limit=LONG, max_moves=600).stats
    assert stats.min_themes_seen == 3 and stats.theme_revisits == 0
    assert [c.code for c in stats.conflicts] == ["conflict_themes"]
    sentence = describe(stats.conflicts[0], "fr")
    assert "3 thèmes" in sentence and "paires" in sentence


def test_people_first_has_no_glued_pair():
    stats = plan_rotation(glued("people"), seed=0, time_limit=LONG, max_moves=600).stats
    assert stats.max_meetings <= 2 and stats.coincidences == stats.lower_bound
    assert [c.code for c in stats.conflicts] == ["conflict_people"]


# -- late arrivals ----------------------------------------------------------------------
def test_late_arrival_replanned_after_round_one_sees_new_themes():
    problem = cafe(4, 6, 3, themes=3, capacity=7)
    first = plan_rotation(problem, seed=0, time_limit=LONG, max_moves=300)
    problem.played = first.rounds[:1]
    problem.participants.append(PersonSpec("LATE", absent_rounds=[0]))
    again = plan_rotation(problem, seed=1, time_limit=LONG, max_moves=300)
    seen = themes_of(problem, again.rounds, "LATE")
    assert len(seen) == 2 and len(set(seen)) == 2
    assert again.rounds[:1] == first.rounds[:1] and not again.stats.violations


def test_late_arrival_sees_as_many_themes_as_rounds_attended():
    problem = cafe(12, 6, 4, themes=4, capacity=7)
    problem.participants.append(PersonSpec("LATE", absent_rounds=[0]))
    result = plan_rotation(problem, seed=0, time_limit=LONG, max_moves=300)
    seen = themes_of(problem, result.rounds, "LATE")
    assert len(seen) == 3 and len(set(seen)) == 3


# -- bounds belong to the problem ---------------------------------------------------------
def test_more_rounds_than_tables_forces_returns_and_says_so():
    problem = cafe(4, 6, 5)
    result = plan_rotation(problem, seed=0, time_limit=LONG, max_moves=200)
    bounds = result.stats.bounds
    assert bounds.host_revisits == 20          # 20 movers, 5 rounds, 4 tables: one return each
    assert bounds.coincidences >= 20 and bounds.max_meetings >= 2
    assert result.stats.host_revisits == 20
    assert "bound_host_returns" == bounds.reasons["host_revisits"].code
    assert describe(bounds.reasons["host_revisits"], "en")


def test_a_hand_swap_does_not_move_the_bound():
    problem = cafe(6, 5, 4)
    result = plan_rotation(problem, seed=0, time_limit=LONG, max_moves=0)
    rounds = [{t: list(ids) for t, ids in rnd.items()} for rnd in result.rounds]
    before = evaluate(problem, rounds)
    # send one person back to the table they sat at in round 1
    person = rounds[0]["T1"][1]
    there = next(t for t, ids in rounds[1].items() if person in ids)
    other = rounds[1]["T1"][1]
    rounds[1][there][rounds[1][there].index(person)] = other
    rounds[1]["T1"][1] = person
    after = evaluate(problem, rounds)
    assert after.host_revisits > before.host_revisits
    assert after.lower_bound == before.lower_bound and after.bounds.to_json() == \
        before.bounds.to_json()
    assert not after.proven_optimal


def test_the_search_stops_when_every_figure_is_at_its_bound():
    result = plan_rotation(cafe(42, 6, 4, themes=5, people=250), seed=0, time_limit=LONG,
                           max_moves=100_000)
    assert result.stats.proven_optimal and not result.stats.violations


# -- organisation spread --------------------------------------------------------------------
def test_at_most_k_people_of_one_organisation_per_table():
    data = cafe(6, 6, 4, themes=3, capacity=7).to_json()
    for i, person in enumerate(data["participants"]):
        person["organisation"] = f"résidence {i % 9}"
    data["max_per_organisation"] = 1
    problem = problem_from_json(data)
    result = plan_rotation(problem, seed=0, time_limit=LONG, max_moves=500)
    org = {p.id: p.organisation for p in problem.participants}
    assert not result.stats.violations
    for rnd in result.rounds:
        for ids in rnd.values():
            kinds = [org[p] for p in ids]
            assert max(kinds.count(k) for k in kinds) <= 1


# -- cancel --------------------------------------------------------------------------------
def test_cancel_really_stops_a_running_search():
    """Golfers 6-3-8 have no stored design: the search runs until told to stop."""
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) >= 5

    progress = []
    result = plan_rotation(golfers(6, 3, 8), seed=0, time_limit=LONG, cancel=cancel,
                           progress=lambda f, e: progress.append((f, e)))
    assert len(calls) == 5                       # polled between moves, obeyed at once
    assert len(result.rounds) == 8 and not result.stats.violations
    assert progress[-1] == (1.0, result.stats.coincidences)


def test_large_rooms_count_meetings_without_a_square_matrix():
    from workshop.rotation.model import build_model
    from workshop.rotation.search import DENSE_MAX, Search
    from workshop.rotation.sizes import table_sizes

    people = DENSE_MAX + 60
    problem = Problem(2, [TableSpec(f"G{t}", capacity=6) for t in range(people // 6)],
                      [PersonSpec(f"P{i}") for i in range(people)])
    result = plan_rotation(problem, seed=0, time_limit=LONG, max_moves=3)
    assert not result.stats.violations and result.stats.coincidences == 0
    model = build_model(problem)
    search = Search(model, np.zeros((2, people), dtype=np.int32) + np.arange(people) // 6,
                    table_sizes(model))
    assert not search.dense and not hasattr(search, "meet")
