"""Each layer keeps what the layer before it won (hypothesis, random rooms).

Layer 1 gives who meets whom; layer 2 (who takes which place) and layer 3
(which group sits at which table) may only improve their own figures, and
the final mixing swaps may only improve the mixing.
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_rotation_props import problems
from workshop.rotation import RotationError
from workshop.rotation.assign import assign_tables
from workshop.rotation.construct import initial_seats
from workshop.rotation.designs import design_seats
from workshop.rotation.labels import relabel_people
from workshop.rotation.model import build_model
from workshop.rotation.pairs import pair_summary
from workshop.rotation.plan import plan_seats, polish, quick_key
from workshop.rotation.search import Search
from workshop.rotation.sizes import table_sizes
from workshop.rotation.stats import _rule_checks, stats_of

SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


def first_layer(problem, seed):
    """A model and the constructed seating (layer 1), or None for an impossible problem."""
    try:
        model = build_model(problem)
    except RotationError:
        return None
    rng = np.random.default_rng(seed)
    return model, initial_seats(model, table_sizes(model), rng)


def figures(model, seats):
    stats = stats_of(model, seats)
    return stats, len(_rule_checks(model, seats))


@SETTINGS
@given(problems(), st.integers(0, 3))
def test_layer_2_changes_who_not_how_often(problem, seed):
    made = first_layer(problem, seed)
    if made is None:
        return
    model, seats = made
    before, broken = figures(model, seats)
    after_seats = relabel_people(model, seats, rng=np.random.default_rng(seed))
    after, broken_after = figures(model, after_seats)
    pairs_before, pairs_after = pair_summary(seats, model.t), pair_summary(after_seats, model.t)
    assert (pairs_after.histogram == pairs_before.histogram).all()   # every pair count kept
    assert (after.host_revisits, after.theme_revisits, after.table_revisits) == \
        (before.host_revisits, before.theme_revisits, before.table_revisits)
    assert after.min_themes_seen == before.min_themes_seen
    assert broken_after <= broken


@SETTINGS
@given(problems(), st.integers(0, 3))
def test_layer_3_never_gives_back_meetings_or_returns(problem, seed):
    made = first_layer(problem, seed)
    if made is None:
        return
    model, seats = made
    before, broken = figures(model, seats)
    after_seats = assign_tables(model, seats, tries=10, rng=np.random.default_rng(seed))
    after, broken_after = figures(model, after_seats)
    assert after.coincidences <= before.coincidences
    assert after.host_revisits <= before.host_revisits
    assert after.theme_revisits <= before.theme_revisits
    assert broken_after <= broken
    # who meets whom among people who move is untouched
    movers = np.flatnonzero(model.movable)
    same = pair_summary(seats[:, movers], model.t).histogram
    assert (pair_summary(after_seats[:, movers], model.t).histogram == same).all()


@SETTINGS
@given(problems(), st.integers(0, 3))
def test_the_search_and_the_last_layers_never_lose_the_first_seating(problem, seed):
    made = first_layer(problem, seed)
    if made is None:
        return
    model, _ = made
    outcome = plan_seats(model, seed, time_limit=60.0, max_moves=40)
    sizes = table_sizes(model)
    first = initial_seats(model, sizes, np.random.default_rng(seed))
    assert quick_key(model, outcome.seats) <= quick_key(model, first)


@SETTINGS
@given(problems(), st.integers(0, 3))
def test_mixing_swaps_only_mix(problem, seed):
    made = first_layer(problem, seed)
    if made is None:
        return
    model, seats = made
    search = Search(model, seats, table_sizes(model))
    before = search.key_of()
    polish(search)
    after = search.key_of()
    assert after[:-1] <= before[:-1] and after <= before


def test_design_labelling_keeps_the_design():
    """Layer 2 on a design: people on other points, the same pair counts."""
    from workshop.rotation import PersonSpec, Problem, TableSpec

    cats = ["locataire", "accédant", "salarié"]
    problem = Problem(5, [TableSpec(f"T{t}", theme=f"th{t % 3}", host=f"H{t}", capacity=5)
                          for t in range(6)],
                      [PersonSpec(f"H{t}") for t in range(6)]
                      + [PersonSpec(f"P{i}", category=cats[i % 3]) for i in range(24)],
                      keep_apart=[("P1", "P2"), ("P3", "P9")])
    model = build_model(problem)
    seats = design_seats(model, table_sizes(model), np.random.default_rng(0))
    assert seats is not None
    stats = stats_of(model, seats)
    assert stats.coincidences == 0 and stats.host_revisits == 0
    assert not _rule_checks(model, seats)          # keep-apart pairs on points that never meet
