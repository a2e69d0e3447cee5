"""The personal data dialog: erase (not undoable), retention, access export."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.people.privacy_dialog import PrivacyDialog
from workshop import editing
from ui.people.privacy_notice import RETENTION_KEY


@pytest.fixture
def quiet(monkeypatch):
    """Information boxes are recorded, not shown."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    return shown


def open_dialog(qtbot, window) -> PrivacyDialog:
    """Through the menu, as the facilitator opens it."""
    window.menus["privacy"].actions()[0].trigger()  # « Gérer les données personnelles… »
    dialog = window.findChild(PrivacyDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def select(dialog: PrivacyDialog, pid: str) -> None:
    dialog.person_combo.setCurrentIndex(dialog.person_combo.findData(pid))


def test_menu_is_installed_before_help(window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert "Données &personnelles" in titles
    assert titles.index("Données &personnelles") < titles.index("Aid&e")
    texts = [a.text() for a in window.menus["privacy"].actions()]
    assert texts == ["&Gérer les données personnelles…", "&Notice sur les données"]


def test_erase_asks_then_cleans_everything_and_cannot_be_undone(
        qtbot, window, quiet, monkeypatch, tmp_path_factory) -> None:
    doc = window.document
    person = doc.workshop.participants[1]
    pid, last_name = person.id, person.last_name
    doc.store.backup("open")
    # a few undoable edits first: their snapshots hold the person
    for note in ("a", "b"):
        doc.apply("note", lambda ws, n=note: editing.update_participant(ws, pid, notes=n))
    other = doc.workshop.participants[2].id
    doc.apply("présent", lambda ws: editing.update_participant(ws, other, present=True))
    doc.flush()
    doc.store.backup("import")
    assert doc.undo_stack.count() == 3 and len(doc.store.backups()) == 2
    # two exported files: one still where it was written, one moved to a stick since
    exported = doc.path.parent / "exports"
    exported.mkdir()
    kept, moved = exported / "liste.pdf", exported / "itineraires.pdf"
    for file in (kept, moved):
        file.write_bytes(b"%PDF " + last_name.encode())
    doc.store.record_exports([kept, moved])
    moved.rename(tmp_path_factory.mktemp("cle-usb") / "itineraires.pdf")
    dialog = open_dialog(qtbot, window)
    select(dialog, pid)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "confirm", lambda title, text, action: asked.append(text)
                        or False)
    assert not dialog.erase_person()
    assert doc.workshop.participant(pid) is not None  # refused: nothing happened
    assert "ne peut pas être annulé" in asked[0] and "sauvegardes" in asked[0]
    monkeypatch.setattr(dialog, "confirm", lambda *a: True)
    assert dialog.erase_person()
    assert doc.workshop.participant(pid) is None
    # the history that holds them is gone; the newer edit of someone else stays undoable
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "présent"
    assert not doc.history.forget(lambda v: v == pid or v == last_name)  # nothing left
    doc.undo_stack.undo()
    assert doc.workshop.participant(pid) is None and not doc.undo_stack.canUndo()
    assert "effacé·e de l'atelier" in quiet[-1]
    assert "1 document exporté supprimé" in quiet[-1] and not kept.exists()
    assert "Hors d'atteinte" in quiet[-1] and str(moved) in quiet[-1]
    assert dialog.person_combo.findData(pid) == -1
    folder = doc.path.parent
    for file in folder.rglob("*"):
        if file.is_file():
            assert last_name.encode() not in file.read_bytes(), file
    assert sum(doc.workshop.erased_counts.values()) == 1


def test_retention_proposes_and_forgets_contacts(qtbot, window, quiet, monkeypatch) -> None:
    doc = window.document
    doc.workshop.date = "2020-01-15"
    doc.workshop.participants[0].email = "helene@exemple.fr"
    doc.workshop.participants[0].consent_contact = True
    doc.save()
    dialog = open_dialog(qtbot, window)
    assert doc.workshop.participants[0].full_name in dialog.proposal.text()
    assert dialog.forget_button.isEnabled()
    dialog.months_spin.setValue(600 // 5)
    assert window.settings.value(RETENTION_KEY) in (120, "120")
    assert "Aucun contact" in dialog.proposal.text()
    dialog.months_spin.setValue(24)
    monkeypatch.setattr(dialog, "confirm", lambda *a: True)
    assert dialog.forget_contacts() == 1
    assert doc.workshop.participants[0].email == ""
    assert all(b"helene@exemple.fr" not in f.read_bytes()
               for f in doc.path.parent.rglob("*") if f.is_file())


def test_export_what_is_held(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    doc = window.document
    person = doc.workshop.participants[0]
    dialog = open_dialog(qtbot, window)
    select(dialog, person.id)
    out = tmp_path / "acces"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    path = dialog.export_person()
    assert path == out.with_suffix(".txt")
    text = path.read_text(encoding="utf-8")
    assert f"Données détenues sur {person.full_name}" in text
    assert doc.workshop.participants[1].last_name not in text


def test_read_only_document_cannot_erase(qtbot, window) -> None:
    from workshop.storage.store import WorkshopStore

    other = WorkshopStore(window.document.path)
    other.load()
    assert other.read_only
    from ui.document import WorkshopDocument

    doc = WorkshopDocument(other.load(), other)
    dialog = PrivacyDialog(doc)
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    assert dialog.export_button.isEnabled()
    other.close()


def test_screenshot(qtbot, window, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, window)
    image = dialog.grab()
    assert image.save(str(tmp_path / "privacy.png")) and image.height() > 200


def test_opening_an_old_workshop_reminds_of_contacts(app, qtbot, window, demo,
                                                     tmp_path: Path) -> None:
    from workshop.storage.store import WorkshopStore

    assert app.privacy.remind() == ""  # the demo holds no contacts
    demo.date = "2020-01-15"
    demo.participants[0].phone = "06 12 34 56 78"
    demo.participants[0].consent_contact = True
    path = tmp_path / "ancien.json"
    store = WorkshopStore(path)
    store.save(demo)
    window.document.replace(demo, store)
    qtbot.waitUntil(lambda: "1 contact à supprimer" in window.statusBar().currentMessage())


def test_workshop_still_to_come_is_not_dated_in_negative_months(qtbot, window) -> None:
    window.document.workshop.date = "2099-06-01"
    dialog = open_dialog(qtbot, window)
    text = dialog.proposal.text()
    assert "pas encore eu lieu" in text and "-" not in text
