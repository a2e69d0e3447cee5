"""Shared fixtures: isolated user folders and settings, fresh workshops on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CAFE_LANG", "fr")
# every change made through the document is undone and redone at once and compared
# with the whole workshop (ui/document.py): an operation missing a touch() fails
os.environ.setdefault("CAFE_CHECK_HISTORY", "1")


@pytest.fixture(autouse=True)
def user_places(tmp_path_factory, monkeypatch) -> Path:
    """Every test gets its own data, settings, log and Documents folders (ui.paths).

    platformdirs reads the XDG variables, and the Documents folder from
    ``user-dirs.dirs`` in the configuration folder, each time it is asked.
    """
    home = tmp_path_factory.mktemp("user")
    for name, sub in (("XDG_DATA_HOME", "share"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_STATE_HOME", "state")):
        monkeypatch.setenv(name, str(home / sub))
    (home / "config").mkdir()
    (home / "config" / "user-dirs.dirs").write_text(
        f'XDG_DOCUMENTS_DIR="{home / "Documents"}"\n', encoding="utf-8")
    return home


@pytest.fixture
def demo():
    """A fresh demo workshop (in memory)."""
    from workshop.demo import demo_workshop

    return demo_workshop()


@pytest.fixture
def demo_file(tmp_path: Path, demo) -> Path:
    """The demo workshop saved in a temporary file, its photos of nappes beside it."""
    from workshop.demo import place_demo_photos
    from workshop.storage.store import WorkshopStore

    path = tmp_path / "atelier.json"
    store = WorkshopStore(path)
    store.save(demo)
    place_demo_photos(demo, store.photo_dir)
    store.close()
    return path


@pytest.fixture
def settings(tmp_path: Path, qapp):
    """Settings in a temporary INI file; standard paths in test mode."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from ui.settings import Settings

    QStandardPaths.setTestModeEnabled(True)
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def document(qapp, demo_file: Path):
    """A WorkshopDocument over the demo file, French UI."""
    from ui.document import WorkshopDocument
    from ui.i18n import install_language
    from workshop.storage.store import WorkshopStore

    install_language("fr")
    store = WorkshopStore(demo_file)
    doc = WorkshopDocument(store.load(), store)
    yield doc
    store.close()


@pytest.fixture
def app(qtbot, document, settings):
    """The whole application (composition root) on the demo workshop, window shown."""
    from ui.app import CafeApp

    cafe = CafeApp(document, settings)
    qtbot.addWidget(cafe.window)
    cafe.window.show()
    return cafe


@pytest.fixture
def window(app):
    """The facilitator window on the demo workshop."""
    return app.window


@pytest.fixture(autouse=True)
def _quit_questions_say_yes(request, monkeypatch):
    """A window closed with the show running asks first (a modal question that would
    block the test for ever): closing in a test means it.  Tests about that question
    answer it themselves."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
