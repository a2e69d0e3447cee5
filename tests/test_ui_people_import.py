"""The import dialog and the list export, driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFileDialog, QMessageBox

from ui.people.import_dialog import FIRST_DATA_COLUMN, PeopleImportDialog
from workshop.people.importing import read_table
from workshop.storage.store import WorkshopStore

MESSY = ("Liste des inscrits\n\n"
         "Nom;Prénom;Statut;Téléphone;Courriel\n"
         "MOREAU;Hélène;Salariée;0612345678;\n"            # already in the demo
         "Quintard-Lefèvre;Œlian;locataire;612345678;oelian@exemple.fr\n"
         "Noël;Françoise;Élue;6,12E+08;\n"
         ";;locataire;;\n"
         "Durand;Zoé;Locataire;;\n")


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    path = tmp_path / "inscrits.csv"
    path.write_bytes(MESSY.replace("\n", "\r\n").encode("cp1252"))
    return path


def dialog_for(qtbot, window, path: Path) -> PeopleImportDialog:
    dialog = PeopleImportDialog(window.document, path, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def ticks(dialog: PeopleImportDialog) -> list[bool]:
    table = dialog.table
    return [table.item(r, 0).checkState() == Qt.CheckState.Checked
            for r in range(1, table.rowCount())]


def test_menu_and_button_entry_points(app, window) -> None:
    texts = [a.text() for a in window.menus["file"].actions()]
    assert "&Importer des participant·es…" in texts
    assert "E&xporter la liste (CSV)…" in texts
    actions = app.people
    assert actions.import_action in window.pages["participants"].actions()


def test_preview_then_one_undoable_import(qtbot, window, messy: Path) -> None:
    doc = window.document
    before = [p.id for p in doc.workshop.participants]
    dialog = dialog_for(qtbot, window, messy)
    assert dialog.encoding_combo.isVisible()  # fell back to cp1252: offer a choice
    assert dialog.table.rowCount() == 1 + 5
    assert ticks(dialog) == [False, True, True, False, True]  # duplicate and no-name unticked
    assert not (dialog.table.item(4, 0).flags() & Qt.ItemFlag.ItemIsEnabled)
    assert "Doublon possible" in dialog.table.item(1, 2).text()
    # the facilitator leaves Zoé out and keeps Hélène's row after all
    dialog.table.item(5, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.table.item(1, 0).setCheckState(Qt.CheckState.Checked)
    assert "3 personnes à ajouter" in dialog.summary.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    added = [p for p in doc.workshop.participants if p.id not in before]
    assert [(p.first_name, p.last_name) for p in added] == [
        ("Hélène", "MOREAU"), ("Œlian", "Quintard-Lefèvre"), ("Françoise", "Noël")]
    assert all(not p.email for p in added)  # no consent ticked
    doc.flush()
    on_disk = WorkshopStore(doc.path)
    assert [p.full_name for p in on_disk.load().participants][-3:] == [
        "Hélène MOREAU", "Œlian Quintard-Lefèvre", "Françoise Noël"]
    on_disk.close()
    doc.undo_stack.undo()
    assert [p.id for p in doc.workshop.participants] == before
    doc.undo_stack.redo()
    assert len(doc.workshop.participants) == len(before) + 3


def test_mapping_is_editable_and_consent_keeps_contacts(qtbot, window, messy: Path) -> None:
    dialog = dialog_for(qtbot, window, messy)
    combo = dialog.table.cellWidget(0, FIRST_DATA_COLUMN + 2)  # the "Statut" column
    assert isinstance(combo, QComboBox) and combo.currentData() == "category"
    combo.setCurrentIndex(combo.findData("notes"))
    assert dialog.preview.mapping[2] == "notes"
    dialog.table.cellWidget(0, FIRST_DATA_COLUMN + 1).setCurrentIndex(0)  # ignore Prénom
    assert not dialog.preview.has_name_column or dialog.preview.mapping.get(1) is None
    dialog.table.cellWidget(0, FIRST_DATA_COLUMN + 1).setCurrentIndex(
        dialog.table.cellWidget(0, FIRST_DATA_COLUMN + 1).findData("first_name"))
    dialog.consent_box.setChecked(True)
    dialog.confirm()
    oelian = next(p for p in window.document.workshop.participants
                  if p.last_name == "Quintard-Lefèvre")
    assert (oelian.category, oelian.notes) == ("", "locataire")
    assert (oelian.email, oelian.phone, oelian.consent_contact) == (
        "oelian@exemple.fr", "06 12 34 56 78", True)


def test_undecodable_file_asks_for_the_encoding(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "dos.csv"
    path.write_bytes("Nom;Prénom\nQuintard;Œlian\n".encode("mac_roman")
                     + b"L\x8eger;Fran\x8dois\n")
    dialog = dialog_for(qtbot, window, path)
    assert dialog.preview is None
    assert "choisissez son encodage" in dialog.message.text()
    assert dialog.encoding_combo.isVisible()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findText("Mac"))
    assert dialog.preview is not None
    assert [r.person.full_name for r in dialog.preview.rows] == [
        "Œlian Quintard", "François Léger"]


def test_delimiter_override_for_a_wrongly_guessed_file(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Nom complet,Remarques\nHélène Moreau,a;b\n", encoding="utf-8")
    dialog = dialog_for(qtbot, window, path)
    assert dialog.preview.table.delimiter == ","
    dialog.delimiter_combo.setCurrentIndex(1)  # point-virgule
    assert dialog.preview.table.delimiter == ";"
    assert dialog.preview.headers[0] == "Nom complet,Remarques"


def test_import_action_asks_for_a_file(app, qtbot, window, messy: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(messy), ""))
    app.people.import_action.trigger()  # as the menu entry and the page's button do
    dialog = window.findChild(PeopleImportDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.path == messy
    dialog.confirm()
    assert "importé" in window.statusBar().currentMessage()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: window.findChild(PeopleImportDialog) is None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    app.people.import_action.trigger()  # cancelled: no dialog
    assert window.findChild(PeopleImportDialog) is None


def test_export_action_writes_a_list_excel_opens(app, window, tmp_path: Path, monkeypatch) -> None:
    doc = window.document
    doc.workshop.participants[0].email = "helene@exemple.fr"
    doc.workshop.participants[0].consent_contact = True
    out = tmp_path / "liste"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    written = app.people.export_list()
    assert written == out.with_suffix(".csv")
    assert written.read_bytes().startswith(b"\xef\xbb\xbf")
    table = read_table(written)
    assert table.delimiter == ";"
    assert table.rows[1][1][:2] == [doc.workshop.participants[0].first_name,
                                   doc.workshop.participants[0].last_name]
    assert "helene@exemple.fr" in table.rows[1][1]
    assert len(table.rows) == len(doc.workshop.participants) + 1


def test_screenshot_of_the_preview(qtbot, window, messy: Path, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot, window, messy)
    dialog.resize(1000, 560)
    image = dialog.grab()
    assert image.save(str(tmp_path / "import.png"))
    assert image.width() >= 900


def test_a_utf8_file_with_a_few_bad_bytes_shows_them_and_offers_the_encoding(
        qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "presque.csv"
    path.write_bytes("Nom;Prénom\nLefèvre;Œlian\n".encode() + b"Dupr\xe9;Zo\xe9\n")
    dialog = dialog_for(qtbot, window, path)
    assert [r.person.full_name for r in dialog.preview.rows] == ["Œlian Lefèvre", "Zoé Dupré"]
    assert "Caractères illisibles en UTF-8" in dialog.table.item(2, 2).text()
    assert dialog.table.item(1, 2).text() == ""
    assert dialog.encoding_combo.isVisible()  # the facilitator may still say otherwise
    dialog.encoding_combo.setCurrentIndex(dialog.encoding_combo.findText("Windows-1252 (Excel)"))
    assert dialog.preview.rows[0].person.full_name == "LefÃ¨vre"  # what cp1252 gives
