"""The open workshop: its undo history, its saving, and who is told of a change.

Every edit goes through :meth:`WorkshopDocument.apply`: the domain
operation runs inside the domain history (:class:`workshop.history.History`),
which keeps only what it touched and reports a
:class:`~workshop.history.Change` (sections, ids).  ``changed`` carries that
change so that each model updates only the rows concerned; the
``QUndoStack`` is a view of the history (menu texts, Ctrl+Z / Ctrl+Y).  The
file is written shortly after, off the GUI thread (:mod:`ui.saver`).

The live show (current step, running countdown) is no part of the history:
domain operations never record it, so undo and redo leave it where it is.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ui.saver import Saver
from ui.text.messages import describe
from workshop.errors import WorkshopError
from workshop.history import Change, History
from workshop.model import Workshop
from workshop.storage.serial import to_data
from workshop.storage.store import WorkshopStore

UNDO_LIMIT = 300
#: tests set CAFE_CHECK_HISTORY=1: every change is undone and redone at once and
#: compared with the whole workshop, so an operation missing a touch() fails
CHECK_HISTORY = os.environ.get("CAFE_CHECK_HISTORY") == "1"


def _plain(workshop: Workshop) -> dict:
    data = to_data(workshop)
    data["show"]["step"] = data["show"]["countdown"] = None  # the live show: no history
    return data


class HistoryCommand(QUndoCommand):
    """One record of the domain history, as ``QUndoStack`` shows it."""

    def __init__(self, doc: WorkshopDocument, text: str, merge_id: int = -1) -> None:
        super().__init__(text)
        self._doc = doc
        self._merge_id = merge_id
        self._first = True

    def id(self) -> int:  # noqa: A003 - Qt override
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        # The domain history has already merged the two runs into one record.
        return other.id() == self._merge_id and self._merge_id != -1

    def redo(self) -> None:
        if self._first:  # apply() already ran the change
            self._first = False
            return
        self._doc._step(self._doc.history.redo, self.text(), undone=False)

    def undo(self) -> None:
        self._first = False
        self._doc._step(self._doc.history.undo, self.text(), undone=True)


class WorkshopDocument(QObject):
    """The workshop being edited, with undo and autosave."""

    changed = Signal(object)        # a workshop.history.Change
    stepped = Signal(object, str, bool)  # (Change, text, undone) after an undo or a redo
    save_state_changed = Signal()   # saved / unsaved / failed / read-only
    save_failed = Signal(str)       # one sentence for the facilitator

    def __init__(self, workshop: Workshop, store: WorkshopStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.store = store
        self.history = History(UNDO_LIMIT)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.last_error = ""
        self.saver = Saver(self._snapshot, self._write, self)
        self.saver.saved.connect(self.save_state_changed)
        self.saver.failed.connect(self._on_failed)
        self._merge_ids: dict[str, int] = {}
        self._rebuilding = False  # the undo stack is being rebuilt: its commands do nothing

    @property
    def path(self) -> Path | None:
        return self.store.path if self.store else None

    @property
    def read_only(self) -> bool:
        return bool(self.store and self.store.read_only)

    @property
    def saved(self) -> bool:
        """Everything on disk (nothing waiting, nothing failed)."""
        return (self.store is not None and not self.store.read_only and not self.saver.dirty
                and self.saver.error is None and not self.saver.busy)

    # -- editing ---------------------------------------------------------------
    def apply(self, text: str, mutate: Callable[[Workshop], object],
              merge: str | None = None) -> object:
        """Run ``mutate(workshop)`` as one undoable change, saved shortly after.

        A :class:`WorkshopError` raised by ``mutate`` leaves the workshop as
        it was and is re-raised for the caller to show.  Consecutive changes
        with the same ``merge`` key are one step of the history.
        """
        before = _plain(self.workshop) if CHECK_HISTORY else None
        result, change, merged = self.history.run(self.workshop, text, mutate, merge)
        if before is not None:
            self._check_history(text, before, bool(change.sections), merged)
        if not change.sections:
            return result  # nothing changed: no step, nothing to save
        # Merged, the command pushed is absorbed by the one on top (same id).
        self.undo_stack.push(HistoryCommand(self, text, self._merge_id(merge)))
        self._after(change)
        return result

    def _check_history(self, text: str, before: dict, recorded: bool, merged: bool) -> None:
        """Tests only: the history must give back exactly what the operation changed."""
        after = _plain(self.workshop)
        if not recorded:
            assert after == before, f"« {text} » changed the workshop without touch()"
            return
        if not merged:  # a merged record goes back to before its first edit
            self._check_base = before
        self.history.undo()
        undone = _plain(self.workshop)
        self.history.redo()
        assert undone == self._check_base, f"undoing « {text} » does not give the workshop back"
        assert _plain(self.workshop) == after, f"redoing « {text} » differs"

    def _merge_id(self, merge: str | None) -> int:
        if merge is None:
            return -1
        return self._merge_ids.setdefault(merge, len(self._merge_ids) + 1)

    def _step(self, move, text: str, undone: bool) -> None:
        if self._rebuilding:
            return
        record = move()
        if record is None:
            return
        self._after(record.change)
        self.stepped.emit(record.change, text, undone)

    def _after(self, change: Change) -> None:
        self.saver.mark_dirty()
        self.save_state_changed.emit()
        self.changed.emit(change)

    def replace(self, workshop: Workshop, store: WorkshopStore | None) -> None:
        """Open another workshop: the old one is written first, a new history begins."""
        self.saver.flush()
        if self.store is not None and self.store is not store:
            self.store.close()
        self.workshop = workshop
        self.store = store
        self.history.clear()
        self.undo_stack.clear()
        self.last_error = ""
        self.changed.emit(Change.everything())
        self.save_state_changed.emit()

    def forget(self, wanted: Callable[[object], bool]) -> int:
        """Drop the history that holds an erased person (see :meth:`History.forget`).

        The undo stack is rebuilt from what is left: its commands only name
        records, so the new ones redo nothing when pushed.
        """
        dropped = self.history.forget(wanted)
        if dropped:
            self._rebuilding = True
            try:
                self.undo_stack.clear()
                for record in self.history.records:
                    self.undo_stack.push(HistoryCommand(self, record.text))
                self.undo_stack.setIndex(self.history.index)
            finally:
                self._rebuilding = False
        return dropped

    def announce(self, change: Change) -> None:
        """A change made outside the history (an erasure): views follow, the file too."""
        self.saver.mark_dirty()
        self.changed.emit(change)

    # -- saving ----------------------------------------------------------------
    def _snapshot(self) -> object:
        return (self.store, self.store.snapshot(self.workshop)) if self.store else (None, None)

    @staticmethod
    def _write(job) -> None:
        store, data = job
        if store is not None and not store.read_only:
            store.write(data)
            store.backup("periodic")  # at most one per 10 minutes of editing (the store says)

    def backup(self, reason: str) -> None:
        """Write what is unsaved, then keep a copy of the file (before an import, a re-plan)."""
        if self.store is not None and not self.store.read_only and self.flush():
            self.store.backup(reason)

    def save(self) -> bool:
        """Write the file now and wait for it; on failure keep the data and say why."""
        if self.store is None or self.store.read_only:
            return False
        self.saver.dirty = True
        return self.flush()

    def flush(self) -> bool:
        """Write what is not saved yet and wait for it (close, step change, export…)."""
        ok = self.saver.flush()
        self.last_error = "" if ok else self._sentence(self.saver.error)
        self.save_state_changed.emit()
        return ok

    def _on_failed(self, exc: Exception) -> None:
        self.saver.dirty = True  # tried again with the next edit or flush
        self.last_error = self._sentence(exc)
        self.save_failed.emit(self.last_error)
        self.save_state_changed.emit()

    @staticmethod
    def _sentence(exc: Exception | None) -> str:
        if exc is None:
            return ""
        return describe(exc) if isinstance(exc, WorkshopError) else str(exc)
