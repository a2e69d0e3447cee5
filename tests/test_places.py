"""Where the app keeps things (ui.paths), its log file, and what the user sees of them.

The folders come from platformdirs; conftest gives every test its own
(``user_places``).  The About box lists them as links; the File menu's
dialogs offer .cafe and .json files and name new workshops .cafe.
"""

from __future__ import annotations

import logging
from html import unescape

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui import paths
from ui.log_file import start_logging, stop_logging
from workshop.storage.store import WorkshopStore


def test_every_place_is_under_the_user_folders(user_places):
    assert paths.data_folder() == user_places / "share" / "cafe-conversation"
    assert paths.settings_file() == user_places / "config" / "cafe-conversation" / "settings.ini"
    assert paths.log_file() == \
        user_places / "state" / "cafe-conversation" / "log" / "cafe-conversation.log"
    assert not (user_places / "Documents").exists()  # nothing made just by asking
    assert [key for key, _path in paths.places()] == ["workshops", "data", "settings", "log"]
    folder = paths.workshops_folder()
    assert folder == user_places / "Documents" / "Café Conversation" and folder.is_dir()


def test_the_log_file_is_written_once_and_rotates(tmp_path):
    path = tmp_path / "logs" / "cafe.log"
    assert start_logging(path) == path
    try:
        assert start_logging(path) == path  # a second start adds no second handler
        logging.getLogger("cafe.test").info("une ligne é")
        logging.getLogger("cafe.test").debug("below the level")
    finally:
        stop_logging(path)
    text = path.read_text(encoding="utf-8")
    assert text.count("started (Python") == 1 and text.count("une ligne é") == 1
    assert "below the level" not in text
    handler_paths = [getattr(h, "baseFilename", None) for h in logging.getLogger().handlers]
    assert str(path) not in handler_paths


def test_a_log_that_cannot_be_written_never_stops_the_app(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    assert start_logging(blocker / "cafe.log") is None


def test_settings_of_an_earlier_release_are_kept_once(qapp, tmp_path):
    from ui.settings import Settings, default_settings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    earlier = QSettings("CafeConversation", "cafe-conversation")
    earlier.setValue("language", "en")
    earlier.setValue("recent_files", [str(tmp_path / "a.cafe")])
    earlier.sync()
    settings = Settings(default_settings())
    assert settings.language == "en" and settings.recent_files() == [tmp_path / "a.cafe"]
    settings.q.sync()
    assert paths.settings_file().is_file()
    earlier.setValue("language", "fr")
    earlier.sync()
    assert Settings(default_settings()).language == "en"  # copied once, not at every start


def test_the_about_box_shows_every_place_with_a_link(window, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda *args: shown.append(args))
    about = next(a for a in window.menus["help"].actions() if "propos" in a.text())
    about.trigger()
    (_parent, title, text), = shown
    assert title == "À propos"
    for _key, path in paths.places():
        assert f'href="{QUrl.fromLocalFile(str(path)).toString()}"' in text
        assert str(path) in unescape(text)
    assert "Journal (à joindre pour signaler un problème)" in unescape(text)
    box = QMessageBox(QMessageBox.Icon.Information, title, text)  # what the user reads
    box.grab().save(str(tmp_path / "about.png"))


def test_new_workshop_without_an_ending_is_a_cafe_file(window, monkeypatch, tmp_path):
    asked = {}

    def save_name(parent, title, folder, filters):
        asked.update(folder=folder, filters=filters)
        return str(tmp_path / "Les Tilleuls"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    next(a for a in window.menus["file"].actions() if a.text() == "&Nouvel atelier…").trigger()
    assert (tmp_path / "Les Tilleuls.cafe").is_file()
    assert window.document.path == tmp_path / "Les Tilleuls.cafe"
    assert asked["folder"] == str(paths.workshops_folder())
    assert asked["filters"].startswith("Ateliers (*.cafe *.json)")


def test_open_offers_cafe_and_json_files(window, monkeypatch, tmp_path, demo):
    old = tmp_path / "ancien.json"
    store = WorkshopStore(old)
    store.save(demo)
    store.close()
    asked = {}

    def open_name(parent, title, folder, filters):
        asked["filters"] = filters
        return str(old), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    next(a for a in window.menus["file"].actions() if a.text() == "&Ouvrir…").trigger()
    assert window.document.path == old
    assert "*.cafe *.json" in asked["filters"]


def test_a_new_demo_and_a_first_start_make_cafe_files(window, qapp, tmp_path):
    from ui.app import open_initial
    from ui.settings import Settings

    next(a for a in window.menus["file"].actions() if "démo" in a.text()).trigger()
    demo_path = window.document.path
    assert demo_path.parent == paths.workshops_folder() and demo_path.suffix == ".cafe"
    first = Settings(QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat))
    workshop, store = open_initial(first, demo=False, path=None)  # nothing recent yet
    try:
        assert store.path == paths.workshops_folder() / "nouvel-atelier.cafe"
    finally:
        store.close()
