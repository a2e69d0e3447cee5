"""Large events: a 400-person convention in 5 room files merged into one event (issue 19).

The rooms' files are written as their laptops would, then merged: twice
(the second merge changes nothing), after a room changed (what it brought
is replaced, what the event decided stays), with people registered in two
rooms (flagged, never merged), tallies summed over the rooms and a count
entered twice caught.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.convention import convention
from tests.said import raises_saying
from workshop import ideas as idea_ops
from workshop.event import across
from workshop.event.merge import EventError, merge_room, read_room, remove_room
from workshop.event.tallies import room_counts, set_room_tally
from workshop.model import Idea, IdeaSource, Participant, Vote, Workshop
from workshop.storage.serial import to_data
from workshop.storage.store import WorkshopStore
from workshop.validate import problems
from workshop.votes import ballots
from workshop.votes.counts import VoteError, double_tallies, idea_dots
from workshop.votes.results import TieError, make_actions, results, settle_by_decision


@pytest.fixture(scope="module")
def rooms() -> list[Workshop]:
    return convention(seat=False)


@pytest.fixture
def room_files(tmp_path: Path, rooms) -> list[Path]:
    paths = []
    for k, room in enumerate(rooms):
        path = tmp_path / f"salle-{k + 1}.cafe"
        store = WorkshopStore(path)
        store.save(room)
        store.close()
        paths.append(path)
    return paths


def merged(paths: list[Path], event: Workshop | None = None) -> Workshop:
    event = event or Workshop("convention", "Convention régionale 2027")
    for path in paths:
        merge_room(event, read_room(path), path.name)
    return event


def test_400_people_in_5_rooms_merged_twice_is_the_same_event(room_files):
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in room_files}
    beside = sorted(p.name for p in room_files[0].parent.iterdir())
    event = merged(room_files)
    once = to_data(event)
    assert len(event.participants) == 400 and len(event.rooms) == 5
    assert len(event.tables) == 75  # 15 groups a room
    assert sum(i.kind == "project" for i in event.ideas) == 75
    assert [t.title for t in event.themes] == ["Vivre ensemble", "Transition écologique",
                                              "Participation des habitants",
                                              "Coopérer entre coopératives"]
    reports = [merge_room(event, read_room(p), p.name) for p in room_files]
    assert to_data(event) == once  # idempotent: the same ids, nothing added
    for report in reports:
        assert not report.new_room
        assert all(c.added == c.removed == c.changed == 0 for c in report.counts.values())
        assert report.counts["participants"].total == 80
        assert report.counts["projects"].total == 15
    # a room's file is read, never written: same bytes, same time, nothing beside it
    for path, (raw, mtime) in before.items():
        assert (path.read_bytes(), path.stat().st_mtime_ns) == (raw, mtime)
    assert sorted(p.name for p in room_files[0].parent.iterdir()) == beside
    assert problems(event) == []


def test_provenance_room_group_round_of_every_idea(room_files):
    event = merged(room_files)
    item = idea_ops.idea(event, "S2.I04")
    assert across.sources(event, item) == [across.Source("Salle Loire", "Groupe 2", 0)]
    assert item.kind == "project" and item.description and item.practical
    table = event.table(item.table)
    assert table.theme_chosen and table.theme == item.theme  # the group's question


def test_people_in_two_rooms_are_flagged_never_merged(room_files):
    event = merged(room_files)
    flagged = across.possible_same_people(event)
    assert len(flagged) == 12  # 3 people in each of rooms 2–5 came to the room before too
    assert ["S1.P011", "S2.P001"] in flagged
    first, again = event.participant("S1.P011"), event.participant("S2.P001")
    assert first.full_name.casefold() == again.full_name.casefold()  # « INÈS » and « Inès »
    assert len(event.participants) == 400  # both kept
    report = merge_room(event, read_room(room_files[1]), room_files[1].name)
    assert len(report.same_people) == 6  # three from the room before, three in the room after


def test_tallies_are_summed_per_idea_over_the_rooms(room_files, rooms):
    event = merged(room_files)
    garden = [i for group in across.likely_duplicates(event) for i in group
              if "jardin" in idea_ops.idea(event, i).text.casefold()]
    assert len(garden) == 5  # « Créer un jardin partagé », « creer un JARDIN partage »…
    expected = sum(v.dots for k, room in enumerate(rooms) for v in room.votes
                   if f"S{k + 1}.{v.idea}" in garden)
    idea_ops.merge(event, garden)
    assert idea_dots(event)[garden[0]] == expected
    assert across.likely_duplicates(event) and all(
        garden[0] not in group for group in across.likely_duplicates(event))
    per_theme = {t.id: t.dots for t in results(event).themes}
    assert sum(per_theme.values()) == sum(v.dots for room in rooms for v in room.votes)


def test_a_count_entered_twice_by_one_room_is_caught(room_files, rooms):
    event = merged(room_files)
    (double,) = double_tallies(event)  # room 3's laptop has the first project twice
    assert (double.room, double.idea) == ("S3", "S3.I01")
    assert double.counts == ((rooms[2].votes[0].dots, True),) * 2
    res = results(event)
    assert res.doubles and not res.complete
    with raises_saying(TieError, "deux fois"):
        make_actions(event)
    set_room_tally(event, "S3", "S3.I01", rooms[2].votes[0].dots)  # keep one count
    assert double_tallies(event) == []
    merge_room(event, read_room(room_files[2]), room_files[2].name)  # the laptop's file again
    assert double_tallies(event) == []  # the count kept at the event stays
    assert room_counts(event, "S3")["S3.I01"] == rooms[2].votes[0].dots


def test_a_count_typed_at_the_event_then_brought_by_the_room_is_caught(tmp_path, rooms):
    room = convention(rooms=1, seat=False)[0]
    path = tmp_path / "salle.cafe"
    WorkshopStore(path).save(room)
    event = merged([path])
    set_room_tally(event, "S1", "S1.I03", 4)  # the room's count sheet, typed centrally
    room.votes.append(Vote("I03", 4))  # … and the room's laptop typed it too
    WorkshopStore(path).save(room)
    report = merge_room(event, read_room(path), path.name)
    assert [(d.idea, d.counts) for d in report.doubles] == [("S1.I03", ((4, False), (4, True)))]


def test_the_room_tallies_cannot_be_overwritten_by_the_whole_event_count(room_files):
    event = merged(room_files)
    with raises_saying(VoteError, "comptées dans les salles"):
        ballots.set_tally(event, "S1.I01", 3)


def test_merging_a_room_again_replaces_what_it_brought_and_keeps_the_event_decisions(
        room_files, rooms):
    event = merged(room_files)
    # at the event: a project of room 2 joins room 1's, an idea of room 1 moves theme
    idea_ops.merge(event, ["S1.I01", "S2.I01"])
    idea_ops.move(event, "S1.I02", "TH04")
    idea_ops.merge(event, ["S2.I05", "S1.I05"])  # room 1's idea into room 2's …
    room = read_room(room_files[1])  # … and room 2's laptop goes on:
    room.ideas = [i for i in room.ideas if i.id != "I05"]  # that idea deleted
    room.votes = [v for v in room.votes if v.idea != "I05"]
    room.participants.append(Participant("P081", "Arrivée", "Tardive"))
    room.ideas.append(Idea("I99", "Une idée de dernière minute", "TH01", "T01", 0,
                           [IdeaSource("T01", 0)]))
    room.votes[1].dots += 2
    report = merge_room(event, room, room_files[1].name)
    counts = report.counts
    assert (counts["participants"].added, counts["participants"].total) == (1, 81)
    assert (counts["ideas"].added, counts["ideas"].removed) == (1, 1)
    assert (counts["tallies"].added, counts["tallies"].removed) == (1, 2)
    assert report.released == [idea_ops.idea(event, "S1.I05").text]
    assert idea_ops.idea(event, "S1.I05").merged_into is None  # apart again, not lost
    assert idea_ops.idea(event, "S2.I01").merged_into == "S1.I01"  # the event's merge stays
    assert idea_ops.idea(event, "S1.I02").theme == "TH04"
    assert len(event.participants) == 401 and problems(event) == []


def test_a_room_taken_out_takes_everything_it_brought(room_files):
    event = merged(room_files)
    set_room_tally(event, "S4", "S1.I01", 3)  # room 4's count of a room-1 project
    report = remove_room(event, "S4")
    assert report.counts["participants"].removed == 80
    assert [r.key for r in event.rooms] == ["S1", "S2", "S3", "S5"]
    assert not any(v.room == "S4" for v in event.votes)
    again = merge_room(event, read_room(room_files[3]), room_files[3].name)
    assert again.new_room and again.key == "S4"  # the free key again


def test_an_event_is_not_a_room(room_files):
    event = merged(room_files[:2])
    with raises_saying(EventError, "lui-même un événement"):
        merge_room(Workshop("autre", "Autre"), event, "convention.cafe")


def test_the_n_winning_projects(room_files):
    event = merged(room_files)
    ballots.set_settings(event, rule="laureates", laureates=5)
    res = results(event)
    assert len(res.laureates) + sum(len(t.tied) for t in res.ties) >= 5
    assert all(idea_ops.idea(event, i.id).kind == "project" for i in res.laureates)
    dots = [i.dots for i in res.laureates]
    assert dots == sorted(dots, reverse=True)
    for tie in res.pending:
        assert tie.stage == "laureates"
        settle_by_decision(event, tie, tie.tied[:tie.places], "Tirage au sort en plénière")
    set_room_tally(event, "S3", "S3.I01", 1)  # the double of room 3 settled
    res = results(event)
    assert res.complete and len(res.laureates) == 5
    actions = make_actions(event)
    assert [a.title for a in actions] == [i.text for i in res.laureates]
    assert actions[0].description  # the project's description came along
