"""``cafe-conversation export FILE --out DIR``."""

from __future__ import annotations

from pypdf import PdfReader

from exports import DOCUMENTS
from tests.test_exports_builder import realistic_workshop
from ui.main import main
from workshop.storage.store import WorkshopStore


def test_export_writes_every_document(tmp_path, capsys):
    path = tmp_path / "atelier.json"
    store = WorkshopStore(path)
    store.save(realistic_workshop())
    store.close()
    out = tmp_path / "pdf"
    assert main(["export", str(path), "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(name for _k, name in DOCUMENTS)
    assert f"{len(DOCUMENTS)} documents écrits" in capsys.readouterr().out
    text = PdfReader(out / "programmation-annuelle.pdf").pages[0].extract_text()
    assert "Fête des voisins au printemps" in text


def test_export_of_the_demo_file(demo_file, tmp_path):
    assert main(["export", str(demo_file), "--out", str(tmp_path)]) == 0
    assert len(list(tmp_path.glob("*.pdf"))) == len(DOCUMENTS) + 1  # and last year's bilan


def test_bad_file_gives_one_sentence_and_exit_1(tmp_path, capsys):
    bad = tmp_path / "abime.json"
    bad.write_text("{ pas du json", encoding="utf-8")
    out = tmp_path / "pdf"
    assert main(["export", str(bad), "--out", str(out)]) == 1
    err = capsys.readouterr().err.strip()
    assert "abime.json" in err and len(err.splitlines()) == 1
    assert not out.exists() or not list(out.iterdir())
    assert bad.read_text(encoding="utf-8") == "{ pas du json"


def test_missing_file(tmp_path, capsys):
    assert main(["export", str(tmp_path / "absent.json"), "--out", str(tmp_path)]) == 1
    assert "n'existe pas" in capsys.readouterr().err
