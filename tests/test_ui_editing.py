"""One edit, one small change: the window stays free while the file is written.

The store's write is held on an event: a check-in click still lands at once,
the file follows when the writer is released, and closing waits for it.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from ui.models.participants_model import ParticipantsModel
from workshop.storage.store import WorkshopStore


class HeldStore:
    """Wraps the real store: each write waits until the test lets it go."""

    def __init__(self, store: WorkshopStore) -> None:
        self.store = store
        self.release = threading.Event()
        self.started = threading.Event()
        self.writes = 0
        self._write = store.write

    def write(self, data) -> None:
        self.started.set()
        assert self.release.wait(20), "the test never released the writer"
        self._write(data)
        self.writes += 1


@pytest.fixture
def held(window, monkeypatch):
    holder = HeldStore(window.document.store)
    monkeypatch.setattr(window.document.store, "write", holder.write)
    yield holder
    holder.release.set()


def check_in(qtbot, window, pid: str) -> None:
    """As at the door: the person's « Présent·e » cell, then Space."""
    page = window.show_page("participants")
    source = page.model.index(page.model.row_of(pid), ParticipantsModel.column_of("present"))
    page.view.setFocus()
    page.view.setCurrentIndex(page.proxy.mapFromSource(source))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)


def test_a_held_write_does_not_delay_a_click_and_the_file_follows(window, qtbot, held):
    pid = window.document.workshop.participants[4].id
    check_in(qtbot, window, pid)
    assert window.document.workshop.participant(pid).present
    window.document.saver.save_soon()          # the write starts… and is held
    assert held.started.wait(5)
    started = time.monotonic()
    other = window.document.workshop.participants[5].id
    check_in(qtbot, window, other)             # the GUI thread is free meanwhile
    assert time.monotonic() - started < 2
    assert window.document.workshop.participant(other).present
    assert window.save_state.text() == "enregistrement…"
    on_disk = WorkshopStore(window.document.path).load()
    assert not on_disk.participant(pid).present  # not written yet
    held.release.set()
    assert window.document.flush()
    on_disk = WorkshopStore(window.document.path).load()
    assert on_disk.participant(pid).present and on_disk.participant(other).present
    qtbot.waitUntil(lambda: window.save_state.text() == "enregistré", timeout=5000)


def test_edits_are_saved_within_seconds_without_asking(window, qtbot):
    pid = window.document.workshop.participants[4].id
    check_in(qtbot, window, pid)
    qtbot.waitUntil(lambda: WorkshopStore(window.document.path).load().participant(pid).present,
                    timeout=6000)


def test_quitting_writes_what_is_not_saved(window, qtbot):
    pid = window.document.workshop.participants[4].id
    check_in(qtbot, window, pid)
    QCoreApplication.instance().aboutToQuit.emit()  # what quitting the application sends
    assert WorkshopStore(window.document.path).load().participant(pid).present


def test_closing_waits_for_a_held_write(window, qtbot, held):
    pid = window.document.workshop.participants[4].id
    check_in(qtbot, window, pid)
    threading.Timer(0.3, held.release.set).start()
    window.close()
    assert held.writes >= 1
    assert WorkshopStore(window.document.path).load().participant(pid).present


def test_clicks_on_a_spin_box_arrow_are_one_undo_step(window, qtbot):
    page = window.show_page("rotation")
    minutes = window.document.workshop.rotation.round_minutes
    steps = window.document.undo_stack.count()
    for _ in range(3):
        page.minutes.stepUp()  # as the arrow does
    assert window.document.workshop.rotation.round_minutes == minutes + 3
    assert window.document.undo_stack.count() == steps + 1
    window.act_undo.trigger()
    assert window.document.workshop.rotation.round_minutes == minutes
    assert page.minutes.value() == minutes


def test_typing_in_a_spin_box_commits_once_when_done(window, qtbot):
    page = window.show_page("rotation")
    rounds = len(window.document.workshop.rotation.rounds)
    steps = window.document.undo_stack.count()
    page.rounds.setFocus()
    page.rounds.selectAll()
    qtbot.keyClicks(page.rounds, "12")  # « 1 » alone would first cut the plan to one round
    assert len(window.document.workshop.rotation.rounds) == rounds
    qtbot.keyClick(page.rounds, Qt.Key.Key_Return)
    assert window.document.workshop.rotation.round_count == 12
    assert window.document.undo_stack.count() == steps + 1
    assert len(window.document.workshop.rotation.rounds) == rounds  # nothing was cut


def test_a_check_in_repaints_one_row_and_refreshes_no_hidden_page(window, qtbot):
    grid_page = window.show_page("rotation")
    rebuilt = []
    grid_page.refresh = lambda: rebuilt.append(True)
    page = window.show_page("participants")
    painted = []
    page.model.dataChanged.connect(lambda a, b: painted.append((a.row(), b.row())))
    resets = []
    page.model.modelReset.connect(lambda: resets.append(True))
    pid = window.document.workshop.participants[7].id
    check_in(qtbot, window, pid)
    row = page.model.row_of(pid)
    assert painted and set(painted) == {(row, row)} and not resets
    assert rebuilt == []            # the rotation page is hidden: it waits
    window.show_page("rotation")
    assert rebuilt == [True]        # and catches up when shown


def test_undo_after_many_edits_keeps_memory_small(window):
    from workshop import editing

    doc = window.document
    for person in doc.workshop.participants * 5:
        pid = person.id
        doc.apply("pointer", lambda ws, p=pid: editing.update_participant(
            ws, p, present=not ws.participant(p).present))
    # one participant per record: the history never copies the whole workshop
    assert doc.history.size_hint() == len(doc.history.records)


def test_a_round_ended_on_the_show_is_offered_to_lock(app, window, qtbot):
    engine = app.services.show_engine
    ws = window.document.workshop
    page = window.show_page("rotation")
    assert ws.rotation.played == 0 and not page.lock_offer.isVisible()
    rounds = [i for i, s in enumerate(ws.agenda) if s.kind == "round"]
    engine.go_to(rounds[0])
    assert not page.lock_offer.isVisible()  # round 1 is being played
    engine.next_step()                       # round 1 is over (the transition)
    qtbot.waitUntil(page.lock_offer.isVisible)
    assert "tour 1" in page.lock_text.text().lower()
    qtbot.mouseClick(page.lock_button, Qt.MouseButton.LeftButton)
    assert ws.rotation.played == 1 and not page.lock_offer.isVisible()
    assert window.act_undo.text() == "Annuler Verrouiller les tours joués : 1"
    window.act_undo.trigger()
    assert ws.rotation.played == 0
    engine.next_step()
    assert not page.lock_offer.isVisible()   # « tour 1 » was answered already


def test_quitting_during_a_running_round_asks_first(app, window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    engine = app.services.show_engine
    engine.go_to([s.kind for s in window.document.workshop.agenda].index("round"))
    engine.start()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                        or QMessageBox.StandardButton.No)
    window.act_quit.trigger()          # Ctrl+Q by mistake
    assert window.isVisible() and engine.running
    assert "restantes" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.act_quit.trigger()
    assert not window.isVisible()


def test_undo_goes_to_the_page_of_the_change_and_says_it(window, qtbot):
    page = window.show_page("participants")
    pid = window.document.workshop.participants[6].id
    check_in(qtbot, window, pid)
    window.show_page("plan")            # somewhere else
    window.act_undo.trigger()
    assert window.current_key() == "participants"
    assert page.current_person().id == pid
    assert window.statusBar().currentMessage().startswith("Annulé : Pointer « ")
    window.show_page("votes")
    window.act_redo.trigger()
    assert window.current_key() == "participants"
    assert window.statusBar().currentMessage().startswith("Rétabli : ")


def test_the_projector_window_is_not_named_twice(app):
    projector = app.services.projector.open()
    assert projector.windowTitle() == "Projecteur"  # Qt adds « — Café Conversation »
    app.services.projector.close()


HOLDER = """
import sys, time
from pathlib import Path
from workshop.storage.store import WorkshopStore
store = WorkshopStore(sys.argv[1])
store.load()
print("holding", flush=True)
while not Path(sys.argv[2]).exists():
    time.sleep(0.05)
store.close()
"""


def test_a_read_only_window_offers_to_reopen_the_file_once_free(qapp, qtbot, settings, demo_file,
                                                                tmp_path, monkeypatch):
    import subprocess
    import sys

    from PySide6.QtWidgets import QMessageBox

    from ui.app import CafeApp
    from ui.document import WorkshopDocument

    release = tmp_path / "release"
    other = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo_file), str(release)],
                             stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[1])
    try:
        assert other.stdout.readline().strip() == "holding"   # window A has the file
        store = WorkshopStore(demo_file)
        app = CafeApp(WorkshopDocument(store.load(), store), settings)
        qtbot.addWidget(app.window)
        assert app.window.document.read_only
        asked = []
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2])
                            or QMessageBox.StandardButton.Yes)
        assert not app.file_menu.check_file_free() and asked == []  # still held: nothing
        before = demo_file.read_bytes()
        release.touch()                                       # window A closes
        other.wait(10)
        assert app.file_menu.check_file_free()
        assert "n'est plus ouvert ailleurs" in asked[0]
        assert not app.window.document.read_only
        assert demo_file.read_bytes() == before               # the read-only copy wrote nothing
        app.window.close()
    finally:
        release.touch()
        other.wait(10)
