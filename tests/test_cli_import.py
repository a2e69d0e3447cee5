"""``cafe-conversation import FILE PEOPLE``, end to end on real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ui.main import main
from workshop.storage.store import WorkshopStore

ROOT = Path(__file__).resolve().parents[1]


def load(path: Path):
    store = WorkshopStore(path)
    try:
        return store.load()
    finally:
        store.close()


def write_cp1252(path: Path, text: str) -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    return path


def test_import_adds_prints_and_saves(demo_file: Path, tmp_path: Path, capsys) -> None:
    people = write_cp1252(tmp_path / "inscrits.csv",
                          "Nom;Prénom;Statut;Téléphone\n"
                          "Moreau;Hélène;salariée;0612345678\n"      # already in the demo
                          "Quintard;Œlian;locataire;612345678\n"
                          "\n"
                          "Noël;Françoise;élue;6,12E+08\n"
                          ";;locataire;\n")
    before = len(load(demo_file).participants)
    assert main(["import", str(demo_file), str(people)]) == 0
    out = capsys.readouterr().out
    assert "2 participant·es ajouté·es" in out
    assert "Œlian Quintard" in out and "Françoise Noël" in out
    assert "ligne 2 : Doublon possible : « Hélène Moreau »" in out
    assert "ligne 6 : Ni nom ni prénom" in out
    assert "ligne 5 : Téléphone abîmé par Excel (« 6,12E+08 »)" in out
    assert "ligne 3 : Téléphone sans son 0 initial" in out
    ws = load(demo_file)
    assert len(ws.participants) == before + 2
    assert [(p.first_name, p.last_name, p.category) for p in ws.participants[-2:]] == [
        ("Œlian", "Quintard", "locataire"), ("Françoise", "Noël", "élu")]
    assert all(not p.phone for p in ws.participants[-2:])  # no consent: no contact


def test_keep_duplicates_and_consent(demo_file: Path, tmp_path: Path, capsys) -> None:
    people = tmp_path / "p.csv"
    people.write_text("Prénom\tNom\tCourriel\nHélène\tMoreau\thelene@exemple.fr\n",
                      encoding="utf-8")
    assert main(["import", str(demo_file), str(people), "--keep-duplicates", "--consent",
                 "--delimiter", "tab"]) == 0
    person = load(demo_file).participants[-1]
    assert (person.full_name, person.email, person.consent_contact) == (
        "Hélène Moreau", "helene@exemple.fr", True)


@pytest.mark.parametrize("content, message", [
    (b"", "aucune ligne"),
    ("Ville;Code postal\nNantes;44000\n".encode(), "Aucune colonne de nom"),
    ("Nom;Prénom\n;\n;\n".encode(), "Aucune ligne lisible"),
    (b"Nom;Pr\x81nom\nX\x8d;Y\n", "choisissez son encodage"),
])
def test_nothing_readable_exits_1_and_changes_nothing(demo_file: Path, tmp_path: Path, capsys,
                                                      content: bytes, message: str) -> None:
    people = tmp_path / "p.csv"
    people.write_bytes(content)
    before = demo_file.read_bytes()
    assert main(["import", str(demo_file), str(people)]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1  # one sentence
    assert demo_file.read_bytes() == before
    assert WorkshopStore(demo_file).backups() == []


def test_encoding_option(demo_file: Path, tmp_path: Path, capsys) -> None:
    people = tmp_path / "mac.csv"
    # 0x8d is ç in Mac Roman and undefined in cp1252: only --encoding reads it
    people.write_bytes("Nom;Prénom\nQuintard;Œlian\n".encode("mac_roman") + b"L\x8eger;Fran\x8dois\n")
    assert main(["import", str(demo_file), str(people), "--encoding", "mac_roman"]) == 0
    assert [p.full_name for p in load(demo_file).participants[-2:]] == [
        "Œlian Quintard", "François Léger"]


def test_xlsx_through_a_real_process(demo_file: Path, tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["NOM Prénom", "Collège", "Tél"])
    book.active.append(["QUINTARD Œlian", "Locataires", 612345678])
    people = tmp_path / "liste.xlsx"
    book.save(people)
    done = subprocess.run([sys.executable, "-m", "ui", "--lang", "en", "import",
                           str(demo_file), str(people)], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)
    assert done.returncode == 0, done.stderr
    assert "1 participant added" in done.stdout
    assert "leading 0" in done.stdout
    assert load(demo_file).participants[-1].full_name == "Œlian QUINTARD"


def test_missing_workshop_file(tmp_path: Path, capsys) -> None:
    people = tmp_path / "p.csv"
    people.write_text("Nom\nMoreau\n", encoding="utf-8")
    assert main(["import", str(tmp_path / "absent.json"), str(people)]) == 1
    assert "n'existe pas" in capsys.readouterr().err
