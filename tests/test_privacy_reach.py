"""Erasure reaches every file the application wrote for a workshop and knows of.

Issue 15: with a file called ``Atelier [2026].json`` the backup globs
matched nothing (0 of 4 backups cleaned); a kill during a backup write left
a full copy as a temporary file that still held the erased person; exported
PDFs were never reached.  The workshop here is a file of the previous
release (tests/data/release_32e05a8), whose backups use that release's names.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from workshop.people.privacy import erase_everywhere
from workshop.storage.store import WorkshopStore

OLD = Path(__file__).with_name("data") / "release_32e05a8"
SECRETS = ("Quintard", "oelian@exemple.fr")  # the demo has another Œlian


def holding(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and any(s.encode("utf-8") in p.read_bytes() for s in SECRETS))


def test_erasure_reaches_backups_temps_set_aside_copies_and_exports(tmp_path):
    folder = tmp_path / "ateliers"
    shutil.copytree(OLD, folder, ignore=shutil.ignore_patterns("README.md"))
    path = folder / "Atelier [2026].json"
    store = WorkshopStore(path)
    ws = store.load()
    store.backup("open")
    ws.title = "Atelier suivant"
    store.save(ws)
    store.backup("import")
    # a kill during a backup write left a full copy behind, names included
    temp = store.backup_dir / ".Atelier [2026].000009.periodic.20261015T101300Z.json.tmp-7-ab"
    temp.write_bytes(path.read_bytes())
    # a damaged file once set aside, still naming them
    aside = folder / "Atelier [2026].abime-20261015T101300Z.json"
    aside.write_bytes('{"_meta": {"1": {"format": "cafe-conversation"}}, '
                      '"p": "Œlian Quintard'.encode())
    # exports: one still as written, one changed by hand since, one moved away
    out = tmp_path / "exports"
    out.mkdir()
    kept, changed, moved = (out / n for n in ("plan.pdf", "liste.csv", "cr.pdf"))
    for file in (kept, changed, moved):
        file.write_bytes(b"%PDF Quintard " + file.name.encode())
    assert store.record_exports([kept, changed, moved])
    changed.write_bytes(b"%PDF Quintard, corrected by hand")
    moved.rename(tmp_path / "cle-usb-cr.pdf")
    store.save_live(3, None)
    assert len(store.backups()) == 4  # two of the previous release, two of this one
    assert len(holding(folder)) >= 6

    report = erase_everywhere(ws, store, "P99")
    store.close()

    assert [(p.name, [s for s in SECRETS if s.encode() in p.read_bytes()])
            for p in holding(folder)] == []
    assert len(report.backups_cleaned) == 4 and report.backups_deleted == [aside]
    assert temp in report.temps_removed and not temp.exists()
    assert report.exports_deleted == [kept] and not kept.exists()
    assert sorted(report.exports_unreachable) == sorted([changed, moved])
    assert changed.exists()  # not ours to delete any more: named instead
    assert {e.path for e in WorkshopStore(path).exported_files()} == {
        str(changed.resolve()), str(moved.resolve())}
    again = WorkshopStore(path)
    assert again.load().participant("P99") is None and again.load_live().step == 3
    again.close()


def test_no_backup_is_taken_for_an_erasure(tmp_path, demo):
    path = tmp_path / "a.json"
    store = WorkshopStore(path)
    store.create(demo)
    store.backup("open")
    pid = demo.participants[0].id
    erase_everywhere(demo, store, pid)
    assert len(store.backups()) == 1
    store.close()
