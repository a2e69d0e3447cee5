"""The bilan in the domain: statuses, their dated history, the summary, the run of show."""

from __future__ import annotations

import pytest

from exports.bilan_data import summary_line
from ui.text import catalogue
from workshop import agenda, bilan, plan, statuses
from workshop.errors import WorkshopError
from workshop.history import History
from workshop.model import ACTION_STATUSES, StatusChange
from workshop.validate import problems


def test_one_list_of_statuses_for_the_whole_app():
    assert ACTION_STATUSES == ("planned", "in_progress", "done", "postponed", "abandoned")


def test_a_status_change_on_the_plan_is_dated_in_the_history(demo):
    action = demo.plan.actions[0]
    plan.update_action(demo, action.id, status="in_progress")
    assert action.history == [StatusChange(statuses.today(), "in_progress", "")]
    assert action.updated == statuses.today()
    plan.update_action(demo, action.id, status="in_progress")  # the same again: nothing new
    plan.update_action(demo, action.id, title="Des bancs dans la cour")  # no status: no entry
    assert len(action.history) == 1
    plan.update_action(demo, action.id, status="postponed")  # reportée needs no reason
    assert [c.status for c in action.history] == ["in_progress", "postponed"]
    with pytest.raises(WorkshopError) as refused:
        plan.update_action(demo, action.id, status="abandoned", status_reason="  ")
    assert refused.value.key == "plan.reason_needed"
    assert action.status == "postponed" and len(action.history) == 2
    with pytest.raises(WorkshopError):
        plan.update_action(demo, action.id, history=[], updated="2020-01-01")


def test_the_bilan_page_and_the_plan_page_share_one_history(demo):
    demo.bilan.actions.clear()  # during the year: the bilan is this plan's
    src = bilan.source(demo)
    assert not src.past and src.actions == demo.plan.actions
    action = demo.plan.actions[2]
    plan.update_action(demo, action.id, status="in_progress")
    bilan.update_item(demo, action.id, past=False, when="2027-06-20", status="done",
                      done="Fête le 19 juin", result="85 voisins")
    assert [(c.date, c.status) for c in action.history] == \
        [(statuses.today(), "in_progress"), ("2027-06-20", "done")]
    assert (action.done, action.result, action.updated) == ("Fête le 19 juin", "85 voisins",
                                                            "2027-06-20")


def test_last_year_s_items_are_edited_and_undone_as_one_step(demo):
    history = History()
    item = demo.bilan.actions[5]
    assert (item.status, item.history[-1].status) == ("postponed", "postponed")
    before = (item.status, item.status_reason, list(item.history), item.done, item.updated)
    result, change, _ = history.run(demo, "bilan", lambda ws: bilan.update_item(
        ws, item.id, past=True, when="2026-11-30", status="done", status_reason="",
        done="Livret remis à 4 foyers"))
    assert change.sections == {"bilan"} and change.ids["bilan"] == {item.id}
    assert item.history[-1] == StatusChange("2026-11-30", "done", "")
    history.undo()
    assert (item.status, item.status_reason, item.history, item.done, item.updated) == before
    history.redo()
    assert item.done == "Livret remis à 4 foyers"


def test_nothing_changed_is_no_step(demo):
    history = History()
    item = demo.bilan.actions[0]
    _r, change, _m = history.run(demo, "rien", lambda ws: bilan.update_item(
        ws, item.id, past=True, status=item.status, status_reason=item.status_reason,
        done=item.done + "  "))
    assert not change.sections and history.records == []
    with pytest.raises(WorkshopError) as unknown:
        bilan.update_item(demo, "A99", past=True, done="x")
    assert unknown.value.key == "bilan.unknown_action"
    with pytest.raises(WorkshopError):
        bilan.update_item(demo, item.id, past=True, status="abandoned")  # why?


def test_the_summary_counts_every_status(demo):
    src = bilan.source(demo)
    assert src.past and src.year == 2026
    summary = bilan.summary(src.actions)
    assert (summary.done, summary.total) == (3, 6)
    assert summary_line(catalogue("fr"), summary) == \
        "3 actions sur 6 réalisées (1 en cours, 1 reportée, 1 abandonnée)"
    assert summary_line(catalogue("en"), summary) == \
        "3 actions out of 6 done (1 in progress, 1 postponed, 1 dropped)"
    assert summary_line(catalogue("fr"), bilan.summary(demo.plan.actions)) == \
        "Aucune action réalisée sur 6 (6 prévues)"


def test_actions_go_theme_by_theme_and_the_unknown_last(demo):
    demo.bilan.actions[0].theme = "disparu"
    groups = bilan.by_theme(bilan.source(demo))
    assert [g.theme.id for g in groups] == ["cadre", "voisins", "coop", ""]
    assert [a.title for a in groups[-1].actions] == [demo.bilan.actions[0].title]


def test_the_run_of_show_opens_with_the_bilan_only_when_there_is_one(demo):
    assert [s.kind for s in agenda.build_agenda(demo)][:3] == ["welcome", "bilan",
                                                               "introduction"]
    demo.bilan.actions.clear()
    assert "bilan" not in [s.kind for s in agenda.build_agenda(demo)]


def test_the_demo_with_its_bilan_is_valid(demo):
    assert problems(demo) == []
    assert statuses.last_update(demo.bilan.actions[3]) == "2026-09-15"
