"""Backups spread in time: tiers, the 10-minute rule, UTC names, order of creation.

Also the names the previous release could not handle: brackets in a file
name (``Atelier [2026].json`` broke every glob), temporary files left in the
backup folder by a kill, and damaged copies set aside twice in one second.
"""

from __future__ import annotations

import calendar
import os
import re
from pathlib import Path

import pytest

from workshop.storage.store import PERIODIC_S, StoreError, WorkshopStore, decode


class Clock:
    """A monotonic clock and a wall clock the test moves by hand."""

    def __init__(self) -> None:
        self.mono, self.wall = 1000.0, float(calendar.timegm((2026, 10, 15, 10, 13, 0)))

    def monotonic(self) -> float:
        return self.mono

    def time(self) -> float:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds


def titles(store: WorkshopStore) -> list[str]:
    return [decode(p.read_bytes(), p).title for p in store.backups()]


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(tmp_path, demo, clock):
    store = WorkshopStore(tmp_path / "Atelier [2026].json", clock=clock.monotonic,
                          wall=clock.time)
    store.create(demo)
    yield store
    store.close()


def edit(store: WorkshopStore, ws, title: str) -> None:
    ws.title = title
    store.save(ws)


def test_one_backup_on_open_then_at_most_one_per_ten_minutes(store, demo, clock):
    opened = demo.title
    assert store.backup("open") is not None
    for minute in range(1, 31):  # half an hour of editing, a save and a try every minute
        clock.advance(60)
        edit(store, demo, f"minute {minute}")
        store.backup("periodic")
    assert titles(store) == ["minute 30", "minute 20", "minute 10", opened]
    reasons = [e.reason for e in store.backup_entries()]
    assert reasons == ["periodic", "periodic", "periodic", "open"]
    clock.advance(PERIODIC_S)
    assert store.backup("periodic") is None  # nothing changed since the last one


def test_import_replan_restore_are_always_kept_and_open_skips_an_unchanged_file(
        store, demo, clock):
    edit(store, demo, "avant import")
    assert store.backup("import") is not None
    assert store.backup("import") is not None  # asked twice: kept twice
    assert store.backup("open") is None        # the same file as the newest backup
    edit(store, demo, "avant re-planification")
    assert store.backup("replan") is not None
    assert store.backup("periodic") is None    # within ten minutes of the last backup
    with pytest.raises(ValueError):
        store.backup("erase")  # no backup before an erasure: not even a tier for it


def test_each_tier_is_bounded_and_an_hour_of_editing_keeps_the_pre_import_copy(
        tmp_path, demo, clock):
    store = WorkshopStore(tmp_path / "a.json", {"open": 2, "periodic": 3, "import": 2,
                                                 "replan": 2, "restore": 2},
                          clock=clock.monotonic, wall=clock.time)
    store.create(demo)
    edit(store, demo, "avant import")
    store.backup("import")
    for n in range(12):  # two hours of editing
        clock.advance(PERIODIC_S)
        edit(store, demo, f"édition {n}")
        store.backup("periodic")
    assert titles(store) == ["édition 11", "édition 10", "édition 9", "avant import"]
    store.close()


def test_names_are_utc_and_unique_and_a_clock_put_back_an_hour_loses_nothing(
        tmp_path, demo, clock):
    store = WorkshopStore(tmp_path / "a.json", {"open": 5, "periodic": 4, "import": 5,
                                                 "replan": 5, "restore": 5},
                          clock=clock.monotonic, wall=clock.time)
    store.create(demo)
    for n in range(3):
        clock.advance(PERIODIC_S)
        edit(store, demo, f"avant {n}")
        store.backup("periodic")
    clock.wall -= 3600  # summer time ends, or the clock is corrected: an hour back
    for n in range(3):
        clock.advance(PERIODIC_S)
        edit(store, demo, f"après {n}")
        store.backup("periodic")
    names = [p.name for p in store.backups()]
    assert len(set(names)) == len(names)
    assert all(re.fullmatch(r"a\.\d{6}\.periodic\.\d{8}T\d{6}Z\.json", n) for n in names)
    # stamped in UTC: the newest was taken at 10:13 UTC, by the clock put back
    assert names[0].endswith(".20261015T101300Z.json")
    # pruned by order of creation: the four newest stay, although "older" by the clock
    assert titles(store) == ["après 2", "après 1", "après 0", "avant 2"]
    assert store.newest_good_backup() == store.backups()[0]
    store.close()


def test_brackets_in_the_name_list_prune_and_offer_backups(tmp_path, demo, clock):
    path = tmp_path / "Atelier [2026] *?.json"
    store = WorkshopStore(path, {"open": 5, "periodic": 2, "import": 5, "replan": 5,
                                 "restore": 5}, clock=clock.monotonic, wall=clock.time)
    store.create(demo)
    for n in range(4):
        clock.advance(PERIODIC_S)
        edit(store, demo, f"v{n}")
        store.backup("periodic")
    assert titles(store) == ["v3", "v2"]  # listed and pruned
    assert len(list(store.backup_dir.iterdir())) == 2
    store.close()
    path.write_bytes(path.read_bytes()[:200])
    broken = WorkshopStore(path)
    with pytest.raises(StoreError) as info:
        broken.load()
    assert info.value.code == "truncated" and info.value.backup == store.backups()[0]
    broken.close()


def test_stale_temps_in_the_backup_folder_are_cleaned_on_open(store, demo, tmp_path):
    store.backup("open")
    store.close()
    folder = store.backup_dir
    stale = folder / ".Atelier [2026].000002.import.20261015T101300Z.json.tmp-99-deadbeef"
    stale.write_bytes(b"a full copy, with every name in it")
    beside = tmp_path / ".Atelier [2026].json.live.tmp-99-cafe"
    beside.write_bytes(b"{}")
    other = WorkshopStore(store.path)
    other.load()
    assert not stale.exists() and not beside.exists()
    assert len(other.backups()) == 1
    other.close()


def test_damaged_copies_set_aside_twice_in_one_second_are_both_kept(tmp_path, demo, clock):
    path = tmp_path / "a.json"
    store = WorkshopStore(path, clock=clock.monotonic, wall=clock.time)
    store.create(demo)
    store.backup("open")
    store.close()
    good = store.backups()[0]
    damaged = []
    for n in range(2):  # same wall-clock second both times
        path.write_bytes(b'{"_meta": broken %d' % n)
        damaged.append(path.read_bytes())
        again = WorkshopStore(path, clock=clock.monotonic, wall=clock.time)
        with pytest.raises(StoreError):
            again.load()
        again.restore_backup(good)
        again.close()
    aside = again.set_aside_copies()
    assert len(aside) == 2 and sorted(p.read_bytes() for p in aside) == sorted(damaged)


def test_restoring_over_a_sound_file_backs_it_up_first(store, demo):
    edit(store, demo, "ancienne")
    store.backup("import")
    edit(store, demo, "actuelle")
    old = store.backups()[0]
    restored = store.restore_backup(old)
    assert restored.title == "ancienne"
    assert [e.reason for e in store.backup_entries()][0] == "restore"
    assert titles(store)[0] == "actuelle"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_backup_folder_and_backups_are_private(store):
    store.backup("open")
    assert store.backup_dir.stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in store.backups())
