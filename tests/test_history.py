"""The domain history: undo and redo put back exactly what an operation touched."""

from __future__ import annotations

import pytest

from workshop.history import Change, History, touch, touch_attr
from workshop.model import Participant
from workshop.storage.serial import to_data


def check_in(pid: str):
    def op(ws):
        touch(ws.participant(pid)).present = True
    return op


def rename(pid: str, name: str):
    def op(ws):
        touch(ws.participant(pid)).first_name = name
    return op


def add(name: str):
    def op(ws):
        touch_attr(ws, "participants")
        ws.participants.append(Participant(id=f"N{len(ws.participants)}", first_name=name))
    return op


def remove(pid: str):
    def op(ws):
        touch_attr(ws, "participants")
        ws.participants.remove(ws.participant(pid))
        for table in ws.tables:
            if table.host == pid:
                touch(table).host = None
    return op


def test_undo_and_redo_restore_the_whole_workshop(demo):
    history = History()
    states = [to_data(demo)]
    host = demo.tables[0].host
    for op in (check_in("P05"), rename("P06", "Zoé"), add("Yvette"), remove(host)):
        history.run(demo, "edit", op)
        states.append(to_data(demo))
    for expected in reversed(states[:-1]):
        history.undo()
        assert to_data(demo) == expected
    for expected in states[1:]:
        history.redo()
        assert to_data(demo) == expected


def test_a_record_keeps_only_what_was_touched(demo):
    history = History()
    _, change, _ = history.run(demo, "Pointer", check_in("P05"))
    assert change == Change(frozenset({"participants"}), {"participants": frozenset({"P05"})})
    assert change.rows_only("participants") == {"P05"}
    assert history.size_hint() == 1
    _, change, _ = history.run(demo, "Supprimer", remove(demo.tables[0].host))
    assert change.sections == {"participants", "tables"}
    assert change.rows_only("participants") is None  # rows went: the view resets
    assert change.rows_only("tables") == {demo.tables[0].id}


def test_identity_is_kept_so_views_holding_objects_stay_right(demo):
    history = History()
    person = demo.participant("P05")
    people = demo.participants
    history.run(demo, "x", rename("P05", "Aline"))
    history.run(demo, "y", remove("P05"))
    history.undo()
    history.undo()
    assert demo.participants is people and demo.participant("P05") is person
    assert person.first_name != "Aline"


def test_a_refused_operation_changes_nothing_and_records_nothing(demo):
    history = History()
    before = to_data(demo)

    def half_done(ws):
        touch(ws.participant("P05")).present = True
        touch_attr(ws, "title")
        ws.title = "brouillon"
        raise ValueError("refused")

    with pytest.raises(ValueError):
        history.run(demo, "x", half_done)
    assert to_data(demo) == before and not history.can_undo()


def test_edits_of_one_field_merge_into_one_step(demo):
    history = History()
    original = demo.participant("P05").first_name
    for text in ("A", "Al", "Ali"):
        _, _, merged = history.run(demo, "Nom", rename("P05", text), merge_key="P05.first_name")
    assert merged and len(history.records) == 1
    history.run(demo, "Nom", rename("P06", "Bo"), merge_key="P06.first_name")
    assert len(history.records) == 2
    history.undo()
    history.undo()
    assert demo.participant("P05").first_name == original
    history.redo()
    assert demo.participant("P05").first_name == "Ali"


def test_a_new_edit_drops_what_could_be_redone(demo):
    history = History()
    history.run(demo, "a", check_in("P05"))
    history.undo()
    history.run(demo, "b", check_in("P06"))
    assert not history.can_redo() and history.undo_text() == "b"


def test_forgetting_a_person_drops_only_the_history_that_holds_them(demo):
    history = History()
    history.run(demo, "old", check_in("P07"))
    history.run(demo, "about P05", rename("P05", "Aline"))
    history.run(demo, "newer", check_in("P06"))
    dropped = history.forget(lambda value: value == "Aline" or value == "P05")
    assert dropped == 2  # the record holding P05 and the older one behind it
    assert [r.text for r in history.records] == ["newer"]
    history.undo()
    assert demo.participant("P05").first_name == "Aline"  # the erasure is not undone
    assert not history.can_undo()


def test_the_limit_keeps_the_newest(demo):
    history = History(limit=3)
    for pid in ("P05", "P06", "P07", "P08"):
        history.run(demo, pid, check_in(pid))
    assert [r.text for r in history.records] == ["P06", "P07", "P08"]


def test_an_operation_that_touches_nothing_is_no_step(demo):
    history = History()
    result, change, _ = history.run(demo, "rien", lambda ws: 42)
    assert result == 42 and not change.sections and not history.can_undo()
