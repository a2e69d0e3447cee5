"""The open workshop, its undo stack and its autosave.

Every change goes through :meth:`WorkshopDocument.apply`: a domain function
runs on the workshop, the change is pushed on the ``QUndoStack`` as a
snapshot command, the file is saved at once, and ``changed`` tells the
views which parts moved (names such as ``"participants"`` or
``"rotation"``), Anki's ``OpChanges`` in small.

The live show (current step, running countdown) is saved with the file but
is no part of the history: undo and redo keep it as it is now, and the show
engine records it with :meth:`WorkshopDocument.save_live_state`.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop.errors import WorkshopError
from workshop.model import Workshop
from workshop.storage.store import WorkshopStore
from ui.text.messages import describe

ALL = frozenset({"all"})


def _restore(target: Workshop, snapshot: Workshop) -> None:
    """Make ``target`` equal to ``snapshot`` while keeping its identity."""
    target.__dict__.update(copy.deepcopy(snapshot).__dict__)


def _restore_keeping_live(target: Workshop, snapshot: Workshop) -> None:
    """Restore ``snapshot`` but keep the live show where it is now.

    An undo must not rewind a running countdown or move the projector back
    to an older step; the show's options (warning, names, start) are edits
    and do go back.
    """
    step, countdown = target.show.step, target.show.countdown
    _restore(target, snapshot)
    target.show.step, target.show.countdown = step, countdown


class SnapshotCommand(QUndoCommand):
    """An applied change, undone by restoring the state before it."""

    def __init__(self, doc: WorkshopDocument, text: str, before: Workshop,
                 changes: frozenset[str]) -> None:
        super().__init__(text)
        self._doc = doc
        self._before = before
        self._after = copy.deepcopy(doc.workshop)
        self._changes = changes
        self._first = True

    def redo(self) -> None:
        if self._first:  # apply() already ran the change
            self._first = False
        else:
            _restore_keeping_live(self._doc.workshop, self._after)
        self._doc._after_change(self._changes)

    def undo(self) -> None:
        _restore_keeping_live(self._doc.workshop, self._before)
        self._doc._after_change(self._changes)


class WorkshopDocument(QObject):
    """The workshop being edited, with undo and autosave."""

    changed = Signal(object)        # frozenset of change names
    save_state_changed = Signal()   # saved / failed / read-only
    save_failed = Signal(str)       # one sentence for the facilitator

    def __init__(self, workshop: Workshop, store: WorkshopStore | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(300)
        self.last_error = ""
        self.saved = store is not None and not store.read_only

    @property
    def path(self) -> Path | None:
        return self.store.path if self.store else None

    @property
    def read_only(self) -> bool:
        return bool(self.store and self.store.read_only)

    def apply(self, text: str, mutate: Callable[[Workshop], object],
              changes: Iterable[str]) -> object:
        """Run ``mutate(workshop)`` as one undoable, saved change.

        A :class:`WorkshopError` raised by ``mutate`` leaves the workshop as
        it was and is re-raised for the caller to show.
        """
        before = copy.deepcopy(self.workshop)
        try:
            result = mutate(self.workshop)
        except WorkshopError:
            _restore(self.workshop, before)
            raise
        self.undo_stack.push(SnapshotCommand(self, text, before, frozenset(changes)))
        return result

    def replace(self, workshop: Workshop, store: WorkshopStore | None) -> None:
        """Open another workshop: a new history begins."""
        if self.store is not None and self.store is not store:
            self.store.close()
        self.workshop = workshop
        self.store = store
        self.undo_stack.clear()
        self.saved = store is not None and not store.read_only
        self.changed.emit(ALL)
        self.save_state_changed.emit()

    def save(self) -> bool:
        """Write the file now; on failure keep the data and say why."""
        if self.store is None:
            return False
        try:
            self.store.save(self.workshop)
        except (WorkshopError, OSError) as exc:
            self.saved = False
            self.last_error = describe(exc) if isinstance(exc, WorkshopError) else str(exc)
            self.save_failed.emit(self.last_error)
            self.save_state_changed.emit()
            return False
        self.saved = True
        self.last_error = ""
        self.save_state_changed.emit()
        return True

    def save_live_state(self) -> bool:
        """Save the live show (step, countdown): not an edit, so no undo entry."""
        return self.save()

    def _after_change(self, changes: frozenset[str]) -> None:
        self.saved = False
        self.save()
        self.changed.emit(changes)
