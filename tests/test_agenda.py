"""The run of show: default steps, edits, end time, what each step shows."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.said import raises_saying
from ui.text.messages import describe
from workshop import agenda
from workshop.agenda import AgendaError
from workshop.model import Round


def seat_round(ws, k: int) -> None:
    """A simple seating for round ``k``: people dealt round-robin to the tables."""
    while len(ws.rotation.rounds) <= k:
        ws.rotation.rounds.append(Round())
    seating = {t.id: [] for t in ws.tables}
    for i, person in enumerate(ws.participants):
        seating[ws.tables[(i + k) % len(ws.tables)].id].append(person.id)
    ws.rotation.rounds[k].seating = seating


def test_default_agenda_follows_the_rotation(demo):
    demo.rotation.rounds = []  # not planned yet: the round count decides
    demo.rotation.round_count = 4
    demo.rotation.round_minutes = 18
    steps = agenda.build_agenda(demo)
    kinds = [s.kind for s in steps]
    # the demo carries last year's actions: the café opens with their bilan
    assert kinds == ["welcome", "bilan", "introduction", "round", "transition", "round",
                     "transition", "round", "transition", "round", "plenary", "vote", "closing"]
    assert [s.minutes for s in steps] == [15, 15, 10, 18, 3, 18, 3, 18, 3, 18, 30, 15, 10]
    assert [s.title for s in steps if s.kind == "round"] == ["Tour 1", "Tour 2", "Tour 3", "Tour 4"]
    assert [s.round_index for s in steps if s.kind == "transition"] == [1, 2, 3]
    assert len({s.id for s in steps}) == len(steps)
    assert agenda.total_minutes(steps) == 15 + 15 + 10 + 4 * 18 + 3 * 3 + 30 + 15 + 10


def test_planned_rounds_win_over_the_setting(demo):
    demo.rotation.rounds = []
    demo.rotation.round_count = 5
    for k in range(2):
        seat_round(demo, k)
    steps = agenda.build_agenda(demo, titles={"round": "Round {n}"})
    assert [s.title for s in steps if s.kind == "round"] == ["Round 1", "Round 2"]


def test_edit_steps(demo):
    demo.agenda = agenda.build_agenda(demo)
    step = agenda.add_step(demo, "plenary", "  Pause café ", minutes=12, index=2)
    assert demo.agenda[2] is step and step.title == "Pause café" and step.minutes == 12
    agenda.update_step(demo, step.id, title="Pause", minutes=7, kind="welcome")
    assert (step.title, step.minutes, step.kind) == ("Pause", 7, "welcome")
    agenda.move_step(demo, step.id, -5)
    assert demo.agenda[0] is step
    agenda.remove_step(demo, step.id)
    assert step not in demo.agenda


@pytest.mark.parametrize("minutes", [0, -3, 601, 2.5, "10", True])
def test_bad_minutes_are_refused_with_a_sentence(demo, minutes):
    demo.agenda = agenda.build_agenda(demo)
    before = [s.minutes for s in demo.agenda]
    with pytest.raises(AgendaError) as info:
        agenda.update_step(demo, demo.agenda[0].id, minutes=minutes)
    assert "entre 1 et 600" in describe(info.value, "fr")
    assert [s.minutes for s in demo.agenda] == before


def test_unknown_kind_and_step(demo):
    with raises_saying(AgendaError, "inconnu"):
        agenda.add_step(demo, "party")
    with raises_saying(AgendaError, "n'existe plus"):
        agenda.update_step(demo, "nope", title="x")


def test_removing_a_step_before_the_current_one_keeps_the_show_on_it(demo):
    demo.agenda = agenda.build_agenda(demo)
    demo.show.step = 4
    current = demo.agenda[4]
    agenda.remove_step(demo, demo.agenda[1].id)
    assert agenda.current_step(demo) is current


@pytest.mark.parametrize("text, expected", [("14:00", (14, 0)), ("9h", (9, 0)),
                                            ("14h30", (14, 30)), (" 8.05 ", (8, 5)), ("", None)])
def test_parse_start(text, expected):
    assert agenda.parse_start(text) == expected


@pytest.mark.parametrize("text", ["25:00", "midi", "14:75", "14:3"])
def test_parse_start_refuses(text):
    with raises_saying(AgendaError, "illisible"):
        agenda.parse_start(text)


def test_expected_end_before_and_during_the_show(demo):
    demo.agenda = agenda.build_agenda(demo)   # 15+15+10+3×20+2×3+30+15+10 = 161 minutes
    demo.show.planned_start = "14h00"
    now = datetime(2026, 12, 5, 9, 12, 40)
    assert agenda.expected_end(demo, now) == datetime(2026, 12, 5, 16, 41)
    demo.show.step = len(demo.agenda) - 2            # vote, 15 minutes, then closing 10
    assert agenda.expected_end(demo, now, remaining_s=300) == datetime(2026, 12, 5, 9, 27, 40)
    assert agenda.expected_end(demo, now, remaining_s=-60) == datetime(2026, 12, 5, 9, 22, 40)


def test_round_position_and_next_round(demo):
    demo.rotation.rounds = []  # not planned yet: the round count decides
    demo.rotation.round_count = 4
    demo.agenda = agenda.build_agenda(demo)
    rounds = [s for s in demo.agenda if s.kind == "round"]
    assert agenda.round_position(demo, rounds[1]) == (2, 4)
    transition = next(s for s in demo.agenda if s.kind == "transition")
    assert agenda.next_round_index(demo, transition) == 1
    transition.round_index = None                    # a hand-made step: take the next round
    assert agenda.next_round_index(demo, transition) == 1


def test_who_goes_where_is_alphabetical_and_complete(demo):
    seat_round(demo, 1)
    pairs = agenda.who_goes_where(demo, 1)
    assert len(pairs) == len(demo.participants)
    keys = [agenda.name_key(p.first_name + " " + p.last_name) for p, _ in pairs]
    assert keys == sorted(keys)
    seated = {pid: tid for tid, pids in demo.rotation.rounds[1].seating.items() for pid in pids}
    assert all(seated[p.id] == t.id for p, t in pairs)
    assert agenda.who_goes_where(demo, 7) == []


def test_name_key_ignores_accents_and_case():
    names = ["Zoé", "élodie", "Œlian", "Emma", "Éric", "Agnès", "Océane"]
    assert sorted(names, key=agenda.name_key) == [
        "Agnès", "élodie", "Emma", "Éric", "Océane", "Œlian", "Zoé"]


def test_table_topics(demo):
    topics = agenda.table_topics(demo)
    assert topics and all(t.question for t in topics)
    assert topics[0].table == demo.tables[0].name
