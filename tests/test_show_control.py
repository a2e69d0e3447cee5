"""Playing the show in the facilitator window: engine, shortcuts, saving, alerts."""

from __future__ import annotations

import sys
import time
import types
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.document import WorkshopDocument
from ui.show.keep_awake import KeepAwake
from ui.show.engine import ShowEngine
from ui.show.sound import Chime
from workshop import agenda
from workshop.storage.store import WorkshopStore
from workshop.timer import format_clock



class Clocks:
    def __init__(self) -> None:
        self.mono, self.wall = 100.0, 1_800_000_000.0

    def monotonic(self) -> float:
        return self.mono

    def time(self) -> float:
        return self.wall

    def advance(self, s: float) -> None:
        self.mono += s
        self.wall += s


class FakeChime:
    def __init__(self) -> None:
        self.played = 0

    def play(self) -> bool:
        self.played += 1
        return True


class FakeAwake:
    def __init__(self) -> None:
        self.held = False

    def hold(self) -> bool:
        self.held = True
        return True

    def release(self) -> None:
        self.held = False


@pytest.fixture
def clocks():
    return Clocks()


@pytest.fixture
def engine(qapp, document, clocks):
    eng = ShowEngine(document, clocks.monotonic, clocks.time, FakeChime(), FakeAwake())
    eng.timer.stop()            # ticks are driven by hand with fake clocks
    yield eng
    eng.timer.stop()


def go_round(engine) -> None:
    engine.go_to([s.kind for s in engine.workshop.agenda].index("round"))


def test_window_has_projector_menu_and_controller(app, window):
    for name in ("open", "close", "show_custom"):
        assert callable(getattr(app.services.projector, name))
    titles = [a.text() for a in window.menus["view"].actions()]
    assert "&Projecteur" in titles


def test_gui_thread_blocked_mid_round_still_reads_the_exact_time(app, window, qtbot):
    """time.sleep in the GUI thread: Qt drops ticks, the projector stays exact."""
    engine = app.services.show_engine
    go_round(engine)
    duration = engine.countdown.duration_s
    app.services.projector.open()
    engine.start()
    started = time.monotonic()
    time.sleep(3.2)                       # the GUI thread is blocked: no tick at all
    qtbot.wait(300)                       # one repaint happens
    face = app.services.projector.window.face
    expected = duration - (time.monotonic() - started)
    assert abs(face.remaining - expected) < 0.5
    assert face.text in {format_clock(expected), format_clock(expected + 0.5)}
    assert face.remaining <= duration - 3.2
    app.services.projector.close()


def test_shortcuts_work_on_the_page_and_on_the_projector(app, window, qtbot):
    engine = app.services.show_engine
    page = window.show_page("agenda")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert engine.running
    qtbot.keyClick(page.view, Qt.Key.Key_N)
    assert engine.step_index == 1 and engine.running
    minutes = engine.step().minutes  # the demo's second step: last year's bilan
    qtbot.keyClick(page.view, Qt.Key.Key_Plus)
    assert engine.countdown.duration_s == (minutes + 1) * 60
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    qtbot.keyClick(page.view, Qt.Key.Key_Minus)
    assert engine.countdown.duration_s == (minutes - 1) * 60
    projector = app.services.projector.open()
    qtbot.keyClick(projector, Qt.Key.Key_P)
    assert engine.step_index == 0
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    assert not engine.running
    app.services.projector.close()


def test_typing_in_a_field_is_not_a_shortcut(app, window, qtbot):
    engine = app.services.show_engine
    page = window.show_page("agenda")
    page.start_edit.setFocus()
    qtbot.keyClicks(page.start_edit, "n p")
    assert page.start_edit.text() == "n p"
    assert engine.step_index == 0 and not engine.running


def test_shortcuts_are_off_on_other_pages_without_projector(app, window, qtbot):
    engine = app.services.show_engine
    window.show_page("workshop")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Space)
    assert not engine.running


def test_show_controls_do_not_touch_the_undo_stack_but_are_saved(app, window, document):
    engine = app.services.show_engine
    count = document.undo_stack.count()
    main_before = document.path.read_bytes()
    engine.start()
    engine.add_minutes(2)
    engine.next_step()
    engine.tick()
    assert document.undo_stack.count() == count
    raw = document.store.live_path().read_text(encoding="utf-8")
    assert '"running": true' in raw and '"step": 1' in raw
    # the workshop file is not rewritten for a press of Space or N, and has no backup of it
    assert document.path.read_bytes() == main_before
    assert document.store.backups() == []


def test_undo_of_an_edit_does_not_rewind_the_show(app, window, document):
    engine = app.services.show_engine
    engine.start()
    engine.next_step()
    engine.next_step()
    page = window.show_page("agenda")
    page.run("Titre", lambda ws: agenda.update_step(ws, ws.agenda[0].id, title="Café"))
    document.undo_stack.undo()
    assert document.workshop.agenda[0].title != "Café"
    assert engine.step_index == 2 and engine.running
    assert document.workshop.show.step == 2 and document.workshop.show.countdown.running


def test_undo_takes_back_show_options_and_step_insertions_not_the_live_show(app, window, document):
    engine = app.services.show_engine
    engine.start()
    engine.next_step()
    current = engine.step().id
    page = window.show_page("agenda")
    full_names = document.workshop.show.full_names
    page.full_names.setChecked(not full_names)
    page.run("Étape", lambda ws: agenda.add_step(ws, "transition", "Pause", 5, index=0))
    assert engine.step_index == 2 and engine.step().id == current
    document.undo_stack.undo()
    assert [s.title for s in document.workshop.agenda].count("Pause") == 0
    assert engine.step_index == 1 and engine.step().id == current and engine.running
    document.undo_stack.undo()
    assert document.workshop.show.full_names == full_names
    assert page.full_names.isChecked() == full_names
    document.flush()
    saved = WorkshopStore(document.path).load()
    assert saved.show.step == 1 and saved.show.countdown.running


def test_restart_resumes_where_the_clock_is_and_asks(qapp, demo_file, clocks):
    store = WorkshopStore(demo_file)
    doc = WorkshopDocument(store.load(), store)
    engine = ShowEngine(doc, clocks.monotonic, clocks.time, FakeChime(), FakeAwake())
    engine.timer.stop()
    go_round(engine)
    engine.start()
    clocks.advance(300)
    engine.pause()
    engine.resume()                       # saved at 300 s, running
    store.close()
    clocks.advance(120)                   # the app was closed two minutes
    clocks.mono = 5.0                     # a restart: a new monotonic origin
    store2 = WorkshopStore(demo_file)
    doc2 = WorkshopDocument(store2.load(), store2)
    events = []
    again = ShowEngine(doc2, clocks.monotonic, clocks.time, FakeChime(), FakeAwake())
    again.timer.stop()
    again.clock_event.connect(events.append)
    again.tick()
    assert again.running and again.step_index == engine.step_index
    assert again.countdown.remaining() == pytest.approx(20 * 60 - 420)
    assert events and events[0].kind == "restart"
    store2.close()


def test_sleep_banner_lets_the_facilitator_decide(app, window, qtbot, clocks, document):
    page = window.show_page("agenda")
    engine = ShowEngine(document, clocks.monotonic, clocks.time, FakeChime(), FakeAwake())
    engine.timer.stop()
    app.services.show_engine.timer.stop()
    page.attach_show(engine, app.services.projector)
    go_round(engine)
    engine.start()
    engine.tick()
    clocks.wall += 900                    # lid closed a quarter of an hour (Linux)
    clocks.advance(0.25)
    engine.tick()
    assert page.banner.isVisible()
    assert "veille" in page.banner_text.text()
    before = engine.countdown.remaining()
    qtbot.mouseClick(page.count_gap, Qt.MouseButton.LeftButton)
    assert not page.banner.isVisible()
    assert engine.countdown.remaining() == pytest.approx(before - 900)


def test_chime_and_keep_awake_follow_the_countdown(engine, clocks):
    go_round(engine)
    alerts = []
    engine.alerted.connect(alerts.append)
    engine.start()
    assert engine.keep_awake.held
    clocks.advance(20 * 60 - 119)
    engine.tick()
    engine.tick()
    assert alerts == ["warning"] and engine.chime.played == 1
    clocks.advance(200)
    engine.tick()
    assert alerts == ["warning", "over"] and engine.chime.played == 2
    engine.add_minutes(5)                 # more time: it may warn again later
    clocks.advance(200)
    engine.tick()
    assert alerts[-1] == "warning" and engine.chime.played == 3
    engine.pause()
    assert not engine.keep_awake.held


def test_editing_a_step_before_it_starts_changes_its_countdown(app, window):
    engine = app.services.show_engine
    page = window.show_page("agenda")
    index = page.model.index(0, 2)
    assert page.model.setData(index, 25)
    assert engine.countdown.duration_s == 25 * 60
    assert not page.model.setData(index, 0)
    assert "entre 1 et 600" in page.message.text()
    assert window.document.workshop.agenda[0].minutes == 25
    assert "fin prévue vers" in page.total.text()


def test_custom_widget_through_the_window(app, window):
    label = QLabel("Idées du thème")
    app.services.projector.show_custom(label)
    assert app.services.projector.is_open
    assert app.services.projector.window.stack.currentWidget() is label
    app.services.projector.show_custom(None)
    app.services.projector.close()
    assert not app.services.projector.is_open


def test_chime_is_silent_without_multimedia_or_player(qapp):
    assert Chime(loader=lambda: None, fallback=None).play() is False
    no_output = types.SimpleNamespace(
        QMediaDevices=types.SimpleNamespace(audioOutputs=lambda: []))
    assert Chime(loader=lambda: no_output, fallback=None).play() is False
    chime = Chime()
    assert chime.play() in (True, False)  # whatever this machine has, it never raises


def test_chime_plays_when_audio_exists(qapp):
    played = []

    class Effect:
        def __init__(self, parent):
            pass

        def setSource(self, url):  # noqa: N802 - mimics Qt
            self.url = url

        def setVolume(self, v):  # noqa: N802 - mimics Qt
            pass

        def play(self):
            played.append(self.url.toLocalFile())

    module = types.SimpleNamespace(
        QMediaDevices=types.SimpleNamespace(audioOutputs=lambda: ["speakers"]),
        QSoundEffect=Effect)
    assert Chime(loader=lambda: module).play() is True
    assert played and played[0].endswith("chime.wav")


def test_system_player_per_platform():
    from ui.show.sound import system_command

    found = {"afplay": "/usr/bin/afplay", "aplay": "/usr/bin/aplay"}
    wav = Path("chime.wav")
    assert system_command(wav, "darwin", found.get) == ["/usr/bin/afplay", "chime.wav"]
    assert system_command(wav, "linux", found.get) == ["/usr/bin/aplay", "-q", "chime.wav"]
    assert system_command(wav, "linux", lambda p: None) is None
    assert system_command(wav, "win32", found.get) is None  # winsound there


@pytest.mark.skipif(sys.platform != "linux", reason="a stand-in Linux player")
def test_chime_without_multimedia_uses_the_system_player(qapp, qtbot, tmp_path, monkeypatch):
    """A real process is started with the WAV file, without any shell."""
    heard = tmp_path / "heard.txt"
    player = tmp_path / "paplay"
    player.write_text(f"#!/bin/sh\necho \"$1\" > {heard}\n", encoding="utf-8")
    player.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    assert Chime(loader=lambda: None).play() is True
    qtbot.waitUntil(heard.exists, timeout=10000)
    assert heard.read_text(encoding="utf-8").strip().endswith("chime.wav")


def test_keep_awake_never_fails(qapp, monkeypatch):
    for platform in ("linux", "win32", "darwin", "freebsd"):
        awake = KeepAwake(platform)
        if platform == "darwin":
            monkeypatch.setattr("subprocess.Popen", lambda *a, **k: (_ for _ in ()).throw(
                FileNotFoundError("caffeinate")))
        assert awake.hold() in (True, False)
        awake.release()
        assert not awake.held
