"""The workshop file: round trips, backups, damaged files, one writer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.text.messages import describe
from workshop.storage.migrations import SCHEMA_VERSION
from workshop.model import (
    Action,
    AgendaStep,
    Idea,
    IdeaSource,
    Participant,
    Round,
    Vote,
)
from workshop.storage.store import StoreError, WorkshopStore, decode, encode, workshop_to_tables


def _full(demo):
    """The demo with every kind of entity filled in."""
    demo.rotation.rounds = [Round({"T1": ["P01", "P02"], "T2": ["P06", "P03"]})]
    demo.rotation.played = 1
    demo.ideas = [Idea("I1", "Des bancs à l'ombre", "cadre", "T1", 0,
                       [IdeaSource("T1", 0), IdeaSource("T2", 1)])]
    demo.votes = [Vote("I1", 7), Vote("I1", 2, participant="P03")]
    demo.plan.actions = [Action("A1", "Installer des bancs", "cadre", "I1",
                                referents=["Hélène M.", "Karim B."], start_month=3,
                                end_month=6, url="https://exemple.coop/suivi/bancs")]
    demo.agenda.append(AgendaStep("S99", "closing", "Pot de l'amitié", 20))
    demo.participants.append(Participant("P99", "Zoë", "<b>&Œ", email="z@ex.fr",
                                         consent_contact=True, absent_rounds=[1, 2]))
    return demo


def test_every_entity_round_trips(tmp_path, demo):
    ws = _full(demo)
    store = WorkshopStore(tmp_path / "a.json")
    store.save(ws)
    again = WorkshopStore(tmp_path / "a.json").load()
    assert again == ws
    assert again.participants[-1].last_name == "<b>&Œ"


def test_file_is_tinydb_utf8_with_version(tmp_path, demo):
    path = tmp_path / "a.json"
    WorkshopStore(path).save(demo)
    text = path.read_bytes().decode("utf-8")
    assert "Hélène" in text  # written as UTF-8, not escaped
    data = json.loads(text)
    assert data["_meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert data["participants"]["1"]["first_name"] == "Hélène"
    from workshop.storage.store import open_tinydb

    db = open_tinydb(path)
    assert len(db.table("participants")) == 30


def test_a_save_never_backs_up_by_itself(tmp_path, demo):
    store = WorkshopStore(tmp_path / "a.json")
    for n in range(8):
        demo.title = f"Version {n}"
        store.save(demo)
    assert store.backups() == []
    assert store.backup("import") is not None
    (backup,) = store.backups()
    assert decode(backup.read_bytes(), backup).title == "Version 7"


def test_unchanged_save_writes_nothing(tmp_path, demo):
    store = WorkshopStore(tmp_path / "a.json")
    assert store.save(demo) is True
    assert store.save(demo) is False
    assert store.backups() == []


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "empty"),
        (b'{"_meta": {"1": {"format": "cafe-conversation", "sch', "truncated"),
        (b"<html>hello</html>", "not_json"),
        (b'{"_default": {"1": {"name": "x"}}}', "foreign"),
        (b"\xff\xfe\x00garbage", "not_utf8"),
        (b"[1, 2, 3]", "foreign"),
        (json.dumps({"_meta": {"1": {"format": "cafe-conversation", "schema_version": 99}}})
         .encode(), "future_version"),
        (json.dumps({"_meta": {"1": {"format": "cafe-conversation", "schema_version": 1}},
                     "workshop": {"1": {"id": "x", "title": 3}}}).encode(), "bad_shape"),
    ],
)
def test_damaged_files_give_one_clear_sentence_and_stay_untouched(tmp_path, content, code):
    path = tmp_path / "atelier.json"
    path.write_bytes(content)
    store = WorkshopStore(path)
    with pytest.raises(StoreError) as info:
        store.load()
    assert info.value.code == code
    message = describe(info.value, "fr")
    assert "atelier.json" in message and message.count(".") >= 1 and "\n" not in message
    assert describe(info.value, "en") != message
    with pytest.raises(StoreError) as refused:
        store.save(__import__("workshop.demo").demo.demo_workshop())
    assert refused.value.code == "damaged"
    assert path.read_bytes() == content


def test_damaged_file_offers_newest_readable_backup(tmp_path, demo):
    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    for title in ("un", "deux", "trois"):
        demo.title = title
        store.save(demo)
        store.backup("import")
    store.close()
    newest = WorkshopStore(path).backups()[0]
    newest.write_bytes(b"{broken")  # the newest backup is damaged too
    path.write_bytes(path.read_bytes()[:100])
    store = WorkshopStore(path)
    with pytest.raises(StoreError) as info:
        store.load()
    assert info.value.code == "truncated"
    assert info.value.backup is not None and info.value.backup != newest
    damaged = path.read_bytes()
    restored = store.restore_backup(info.value.backup)
    assert restored.title == "deux"
    kept_aside = list(tmp_path.glob("a.abime-*.json"))
    assert len(kept_aside) == 1 and kept_aside[0].read_bytes() == damaged
    assert WorkshopStore(path).load().title == "deux"


def test_stale_temp_files_are_cleaned_on_open(tmp_path, demo):
    path = tmp_path / "a.json"
    WorkshopStore(path).save(demo)
    stale = tmp_path / ".a.json.tmp-1234-deadbeef"
    stale.write_bytes(b"half")
    WorkshopStore(path).load()
    assert not stale.exists()


def test_no_handle_stays_open_between_writes(tmp_path, demo):
    if not Path("/proc/self/fd").exists():
        pytest.skip("needs /proc to list open files")
    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    store.save(demo)
    open_files = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    assert str(path.resolve()) not in open_files


LOCKER = """
import sys, time
from workshop.storage.store import WorkshopStore
store = WorkshopStore(sys.argv[1]); store.load()
print("locked", flush=True)
time.sleep(30)
"""


def test_second_process_is_read_only(tmp_path, demo):
    path = tmp_path / "a.json"
    first = WorkshopStore(path)
    first.save(demo)
    first.close()
    child = subprocess.Popen([sys.executable, "-c", LOCKER, str(path)],
                             stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).resolve().parents[1])
    try:
        assert child.stdout.readline().strip() == "locked"
        second = WorkshopStore(path)
        assert second.load().title == demo.title
        assert second.read_only
        before = path.read_bytes()
        with pytest.raises(StoreError) as info:
            second.save(demo)
        assert info.value.code == "locked"
        assert path.read_bytes() == before
    finally:
        child.kill()
        child.wait()
    # the lock dies with its process: no stale lock after a crash
    third = WorkshopStore(path)
    third.load()
    assert not third.read_only


def test_create_refuses_existing_file(tmp_path, demo):
    path = tmp_path / "a.json"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError) as info:
        WorkshopStore(path).create(demo)
    assert info.value.code == "exists"
    assert path.read_text(encoding="utf-8") == "mine"


def test_migration_from_unversioned_preview_file(tmp_path, demo):
    data = workshop_to_tables(demo)
    del data["_meta"]["1"]["schema_version"]
    path = tmp_path / "old.json"
    path.write_bytes(encode(data))
    assert WorkshopStore(path).load() == demo


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_file_readable_only_by_user(tmp_path, demo):
    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    store.save(demo)
    store.backup("open")
    demo.title = "changé"
    store.save(demo)
    assert store.backups() and path.stat().st_mode & 0o777 == 0o600
    assert all(b.stat().st_mode & 0o777 == 0o600 for b in store.backups())


def test_replace_held_briefly_by_another_program_is_retried(tmp_path, demo, monkeypatch):
    """Windows antivirus and sync tools hold files for a moment: retry."""
    import workshop.storage.atomic as atomic

    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    store.save(demo)
    real_replace = os.replace
    refusals = {"left": 3}

    def busy_then_free(src, dst):
        if refusals["left"]:
            refusals["left"] -= 1
            raise PermissionError(13, "Le fichier est utilisé par un autre processus")
        return real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", busy_then_free)
    monkeypatch.setattr(atomic, "RETRY_DELAY_S", 0.001)
    demo.title = "Après trois refus"
    store.save(demo)
    assert refusals["left"] == 0
    assert WorkshopStore(path).load().title == "Après trois refus"


def test_replace_never_allowed_keeps_old_file_and_says_so(tmp_path, demo, monkeypatch):
    import workshop.storage.atomic as atomic

    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    store.save(demo)
    before = path.read_bytes()

    def always_busy(src, dst):
        raise PermissionError(13, "Accès refusé")

    monkeypatch.setattr(atomic.os, "replace", always_busy)
    monkeypatch.setattr(atomic, "RETRY_DELAY_S", 0.001)
    demo.title = "Jamais écrit"
    with pytest.raises(StoreError) as info:
        store.save(demo)
    assert info.value.code == "write_failed"
    assert "Accès refusé" in describe(info.value, "fr")
    assert path.read_bytes() == before
    assert not list(tmp_path.glob(".a.json.tmp-*"))  # no temp file left behind


def test_writes_from_a_worker_thread_never_overlap(tmp_path, demo, monkeypatch):
    """The save worker writes while the GUI thread saves, backs up and records the show."""
    import threading
    import time

    import workshop.storage.backups as backups_module
    import workshop.storage.store as store_module
    from workshop.model import CountdownState
    from workshop.storage.atomic import write_atomic

    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    store.create(demo)
    snapshots = []
    for n in range(20):
        demo.title = f"worker {n}"
        snapshots.append(store.snapshot(demo))  # plain data: later edits do not reach it
    inside, overlaps = [], []

    def watched(target, data, **kwargs):  # the file and its backups: one writer at a time
        inside.append(target)
        if len(inside) > 1:
            overlaps.append(list(inside))
        time.sleep(0.002)
        try:
            write_atomic(target, data, **kwargs)
        finally:
            inside.remove(target)

    monkeypatch.setattr(store_module, "write_atomic", watched)
    monkeypatch.setattr(backups_module, "write_atomic", watched)
    worker = threading.Thread(target=lambda: [store.write(s) for s in snapshots])
    worker.start()
    for n in range(20):
        demo.title = f"gui {n}"
        store.save(demo)
        store.backup("import")
        store.save_live(n % 5, CountdownState(600.0, float(n), True, True, 1.0))
    worker.join()
    assert overlaps == []
    assert decode(path.read_bytes(), path).title.split()[0] in ("worker", "gui")
    assert all(decode(b.read_bytes(), b).title.split()[0] in ("worker", "gui", demo.title)
               for b in store.backups())
    assert store.load_live().step == 4
    store.close()
