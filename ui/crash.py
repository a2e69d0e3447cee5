"""An unexpected error is never only a line on stderr that nobody sees.

:func:`install` replaces ``sys.excepthook`` (and ``threading.excepthook``):
an error that escapes a slot or a thread is written, with its traceback, to
the log file (:mod:`ui.log_file`), the open workshop is written to disk, and
a short dialog says in the facilitator's language what failed, that the
work is saved, and where the log is.  The window goes on.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

log = logging.getLogger("cafe.crash")


class CrashReporter(QObject):
    """Logs, saves and tells; signals carry errors from other threads to the GUI thread."""

    _from_thread = Signal(str)

    def __init__(self, log_path: Path | None, save: Callable[[], object] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.save = save
        self.shown: list[str] = []  # what the dialogs said (for the record, and tests)
        self._from_thread.connect(self._tell, Qt.ConnectionType.QueuedConnection)
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self._on_error
        threading.excepthook = lambda args: self._on_error(
            args.exc_type, args.exc_value, args.exc_traceback)

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _on_error(self, kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, value, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        what = "".join(traceback.format_exception_only(kind, value)).strip()
        if threading.current_thread() is threading.main_thread():
            self._tell(what)
        else:
            self._from_thread.emit(what)

    def _tell(self, what: str) -> None:
        saved = True
        if self.save is not None:
            try:
                saved = self.save() is not False
            except Exception:  # the hook must never fail in turn
                log.exception("saving after an unexpected error failed")
                saved = False
        text = self._sentence(what, saved)
        self.shown.append(text)
        from PySide6.QtWidgets import QApplication, QMessageBox

        QMessageBox.warning(QApplication.activeWindow(),
                            _tr("Erreur inattendue"), text)

    def _sentence(self, what: str, saved: bool) -> str:
        text = _tr("Une erreur inattendue est survenue : {what}").format(what=what) + "\n\n"
        text += _tr("Votre travail est enregistré ; vous pouvez continuer.") if saved else _tr(
            "Votre travail n'a pas pu être enregistré : utilisez « Enregistrer sous… ».")
        if self.log_path is not None:
            text += "\n\n" + _tr("Le détail est dans le journal : {path}").format(
                path=self.log_path)
        return text


def _tr(text: str) -> str:
    return QCoreApplication.translate("CrashReporter", text)
