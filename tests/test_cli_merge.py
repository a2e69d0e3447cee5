"""``cafe-conversation merge EVENT ROOM...``, end to end on real files (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.convention import convention
from ui.main import main
from workshop.storage.serial import to_data
from workshop.storage.store import WorkshopStore


def load(path: Path):
    store = WorkshopStore(path)
    try:
        return store.load()
    finally:
        store.close()


@pytest.fixture(scope="module")
def rooms():
    return convention(seat=False)


@pytest.fixture
def room_files(tmp_path: Path, rooms) -> list[Path]:
    paths = []
    for k, room in enumerate(rooms):
        path = tmp_path / f"salle-{k + 1}.cafe"
        store = WorkshopStore(path)
        store.save(room)
        store.close()
        paths.append(path)
    return paths


def test_merge_creates_the_event_then_merging_again_changes_nothing(tmp_path, room_files,
                                                                    capsys):
    event = tmp_path / "convention.cafe"
    before = {p: p.read_bytes() for p in room_files}
    assert main(["merge", str(event), *map(str, room_files)]) == 0
    out = capsys.readouterr().out
    assert "Salle Garonne (S1) : nouvelle salle, depuis « salle-1.cafe »." in out
    assert "participant·es : 80 (80 nouveaux, 0 retirés, 0 modifiés)" in out
    assert "Compté deux fois par cette salle : « Créer un jardin partagé »" in out
    assert "convention.cafe : 5 salles, 400 participant·es" in out
    once = load(event)
    assert once.title == "Convention régionale des coopératives 2027"  # from the first room
    assert main(["merge", str(event), *map(str, room_files)]) == 0
    out = capsys.readouterr().out
    assert out.count("fusionnée à nouveau") == 5
    assert to_data(load(event)) == to_data(once)
    assert {p: p.read_bytes() for p in room_files} == before
    assert list((tmp_path / "convention.cafe.backups").iterdir())  # the event before the 2nd


def test_a_room_that_cannot_be_read_merges_nothing(tmp_path, room_files, capsys):
    event = tmp_path / "convention.cafe"
    assert main(["merge", str(event), str(room_files[0])]) == 0
    capsys.readouterr()
    raw = event.read_bytes()
    missing = tmp_path / "salle-absente.cafe"
    assert main(["merge", str(event), str(room_files[1]), str(missing)]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == "Le fichier « salle-absente.cafe » n'existe pas."
    assert event.read_bytes() == raw  # nothing merged, not even the readable room


def test_the_event_is_not_one_of_its_rooms(tmp_path, room_files, capsys):
    event = tmp_path / "convention.cafe"
    assert main(["merge", str(event), str(room_files[0])]) == 0
    capsys.readouterr()
    assert main(["merge", str(event), str(event)]) == 1
    assert "fichier de l'événement lui-même" in capsys.readouterr().err
    other = tmp_path / "autre.cafe"
    assert main(["merge", str(other), str(event)]) == 1
    assert "lui-même un événement" in capsys.readouterr().err
    assert not other.exists()


def test_merge_writes_the_event_documents_in_english(tmp_path, room_files, capsys):
    from pypdf import PdfReader

    event, out = tmp_path / "convention.cafe", tmp_path / "pdf"
    assert main(["--lang", "en", "merge", str(event), *map(str, room_files[:2]),
                 "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Salle Loire (S2): new room" in printed
    text = "".join(p.extract_text() for p in PdfReader(out / "restitution-evenement.pdf").pages)
    assert "The event's report" in text and "Where it came from" in text
