"""Every refused input of the rotation engine: one clear sentence, in both languages."""

from __future__ import annotations

import math
import re

import pytest

from ui.text.messages import describe
from workshop.rotation import (PersonSpec, Problem, RotationError, TableSpec, plan_rotation,
                               problem_from_json)


def base(**extra) -> dict:
    data = {"rounds": 2, "tables": [{"id": "A", "capacity": 3}, {"id": "B", "capacity": 3}],
            "participants": [{"id": f"P{i}"} for i in range(4)]}
    data.update(extra)
    return data


def with_table(**fields) -> dict:
    data = base()
    data["tables"][0].update(fields)
    return data


def with_person(**fields) -> dict:
    data = base()
    data["participants"][0].update(fields)
    return data


REFUSED = [
    (with_table(accessible="false"), "not_bool"),          # a string, once read as true
    (with_person(needs_accessible="yes"), "not_bool"),
    (with_table(capacity=10 ** 9), "capacity_too_big"),    # once asked for 22 GiB
    (with_table(capacity=2 ** 31), "capacity_too_big"),    # once a traceback
    (with_table(capacity=0), "bad_capacity"),
    (with_table(capacity=4.0), "not_int"),
    (with_table(capacity=True), "not_int"),
    (base(rounds="4"), "not_int"),
    (base(rounds=41), "bad_rounds"),
    (base(rounds=0), "bad_rounds"),
    (base(tables="A"), "not_list"),
    (base(participants=None), "not_list"),
    ([1, 2], "not_object"),
    (base(colour="blue"), "unknown_key"),
    (with_table(seats=6), "unknown_key"),
    (with_person(needs_acessible=True), "unknown_key"),    # a typo must not be ignored
    (with_person(id=""), "not_text"),
    (with_person(category=3), "not_text"),
    (with_person(organisation=["x"]), "not_text"),
    (with_person(absent_rounds=[5]), "bad_absent"),
    (with_person(absent_rounds=[-1]), "bad_absent"),
    (with_person(absent_rounds="0"), "not_list"),
    (base(keep_apart=[["P0", "P0"]]), "pair_twice"),
    (base(keep_apart=[["P0"]]), "not_list"),
    (base(keep_together=[["P0", "P1", "P0"]]), "group_repeat"),
    (base(played=[{"A": ["P0", "P1", "P0"]}]), "played_twice"),
    (base(played=[{"A": ["P0"], "B": ["P0"]}]), "played_twice"),
    (base(played=[{"A": ["P0", "P1", "P2", "P3"]}]), "played_over"),
    (base(played=[["P0"]]), "not_object"),
    (base(priority="both"), "bad_priority"),
    (base(max_per_organisation=0), "bad_spread"),
    (base(max_per_organisation="2"), "not_int"),
    ({**base(), "participants": [{"id": "P0"}, {"id": "P0"}]}, "duplicate"),
]


def check_sentence(error: RotationError) -> None:
    french, english = describe(error, "fr"), describe(error, "en")
    assert french != english and not re.search(r"\{\w*\}", french + english)
    assert "Traceback" not in french and french.count("\n") == 0


@pytest.mark.parametrize("data, code", REFUSED)
def test_refused_inputs_say_why(data, code):
    with pytest.raises(RotationError) as info:
        plan_rotation(problem_from_json(data), time_limit=0.1)
    assert info.value.code == code
    check_sentence(info.value)


def test_python_problems_are_checked_too():
    problem = Problem(2, [TableSpec("A", capacity=3, accessible="false")],
                      [PersonSpec("P0")])
    with pytest.raises(RotationError) as info:
        plan_rotation(problem, time_limit=0.1)
    assert info.value.code == "not_bool"


@pytest.mark.parametrize("seed", [-1, 2 ** 32, True, "3", 1.5])
def test_bad_seeds(seed):
    with pytest.raises(RotationError) as info:
        plan_rotation(problem_from_json(base()), seed=seed, time_limit=0.1)
    assert info.value.code == "bad_seed"
    check_sentence(info.value)


@pytest.mark.parametrize("limit", [-1, math.nan, math.inf, 1e9, "2"])
def test_bad_time_limits(limit):
    with pytest.raises(RotationError) as info:
        plan_rotation(problem_from_json(base()), time_limit=limit)
    assert info.value.code == "bad_time_limit"
    check_sentence(info.value)


@pytest.mark.parametrize("data, code", [
    ({**base(max_per_organisation=1),
      "participants": [{"id": f"P{i}", "organisation": "bailleur"} for i in range(3)]},
     "organisation_many"),
    ({**base(max_per_organisation=1),
      "tables": [{"id": "A", "host": "P0"}, {"id": "B"}],
      "participants": [{"id": "P0", "organisation": "x"},
                       {"id": "P1", "organisation": "x", "pinned": "A"}]},
     "organisation_fixed"),
    ({**base(max_per_organisation=1, keep_together=[["P0", "P1"]]),
      "participants": [{"id": "P0", "organisation": "x"}, {"id": "P1", "organisation": "x"}]},
     "organisation_group"),
])
def test_organisation_rule_that_cannot_hold(data, code):
    with pytest.raises(RotationError) as info:
        plan_rotation(problem_from_json(data), time_limit=0.1)
    assert info.value.code == code
    check_sentence(info.value)


def test_capacity_is_a_maximum_not_an_allocation():
    """A table of 1000 seats plans as fast as one of 10: memory follows people."""
    data = with_table(capacity=1000)
    result = plan_rotation(problem_from_json(data), seed=0, time_limit=1.0)
    assert not result.stats.violations
