"""Ideas: add, edit, move, merge with provenance and votes, split back, delete."""

from __future__ import annotations

import pytest

from ui.text.messages import describe
from workshop import ideas
from workshop.votes import ballots as votes
from workshop.ideas import IdeaError
from workshop.model import IdeaSource
from workshop.storage.store import WorkshopStore


@pytest.fixture
def ws(demo):
    demo.ideas.clear()
    demo.votes.clear()
    demo.tie_decisions.clear()
    demo.plan.actions.clear()
    return demo


def test_add_takes_the_table_theme_and_records_where(ws):
    item = ideas.add(ws, "  Des bancs   sous les tilleuls ", "T3", 1)
    assert item.text == "Des bancs sous les tilleuls"
    assert item.theme == "voisins"  # T3 discusses "voisins"
    assert (item.table, item.round) == ("T3", 1)
    assert item.sources == [IdeaSource("T3", 1)]
    other = ideas.add(ws, "Un panneau d'affichage", "T3", 1, theme="coop")
    assert other.theme == "coop"
    assert other.id != item.id


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("   ",), "empty_text"),
        (("x", "T99"), "unknown_table"),
        (("x", "T1", 7), "bad_round"),
        (("x", "T1", -1), "bad_round"),
        (("x", None, None, "nope"), "unknown_theme"),
    ],
)
def test_bad_ideas_are_refused_and_nothing_is_added(ws, args, code):
    with pytest.raises(IdeaError) as info:
        ideas.add(ws, *args)
    assert info.value.code == code
    assert describe(info.value, "fr") != str(info.value)  # a sentence, not a code
    assert ws.ideas == []


def test_edit_and_move_follow_the_whole_group(ws):
    a = ideas.add(ws, "Potager", "T1", 0)
    b = ideas.add(ws, "Jardin partagé", "T2", 1)
    ideas.merge(ws, [a.id, b.id])
    ideas.edit(ws, a.id, "Jardin partagé au pied des immeubles")
    ideas.move(ws, a.id, "voisins")
    assert a.text == "Jardin partagé au pied des immeubles"
    assert a.theme == b.theme == "voisins"
    with pytest.raises(IdeaError):
        ideas.edit(ws, a.id, "")
    with pytest.raises(IdeaError):
        ideas.move(ws, a.id, "nowhere")
    assert a.theme == "voisins"


def test_merge_keeps_provenance_and_votes_then_split_gives_them_back(ws):
    a = ideas.add(ws, "Des bancs", "T1", 0)
    b = ideas.add(ws, "Bancs dans la cour", "T2", 1)
    c = ideas.add(ws, "S'asseoir dehors", "T1", 2)
    votes.set_tally(ws, a.id, 3)
    votes.set_tally(ws, b.id, 2)
    votes.set_tally(ws, c.id, 1)
    merged = ideas.merge(ws, [a.id, b.id, c.id], text="Des bancs dans la cour")
    assert merged is a and a.text == "Des bancs dans la cour"
    assert [i.id for i in ideas.visible(ws)] == [a.id]
    assert a.sources == [IdeaSource("T1", 0), IdeaSource("T2", 1), IdeaSource("T1", 2)]
    label = ideas.provenance_label(ws, a)
    assert "Table 1" in label and "Table 2" in label and "tour 3" in label
    assert votes.idea_dots(ws) == {a.id: 6}
    released = ideas.split(ws, a.id)
    assert {i.id for i in released} == {b.id, c.id}
    assert votes.idea_dots(ws) == {a.id: 3, b.id: 2, c.id: 1}
    assert a.sources == [IdeaSource("T1", 0)]
    with pytest.raises(IdeaError) as info:
        ideas.split(ws, a.id)
    assert info.value.code == "not_merged"


def test_merge_of_a_merged_idea_and_merge_of_one_idea(ws):
    a = ideas.add(ws, "A", "T1", 0)
    b = ideas.add(ws, "B", "T2", 0)
    c = ideas.add(ws, "C", "T1", 1)
    ideas.merge(ws, [b.id, c.id])
    ideas.merge(ws, [a.id, b.id])
    assert [i.id for i in ideas.visible(ws)] == [a.id]
    assert len(a.sources) == 3
    assert ideas.root(ws, c.id) == a.id
    with pytest.raises(IdeaError) as info:
        ideas.merge(ws, [a.id, c.id])  # c is already inside a
    assert info.value.code == "merge_too_few"
    ideas.split(ws, a.id)
    assert [i.id for i in ideas.visible(ws)] == [a.id, b.id]
    assert len(b.sources) == 2  # b still holds c


def test_delete_removes_the_group_and_its_votes(ws):
    a = ideas.add(ws, "A", "T1", 0)
    b = ideas.add(ws, "B", "T2", 0)
    keep = ideas.add(ws, "K", "T3", 0)
    votes.set_tally(ws, b.id, 4)
    votes.set_tally(ws, keep.id, 2)
    ideas.merge(ws, [a.id, b.id])
    assert ideas.delete(ws, a.id) == 4
    assert [i.id for i in ws.ideas] == [keep.id]
    assert votes.idea_dots(ws) == {keep.id: 2}
    with pytest.raises(IdeaError):
        ideas.delete(ws, a.id)


def test_by_theme_counts_visible_ideas(ws):
    ideas.add(ws, "A", "T1", 0)
    b = ideas.add(ws, "B", "T2", 0)
    c = ideas.add(ws, "C", "T1", 1)
    ideas.add(ws, "Hors thème")
    ideas.merge(ws, [b.id, c.id])
    grouped = ideas.by_theme(ws)
    assert [len(grouped[t.id]) for t in ws.themes] == [2, 0, 0]
    assert [i.text for i in grouped[None]] == ["Hors thème"]


def test_merged_ideas_survive_the_file(tmp_path, ws):
    a = ideas.add(ws, "Des bancs", "T1", 0)
    b = ideas.add(ws, "Bancs", "T2", 1)
    votes.set_tally(ws, b.id, 5)
    ideas.merge(ws, [a.id, b.id])
    store = WorkshopStore(tmp_path / "a.json")
    store.save(ws)
    store.close()
    again = WorkshopStore(tmp_path / "a.json").load()
    assert again.ideas == ws.ideas
    assert votes.idea_dots(again) == {a.id: 5}
