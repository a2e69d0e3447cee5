"""A workshop made from last year's: what it carries, and last year's file left exactly as it was."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from ui.main import main
from workshop import carry_over
from workshop.demo import DEMO_PATH
from workshop.model import PastAction
from workshop.storage.store import StoreError, WorkshopStore

LAST_YEAR = DEMO_PATH.with_name("demo_last_year.json")
RELEASE = Path(__file__).parent / "data" / "release_32e05a8" / "Atelier [2026].json"


@pytest.fixture
def last_file(tmp_path: Path) -> Path:
    path = tmp_path / "atelier-2025.json"
    shutil.copyfile(LAST_YEAR, path)
    return path


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of the folder with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_the_demo_last_year_has_people_to_keep_and_a_year_of_statuses():
    last = carry_over.read_last_year(LAST_YEAR)
    assert sum(p.keep_next_year for p in last.participants) == 10
    assert {a.status for a in last.plan.actions} == {"done", "in_progress", "postponed",
                                                     "abandoned"}
    assert all(a.history for a in last.plan.actions)


def test_new_from_last_year_carries_what_it_should():
    last = carry_over.read_last_year(LAST_YEAR)
    kept = [p for p in last.participants if p.keep_next_year]
    ws = carry_over.new_from(last, "atelier-2026")
    assert (ws.id, ws.title, ws.date) == ("atelier-2026", last.title, "")
    assert (ws.organisation, ws.place) == (last.organisation, last.place)
    assert [t.title for t in ws.themes] == [t.title for t in last.themes]
    assert [p.full_name for p in ws.participants] == [p.full_name for p in kept]
    # last year's day stays behind; their agreement is asked again next year
    assert not any(p.present or p.notes or p.keep_next_year for p in ws.participants)
    kept_ids = {p.id for p in kept}
    assert [t.host for t in ws.tables] == [t.host if t.host in kept_ids else None
                                           for t in last.tables]
    assert ws.plan.year == last.plan.year + 1
    assert ws.plan.url_pattern == last.plan.url_pattern and ws.plan.actions == []
    assert ws.plan.referent_details == last.plan.referent_details
    # last year's actions are the bilan's items, with their history
    assert all(isinstance(a, PastAction) for a in ws.bilan.actions)
    assert [(a.title, a.status, a.history) for a in ws.bilan.actions] == \
        [(a.title, a.status, a.history) for a in last.plan.actions]
    assert ws.bilan.year == last.plan.year and ws.bilan.source_date == last.date
    # the others leave a count by category, no name
    assert sum(ws.bilan.people.values()) == len(last.participants)
    assert ws.bilan.kept_people == len(kept)
    others = {p.full_name for p in last.participants} - {p.full_name for p in kept}
    text = repr(ws)
    assert others and not any(name in text for name in others)
    # as référents of last year's actions they became their role
    assert ws.bilan.actions[3].referents == ["(locataire)"]
    assert "Rémi Dupont" in last.plan.actions[3].referents


def test_names_left_behind_leave_the_actions_texts_too():
    last = carry_over.read_last_year(LAST_YEAR)
    last.plan.actions[0].done = "Merci à rémi  DUPONT et à Françoise Leroy !"
    last.plan.actions[0].history[0].reason = "Dupont Rémi relance"
    ws = carry_over.new_from(last, "x")
    assert ws.bilan.actions[0].done == "Merci à [personne effacée] et à Françoise Leroy !"
    assert ws.bilan.actions[0].history[0].reason == "[personne effacée] relance"
    alone = carry_over.new_from(last, "y", carry_over.CarryOptions().without("people"))
    assert "Françoise Leroy" not in repr(alone)
    assert all(d.name not in {"Josiane Perrin"} for d in alone.plan.referent_details)


def test_each_part_may_stay_behind():
    last = carry_over.read_last_year(LAST_YEAR)
    options = carry_over.CarryOptions().without("themes", "people", "organisation")
    ws = carry_over.new_from(last, "x", options)
    assert ws.themes == [] and ws.participants == [] and ws.organisation == ""
    assert ws.tables and all(t.theme is None and t.host is None for t in ws.tables)
    assert ws.place == last.place
    bare = carry_over.new_from(last, "y", carry_over.CarryOptions().without("tables",
                                                                            "residence"))
    assert bare.tables == [] and bare.place == "" and bare.plan.residence == ""
    assert len(bare.bilan.actions) == len(last.plan.actions)  # the bilan always comes
    with pytest.raises(TypeError):
        carry_over.CarryOptions().without("votes")


def test_the_command_line_makes_it_and_leaves_last_year_byte_identical(last_file, tmp_path,
                                                                       capsys):
    before = snapshot(tmp_path)
    new = tmp_path / "atelier-2026.cafe"
    assert main(["new", str(new), "--from", str(last_file), "--without", "tables"]) == 0
    assert capsys.readouterr().out.strip() == str(new)
    after = snapshot(tmp_path)
    # beside last year's file: no lock, no backup, no live record, nothing written
    assert {k: v for k, v in after.items() if not k.lstrip(".").startswith(new.name)} == before
    store = WorkshopStore(new)
    ws = store.load()
    store.close()
    assert ws.tables == [] and len(ws.bilan.actions) == 6 and len(ws.participants) == 10


def test_last_year_open_in_a_store_elsewhere_is_still_only_read(last_file, tmp_path):
    holder = WorkshopStore(last_file)  # last year's file open in another window
    holder.load()
    try:
        raw = last_file.read_bytes()
        ws = carry_over.new_from(carry_over.read_last_year(last_file), "n")
        assert ws.bilan.actions and last_file.read_bytes() == raw
    finally:
        holder.close()


def test_a_file_of_the_previous_release_is_last_year_s_too(tmp_path, capsys):
    old = tmp_path / "Atelier [2026].json"
    shutil.copyfile(RELEASE, old)
    raw, stamp = old.read_bytes(), old.stat().st_mtime_ns
    last = carry_over.read_last_year(old)
    # fields added since get their defaults: nobody agreed to be kept, no history yet
    assert not any(p.keep_next_year for p in last.participants)
    assert all(a.history == [] and a.updated == "" for a in last.plan.actions)
    assert last.bilan.actions == [] and last.plan.referent_details == []
    new = tmp_path / "suivant.cafe"
    assert main(["new", str(new), "--from", str(old)]) == 0
    assert (old.read_bytes(), old.stat().st_mtime_ns) == (raw, stamp)
    store = WorkshopStore(new)
    ws = store.load()
    store.close()
    assert ws.participants == [] and sum(ws.bilan.people.values()) == len(last.participants)
    assert [a.status for a in ws.bilan.actions] == ["planned"] * len(last.plan.actions)


@pytest.mark.parametrize("argv, words", [
    (["--from", "absent.json"], "absent.json"),
    (["--without", "themes"], "--from"),
])
def test_bad_requests_get_one_sentence(tmp_path, capsys, argv, words):
    os.chdir(tmp_path)
    assert main(["new", str(tmp_path / "n.cafe"), *argv]) == 1
    err = capsys.readouterr().err.strip()
    assert words in err and len(err.splitlines()) == 1
    assert not (tmp_path / "n.cafe").exists()


def test_this_year_never_replaces_last_year(last_file, capsys):
    raw = last_file.read_bytes()
    assert main(["new", str(last_file), "--from", str(last_file)]) == 1
    assert "an dernier" in capsys.readouterr().err
    assert last_file.read_bytes() == raw


def test_demo_and_empty_new_still_work(tmp_path):
    assert main(["new", str(tmp_path / "demo.cafe"), "--demo"]) == 0
    assert main(["new", str(tmp_path / "vide")]) == 0
    assert (tmp_path / "vide.cafe").exists()


def test_a_damaged_last_year_is_said_not_touched(tmp_path):
    bad = tmp_path / "abime.json"
    bad.write_text("{ pas du json", encoding="utf-8")
    with pytest.raises(StoreError):
        carry_over.read_last_year(bad)
    assert bad.read_text(encoding="utf-8") == "{ pas du json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["abime.json"]
