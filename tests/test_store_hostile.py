"""A hostile-file corpus through ``check``, the GUI's open and the GUI's start: no traceback.

Every file is generated here.  Each gets one sentence (stderr for the
command line, a dialog for the window), the file is left as it was, and a
bad last-opened file never stops the application from starting.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui.cli.commands import parse, run
from workshop.storage.store import StoreError, WorkshopStore, encode, workshop_to_tables

META = '{"_meta": {"1": {"format": "cafe-conversation", "schema_version": 1}}, '


def _workshop_json(demo) -> str:
    return encode(workshop_to_tables(demo)).decode("utf-8")


def corpus(demo) -> dict[str, tuple[bytes, str]]:
    """name -> (content, expected code)."""
    good = _workshop_json(demo)
    digits = "9" * 5000
    return {
        "huge-number": ((META + '"workshop": {"1": {"id": "x", "title": "t", "rotation": '
                         '{"seed": ' + digits + "}}}}").encode(), "bad_number"),
        "huge-key": ((META + '"workshop": {"1": {"id": "x", "title": "t"}}, "participants": {"'
                      + digits + '": {"id": "P1", "first_name": "A"}}}').encode(), None),
        "nested-100000": (b"[" * 100_000 + b"]" * 100_000, "too_deep"),
        "nested-open": ((META + '"workshop": ').encode() + b"[" * 100_000, "too_deep"),
        "nested-900": ((META + '"workshop": {"1": {"id": "x", "title": ' + "[" * 900
                        + "]" * 900 + "}}}").encode(), "bad_shape"),
        "nan": ((META + '"workshop": {"1": {"id": "x", "title": "t", "show": {"warning_s": NaN'
                 "}}}}").encode(), "bad_number"),
        "infinite": ((META + '"workshop": {"1": {"id": "x", "title": "t", "show": {"countdown":'
                      ' {"elapsed_s": 1e999}}}}}').encode(), "bad_number"),
        "latin-1": (good.encode("cp1252", errors="replace"), "latin1_workshop"),
        "utf-16": (good.encode("utf-16"), "not_utf8"),
        "xlsx": (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "not_utf8"),
        "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not_utf8"),
        "nul-bytes": (b"\x00" * 64, "not_json"),
        "empty": (b"   \n", "empty"),
        "cut": (good.encode()[: len(good) // 2], "truncated"),
        "not-a-table": ((META + '"workshop": {"1": {"id": "x", "title": "t"}}, '
                         '"participants": {"1": 5}}').encode(), "bad_shape"),
        "bool-version": (b'{"_meta": {"1": {"format": "cafe-conversation", '
                         b'"schema_version": true}}}', "foreign"),
        "list": (b"[]", "foreign"),
    }


def test_every_hostile_file_is_one_sentence_in_check(tmp_path, demo, capsys):
    for name, (content, code) in corpus(demo).items():
        path = tmp_path / f"{name}.json"
        path.write_bytes(content)
        status = run(parse(["check", str(path)]))
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err, name
        if code is None:  # odd but readable: check says what is wrong with it
            assert status in (0, 1), name
            continue
        assert status == 1, name
        assert len(err.strip().splitlines()) == 1 and f"{name}.json" in err, (name, err)
        assert path.read_bytes() == content, name
        with pytest.raises(StoreError) as info:
            WorkshopStore(path).load()
        assert info.value.code == code, name


def test_the_latin1_workshop_is_called_what_it_is(tmp_path, demo, capsys):
    path = tmp_path / "atelier.json"
    path.write_bytes(_workshop_json(demo).encode("cp1252"))
    assert run(parse(["--lang", "en", "check", str(path)])) == 1
    err = capsys.readouterr().err
    assert "Latin-1" in err and "UTF-8" in err and "not a Café Conversation" not in err


@pytest.fixture
def dialogs(monkeypatch):
    said: list[tuple[str, str]] = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, _k=kind, **k: said.append((_k, text))))
    return said


def test_the_window_opens_no_hostile_file_and_says_why_once(qapp, tmp_path, demo, dialogs):
    from ui import file_actions

    for name, (content, code) in corpus(demo).items():
        if code is None:
            continue
        path = tmp_path / f"{name}.json"
        path.write_bytes(content)
        dialogs.clear()
        assert file_actions.open_file(path, None) is None, name
        assert len(dialogs) == 1 and f"{name}.json" in dialogs[0][1], (name, dialogs)
        assert "\n" not in dialogs[0][1]


@pytest.mark.parametrize("name", ["huge-number", "nested-100000", "latin-1"])
def test_the_app_starts_without_a_bad_last_file_and_says_why(qtbot, settings, tmp_path, demo,
                                                             dialogs, name):
    from ui.app import build_app

    content, _ = corpus(demo)[name]
    path = tmp_path / "dernier.json"
    path.write_bytes(content)
    settings.add_recent(path)
    app = build_app(settings)
    qtbot.addWidget(app.window)
    assert app.services.document.path != path
    assert [kind for kind, _ in dialogs] == ["warning"] and "dernier.json" in dialogs[0][1]
    assert path.read_bytes() == content
    app.services.document.store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX folder modes")
def test_the_app_starts_on_a_file_in_a_read_only_folder_read_only(qtbot, settings, tmp_path,
                                                                  demo, dialogs):
    from ui.app import build_app

    folder = tmp_path / "partage"
    folder.mkdir()
    path = folder / "atelier.json"
    WorkshopStore(path).create(demo)
    (folder / ".atelier.json.lock").unlink()
    settings.add_recent(path)
    folder.chmod(0o555)
    try:
        app = build_app(settings)
        qtbot.addWidget(app.window)
        doc = app.services.document
        assert doc.path == path and doc.read_only
        assert [kind for kind, _ in dialogs] == ["information"]
        assert "lecture seule" in dialogs[0][1] and "dossier" in dialogs[0][1]
        assert sorted(p.name for p in folder.iterdir()) == ["atelier.json"]
        doc.store.close()
    finally:
        folder.chmod(0o755)


@pytest.mark.skipif(os.name != "posix", reason="POSIX folder modes")
def test_the_app_starts_when_no_workshop_can_be_created(qtbot, settings, tmp_path, dialogs,
                                                        monkeypatch):
    import ui.app

    folder = tmp_path / "ateliers"
    folder.mkdir()
    folder.chmod(0o555)
    monkeypatch.setattr(ui.app, "workshops_folder", lambda: folder)
    try:
        app = ui.app.build_app(settings)
        qtbot.addWidget(app.window)
        assert app.services.document.store is None
        assert [kind for kind, _ in dialogs] == ["warning"]
        assert "Enregistrer sous" in dialogs[0][1]
        assert list(folder.iterdir()) == []
        assert settings.recent_files() == []
    finally:
        folder.chmod(0o755)


def test_corpus_files_are_not_json_workshops_by_accident(demo):
    """The corpus itself: each content really is what its name says."""
    found = corpus(demo)
    with pytest.raises(RecursionError):
        json.loads(found["nested-100000"][0])
    with pytest.raises(ValueError):
        json.loads(found["huge-number"][0])
