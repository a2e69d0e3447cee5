"""Participant import from messy spreadsheets, built here byte by byte."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.said import raises_saying
from ui.text.messages import describe
from workshop.model import Participant, Workshop
from workshop.people.clean import clean_cell, detect_mapping, phone, split_full_name
from workshop.people.csv_file import ReadError
from workshop.people.importing import (
    ImportChoices,
    apply_import,
    build_preview,
    read_table,
)

NAMES = [("Hélène", "Moreau"), ("Œlian", "Lefèvre"), ("Françoise", "Nguyễn"),
         ("Noël", "Le Gall-Çelik")]


def empty_workshop() -> Workshop:
    return Workshop(id="w", title="Atelier")


def names(ws: Workshop) -> list[tuple[str, str]]:
    return [(p.first_name, p.last_name) for p in ws.participants]


def test_cp1252_with_semicolons_keeps_every_accent(tmp_path: Path) -> None:
    # Œ and ç exist in cp1252; ễ does not, so that name is left out of this file
    people = NAMES[:2] + [("Françoise", "Dupré"), NAMES[3]]
    lines = ["Nom;Prénom;Catégorie"] + [f"{last};{first};locataire" for first, last in people]
    path = tmp_path / "inscrits.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    table = read_table(path)
    assert (table.encoding, table.delimiter, table.encoding_guessed) == ("cp1252", ";", True)
    ws = empty_workshop()
    result = apply_import(ws, build_preview(table, ws))
    assert names(ws) == people
    assert [p.id for p in result.added] == ["P01", "P02", "P03", "P04"]
    assert {p.category for p in ws.participants} == {"locataire"}


def test_utf8_bom_commas_quoted_fields_with_commas_and_line_breaks(tmp_path: Path) -> None:
    text = ('Prénom,Nom,Besoins,Remarques\n'
            'Hélène,Moreau,"fauteuil roulant, arrive tôt","vient avec\nsa voisine"\n'
            'Françoise,Nguyễn,,"dit ""Fanfan"""\n')
    path = tmp_path / "inscrits.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ",")
    preview = build_preview(table, empty_workshop())
    assert preview.headers[0] == "Prénom"  # no '\ufeffPrénom'
    ws = empty_workshop()
    apply_import(ws, preview)
    helene, francoise = ws.participants
    assert (helene.needs, helene.needs_accessible) == ("fauteuil roulant, arrive tôt", True)
    assert helene.notes == "vient avec\nsa voisine"
    assert (francoise.last_name, francoise.notes) == ("Nguyễn", 'dit "Fanfan"')
    assert [row.line for row in preview.rows] == [2, 4]  # a quoted line break counts


def test_tabs_empty_lines_title_lines_and_a_line_number_per_row(tmp_path: Path) -> None:
    text = ("Liste des inscrits au 5 décembre\n\n\n"
            "Prénom\tNom\tTéléphone\n"
            "Hélène\tMoreau\t06 12 34 56 78\n"
            "\t\t\n\n"
            "\u00a0Noël\u00a0\t Le\u00a0Gall \t\n")
    path = tmp_path / "liste.txt"
    path.write_text(text, encoding="utf-8")
    preview = build_preview(read_table(path), empty_workshop())
    assert preview.header_line == 4
    assert [(r.line, r.person.full_name) for r in preview.rows] == [
        (5, "Hélène Moreau"), (8, "Noël Le Gall")]


def test_decomposed_accents_become_composed() -> None:
    assert clean_cell("He\u0301le\u0300ne") == "Hélène"
    assert clean_cell("  Jean\u202f-\u00a0Luc  ") == "Jean - Luc"


def test_duplicates_are_flagged_never_merged(tmp_path: Path) -> None:
    ws = empty_workshop()
    ws.participants.append(Participant(id="P01", first_name="Hélène", last_name="Moreau"))
    text = ("Nom;Prénom;Courriel\n"
            "MOREAU;helene;\n"                       # same name, case and accents differ
            "Le Gall;Noël;noel@exemple.fr\n"
            "LeGall;Noel;\n"                         # same name ignoring the space
            "Martin;Paul;NOEL@exemple.fr\n"          # same e-mail
            "Durand;Zoé;\n")
    path = tmp_path / "d.csv"
    path.write_text(text, encoding="utf-8")
    preview = build_preview(read_table(path), ws)
    flags = {r.person.first_name: [p.code for p in r.problems] for r in preview.rows}
    assert flags == {"helene": ["duplicate_existing"], "Noël": [],
                     "Noel": ["duplicate_in_file"], "Paul": ["duplicate_in_file"], "Zoé": []}
    result = apply_import(ws, preview)
    assert names(ws) == [("Hélène", "Moreau"), ("Noël", "Le Gall"), ("Zoé", "Durand")]
    assert sorted(line for line, _ in result.skipped) == [2, 4, 5]
    assert {p.code for _, p in result.skipped} == {"skipped_duplicate"}
    # the facilitator may still add one flagged row on purpose
    again = empty_workshop()
    apply_import(again, preview, ImportChoices(include={4}))
    assert names(again) == [("Noel", "LeGall")]


def test_phones_lost_zero_and_scientific_notation(tmp_path: Path) -> None:
    text = ("Nom;Prénom;Téléphone;Consentement\n"
            "Moreau;Hélène;612345678;oui\n"
            "Le Gall;Noël;6,12E+08;oui\n"
            "Durand;Zoé;33612345678;oui\n"
            "Petit;Léa;+33 6 12 34 56 78;oui\n")
    path = tmp_path / "p.csv"
    path.write_text(text, encoding="utf-8")
    preview = build_preview(read_table(path), empty_workshop())
    codes = [[p.code for p in r.problems] for r in preview.rows]
    assert codes == [["phone_zero_restored"], ["phone_scientific"], ["phone_plus_restored"], []]
    assert "6,12E+08" in str(preview.rows[1].problems[0])
    ws = empty_workshop()
    apply_import(ws, preview)
    assert [p.phone for p in ws.participants] == [
        "06 12 34 56 78", "", "+33 6 12 34 56 78", "+33 6 12 34 56 78"]
    assert all(isinstance(p.phone, str) for p in ws.participants)


def test_contacts_are_kept_only_with_consent(tmp_path: Path) -> None:
    text = ("Prénom;Nom;Courriel;Accord pour être recontacté·e\n"
            "Hélène;Moreau;helene@exemple.fr;oui\n"
            "Noël;Le Gall;noel@exemple.fr;non\n"
            "Zoé;Durand;zoe@exemple.fr;\n")
    path = tmp_path / "c.csv"
    path.write_text(text, encoding="utf-8")
    preview = build_preview(read_table(path), empty_workshop())
    assert preview.mapping[3] == "consent"
    assert preview.contacts_without_consent() == 2
    ws = empty_workshop()
    result = apply_import(ws, preview)
    assert [(p.email, p.consent_contact) for p in ws.participants] == [
        ("helene@exemple.fr", True), ("", False), ("", False)]
    assert result.contacts_dropped == 2
    everyone = empty_workshop()
    apply_import(everyone, preview, ImportChoices(consent_all=True))
    assert all(p.email and p.consent_contact for p in everyone.participants)


def test_xlsx_with_typed_cells(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Prénom", "Nom", "Collège", "Téléphone", "Né·e le", "Enfants"])
    sheet.append(["Hélène", "Moreau", "Locataires", 612345678, dt.datetime(1961, 3, 4), 2])
    sheet.append(["Œlian", "Lefèvre", "Élu", "07 01 02 03 04", dt.date(1990, 12, 31), 0])
    sheet.append([None, None, None, None, None, None])
    sheet.append(["Françoise", "Nguyễn", "accédante", 6.12e8, None, 1.5])
    path = tmp_path / "inscrits.xlsx"
    book.save(path)
    table = read_table(path)
    cells = dict(table.rows)  # by line, as the spreadsheet numbers them (line 4 is empty)
    assert sorted(cells) == [1, 2, 3, 5]
    assert cells[2][4:] == ["04/03/1961", "2"]
    assert cells[3][4] == "31/12/1990"
    assert cells[5][5] == "1,5"
    preview = build_preview(table, empty_workshop())
    assert preview.mapping == {0: "first_name", 1: "last_name", 2: "category", 3: "phone"}
    preview = build_preview(table, empty_workshop(), {**preview.mapping, 4: "notes"})
    ws = empty_workshop()
    apply_import(ws, preview, ImportChoices(consent_all=True))
    assert names(ws) == [NAMES[0], NAMES[1], NAMES[2]]
    assert [p.category for p in ws.participants] == ["locataire", "élu", "accédant"]
    assert [p.phone for p in ws.participants] == ["06 12 34 56 78", "07 01 02 03 04",
                                                  "06 12 00 00 00"]
    assert ws.participants[0].notes == "04/03/1961"
    assert [p.code for p in preview.rows[0].problems] == ["phone_zero_restored"]


def test_a_csv_named_file_that_is_really_a_workbook(tmp_path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Nom", "Prénom"])
    book.active.append(["Moreau", "Hélène"])
    path = tmp_path / "export.csv"
    book.save(path)
    table = read_table(path)
    assert table.rows[1][1] == ["Moreau", "Hélène"]


def test_undecodable_file_asks_for_an_encoding(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    # 0x81 is invalid in both UTF-8 (alone) and cp1252
    path.write_bytes("Nom;Prénom\nMoreau;Hélène\n".encode("cp850") + b"X\x81;Y\n")
    with pytest.raises(ReadError) as caught:
        read_table(path)
    assert caught.value.code == "encoding"
    assert "choisissez son encodage" in describe(caught.value, "fr")
    table = read_table(path, encoding="cp850")
    assert table.rows[1][1] == ["Moreau", "Hélène"]
    with pytest.raises(ReadError) as caught:
        read_table(path, encoding="utf-8")
    assert caught.value.code == "bad_encoding"


def test_delimiter_override(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Nom complet,Remarques\nHélène Moreau,a;b\n", encoding="utf-8")
    assert read_table(path).delimiter == ","
    table = read_table(path, delimiter=";")
    assert table.rows[1][1] == ["Hélène Moreau,a", "b"]


def test_full_name_column_is_split() -> None:
    assert split_full_name("MOREAU Hélène") == ("Hélène", "MOREAU")
    assert split_full_name("Hélène Moreau") == ("Hélène", "Moreau")
    assert split_full_name("Le Gall, Noël") == ("Noël", "Le Gall")
    assert split_full_name("Hélène") == ("Hélène", "")
    assert split_full_name("LE GALL Noël") == ("Noël", "LE GALL")


def test_usual_french_headers_are_recognised() -> None:
    headers = ["N°", "NOM", "Prénom", "Statut", "E-mail", "Tél. portable", "Résidence",
               "Accessibilité", "Commentaires", "Nombre d'enfants"]
    assert detect_mapping(headers) == {
        1: "last_name", 2: "first_name", 3: "category", 4: "email", 5: "phone",
        6: "residence", 7: "needs", 8: "notes"}
    assert detect_mapping(["Courriel", "Adresse mail"]) == {0: "email"}  # mapped once


def test_rows_without_a_name_are_listed_not_added(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_text("Nom;Prénom;Statut\n;;locataire\nMoreau;;salarié\n", encoding="utf-8")
    ws = empty_workshop()
    result = apply_import(ws, build_preview(read_table(path), ws))
    assert names(ws) == [("Moreau", "")]
    assert [(line, p.code) for line, p in result.skipped] == [(2, "no_name")]


def test_neutralised_cells_from_our_own_export_come_back() -> None:
    assert clean_cell("'=SOMME(A1)") == "=SOMME(A1)"
    assert clean_cell("'+33 6 12 34 56 78") == "+33 6 12 34 56 78"
    assert clean_cell("'Aujourd'hui") == "'Aujourd'hui"


@pytest.mark.parametrize("name, code", [("vieux.xls", "old_xls"), ("absent.csv", "missing"),
                                        ("image.png", "unsupported")])
def test_files_that_cannot_be_read(tmp_path: Path, name: str, code: str) -> None:
    path = tmp_path / name
    if code != "missing":
        path.write_bytes(b"\x00\x01")
    with pytest.raises(ReadError) as caught:
        read_table(path)
    assert caught.value.code == code


def test_empty_and_blank_files(tmp_path: Path) -> None:
    path = tmp_path / "vide.csv"
    path.write_bytes(b"")
    with raises_saying(ReadError, "aucune ligne"):
        read_table(path)
    path.write_text(";;;\n;;\n", encoding="utf-8")
    with raises_saying(ReadError, "aucune ligne"):
        build_preview(read_table(path), empty_workshop())


def test_broken_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "abime.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReadError) as caught:
        read_table(path)
    assert caught.value.code == "bad_xlsx"


def test_phone_cleaning_keeps_text() -> None:
    assert phone("06.12.34.56.78") == ("06 12 34 56 78", None)
    assert phone("poste 12") == ("poste 12", "phone_odd")
    assert phone("") == ("", None)


def test_ids_are_the_first_free_ones_as_before(tmp_path: Path) -> None:
    """The running counter gives what ``new_id`` gave row by row, gaps included."""
    from workshop.model import new_id

    ws = empty_workshop()
    ws.participants = [Participant(id=pid, first_name=pid) for pid in ("P01", "P03", "P04")]
    path = tmp_path / "n.csv"
    path.write_text("Nom\n" + "".join(f"Nom{i}\n" for i in range(5)), encoding="utf-8")
    result = apply_import(ws, build_preview(read_table(path), ws))
    taken = ["P01", "P03", "P04"]
    expected = []
    for _ in range(5):
        expected.append(new_id("P", taken))
        taken.append(expected[-1])
    assert [p.id for p in result.added] == expected == ["P05", "P06", "P07", "P08", "P09"]


def test_an_import_is_one_step_of_the_domain_history(tmp_path: Path) -> None:
    from workshop.history import History

    ws = empty_workshop()
    ws.participants.append(Participant(id="P01", first_name="Hélène", last_name="Moreau"))
    path = tmp_path / "n.csv"
    path.write_text("Nom;Prénom\nLefèvre;Œlian\nDurand;Zoé\n", encoding="utf-8")
    preview = build_preview(read_table(path), ws)
    history = History()
    result, change, _ = history.run(ws, "Importer", lambda w: apply_import(w, preview))
    assert names(ws) == [("Hélène", "Moreau"), ("Œlian", "Lefèvre"), ("Zoé", "Durand")]
    assert "participants" in change.whole
    history.undo()
    assert names(ws) == [("Hélène", "Moreau")]
    history.redo()
    assert [p.id for p in ws.participants] == ["P01"] + [p.id for p in result.added]
