"""The show engine: current step, its countdown, alerts (``window.show_engine``).

:class:`ShowEngine` plays the run of show of the open workshop.  A 250 ms
timer only repaints: the time comes from :class:`workshop.timer.Countdown`.
Control actions (start, pause, next…) record the show state in the live
record beside the workshop file (``store.save_live``, a tiny atomic write)
— not through ``apply`` and not in the workshop file: pressing pause is not
an edit to undo nor a reason to rewrite the file, and timer ticks never
touch the undo stack.  When the workshop is (re)loaded the engine reads
that record back (``store.load_live``).  Undo and redo leave the live show
alone (the document keeps it), so after an edit the engine only follows
its step through the run of show.

Kept apart from :mod:`ui.show.actions` (the menu and shortcuts) so that the
window can show before this and the projector modules are imported.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ui.show.keep_awake import KeepAwake
from ui.projector.view import ClockFace, StepContent, clock_face, step_content
from ui.show.sound import Chime
from ui.text.messages import describe
from workshop import agenda
from workshop.errors import WorkshopError
from workshop.timer import ClockEvent, Countdown

REPAINT_MS = 250
CONTENT_CHANGES = frozenset({"agenda", "rotation", "participants", "tables", "themes",
                             "show", "workshop"})
#: changes after which the show's controls read the state again
STATE_CHANGES = frozenset({"agenda", "show", "rotation"})


class ShowEngine(QObject):
    """The running show of one document."""

    ticked = Signal(object)            # ClockFace, about 4 times a second
    content_changed = Signal(object)   # StepContent, when the step or the workshop changes
    state_changed = Signal()           # started, paused, step moved…
    clock_event = Signal(object)       # ClockEvent: the facilitator must decide
    alerted = Signal(str)              # "warning" or "over", once per step
    save_failed = Signal(str)          # the live record could not be written: one sentence

    def __init__(self, document, clock=time.monotonic, wall=time.time, chime=None,
                 keep_awake: KeepAwake | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._clock, self._wall = clock, wall
        self.chime = chime if chime is not None else Chime(parent=self)
        self.keep_awake = keep_awake if keep_awake is not None else KeepAwake()
        self.countdown: Countdown | None = None
        self._step_id: str | None = None
        self._alerts: set[str] = set()
        self._announced: ClockEvent | None = None
        self._last_face: tuple | None = None
        self._content: StepContent | None = None
        self._load()
        document.changed.connect(self._on_changed)
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(REPAINT_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    # -- reading ---------------------------------------------------------------
    @property
    def workshop(self):
        return self.document.workshop

    @property
    def step_index(self) -> int:
        return self.workshop.show.step

    def step(self):
        return agenda.current_step(self.workshop)

    def face(self) -> ClockFace:
        return clock_face(self.countdown, self.workshop.show.warning_s)

    def content(self) -> StepContent:
        self._content = step_content(self.workshop)
        return self._content

    @property
    def running(self) -> bool:
        return self.countdown is not None and self.countdown.running

    # -- controls --------------------------------------------------------------
    def toggle(self) -> None:
        """Space: start, pause or resume."""
        if self.countdown is not None:
            self.countdown.toggle()
            self._after_control()

    def start(self) -> None:
        if self.countdown is not None:
            self.countdown.start()
            self._alerts.clear()
            self._after_control()

    def pause(self) -> None:
        if self.countdown is not None:
            self.countdown.pause()
            self._after_control()

    def resume(self) -> None:
        if self.countdown is not None:
            self.countdown.resume()
            self._after_control()

    def add_minutes(self, minutes: int) -> None:
        if self.countdown is None:
            return
        self.countdown.add(60 * minutes)
        remaining = self.countdown.remaining()
        if remaining > 0:
            self._alerts.discard("over")       # given more time: it may chime again
        if remaining > self.workshop.show.warning_s:
            self._alerts.discard("warning")
        self._after_control()

    def next_step(self) -> None:
        self.go_to(self.step_index + 1)

    def previous_step(self) -> None:
        self.go_to(self.step_index - 1)

    def go_to(self, index: int) -> None:
        """Move to step ``index``; a running show keeps running on the new step."""
        steps = self.workshop.agenda
        if not steps or not 0 <= index < len(steps):
            return
        was_running = self.running
        self.workshop.show.step = index
        self._fresh_countdown()
        if was_running:
            self.countdown.start()
        self.content_changed.emit(self.content())
        self._after_control()

    def resolve(self, count: bool) -> None:
        """The facilitator's answer to a :class:`ClockEvent`."""
        if self.countdown is not None:
            self.countdown.resolve(count)
            self._announced = None
            self._after_control()

    # -- the repaint loop ------------------------------------------------------
    def tick(self) -> None:
        countdown = self.countdown
        if countdown is not None:
            countdown.check()
            if countdown.pending is not None and countdown.pending is not self._announced:
                self._announced = countdown.pending
                self.clock_event.emit(countdown.pending)
        face = self.face()
        if self.running and face.level in ("warning", "over") and face.level not in self._alerts:
            self._alerts.add(face.level)
            if face.level == "over":
                self._alerts.add("warning")
            self.chime.play()
            self.alerted.emit(face.level)
        # Idle, the face does not change: nothing to repaint four times a second.
        visible = (face.text, face.level, face.status, face.paused, face.over)
        if self.running or visible != self._last_face:
            self._last_face = visible
            self.ticked.emit(face)

    # -- state -----------------------------------------------------------------
    def _load(self) -> None:
        """Take the show state from the live record (opened, replaced)."""
        ws = self.workshop
        store = self.document.store
        state = store.load_live() if store is not None else None
        if state is not None:
            ws.show.step, ws.show.countdown = state.step, state.countdown
        step = self.step()
        ws.show.step = ws.agenda.index(step) if step is not None else 0
        self._step_id = step.id if step is not None else None
        saved = ws.show.countdown
        if step is not None and saved is not None and saved.started:
            self.countdown = Countdown.from_state(saved, self._clock, self._wall)
        else:
            self._fresh_countdown()
        self._alerts = set()
        face = self.face()
        if face.level == "over":
            self._alerts = {"warning", "over"}     # no chime for what happened before
        elif face.level == "warning":
            self._alerts = {"warning"}
        self._hold_awake()

    def _fresh_countdown(self) -> None:
        step = self.step()
        self._step_id = step.id if step is not None else None
        self.countdown = Countdown(step.minutes * 60, self._clock, self._wall) if step else None
        self._alerts = set()
        self._announced = None

    def _write_state(self) -> None:
        show = self.workshop.show
        show.countdown = self.countdown.to_state() if self.countdown is not None else None

    def _save_live(self) -> None:
        """Write the step and countdown to the live record (a read-only window never does)."""
        store = self.document.store
        if store is None or store.read_only:
            return
        show = self.workshop.show
        try:
            store.save_live(show.step, show.countdown)
        except (WorkshopError, OSError) as exc:
            self.save_failed.emit(describe(exc) if isinstance(exc, WorkshopError) else str(exc))

    def _after_control(self) -> None:
        self._write_state()
        self._save_live()
        self._hold_awake()
        self.state_changed.emit()
        self.ticked.emit(self.face())

    def _hold_awake(self) -> None:
        if self.running:
            self.keep_awake.hold()
        else:
            self.keep_awake.release()

    def _on_changed(self, change) -> None:
        if "all" in change:
            self._load()
        elif change & {"agenda", "show"}:
            self._follow_edit()
        if change.touches(CONTENT_CHANGES):
            # A check-in changes no step's content unless names are on screen:
            # the projector is told only when what it shows differs.
            content = step_content(self.workshop)
            if content != self._content:
                self._content = content
                self.content_changed.emit(content)
        if change.touches(STATE_CHANGES):
            self.state_changed.emit()

    def _follow_edit(self) -> None:
        """Keep the show on its step when the run of show is edited.

        The step is followed by id (a step inserted or removed before it
        shifts its index).  The countdown is recorded again only when it had
        to be replaced (its step gone or re-timed before starting) or when
        the edit cleared it (the default run of show) while it runs on.
        """
        ws = self.workshop
        before = (ws.show.step, ws.show.countdown)
        ids = [s.id for s in ws.agenda]
        if self._step_id in ids:
            ws.show.step = ids.index(self._step_id)
            step = ws.agenda[ws.show.step]
            stale = not self.countdown.started and self.countdown.duration_s != step.minutes * 60
        else:
            ws.show.step = min(ws.show.step, max(0, len(ids) - 1))
            stale = True
        if stale:
            self._fresh_countdown()
        cleared = ws.show.countdown is None and self.countdown is not None \
            and self.countdown.started
        if stale or cleared:
            self._write_state()
        if (ws.show.step, ws.show.countdown) != before:
            self._save_live()
