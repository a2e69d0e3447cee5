"""The live show record: apart from the file, atomic, never backed up; old files resume.

Files of the previous release (tests/data/release_32e05a8, written by that
commit's own code) kept the current step and the running countdown inside
the workshop file: they still resume there, and the state moves to the
live record without ever being lost.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ui.document import WorkshopDocument
from ui.show.engine import ShowEngine
from workshop.model import CountdownState
from workshop.storage.store import StoreError, WorkshopStore

OLD = Path(__file__).with_name("data") / "release_32e05a8"
OLD_NAME = "Atelier [2026].json"


class Clocks:
    def __init__(self, wall: float) -> None:
        self.mono, self.wall = 50.0, wall

    def monotonic(self) -> float:
        return self.mono

    def time(self) -> float:
        return self.wall


class Quiet:
    def play(self) -> bool:
        return True

    def hold(self) -> bool:
        return True

    def release(self) -> None:
        pass


def old_release_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "old"
    shutil.copytree(OLD, folder)
    return folder / OLD_NAME


def test_the_workshop_file_holds_only_the_show_options(tmp_path, demo):
    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    demo.show.step = 3
    demo.show.countdown = CountdownState(600.0, 10.0, True, True, 1_800_000_000.0)
    demo.show.warning_s = 60
    store.save(demo)
    show = json.loads(path.read_text(encoding="utf-8"))["workshop"]["1"]["show"]
    assert "step" not in show and "countdown" not in show
    assert show["warning_s"] == 60
    assert not store.live_path().exists()  # the live record is the engine's to write


def test_live_record_round_trip_out_of_the_file_and_the_backups(tmp_path, demo):
    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    store.save(demo)
    main = path.read_bytes()
    running = CountdownState(1200.0, 300.0, True, True, 1_800_000_000.0)
    for step in range(5):  # Space, N, N...: the file is never rewritten
        store.save_live(step, running)
    assert path.read_bytes() == main and store.backups() == []
    assert store.load_live().step == 4 and store.load_live().countdown == running
    assert store.live_path() == tmp_path / "a.json.live"
    store.close()
    again = WorkshopStore(path)
    ws = again.load()
    assert ws.show.step == 4 and ws.show.countdown == running
    assert again.backup("open") is not None
    (backup,) = again.backups()
    assert b'"countdown"' not in backup.read_bytes()
    again.close()


@pytest.mark.parametrize("content", [b"", b"{", b'{"format": "cafe-conversation-live", '
                                     b'"step": -1}', b'{"format": "cafe-conversation-live", '
                                     b'"step": 2, "countdown": {"elapsed_s": NaN}}',
                                     b"[" * 100_000, b"\xff\xfe"])
def test_a_damaged_live_record_is_ignored_not_fatal(tmp_path, demo, content):
    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    store.save(demo)
    store.close()
    (tmp_path / "a.json.live").write_bytes(content)
    again = WorkshopStore(path)
    ws = again.load()  # the workshop opens; the show starts from the first step
    assert again.load_live() is None and ws.show.step == 0 and ws.show.countdown is None
    again.close()


def test_a_file_of_the_previous_release_resumes_where_the_show_was(tmp_path):
    path = old_release_copy(tmp_path)
    store = WorkshopStore(path)
    ws = store.load()
    assert ws.show.step == 4
    assert ws.show.countdown == CountdownState(1200.0, 300.0, True, True, 1_790_000_000.0)
    assert store.load_live().step == 4
    assert not store.live_path().exists()  # opening writes nothing
    # The first save drops the show from the file, but records it apart first.
    ws.title = "Après migration"
    store.save(ws)
    show = json.loads(path.read_text(encoding="utf-8"))["workshop"]["1"]["show"]
    assert "step" not in show and "countdown" not in show
    assert store.live_path().exists()
    store.close()
    again = WorkshopStore(path)
    ws2 = again.load()
    assert ws2.title == "Après migration" and ws2.show.step == 4
    assert ws2.show.countdown.running and ws2.show.countdown.elapsed_s == 300.0
    # its backups, with the previous release's names, are still listed and readable
    assert len(again.backups()) == 2 and again.newest_good_backup() is not None
    again.close()


def test_the_show_engine_resumes_a_file_of_the_previous_release(qapp, tmp_path):
    path = old_release_copy(tmp_path)
    clocks = Clocks(wall=1_790_000_060.0)  # reopened one minute after it was saved
    store = WorkshopStore(path)
    doc = WorkshopDocument(store.load(), store)
    engine = ShowEngine(doc, clocks.monotonic, clocks.time, Quiet(), Quiet())
    engine.timer.stop()
    assert engine.step_index == 4 and engine.running
    assert engine.countdown.remaining() == pytest.approx(1200 - 300 - 60)
    engine.pause()  # a control: recorded apart, the file untouched
    before = path.read_bytes()
    engine.next_step()
    assert path.read_bytes() == before
    assert store.load_live().step == 5
    store.close()


def test_engine_reads_and_writes_the_live_record_through_the_store(qapp, tmp_path, demo):
    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    store.save(demo)
    store.save_live(2, CountdownState(900.0, 100.0, False, True, 1_800_000_000.0))
    store.close()
    store = WorkshopStore(path)
    doc = WorkshopDocument(store.load(), store)
    clocks = Clocks(wall=1_800_000_100.0)
    engine = ShowEngine(doc, clocks.monotonic, clocks.time, Quiet(), Quiet())
    engine.timer.stop()
    assert engine.step_index == 2 and not engine.running
    assert engine.countdown.remaining() == pytest.approx(800)
    engine.start()
    state = store.load_live()
    assert state.step == 2 and state.countdown.running
    store.close()


def test_read_only_store_never_writes_the_live_record(tmp_path, demo):
    path = tmp_path / "a.json"
    owner = WorkshopStore(path)
    owner.save(demo)
    other = WorkshopStore(path)
    other.load()
    assert other.read_only
    with pytest.raises(StoreError) as info:
        other.save_live(1, None)
    assert info.value.code == "locked"
    assert not other.live_path().exists()
    owner.close()
    other.close()
