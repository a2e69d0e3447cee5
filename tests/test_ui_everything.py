"""Every page visited, every enabled button clicked, every menu action triggered.

The class of bug behind a dead import button: a slot that raises (or gets
``checked=False`` as a path) only shows as a line on stderr.  Here the real
window, on the demo and on a fresh empty workshop, in French and English,
is driven click by click; pytest-qt fails the test on any exception raised
in a slot and on any Qt warning.  Dialogs are answered automatically: static
ones are replaced, modal ones are closed as soon as they open.  A button
added tomorrow is clicked tomorrow without being listed here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from ui.app import CafeApp
from ui.document import WorkshopDocument
from ui.i18n import install_language
from workshop.model import Workshop
from workshop.storage.store import WorkshopStore


@pytest.fixture
def answered(monkeypatch, tmp_path):
    """Static dialogs answer at once; modal ones are closed as soon as they show."""
    saved = tmp_path / "saved"
    saved.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(saved / "fichier.json"), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(saved))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "about", lambda *a, **k: None)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#117733"))
    # opened desktop folders and files: nothing leaves the test
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda *a, **k: True)

    def close_modal() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.reject()
        elif modal is not None:
            modal.close()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(30)
    yield saved
    timer.stop()


def buttons_of(page: QWidget) -> list[QAbstractButton]:
    return [b for b in page.findChildren(QAbstractButton)
            if b.isVisibleTo(page) and b.isEnabled() and not b.objectName().startswith("qt_")]


def menu_actions(window) -> list[QAction]:
    found: list[QAction] = []

    def walk(actions) -> None:
        for action in actions:
            if action.menu() is not None:
                action.menu().aboutToShow.emit()  # menus filled on opening (recent files)
                walk(action.menu().actions())
            elif not action.isSeparator() and action.isEnabled():
                found.append(action)
    walk(window.menuBar().actions())
    return found


def click_everything(qtbot, app: CafeApp) -> list[object]:
    """Click and trigger everything; what was clicked (buttons and actions)."""
    window = app.window
    clicked: list[object] = []
    for spec in window.specs:
        page = window.show_page(spec.key)
        qtbot.wait(5)
        for button in buttons_of(page):
            if not (button.isVisibleTo(page) and button.isEnabled()):
                continue  # an earlier click hid or disabled it
            clicked.append(button)
            button.click()
            qtbot.wait(5)
        shutdown = getattr(page, "shutdown", None)
        if shutdown:
            shutdown()  # a search or an export started by a click ends before the next page
    for action in menu_actions(window):
        if action is window.act_quit:
            continue
        clicked.append(action)
        action.trigger()
        qtbot.wait(5)
    window.set_language("fr")
    return clicked


def open_app(qtbot, settings, path: Path, workshop: Workshop) -> CafeApp:
    store = WorkshopStore(path)
    store.save(workshop)
    app = CafeApp(WorkshopDocument(workshop, store), settings)
    qtbot.addWidget(app.window)
    app.window.show()
    return app


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_button_and_action_of_the_demo(qtbot, settings, tmp_path, demo, answered, lang,
                                            monkeypatch):
    install_language(lang)
    try:
        app = open_app(qtbot, settings, tmp_path / "demo.json", demo)
        clicked = click_everything(qtbot, app)
        assert len(clicked) > 50
        assert app.people.import_action in clicked  # the menu entry, once dead
        monkeypatch.setattr(QMessageBox, "question",  # « quit during the round? »: yes
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        app.window.act_quit.trigger()
        assert not app.window.isVisible()
    finally:
        install_language("fr")


def test_every_button_and_action_of_an_empty_workshop(qtbot, settings, tmp_path, answered):
    install_language("fr")
    app = open_app(qtbot, settings, tmp_path / "vide.json", Workshop("vide", "Nouvel atelier"))
    assert len(click_everything(qtbot, app)) > 30
    app.window.close()
