"""The rotation search on a worker thread: progress, cancel, never a frozen window.

The engine is pure Python/numpy (``workshop.rotation``); it calls back with
its progress and polls a cancel function.  Signals carry the results back
to the GUI thread, where the page stores them through ``document.apply``.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThread, Signal

from workshop.errors import WorkshopError
from ui.text.messages import describe


class RotationWorker(QThread):
    """Plans one rotation; emits ``progress``, then ``planned`` or ``failed``."""

    progress = Signal(float, float)   # fraction done, best score so far
    planned = Signal(object)          # the engine's result
    failed = Signal(str)              # one sentence for the facilitator

    def __init__(self, problem, seed: int = 0, time_limit: float = 2.0, parent=None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.seed = seed
        self.time_limit = time_limit
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from workshop.rotation import plan_rotation  # numpy loads only when needed

        try:
            result = plan_rotation(self.problem, seed=self.seed, time_limit=self.time_limit,
                                   progress=self._report, cancel=self._cancel.is_set)
        except WorkshopError as exc:
            self.failed.emit(describe(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a bug must not leave the page waiting
            self.failed.emit(QCoreApplication.translate(
                "RotationWorker", "Le calcul du plan de table a échoué ({detail}).").format(
                    detail=f"{type(exc).__name__}: {exc}"))
            return
        if not self.cancelled:
            self.planned.emit(result)

    def _report(self, fraction: float, best: float) -> None:
        self.progress.emit(float(fraction), float(best))
