"""Consistency checks of a workshop, with sentences a facilitator reads."""

from __future__ import annotations

from ui.text.messages import describe
from workshop.model import Participant, Round, Table
from workshop.validate import ValidationError, check, problems


def codes(ws):
    return [p.code for p in problems(ws)]


def test_demo_is_sound(demo):
    assert problems(demo) == []
    check(demo)


def test_duplicate_participant_id(demo):
    demo.participants.append(Participant("P01", "Doublon"))
    (problem,) = problems(demo)
    assert problem.code == "duplicate_id"
    assert "P01" in describe(problem, "fr") and "participant" in describe(problem, "fr")


def test_host_not_a_participant(demo):
    demo.tables[0].host = "P404"
    assert codes(demo) == ["unknown_host"]
    assert "Table 1" in str(problems(demo)[0])


def test_one_person_hosting_two_tables(demo):
    demo.tables[1].host = demo.tables[0].host
    (problem,) = problems(demo)
    assert problem.code == "host_twice"
    assert "Hélène Moreau" in describe(problem, "fr")
    assert "hosts two tables" in describe(problem, "en")


def test_unknown_theme_and_bad_capacity(demo):
    demo.tables[2].theme = "nope"
    demo.tables[3].capacity = 0
    assert sorted(codes(demo)) == ["bad_capacity", "unknown_theme"]


def test_seating_refers_to_unknown_people_and_tables(demo):
    demo.rotation.rounds = [Round({"T1": ["P01", "ghost"], "T99": []})]
    assert sorted(codes(demo)) == ["seat_table_unknown", "seat_unknown"]


def test_pin_to_unknown_table(demo):
    demo.participants[3].pinned = "T42"
    assert codes(demo) == ["unknown_pin"]


def test_check_raises_the_first_problem(demo):
    demo.tables.append(Table("T1", "Encore T1"))
    try:
        check(demo)
    except ValidationError as exc:
        assert exc.code == "duplicate_id"
    else:
        raise AssertionError("check accepted a duplicate table id")


def test_vote_problems(demo):
    from workshop.model import ThemeVote, TieDecision

    demo.votes[0].dots = -2
    demo.theme_votes = [ThemeVote("ghost-theme", 3)]
    demo.tie_decisions = [TieDecision("D9", "actions", tied=["I-gone"], theme="cadre")]
    found = sorted(codes(demo))
    assert found == ["negative_dots", "unknown_theme_ref", "unknown_tied"]


def test_unknown_step_kind(demo):
    demo.agenda[0].kind = "apéro"
    (problem,) = problems(demo)
    assert problem.code == "unknown_step_kind" and "apéro" in describe(problem, "fr")
