"""The countdown, driven by fake clocks: no real time passes in these tests."""

from __future__ import annotations

import pytest

from workshop.model import CountdownState
from workshop.storage.live import LiveState, decode_live, encode_live
from workshop.timer import Countdown, format_clock


class FakeClocks:
    """A monotonic clock and a wall clock moved by hand."""

    def __init__(self) -> None:
        self.mono = 1000.0
        self.wall = 1_800_000_000.0

    def monotonic(self) -> float:
        return self.mono

    def time(self) -> float:
        return self.wall

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += seconds

    def suspend(self, seconds: float) -> None:
        """Linux/macOS suspend: the monotonic clock stops, the wall clock goes on."""
        self.wall += seconds


@pytest.fixture
def clocks() -> FakeClocks:
    return FakeClocks()


def countdown(clocks: FakeClocks, seconds: float) -> Countdown:
    return Countdown(seconds, clock=clocks.monotonic, wall=clocks.time)


def test_counts_down_from_the_clock(clocks):
    c = countdown(clocks, 1200)
    assert not c.running and not c.started and not c.finished
    assert c.remaining() == 1200
    c.start()
    clocks.advance(90.5)
    assert c.running
    assert c.remaining() == pytest.approx(1109.5)


def test_pause_freezes_and_resume_continues(clocks):
    c = countdown(clocks, 600)
    c.start()
    clocks.advance(100)
    c.pause()
    clocks.advance(500)          # paused: this time does not count
    assert not c.running
    assert c.remaining() == pytest.approx(500)
    c.resume()
    clocks.advance(50)
    assert c.remaining() == pytest.approx(450)
    c.pause()
    c.pause()                    # twice is harmless
    assert c.remaining() == pytest.approx(450)


def test_toggle_starts_pauses_and_resumes(clocks):
    c = countdown(clocks, 60)
    c.toggle()
    assert c.running and c.started
    clocks.advance(10)
    c.toggle()
    assert not c.running
    clocks.advance(10)
    c.toggle()
    clocks.advance(10)
    assert c.remaining() == pytest.approx(40)


def test_add_and_remove_minutes_never_below_zero(clocks):
    c = countdown(clocks, 120)
    c.start()
    clocks.advance(30)
    c.add(60)
    assert c.remaining() == pytest.approx(150)
    c.add(-60)
    c.add(-60)
    assert c.remaining() == pytest.approx(30)
    c.add(-600)
    assert c.duration_s == 0
    assert c.remaining() == pytest.approx(-30)


def test_overtime_goes_negative_and_finished(clocks):
    c = countdown(clocks, 60)
    c.start()
    clocks.advance(59.5)
    assert not c.finished
    clocks.advance(0.5)
    assert c.finished
    clocks.advance(75)
    assert c.remaining() == pytest.approx(-75)
    assert c.overtime() == pytest.approx(75)
    assert c.running             # the clock keeps counting the overtime


def test_start_again_restarts_from_full_duration(clocks):
    c = countdown(clocks, 60)
    c.start()
    clocks.advance(40)
    c.start()
    assert c.remaining() == pytest.approx(60)


def test_a_busy_display_loop_does_not_drift(clocks):
    """Whatever the ticks do, remaining comes from the clock."""
    c = countdown(clocks, 120)
    c.start()
    for _ in range(12):          # 2.5 s blocked every 10 s, as measured in PITFALLS
        clocks.advance(7.5)
        c.check()
        clocks.advance(2.5)
    assert c.remaining() == pytest.approx(0)


def test_state_round_trip_while_paused(clocks):
    c = countdown(clocks, 1200)
    c.start()
    clocks.advance(300)
    c.pause()
    state = c.to_state()
    clocks.advance(3600)         # closed for an hour: a paused timer does not move
    back = Countdown.from_state(state, clock=clocks.monotonic, wall=clocks.time)
    assert not back.running and back.started
    assert back.remaining() == pytest.approx(900)
    assert back.pending is None


def test_resume_after_restart_where_the_clock_really_is(clocks):
    c = countdown(clocks, 1200)
    c.start()
    clocks.advance(300)
    state = c.to_state()
    # the app crashes; the computer restarts: a new monotonic origin, wall goes on
    clocks.advance(125)
    clocks.mono = 3.0
    back = Countdown.from_state(state, clock=clocks.monotonic, wall=clocks.time)
    assert back.running
    assert back.remaining() == pytest.approx(1200 - 425)
    assert back.pending.kind == "restart"
    assert back.pending.gap_s == pytest.approx(125)
    clocks.advance(10)
    assert back.remaining() == pytest.approx(1200 - 435)


def test_restart_gap_can_be_left_out(clocks):
    c = countdown(clocks, 1200)
    c.start()
    clocks.advance(300)
    state = c.to_state()
    clocks.advance(600)
    back = Countdown.from_state(state, clock=clocks.monotonic, wall=clocks.time)
    back.resolve(count=False)
    assert back.remaining() == pytest.approx(900)
    assert back.pending is None


def test_state_survives_the_live_record(clocks):
    c = countdown(clocks, 1200)
    c.start()
    clocks.advance(61)
    again = decode_live(encode_live(LiveState(3, c.to_state())))
    assert again.step == 3 and isinstance(again.countdown, CountdownState)
    back = Countdown.from_state(again.countdown, clock=clocks.monotonic, wall=clocks.time)
    assert back.remaining() == pytest.approx(1139)


def test_wall_clock_set_back_before_restore_counts_nothing(clocks):
    c = countdown(clocks, 600)
    c.start()
    clocks.advance(100)
    state = c.to_state()
    clocks.wall -= 3600          # the time zone or the clock was changed
    back = Countdown.from_state(state, clock=clocks.monotonic, wall=clocks.time)
    assert back.remaining() == pytest.approx(500)
    assert back.pending.kind == "jump"


def test_suspend_is_detected_and_the_facilitator_decides(clocks):
    c = countdown(clocks, 1200)
    c.start()
    clocks.advance(60)
    assert c.check() is None
    clocks.suspend(600)          # lid closed ten minutes (Linux/macOS)
    clocks.advance(0.25)
    event = c.check()
    assert event.kind == "sleep" and not event.counted
    assert event.gap_s == pytest.approx(600)
    assert c.remaining() == pytest.approx(1200 - 60.25)
    c.resolve(count=True)        # the room went on talking
    assert c.remaining() == pytest.approx(1200 - 660.25)
    assert c.pending is None


def test_windows_style_suspend_is_detected_by_silence(clocks):
    c = countdown(clocks, 1200)
    c.start()
    c.check()
    clocks.advance(900)          # both clocks went on, no repaint for 15 minutes
    event = c.check()
    assert event.kind == "sleep" and event.counted
    c.resolve(count=False)       # everyone went for lunch: do not count it
    assert c.remaining() == pytest.approx(1200)


def test_wall_clock_jump_backwards_is_reported(clocks):
    c = countdown(clocks, 600)
    c.start()
    c.check()
    clocks.advance(1)
    clocks.wall -= 3600
    event = c.check()
    assert event.kind == "jump" and event.gap_s == pytest.approx(-3600)
    c.resolve(count=False)
    assert c.remaining() == pytest.approx(599)


def test_small_disagreements_are_not_jumps(clocks):
    c = countdown(clocks, 600)
    c.start()
    for _ in range(100):
        clocks.advance(0.25)
        clocks.wall += 0.01      # NTP slewing
        assert c.check() is None


def test_format_clock():
    assert format_clock(1200) == "20:00"
    assert format_clock(0.2) == "00:01"
    assert format_clock(0) == "00:00"
    assert format_clock(-61.7, round_up=False) == "01:01"
    assert format_clock(3725) == "1:02:05"
