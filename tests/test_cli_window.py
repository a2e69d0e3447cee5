"""``cafe-conversation FILE`` opens the window on FILE (a double-click on a workshop).

The command line is read by :func:`ui.main.main` as the user types it; the
window really opens (offscreen) and is looked at once shown, then closed.
Every subcommand keeps its meaning; a file named like a subcommand opens
after ``--``; a FILE that does not exist is one sentence and exit code 2.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from ui import paths
from ui.log_file import stop_logging
from ui.main import main
from ui.main_window import MainWindow
from workshop.storage.store import WorkshopStore


def run_window(argv: list[str], monkeypatch) -> dict:
    """Run ``main(argv)``; once its window shows, note what it shows and close it.

    ``QApplication.exec`` runs as a plain ``QEventLoop`` here.  Once the real
    one has returned over this window in a process that goes on (the app's
    own process ends there), later event loops starved Python threads
    (measured: a counting thread ran ~100 times slower during ``qtbot.wait``),
    and the worker threads of the tests that follow timed out.
    """
    seen: dict = {}
    loop = QEventLoop()
    monkeypatch.setattr(QApplication, "exec", lambda *_args: loop.exec())

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, look)
            return
        window = windows[0]
        seen["title"] = window.windowTitle()
        seen["path"] = window.document.path
        seen["menus"] = list(window.menus)
        window.close()
        window.deleteLater()
        loop.quit()

    QTimer.singleShot(0, look)
    try:
        seen["code"] = main(argv)
    finally:
        stop_logging(paths.log_file())
    return seen


@pytest.fixture(autouse=True)
def french_again():
    """``--lang en`` sets the language of the sentences for the process: set it back."""
    yield
    from ui.text import set_language

    set_language(None)


@pytest.fixture
def workshop(tmp_path, demo):
    path = tmp_path / "Les Tilleuls.cafe"
    store = WorkshopStore(path)
    store.save(demo)
    store.close()
    return path


def test_a_file_opens_in_the_window(qapp, workshop, monkeypatch):
    seen = run_window([str(workshop)], monkeypatch)
    assert seen["code"] == 0
    assert seen["path"] == workshop
    assert "Les Tilleuls.cafe" in seen["title"]
    settings = paths.settings_file().read_text(encoding="utf-8")
    assert "Les Tilleuls.cafe" in settings  # now the last workshop
    log = paths.log_file().read_text(encoding="utf-8")
    assert "started (Python" in log and f"opened {workshop}" in log


def test_a_json_file_opens_too_with_the_language(qapp, tmp_path, demo, monkeypatch):
    from ui.i18n import install_language

    path = tmp_path / "ancien.json"
    store = WorkshopStore(path)
    store.save(demo)
    store.close()
    try:
        seen = run_window(["--lang", "en", str(path)], monkeypatch)
    finally:
        install_language("fr")
    assert seen["path"] == path and "(saved)" in seen["title"]


def test_a_file_named_like_a_command_opens_after_double_dash(qapp, tmp_path, demo,
                                                             monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = WorkshopStore(tmp_path / "check")
    store.save(demo)
    store.close()
    seen = run_window(["--", "check"], monkeypatch)
    assert seen["path"].name == "check"


def test_commands_keep_their_meaning_beside_a_file_named_like_them(tmp_path, demo, capsys,
                                                                   monkeypatch):
    monkeypatch.chdir(tmp_path)
    store = WorkshopStore(tmp_path / "check")
    store.save(demo)
    store.close()
    assert main(["check", "check"]) == 0  # the command, on the file named "check"
    assert "check : atelier valide" in capsys.readouterr().out


@pytest.mark.parametrize("argv, sentence", [
    (["absent.cafe"], "cafe-conversation : erreur : Le fichier « absent.cafe » n'existe pas."),
    (["chek"], "cafe-conversation : erreur : « chek » n'est ni un fichier d'atelier ni une "
               "commande (new, check, rotation, export, site, import, merge)."),
    (["--lang", "en", "chek"], "cafe-conversation: error: “chek” is neither a workshop file "
                               "nor a command (new, check, rotation, export, site, import, merge)."),
])
def test_a_missing_file_is_one_sentence_and_no_window(argv, sentence, tmp_path, capsys,
                                                      monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == sentence  # one language
    assert QApplication.instance() is None or not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_without_a_console_a_missing_file_goes_to_the_window(tmp_path, monkeypatch):
    """CafeConversation.exe (Windows, no console): the window's dialog says it."""
    import sys

    import ui.app

    opened = []
    monkeypatch.setattr(ui.app, "run_gui", lambda **kwargs: opened.append(kwargs) or 0)
    monkeypatch.setattr(sys, "stderr", None)
    assert main([str(tmp_path / "parti.cafe")]) == 0
    assert opened[0]["path"] == tmp_path / "parti.cafe"


def test_the_window_says_a_missing_file_in_one_sentence(qapp, settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from ui.app import open_initial

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    workshop, store = open_initial(settings, demo=False, path=tmp_path / "parti.cafe")
    store.close()
    assert said == ["Le fichier « parti.cafe » n'existe pas."]
    assert store.path == paths.workshops_folder() / "nouvel-atelier.cafe"  # nothing lost


def test_new_writes_a_cafe_file_and_refuses_other_endings(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["new", "atelier", "--demo"]) == 0
    assert capsys.readouterr().out.strip() == "atelier.cafe"
    assert main(["check", "atelier.cafe"]) == 0
    assert main(["new", "ancien.json"]) == 0 and (tmp_path / "ancien.json").is_file()
    capsys.readouterr()
    assert main(["new", "notes.txt"]) == 1
    assert capsys.readouterr().err.strip() == \
        "« notes.txt » : un fichier d'atelier se termine par .cafe (ou .json)."
    assert not (tmp_path / "notes.txt").exists()


def test_help_shows_the_file_and_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "[FILE]" in out and "COMMAND" in out and ".cafe" in out
