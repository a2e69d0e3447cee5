"""``cafe-conversation new``, ``check`` and ``--version`` end to end."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def cli(*args, lang="fr"):
    env = {**os.environ, "CAFE_LANG": lang}
    return subprocess.run([sys.executable, "-m", "ui", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, env=env, timeout=120)


def test_version():
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("cafe-conversation ")


def test_new_demo_then_check(tmp_path):
    path = tmp_path / "tilleuls.json"
    assert cli("new", path, "--demo").returncode == 0
    result = cli("check", path)
    assert result.returncode == 0, result.stderr
    assert "30 participant" in result.stdout


def test_new_empty_and_refuse_overwrite(tmp_path):
    path = tmp_path / "vide.json"
    assert cli("new", path).returncode == 0
    before = path.read_bytes()
    again = cli("new", path)
    assert again.returncode == 1
    assert again.stderr.strip() == "Le fichier « vide.json » existe déjà ; choisissez un autre nom."
    assert path.read_bytes() == before


def test_check_truncated_file_names_backup_and_keeps_file(tmp_path):
    path = tmp_path / "a.json"
    assert cli("new", path, "--demo").returncode == 0
    from workshop.storage.store import WorkshopStore

    store = WorkshopStore(path)
    ws = store.load()
    store.backup("open")
    ws.title = "Deuxième version"
    store.save(ws)
    store.close()
    path.write_bytes(path.read_bytes()[:500])
    damaged = path.read_bytes()
    result = cli("check", path)
    assert result.returncode == 1
    first, second = result.stderr.strip().splitlines()
    assert first == "Le fichier « a.json » est tronqué : l'enregistrement a sans doute été interrompu."
    assert "a.json.backups" in second
    assert path.read_bytes() == damaged


def test_check_reports_inconsistency_in_english(tmp_path):
    path = tmp_path / "a.json"
    cli("new", path, "--demo")
    from workshop.storage.store import WorkshopStore

    store = WorkshopStore(path)
    ws = store.load()
    ws.tables[1].host = ws.tables[0].host
    store.save(ws)
    store.close()
    result = cli("check", path, lang="en")
    assert result.returncode == 1
    assert result.stderr.strip() == "“Hélène Moreau” hosts two tables: " \
        "Table 1 — Les Tilleuls, Table 2 — Les Érables."


def test_missing_file(tmp_path):
    result = cli("check", tmp_path / "nope.json", "--lang", "en")
    assert result.returncode == 1
    assert result.stderr.strip() == "The file “nope.json” does not exist."
