"""Saving the workshop file off the GUI thread, shortly after the edits.

The document marks itself dirty after an edit; the :class:`Saver` takes a
snapshot (plain data, cheap, on the GUI thread, so the worker never reads
objects the window is changing) and a worker thread encodes and writes it
(temp file, fsync, ``os.replace``: the file is never unreadable).

When: at most :data:`IDLE_MS` after the last edit, and at most
:data:`MAX_MS` after the first unsaved one, so that a door check-in that
never goes quiet is still saved every few seconds; at once, and waited for,
with :meth:`Saver.flush` (close, quit, step change, export, import,
erasure, re-plan).  A crash loses at most the last few seconds of edits; a
failed write is reported by :attr:`Saver.failed`, never silent.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

IDLE_MS = 2000
MAX_MS = 5000


class Saver(QObject):
    """Debounced, threaded writes of one document's file."""

    #: a snapshot reached the disk (emitted on the GUI thread)
    saved = Signal()
    #: a write failed: the error (emitted on the GUI thread)
    failed = Signal(object)

    def __init__(self, snapshot: Callable[[], object], write: Callable[[object], None],
                 parent: QObject | None = None, idle_ms: int = IDLE_MS,
                 max_ms: int = MAX_MS) -> None:
        super().__init__(parent)
        self._snapshot, self._write = snapshot, write
        self.dirty = False
        self._idle = QTimer(self, singleShot=True, interval=idle_ms)
        self._deadline = QTimer(self, singleShot=True, interval=max_ms)
        self._idle.timeout.connect(self.save_soon)
        self._deadline.timeout.connect(self.save_soon)
        self._jobs: queue.Queue = queue.Queue()
        self._written = threading.Condition()
        self._sent = self._done = 0  # snapshots handed to the worker / written or failed
        self.error: Exception | None = None  # the last write's failure, None once one succeeds
        self._worker = threading.Thread(target=self._run, name="cafe-saver", daemon=True)
        self._worker.start()

    # -- from the GUI thread ---------------------------------------------------
    def mark_dirty(self) -> None:
        """An edit happened: save within the idle delay (and before the deadline)."""
        self.dirty = True
        self._idle.start()  # restarted by every edit
        if not self._deadline.isActive():
            self._deadline.start()

    def save_soon(self) -> None:
        """Hand the current state to the worker now (without waiting for the disk)."""
        self._idle.stop()
        self._deadline.stop()
        if not self.dirty:
            return
        self.dirty = False
        data = self._snapshot()
        with self._written:
            self._sent += 1
        self._jobs.put(data)

    def flush(self, timeout: float | None = 30.0) -> bool:
        """Save what is unsaved, wait until every write handed over is done.

        True when all of it reached the disk (:attr:`error` says why not).
        """
        self.save_soon()
        with self._written:
            done = self._written.wait_for(lambda: self._done >= self._sent, timeout)
            return done and self.error is None

    @property
    def busy(self) -> bool:
        """A snapshot is on its way to the disk."""
        with self._written:
            return self._done < self._sent

    def stop(self) -> None:
        """Flush and end the worker (the document goes away)."""
        self.flush()
        self._jobs.put(None)

    # -- the worker --------------------------------------------------------------
    def _run(self) -> None:
        while True:
            data = self._jobs.get()
            if data is None:
                return
            try:
                self._write(data)
            except Exception as exc:  # reported, never lost: the GUI shows it
                error: Exception | None = exc
            else:
                error = None
            with self._written:
                self.error = error
                self._done += 1
                self._written.notify_all()
            if error is None:
                self.saved.emit()
            else:
                self.failed.emit(error)
