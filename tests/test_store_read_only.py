"""Read-only means never writes: another window's file, a link, a protected file or folder.

The two-process test plays issue 15's data loss: window B opens the file
that window A holds, so B is read-only; A saves and closes; B edits and
saves — and must not write A's file, a backup, a temporary file or the
live record, then or ever, only offer to reload.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ui.text.messages import describe
from workshop.storage.store import StoreError, WorkshopStore

ROOT = Path(__file__).resolve().parents[1]

WINDOW_A = """
import sys
from workshop.storage.store import WorkshopStore
store = WorkshopStore(sys.argv[1])
ws = store.load()
print("open", flush=True)
for line in sys.stdin:
    if line.strip() == "quit":
        break
    ws.title = line.strip()
    store.save(ws)
    store.backup("periodic")
    print("saved", flush=True)
store.close()
"""


def everything_in(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_read_only_window_never_writes_even_after_the_other_closes(tmp_path, demo):
    path = tmp_path / "atelier.json"
    WorkshopStore(path).create(demo)
    a = subprocess.Popen([sys.executable, "-c", WINDOW_A, str(path)], cwd=ROOT, text=True,
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    try:
        assert a.stdout.readline().strip() == "open"
        b = WorkshopStore(path)
        b_copy = b.load()
        assert b.read_only and b.read_only_reason == "locked"
        assert not b.lock_available()
        a.stdin.write("Version de A\n")
        a.stdin.flush()
        assert a.stdout.readline().strip() == "saved"
        a.stdin.write("quit\n")
        a.stdin.flush()
        assert a.wait(timeout=30) == 0
    finally:
        if a.poll() is None:
            a.kill()
            a.wait()
    after_a = everything_in(tmp_path)
    assert b.lock_available()  # the UI may offer to reload: a new store, a fresh read
    b_copy.title = "Vieille copie de B"
    for attempt in (lambda: b.save(b_copy), lambda: b.write(b.snapshot(b_copy)),
                    lambda: b.backup("periodic"), lambda: b.backup("import"),
                    lambda: b.save_live(3, None), lambda: b.clean_temps()):
        with pytest.raises(StoreError) as info:
            attempt()
        assert info.value.code == "locked"
    assert b.record_exports([path]) is False
    assert everything_in(tmp_path) == after_a  # not one byte, not one new file
    b.close()
    reloaded = WorkshopStore(path)
    assert reloaded.load().title == "Version de A" and not reloaded.read_only
    reloaded.close()


def test_saving_through_a_link_writes_the_target_and_shares_its_lock(tmp_path, demo):
    if not hasattr(os, "symlink"):
        pytest.skip("no symbolic links here")
    real_dir, link_dir = tmp_path / "vrai", tmp_path / "raccourci"
    real_dir.mkdir()
    link_dir.mkdir()
    real = real_dir / "atelier.json"
    WorkshopStore(real).create(demo)
    link = link_dir / "atelier.json"
    try:
        link.symlink_to(real)
    except OSError:
        pytest.skip("symbolic links not allowed here")
    via_link = WorkshopStore(link)
    ws = via_link.load()
    ws.title = "Par le lien"
    via_link.save(ws)
    via_link.backup("import")
    via_link.save_live(1, None)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert WorkshopStore(real).load().title == "Par le lien"
    assert via_link.backups()[0].parent == real_dir / "atelier.json.backups"
    assert sorted(p.name for p in link_dir.iterdir()) == ["atelier.json"]  # nothing beside the link
    direct = WorkshopStore(real)
    direct.load()
    assert direct.read_only  # one lock per real file, whatever the name
    direct.close()
    via_link.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_a_protected_file_opens_read_only_and_says_so(tmp_path, demo):
    path = tmp_path / "atelier.json"
    WorkshopStore(path).create(demo)
    path.chmod(0o444)
    before = everything_in(tmp_path)
    store = WorkshopStore(path)
    ws = store.load()
    assert store.read_only and store.read_only_reason == "file_read_only"
    ws.title = "Jamais écrit"
    with pytest.raises(StoreError) as info:
        store.save(ws)
    assert info.value.code == "file_read_only"
    assert "protégé en écriture" in describe(info.value, "fr")
    assert "read-only" in describe(info.value, "en")
    assert everything_in(tmp_path) == before and stat.S_IMODE(path.stat().st_mode) == 0o444
    assert not store.lock_available()
    path.chmod(0o600)
    assert store.lock_available()
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX folder modes")
def test_a_read_only_folder_opens_read_only_and_new_refuses_in_one_sentence(tmp_path, demo):
    folder = tmp_path / "partage"
    folder.mkdir()
    path = folder / "atelier.json"
    WorkshopStore(path).create(demo)
    (folder / ".atelier.json.lock").unlink()
    folder.chmod(0o555)
    try:
        store = WorkshopStore(path)
        ws = store.load()
        assert store.read_only_reason == "folder_read_only"
        with pytest.raises(StoreError) as info:
            store.save(ws)
        assert info.value.code == "folder_read_only"
        assert sorted(p.name for p in folder.iterdir()) == ["atelier.json"]  # no lock file
        store.close()
        with pytest.raises(StoreError) as info:
            WorkshopStore(folder / "autre.json").create(demo)
        assert info.value.code == "folder_read_only"
    finally:
        folder.chmod(0o755)


def test_a_missing_folder_is_one_sentence(tmp_path, demo):
    with pytest.raises(StoreError) as info:
        WorkshopStore(tmp_path / "nulle-part" / "a.json").create(demo)
    assert info.value.code == "no_folder"
    assert "n'existe pas" in describe(info.value, "fr")


def test_a_closed_store_writes_nothing_more(tmp_path, demo):
    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    store.create(demo)
    store.close()
    demo.title = "Après fermeture"
    with pytest.raises(StoreError) as info:
        store.save(demo)
    assert info.value.code == "closed"
    assert WorkshopStore(path).load().title != "Après fermeture"


@pytest.mark.skipif(os.name != "posix", reason="POSIX folder modes")
def test_the_command_line_in_a_read_only_folder_says_one_sentence(tmp_path, demo, capsys):
    from ui.cli.commands import parse, run

    folder = tmp_path / "partage"
    folder.mkdir()
    path = folder / "atelier.json"
    WorkshopStore(path).create(demo)
    (folder / ".atelier.json.lock").unlink()
    people = tmp_path / "inscrits.csv"
    people.write_text("Nom;Prénom\nMartin;Zoé\n", encoding="utf-8")
    folder.chmod(0o555)
    try:
        before = everything_in(folder)
        commands = {
            "check": ["check", str(path)],
            "export": ["export", str(path), "--out", str(tmp_path / "pdf")],
            "import": ["import", str(path), str(people)],
            "new": ["new", str(folder / "autre.json")],
        }
        results = {}
        for name, argv in commands.items():
            status = run(parse(argv))
            out, err = capsys.readouterr()
            assert "Traceback" not in out + err and "Errno" not in err, (name, err)
            results[name] = (status, err.strip().splitlines())
        assert results["check"][0] == 0
        assert results["export"][0] == 0 and len(results["export"][1]) == 1  # not recorded
        assert results["import"][0] == 1 and results["import"][1] == [
            "Le dossier de « atelier.json » est en lecture seule : le fichier est ouvert en "
            "lecture seule, rien n'y sera enregistré."]
        assert results["new"][0] == 1 and len(results["new"][1]) == 1
        assert "lecture seule" in results["new"][1][0]
        assert everything_in(folder) == before
    finally:
        folder.chmod(0o755)


def test_a_folder_refusing_the_lock_file_opens_read_only(tmp_path, demo, monkeypatch):
    """What a non-administrator meets in a read-only folder: the OS refuses the lock file."""
    import workshop.storage.filelock as filelock

    path = tmp_path / "atelier.json"
    WorkshopStore(path).create(demo)
    real_open = os.open

    def refuse_lock(name, flags, *args):
        if str(name).endswith(".lock"):
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, flags, *args)

    monkeypatch.setattr(filelock.os, "open", refuse_lock)
    store = WorkshopStore(path)
    store.load()
    assert store.read_only_reason == "folder_read_only"
    with pytest.raises(StoreError):
        store.save(demo)
