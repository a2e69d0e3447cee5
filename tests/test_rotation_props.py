"""Hard rules on random problems (hypothesis): whatever the input, a plan
breaks no rule, its bound never exceeds its E, played rounds stay as they were."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ui.text.messages import describe
from workshop.rotation import (PersonSpec, Problem, RotationError, TableSpec, evaluate,
                               plan_rotation)

CATS = ["", "locataire", "salarié", "élu"]


@st.composite
def problems(draw) -> Problem:
    n_tables = draw(st.integers(1, 6))
    rounds = draw(st.integers(1, 5))
    people = [PersonSpec(f"P{i}", category=draw(st.sampled_from(CATS)))
              for i in range(draw(st.integers(1, 30)))]
    ids = [p.id for p in people]
    tables = []
    hosts = draw(st.lists(st.sampled_from(ids), max_size=n_tables, unique=True))
    for t in range(n_tables):
        tables.append(TableSpec(f"T{t}", theme=draw(st.sampled_from([None, "a", "b", "c"])),
                                host=hosts[t] if t < len(hosts) else None,
                                capacity=draw(st.integers(1, 8)),
                                accessible=draw(st.booleans())))
    for p in people:
        p.needs_accessible = draw(st.integers(0, 9)) == 0
        if draw(st.integers(0, 12)) == 0:
            p.pinned = f"T{draw(st.integers(0, n_tables - 1))}"
        p.absent_rounds = draw(st.lists(st.integers(0, rounds - 1), max_size=2))
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=3))
    apart = [(a, b) for a, b in pairs if a != b]
    group = draw(st.lists(st.sampled_from(ids), max_size=3, unique=True))
    together = [group] if len(group) >= 2 else []
    return Problem(rounds, tables, people, keep_apart=apart, keep_together=together)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(), st.integers(0, 3))
def test_plans_keep_every_hard_rule(problem, seed):
    try:
        result = plan_rotation(problem, seed=seed, time_limit=0.3)
    except RotationError as exc:
        assert describe(exc, "fr") and describe(exc, "en")
        return
    stats = result.stats
    hard = {v.code for v in stats.violations} - {"keep_apart"}
    assert not hard, [describe(v, "en") for v in stats.violations]
    bounds = stats.bounds
    assert stats.host_revisits >= bounds.host_revisits
    assert stats.theme_revisits >= bounds.theme_revisits
    assert stats.min_themes_seen <= bounds.min_themes_seen
    if stats.host_revisits == bounds.host_revisits or not bounds.strict:
        assert stats.lower_bound <= stats.coincidences
        assert bounds.max_meetings <= max(stats.max_meetings, 1)
    assert len(result.rounds) == problem.rounds
    again = evaluate(problem, result.rounds)
    assert again.coincidences == stats.coincidences
    assert again.bounds.to_json() == stats.bounds.to_json()
    assert stats.proven_optimal == (all(stats.at_bound().values()) and not stats.violations)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems(), st.integers(0, 3), st.data())
def test_replanning_never_changes_played_rounds(problem, seed, data):
    try:
        first = plan_rotation(problem, seed=seed, time_limit=0.2)
    except RotationError:
        return
    played = data.draw(st.integers(0, problem.rounds))
    problem.played = [dict(r) for r in first.rounds[:played]]
    if problem.participants and data.draw(st.booleans()):
        leaving = problem.participants.pop()
        problem.keep_apart = [p for p in problem.keep_apart if leaving.id not in p]
        problem.keep_together = [[m for m in g if m != leaving.id] for g in problem.keep_together]
        problem.keep_together = [g for g in problem.keep_together if len(g) >= 2]
        for table in problem.tables:
            if table.host == leaving.id:
                table.host = None
    try:
        again = plan_rotation(problem, seed=seed + 1, time_limit=0.2)
    except RotationError:
        return
    assert again.rounds[:played] == first.rounds[:played]
    stats = again.stats
    if stats.host_revisits == stats.bounds.host_revisits or not stats.bounds.strict:
        assert stats.lower_bound <= stats.coincidences
