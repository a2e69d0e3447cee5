"""Erasing a person (workshop and backups), contacts retention, file modes."""

from __future__ import annotations

import os
import stat
import sys
from datetime import date
from pathlib import Path

import pytest

from workshop.model import Action, Idea, Participant, Round, Table, ThemeVote, Vote, Workshop
from workshop.people.privacy import (
    PrivacyError,
    contacts_to_delete,
    copies_on_disk,
    erase_everywhere,
    erase_person,
    forget_contacts_everywhere,
    mentions,
    workshop_age_months,
)
from workshop.storage.store import WorkshopStore

SECRET = ("Quintard", "oelian.q@exemple.fr", "07 98 76 54 32")


def quintard(pid: str = "P09") -> Participant:
    return Participant(id=pid, first_name="Œlian", last_name="Quintard-Lefèvre",
                       category="locataire", email="oelian.q@exemple.fr",
                       phone="07 98 76 54 32", consent_contact=True, notes="allergie")


def busy_workshop() -> Workshop:
    ws = Workshop(id="w", title="Atelier", date="2026-12-05")
    ws.participants = [Participant(id="P01", first_name="Hélène", last_name="Moreau",
                                   category="salarié"),
                       Participant(id="P02", first_name="Noël", last_name="Le Gall"),
                       quintard()]
    ws.tables = [Table(id="T1", name="Table 1", host="P09"), Table(id="T2", name="Table 2")]
    ws.rotation.rounds = [Round(seating={"T1": ["P09", "P01"], "T2": ["P02"]}),
                          Round(seating={"T1": ["P09"], "T2": ["P01", "P02"]})]
    ws.rotation.keep_apart = [["P09", "P02"], ["P01", "P02"]]
    ws.rotation.keep_together = [["P09", "P01", "P02"]]
    ws.ideas = [Idea(id="I1", text="Un jardin"),
                Idea(id="I2", text="Idée d'œlian  QUINTARD-LEFÈVRE (oelian.q@exemple.fr)"),
                Idea(id="I3", text="Un banc")]
    ws.votes = [Vote(idea="I1", dots=3, participant="P09"), Vote(idea="I1", dots=2,
                                                                 participant="P01")]
    ws.theme_votes = [ThemeVote(theme="th1", dots=2, participant="P09")]
    ws.plan.actions = [Action(id="A1", title="Jardin", referents=["P09", "Mairie"]),
                       Action(id="A2", title="Bancs",
                              referents=["Œlian Quintard-Lefèvre (locataire)", "Noël Le Gall"])]
    return ws


def test_erase_person_removes_every_reference_and_keeps_counts() -> None:
    ws = busy_workshop()
    identity = erase_person(ws, "P09")
    assert [p.id for p in ws.participants] == ["P01", "P02"]
    assert ws.tables[0].host is None
    assert ws.rotation.rounds[0].seating == {"T1": ["P01"], "T2": ["P02"]}
    assert ws.rotation.rounds[1].seating == {"T1": [], "T2": ["P01", "P02"]}
    assert ws.rotation.keep_apart == [["P01", "P02"]]
    assert ws.rotation.keep_together == [["P01", "P02"]]
    # the dots stay in the tally, anonymous
    assert [(v.dots, v.participant) for v in ws.votes] == [(3, None), (2, "P01")]
    assert ws.theme_votes[0].participant is None
    assert ws.plan.actions[0].referents == ["Mairie"]
    # a referent written as a name (free text) is replaced, the others stay
    assert ws.plan.actions[1].referents == ["[personne effacée] (locataire)", "Noël Le Gall"]
    assert ws.erased_counts == {"locataire": 1}
    assert "P09" not in repr(ws)
    assert identity.pid == "P09"
    ws.ideas[2].text = "Voir avec Quintard"  # a bare surname is only reported for review
    assert mentions(ws, identity) == ["atelier.ideas[3].text"]
    erase_person(ws, "P02")
    assert ws.erased_counts == {"locataire": 1, "autre": 1}
    with pytest.raises(PrivacyError):
        erase_person(ws, "P09")


def _all_bytes(folder: Path) -> list[tuple[Path, bytes]]:
    return [(p, p.read_bytes()) for p in folder.rglob("*") if p.is_file()]


def test_erase_cleans_the_file_and_every_backup(tmp_path: Path) -> None:
    path = tmp_path / "atelier.json"
    store = WorkshopStore(path)
    ws = busy_workshop()
    store.save(ws)
    for n in range(4):  # several backups holding the person
        store.backup("import")
        ws.title = f"Atelier v{n}"
        store.save(ws)
    assert len(store.backups()) == 4
    (tmp_path / "atelier.json.backups" / "atelier-20000101-000000-000000.json").write_bytes(
        b'{"_meta": {"1": {"format": "cafe-conversation"}}, "participants": {"1": '
        b'{"first_name": "\xc5\x92lian", "last_name": "Quintard-Lef')  # damaged, names them
    (tmp_path / "atelier.json.backups" / "atelier-20000101-000001-000000.json").write_bytes(
        b'{"damaged but naming no one')
    holding = [p for p, raw in _all_bytes(tmp_path) if SECRET[0].encode() in raw]
    assert len(holding) >= 5

    report = erase_everywhere(ws, store, "P09")

    for name, raw in _all_bytes(tmp_path):
        for secret in SECRET:
            assert secret.encode() not in raw, f"{secret} left in {name}"
    assert len(report.backups_cleaned) >= 4
    assert [p.name for p in report.backups_deleted] == ["atelier-20000101-000000-000000.json"]
    assert (tmp_path / "atelier.json.backups" / "atelier-20000101-000001-000000.json").exists()
    # free text: the full name and e-mail are replaced, a bare surname is reported
    assert ws.ideas[1].text == "Idée d'[personne effacée] ([personne effacée])"
    assert report.mentions == []
    reopened = WorkshopStore(path)
    try:
        again = reopened.load()
    finally:
        store.close()
        reopened.close()
    assert [p.id for p in again.participants] == ["P01", "P02"]
    assert again.erased_counts == {"locataire": 1}
    for backup in copies_on_disk(reopened):
        if "000001" not in backup.name:
            assert "Hélène".encode() in backup.read_bytes()  # others stay in backups


def test_a_reused_id_in_a_backup_is_not_someone_else(tmp_path: Path) -> None:
    path = tmp_path / "atelier.json"
    store = WorkshopStore(path)
    ws = Workshop(id="w", title="A", participants=[
        Participant(id="P01", first_name="Zoé", last_name="Durand")])
    store.save(ws)
    store.backup("open")
    ws.participants = [quintard("P01")]  # Zoé deleted, P01 given to someone else
    store.save(ws)
    erase_everywhere(ws, store, "P01")
    store.close()
    (backup,) = [b for b in store.backups() if b"Zo" in b.read_bytes()]
    assert "Durand".encode() in backup.read_bytes()
    assert all(b"Quintard" not in b.read_bytes() for b in store.backups())


def test_read_only_store_refuses(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    owner = WorkshopStore(path)
    owner.save(busy_workshop())
    other = WorkshopStore(path)
    ws = other.load()
    if not other.read_only:  # OS locks may be per process on some systems
        pytest.skip("the lock is not exclusive within one process here")
    with pytest.raises(PrivacyError):
        erase_everywhere(ws, other, "P09")
    owner.close()
    other.close()


def test_retention_proposes_old_and_unconsented_contacts() -> None:
    ws = busy_workshop()
    ws.participants[0].email = "helene@exemple.fr"  # held without consent
    assert workshop_age_months(ws, date(2027, 12, 4)) == 11
    assert workshop_age_months(ws, date(2027, 12, 5)) == 12
    assert contacts_to_delete(ws, 12, date(2027, 6, 1)) == ["P01"]
    assert contacts_to_delete(ws, 12, date(2027, 12, 5)) == ["P01", "P09"]
    ws.date = ""
    assert workshop_age_months(ws) is None
    assert contacts_to_delete(ws, 1) == ["P01"]


def test_forgetting_contacts_also_cleans_backups(tmp_path: Path) -> None:
    path = tmp_path / "atelier.json"
    store = WorkshopStore(path)
    ws = busy_workshop()
    ws.ideas[1].text = "Un potager"  # free text is erasure's business, not retention's
    store.save(ws)
    store.backup("open")
    ws.title = "v2"
    store.save(ws)
    assert forget_contacts_everywhere(ws, store, ["P09"]) == 1
    store.close()
    assert ws.participant("P09").email == "" and not ws.participant("P09").consent_contact
    for name, raw in _all_bytes(tmp_path):
        assert SECRET[1].encode() not in raw and SECRET[2].encode() not in raw, name
        if name.suffix == ".json":
            assert b"Quintard" in raw  # only the contacts went


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_workshop_file_and_backups_are_private(tmp_path: Path) -> None:
    old = os.umask(0o022)  # a usual umask would give 0644 to a plain open()
    try:
        path = tmp_path / "atelier.json"
        store = WorkshopStore(path)
        ws = busy_workshop()
        store.save(ws)
        store.backup("open")
        ws.title = "v2"
        store.save(ws)
        store.close()
    finally:
        os.umask(old)
    files = [path] + store.backups()
    assert len(files) == 2
    for file in files:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
