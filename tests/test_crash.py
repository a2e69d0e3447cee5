"""An unexpected error: written to the log, the work saved, a dialog in French."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from ui.crash import CrashReporter
from ui.log_file import start_logging, stop_logging
from workshop import editing
from workshop.storage.store import WorkshopStore


def test_an_error_in_a_slot_is_logged_saved_and_said(window, qtbot, tmp_path, monkeypatch):
    log_path = start_logging(tmp_path / "journal.log")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append((a[1], a[2])))
    crash = CrashReporter(log_path, save=window.document.flush)
    crash.install()
    try:
        pid = window.document.workshop.participants[3].id
        window.document.apply("pointer", lambda ws: editing.update_participant(
            ws, pid, present=True))                       # unsaved yet
        button = QPushButton("bug")
        qtbot.addWidget(button)
        button.clicked.connect(lambda: {}["absent"])      # a slot that fails
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        crash.uninstall()
        logging.getLogger().handlers[-1].flush()
        stop_logging(log_path)
    assert said and said[0][0] == "Erreur inattendue"
    assert "KeyError: 'absent'" in said[0][1] and "Votre travail est enregistré" in said[0][1]
    assert str(log_path) in said[0][1]
    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback" in logged and "KeyError: 'absent'" in logged
    assert WorkshopStore(window.document.path).load().participant(pid).present  # saved


def test_an_error_in_a_thread_reaches_the_window(window, qtbot, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    crash = CrashReporter(None, save=window.document.flush)
    crash.install()
    try:
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(said))
    finally:
        crash.uninstall()
    assert "ZeroDivisionError" in said[0]
