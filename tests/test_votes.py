"""Votes: tallies, limits, both modes, two stages, every tie case, actions."""

from __future__ import annotations

import pytest

from ui.text.messages import describe
from workshop import ideas
from workshop.votes import ballots as votes
from workshop.votes import results as vr
from workshop.model import Action, Theme
from workshop.storage.store import WorkshopStore
from workshop.votes.results import TieError
from workshop.votes.ballots import VoteError


@pytest.fixture
def ws(demo):
    """The demo room with a fourth theme and no ideas or votes yet."""
    demo.ideas.clear()
    demo.votes.clear()
    demo.theme_votes.clear()
    demo.tie_decisions.clear()
    demo.plan.actions.clear()
    demo.themes.append(Theme("mobilite", "Mobilité et stationnement"))
    demo.tables[1].theme = "mobilite"  # T2 now talks about parking
    for person in demo.participants[:20]:
        person.present = True
    return demo


def add_ideas(ws, table, dots):
    """One idea per count at ``table``; returns their ids and sets paper tallies."""
    made = []
    for n, count in enumerate(dots):
        item = ideas.add(ws, f"{table} idée {n + 1}", table, 0)
        votes.set_tally(ws, item.id, count)
        made.append(item.id)
    return made


# -- counts and settings ---------------------------------------------------------
@pytest.mark.parametrize("text", ["douze", "3.5", "2 gommettes", "1e3", True])
def test_text_in_a_count_field_is_refused(text):
    with pytest.raises(VoteError) as info:
        votes.parse_count(text)
    assert info.value.code == "not_a_number"
    assert "nombre" in describe(info.value, "fr")


def test_counts_accept_spaces_and_empty():
    assert votes.parse_count(" 12 ") == 12
    assert votes.parse_count("") == 0
    assert votes.parse_count("1\u202f200") == 1200


def test_negative_and_absurd_tallies_record_nothing(ws):
    (a,) = add_ideas(ws, "T1", [4])
    for bad, code in (("-2", "negative"), (-1, "negative"), ("999999", "too_large"), ("x", "not_a_number")):
        with pytest.raises(VoteError) as info:
            votes.set_tally(ws, a, bad)
        assert info.value.code == code
    assert votes.idea_dots(ws) == {a: 4}


def test_settings_are_checked_all_before_any_is_set(ws):
    votes.set_settings(ws, dots_per_participant="3", themes_kept=2, two_stage=True, mode="individual")
    s = ws.vote_settings
    assert (s.dots_per_participant, s.themes_kept, s.two_stage, s.mode) == (3, 2, True, "individual")
    with pytest.raises(VoteError) as info:
        votes.set_settings(ws, actions_per_theme=1, dots_per_participant=0)
    assert info.value.code == "bad_setting"
    assert s.actions_per_theme == 2 and s.dots_per_participant == 3
    with pytest.raises(VoteError):
        votes.set_settings(ws, themes_kept="trois")
    with pytest.raises(VoteError):
        votes.set_settings(ws, mode="magic")


# -- paper tally -------------------------------------------------------------------
def test_paper_tally_replaces_and_warns_above_dots_times_present(ws):
    a, b = add_ideas(ws, "T1", [10, 20])
    votes.set_tally(ws, a, 30)
    assert votes.idea_dots(ws)[a] == 30
    assert votes.warnings(ws) == []  # 50 dots, 20 present × 5 = 100
    votes.set_tally(ws, b, 71)
    found = votes.warnings(ws)
    assert [w.code for w in found] == ["over_total"]
    assert "101" in str(found[0]) and "100" in str(found[0])
    ws.vote_settings.several_dots_per_idea = False
    assert "over_people" in [w.code for w in votes.warnings(ws)]


def test_nobody_present_checks_against_everyone(ws):
    for p in ws.participants:
        p.present = False
    add_ideas(ws, "T1", [149])
    assert [w.code for w in votes.warnings(ws)] == ["nobody_present"]
    add_ideas(ws, "T3", [2])
    assert [w.code for w in votes.warnings(ws)] == ["nobody_present", "over_total"]


# -- individual votes ---------------------------------------------------------------
def test_individual_votes_enforce_the_per_person_limit(ws):
    ws.vote_settings.mode = "individual"
    a, b, c = add_ideas(ws, "T1", [0, 0, 0])
    votes.set_person_votes(ws, "P02", {a: 3, b: 2})
    with pytest.raises(VoteError) as info:
        votes.set_person_votes(ws, "P03", {a: 4, c: "2"})
    assert info.value.code == "over_limit"
    message = describe(info.value, "fr")
    assert "Françoise Leroy" in message and "1" in message
    assert votes.person_votes(ws, "P03") == {}
    votes.set_person_votes(ws, "P02", {c: 1})  # replaces P02's dots
    assert votes.idea_dots(ws) == {a: 0, b: 0, c: 1}
    ws.vote_settings.several_dots_per_idea = False
    with pytest.raises(VoteError) as info:
        votes.set_person_votes(ws, "P04", {a: 2})
    assert info.value.code == "one_per_idea"
    with pytest.raises(VoteError):
        votes.set_person_votes(ws, "P99", {a: 1})
    with pytest.raises(VoteError):
        votes.set_person_votes(ws, "P04", {a: -1})
    assert votes.person_votes(ws, "P04") == {}


def test_only_the_votes_of_the_current_mode_count(ws):
    (a,) = add_ideas(ws, "T1", [7])
    ws.vote_settings.mode = "individual"
    votes.set_person_votes(ws, "P02", {a: 2})
    assert votes.idea_dots(ws) == {a: 2}
    ws.vote_settings.mode = "paper"
    assert votes.idea_dots(ws) == {a: 7}
    votes.clear(ws)
    assert votes.idea_dots(ws) == {a: 0}
    ws.vote_settings.mode = "individual"
    assert votes.idea_dots(ws) == {a: 2}


def test_merging_after_individual_votes_keeps_each_dot(ws):
    ws.vote_settings.mode = "individual"
    a, b = add_ideas(ws, "T1", [0, 0])
    votes.set_person_votes(ws, "P02", {a: 1, b: 2})
    ideas.merge(ws, [a, b])
    assert votes.idea_dots(ws) == {a: 3}
    assert votes.person_votes(ws, "P02") == {a: 3}


# -- the rule -------------------------------------------------------------------------
def test_three_themes_and_two_actions_without_ties(ws):
    add_ideas(ws, "T1", [9, 7, 1])     # cadre 17
    add_ideas(ws, "T2", [3, 2])        # mobilite 5
    add_ideas(ws, "T3", [8, 4, 2])     # voisins 14
    add_ideas(ws, "T5", [6, 5, 0])     # coop 11
    res = vr.results(ws)
    assert [(t.id, t.dots, t.kept) for t in res.themes] == [
        ("cadre", 17, True), ("voisins", 14, True), ("coop", 11, True), ("mobilite", 5, False)]
    assert res.ties == [] and res.complete
    assert [(t.id, i.dots) for t, i in res.actions()] == [
        ("cadre", 9), ("cadre", 7), ("voisins", 8), ("voisins", 4), ("coop", 6), ("coop", 5)]
    assert res.themes[3].ideas[0].kept is False  # shown, with its dots, not kept
    made = vr.make_actions(ws)
    assert len(made) == 6 and len({a.id for a in made}) == 6
    assert made[0].title == "T1 idée 1" and made[0].theme == "cadre"


def test_tie_at_the_theme_cut_is_reported_and_settled_by_runoff(ws):
    add_ideas(ws, "T1", [10])
    add_ideas(ws, "T3", [8])
    add_ideas(ws, "T5", [5])
    add_ideas(ws, "T2", [5])
    res = vr.results(ws)
    (tie,) = res.ties
    assert (tie.stage, sorted(tie.tied), tie.places, tie.dots) == ("themes", ["coop", "mobilite"], 1, 5)
    assert not res.complete
    assert {t.id for t in res.themes if t.kept} == {"cadre", "voisins"}
    with pytest.raises(TieError) as info:
        vr.make_actions(ws)
    assert info.value.code == "ties_pending"
    with pytest.raises(TieError) as info:
        vr.settle_by_runoff(ws, tie, {"coop": 6, "mobilite": "6"})
    assert info.value.code == "runoff_tied"
    with pytest.raises(VoteError):
        vr.settle_by_runoff(ws, tie, {"coop": "beaucoup", "mobilite": 1})
    with pytest.raises(TieError):
        vr.settle_by_runoff(ws, tie, {"cadre": 3})
    assert ws.tie_decisions == []
    vr.settle_by_runoff(ws, tie, {"coop": 4, "mobilite": 9})
    res = vr.results(ws)
    assert res.complete
    assert [t.id for t in res.kept_themes()] == ["cadre", "voisins", "mobilite"]
    assert (res.ties[0].method, res.ties[0].runoff) == ("runoff", {"coop": 4, "mobilite": 9})


def test_tie_at_the_action_cut_is_settled_by_a_decision_with_a_reason(ws):
    add_ideas(ws, "T1", [9, 4, 4])
    add_ideas(ws, "T3", [8, 3])
    add_ideas(ws, "T5", [7, 2])
    res = vr.results(ws)
    (tie,) = res.ties
    assert (tie.stage, tie.theme, tie.places, len(tie.tied)) == ("actions", "cadre", 1, 2)
    cadre = res.themes[0]
    assert [i.kept for i in cadre.ideas] == [True, False, False]
    assert [i.tied for i in cadre.ideas] == [False, True, True]
    with pytest.raises(TieError) as info:
        vr.settle_by_decision(ws, tie, tie.tied, "les deux")
    assert info.value.code == "wrong_choice"
    with pytest.raises(TieError) as info:
        vr.settle_by_decision(ws, tie, [tie.tied[1]], "   ")
    assert info.value.code == "no_reason"
    vr.settle_by_decision(ws, tie, [tie.tied[1]], "Déjà budgétée par la coopérative")
    res = vr.results(ws)
    assert res.complete
    assert [i.kept for i in res.themes[0].ideas] == [True, False, True]
    assert res.ties[0].reason == "Déjà budgétée par la coopérative"
    assert len(vr.make_actions(ws)) == 6


def test_three_way_tie_for_two_places(ws):
    add_ideas(ws, "T1", [10])
    add_ideas(ws, "T3", [6])
    add_ideas(ws, "T5", [6])
    add_ideas(ws, "T2", [6])
    (tie,) = vr.results(ws).ties
    assert sorted(tie.tied) == ["coop", "mobilite", "voisins"] and tie.places == 2
    with pytest.raises(TieError):
        vr.settle_by_runoff(ws, tie, {"coop": 5, "mobilite": 3, "voisins": 3})  # 2nd place tied
    vr.settle_by_runoff(ws, tie, {"coop": 5, "mobilite": 1, "voisins": 3})
    assert [t.id for t in vr.results(ws).kept_themes()] == ["cadre", "voisins", "coop"]


def test_a_decision_stops_applying_when_the_tie_changes(ws):
    add_ideas(ws, "T1", [10])
    add_ideas(ws, "T3", [8])
    (coop,) = add_ideas(ws, "T5", [5])
    add_ideas(ws, "T2", [5])
    (tie,) = vr.results(ws).ties
    vr.settle_by_decision(ws, tie, ["coop"], "Priorité du conseil")
    assert vr.results(ws).complete
    votes.set_tally(ws, coop, 6)  # a poster recounted: no tie any more
    res = vr.results(ws)
    assert res.ties == [] and "coop" in [t.id for t in res.kept_themes()]
    votes.set_tally(ws, coop, 5)
    assert vr.results(ws).complete  # the same tie again: the same decision
    vr.reopen(ws, ws.tie_decisions[0].id)
    assert not vr.results(ws).complete


def test_zero_dots_are_never_kept_and_make_no_tie(ws):
    add_ideas(ws, "T1", [3, 0, 0])
    res = vr.results(ws)
    assert res.ties == []
    assert [t.id for t in res.kept_themes()] == ["cadre"]
    assert [i.kept for i in res.themes[0].ideas] == [True, False, False]


def test_two_stage_vote_themes_first_then_actions(ws):
    votes.set_settings(ws, two_stage=True)
    a = add_ideas(ws, "T1", [0, 0])
    m = add_ideas(ws, "T2", [0])
    v = add_ideas(ws, "T3", [0, 0])
    c = add_ideas(ws, "T5", [0, 0])
    for theme, dots in (("cadre", 30), ("mobilite", 5), ("voisins", 25), ("coop", 20)):
        votes.set_theme_tally(ws, theme, dots)
    with pytest.raises(VoteError) as info:
        votes.set_tally(ws, m[0], 3)  # mobilité was not kept
    assert info.value.code == "theme_not_kept"
    for ident, dots in zip(a + v + c, [9, 8, 7, 6, 5, 4]):
        votes.set_tally(ws, ident, dots)
    res = vr.results(ws)
    assert [(t.id, t.dots) for t in res.kept_themes()] == [("cadre", 30), ("voisins", 25), ("coop", 20)]
    assert len(res.actions()) == 6
    ws.vote_settings.mode = "individual"
    votes.set_person_theme_votes(ws, "P02", {"mobilite": 3, "coop": 2})
    with pytest.raises(VoteError):
        votes.set_person_theme_votes(ws, "P03", {"mobilite": 6})
    assert vr.results(ws).themes[0].id == "mobilite"


def test_make_actions_keeps_what_the_plan_added(ws):
    add_ideas(ws, "T1", [9, 7])
    add_ideas(ws, "T3", [8, 4])
    add_ideas(ws, "T5", [6, 5])
    ws.plan.actions.append(Action("A01", "Action ajoutée à la main"))
    first = vr.make_actions(ws)
    first[0].referents = ["P01"]
    first[0].start_month = 3
    again = vr.make_actions(ws)
    assert again[0] is first[0] and again[0].referents == ["P01"]
    assert [a.id for a in ws.plan.actions][-1] == "A01"
    assert len({a.id for a in ws.plan.actions}) == 7


def test_ties_and_decisions_survive_the_file(tmp_path, ws):
    add_ideas(ws, "T1", [10])
    add_ideas(ws, "T3", [8])
    add_ideas(ws, "T5", [5])
    add_ideas(ws, "T2", [5])
    (tie,) = vr.results(ws).ties
    vr.settle_by_runoff(ws, tie, {"coop": 7, "mobilite": 2})
    store = WorkshopStore(tmp_path / "v.json")
    store.save(ws)
    store.close()
    again = WorkshopStore(tmp_path / "v.json").load()
    assert vr.results(again) == vr.results(ws)
    assert again.tie_decisions[0].runoff == {"coop": 7, "mobilite": 2}
