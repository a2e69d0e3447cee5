"""Writing files off the GUI thread: one worker for the site and the event's documents.

The job is a function of nothing (it holds a copy of the workshop, taken
when the facilitator asked); its result comes back through ``done``, and a
refusal of the domain or of the disk through ``failed`` as one sentence.
(The PDF export has its own worker: it reports progress and can be cancelled.)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal


class WriteWorker(QThread):
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Callable[[], object], folder: Path, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.job, self.folder, self.lang = job, Path(folder), lang

    def run(self) -> None:
        from ui.text.messages import describe
        from workshop.errors import WorkshopError

        try:
            result = self.job()
        except WorkshopError as exc:
            self.failed.emit(describe(exc, self.lang))
            return
        except OSError as exc:
            self.failed.emit(f"{exc.filename or self.folder} : {exc.strerror or exc}")
            return
        self.done.emit(result)
