"""The countdown of a step: computed from a clock, never from ticks.

A display timer only repaints; the remaining time is always
``duration - elapsed`` where ``elapsed`` comes from :func:`time.monotonic`
(injectable for tests).  A tick counter was measured 23.7 s behind after
two minutes when the GUI thread was busy; this cannot drift.

The saved state (:class:`~workshop.model.CountdownState`) uses the wall
clock (``time.time``), the only clock that survives a restart: a countdown
restored after a crash resumes where the clock really is.

The two clocks also reveal trouble.  While running, :meth:`Countdown.check`
compares them: on Linux and macOS the monotonic clock stops during suspend
while the wall clock goes on; on Windows both go on but nothing observed
the countdown for a long while; a manual or network time change moves only
the wall clock.  Each case becomes a :class:`ClockEvent` that the
facilitator resolves with :meth:`Countdown.resolve` (count the gap or not),
because only a person knows whether the room went on talking.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from workshop.model import CountdownState

Clock = Callable[[], float]

#: the two clocks may disagree by this much before we call it a jump
JUMP_TOLERANCE_S = 5.0
#: nothing looked at a running countdown for this long: the laptop slept
SILENCE_S = 60.0


@dataclass(frozen=True)
class ClockEvent:
    """A gap the facilitator must decide about.

    ``kind`` is ``"sleep"`` (the monotonic clock stopped while the wall clock
    went on, or nothing ran for a long time), ``"jump"`` (the wall clock
    moved on its own, e.g. a time change), or ``"restart"`` (the countdown
    was restored from the file).  ``gap_s`` is the length of the gap
    (negative for a clock going backwards) and ``counted`` whether it is
    currently included in the elapsed time.
    """

    kind: str
    gap_s: float
    counted: bool


class Countdown:
    """A pausable countdown that may go over time (negative remaining)."""

    def __init__(self, duration_s: float, clock: Clock = time.monotonic,
                 wall: Clock = time.time) -> None:
        self.duration_s = max(0.0, float(duration_s))
        self._clock = clock
        self._wall = wall
        self._elapsed = 0.0            # elapsed before the current run
        self._run_start: float | None = None
        self._started = False
        self._seen: tuple[float, float] | None = None   # (monotonic, wall) at last check
        self.pending: ClockEvent | None = None

    # -- state -----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._run_start is not None

    @property
    def started(self) -> bool:
        return self._started

    @property
    def finished(self) -> bool:
        return self._started and self.remaining() <= 0

    def elapsed(self) -> float:
        if self._run_start is None:
            return self._elapsed
        return self._elapsed + (self._clock() - self._run_start)

    def remaining(self) -> float:
        """Seconds left; negative once over time."""
        return self.duration_s - self.elapsed()

    def overtime(self) -> float:
        return max(0.0, -self.remaining())

    # -- controls --------------------------------------------------------------
    def start(self) -> None:
        """Start from the full duration (a restart if it already ran)."""
        self._elapsed = 0.0
        self._started = True
        self.pending = None
        self._begin_run()

    def pause(self) -> None:
        if self._run_start is None:
            return
        self._elapsed = self.elapsed()
        self._run_start = None
        self._seen = None

    def resume(self) -> None:
        if self._run_start is not None:
            return
        if not self._started:
            self.start()
            return
        self._begin_run()

    def toggle(self) -> None:
        """Pause if running, otherwise resume (or start)."""
        if self.running:
            self.pause()
        else:
            self.resume()

    def add(self, seconds: float) -> None:
        """Lengthen (or shorten, with a negative value) the step; never below zero."""
        self.duration_s = max(0.0, self.duration_s + seconds)

    def _begin_run(self) -> None:
        self._run_start = self._clock()
        self._seen = (self._run_start, self._wall())

    # -- clock trouble ---------------------------------------------------------
    def check(self) -> ClockEvent | None:
        """Compare the clocks since the last check; return a new gap, if any.

        Call it at each repaint.  A gap found is kept in :attr:`pending`
        until :meth:`resolve`; by default the countdown keeps the monotonic
        view (a slept Linux laptop does not count the sleep, a Windows one
        does) — the facilitator decides.
        """
        if self._run_start is None:
            return None
        mono, wall = self._clock(), self._wall()
        last = self._seen
        self._seen = (mono, wall)
        if last is None:
            return None
        d_mono, d_wall = mono - last[0], wall - last[1]
        event = None
        if d_wall - d_mono > JUMP_TOLERANCE_S:
            # wall went on, monotonic did not: a suspend (or the time set forward)
            event = ClockEvent("sleep", d_wall - d_mono, counted=False)
        elif d_mono - d_wall > JUMP_TOLERANCE_S:
            event = ClockEvent("jump", d_wall - d_mono, counted=False)
        elif d_mono > SILENCE_S:
            # both clocks went on but nothing ran: a Windows suspend
            event = ClockEvent("sleep", d_mono, counted=True)
        if event is not None:
            self.pending = event
        return event

    def resolve(self, count: bool) -> None:
        """Count the pending gap in the elapsed time, or leave it out."""
        event, self.pending = self.pending, None
        if event is None or event.counted == count:
            return
        total = self.elapsed() + (event.gap_s if count else -event.gap_s)
        self._elapsed = max(0.0, total)
        if self._run_start is not None:
            self._begin_run()

    # -- saving ----------------------------------------------------------------
    def to_state(self) -> CountdownState:
        """What goes in the workshop file (wall-clock based)."""
        return CountdownState(
            duration_s=self.duration_s,
            elapsed_s=self.elapsed(),
            running=self.running,
            started=self._started,
            saved_at=self._wall(),
        )

    @classmethod
    def from_state(cls, state: CountdownState, clock: Clock = time.monotonic,
                   wall: Clock = time.time) -> Countdown:
        """Rebuild a saved countdown where the clock really is now.

        A countdown that was running goes on running and counts the time
        since it was saved; that gap is left in :attr:`pending` as a
        ``"restart"`` event so the facilitator can choose not to count it.
        A wall clock now earlier than the save counts nothing.
        """
        countdown = cls(state.duration_s, clock, wall)
        countdown._started = state.started
        countdown._elapsed = max(0.0, state.elapsed_s)
        if state.running:
            gap = wall() - state.saved_at
            if gap >= 0:
                countdown._elapsed += gap
                countdown.pending = ClockEvent("restart", gap, counted=True)
            else:
                countdown.pending = ClockEvent("jump", gap, counted=False)
            countdown._begin_run()
        return countdown


def format_clock(seconds: float, round_up: bool = True) -> str:
    """``mm:ss`` (``h:mm:ss`` past an hour) of the absolute value.

    A countdown rounds up, so it shows ``00:01`` until the last second is
    gone and ``00:00`` exactly at the end; overtime counting up rounds down.
    """
    value = abs(seconds)
    total = int(math.ceil(value - 1e-9)) if round_up else int(math.floor(value + 1e-9))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"
