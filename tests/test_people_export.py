"""The participant list CSV (French Excel) and the per-person record."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ui.text.people import csv_words, person_report
from workshop.model import Action, Participant, Round, Table, Vote, Workshop
from workshop.people.export import list_csv, neutralise, person_record, write_list_csv
from workshop.people.importing import ImportChoices, apply_import, build_preview, read_table


def sample() -> Workshop:
    ws = Workshop(id="w", title="Atelier des Tilleuls", date="2026-12-05")
    ws.participants = [
        Participant(id="P01", first_name="Hélène", last_name="Moreau", category="salarié",
                    residence="Les Tilleuls", needs="fauteuil; arrive tôt",
                    needs_accessible=True, present=True, notes="vient avec\nsa voisine",
                    email="helene@exemple.fr", phone="06 12 34 56 78", consent_contact=True),
        Participant(id="P02", first_name="Œlian", last_name="=HYPERLINK(\"x\")",
                    category="élu", notes="@SOMME(A1)", phone="+33 6 12 34 56 78",
                    consent_contact=True),
        Participant(id="P03", first_name="-Noël", last_name="Le Gall", category="locataire",
                    email="gardé-sans-accord@exemple.fr"),
    ]
    return ws


def test_excel_shape_bom_semicolons_crlf() -> None:
    data = list_csv(sample(), words=csv_words("fr"))
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.split("\r\n")[0] == (
        "Prénom;Nom;Catégorie;Résidence;Besoins;Table accessible;Présent·e;Remarques")
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert rows[2][:2] == ["Œlian", "'=HYPERLINK(\"x\")"]
    assert rows[2][7] == "'@SOMME(A1)"
    assert rows[3][0] == "'-Noël"
    assert "Courriel" not in text and "helene@" not in text  # contacts only when asked
    assert list_csv(sample()) == data  # without words: the French headers the importer reads


def test_every_formula_start_is_neutralised() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert neutralise(start + "1+1").startswith("'")
    assert neutralise("Hélène") == "Hélène"
    assert neutralise("") == ""


def test_export_opens_back_to_the_same_data(tmp_path: Path) -> None:
    original = sample()
    path = tmp_path / "liste.csv"
    write_list_csv(original, path, include_contacts=True)
    again = Workshop(id="x", title="x")
    preview = build_preview(read_table(path), again)
    assert all(not row.problems for row in preview.rows)
    apply_import(again, preview, ImportChoices())
    fields = ("first_name", "last_name", "category", "residence", "needs",
              "needs_accessible", "present", "notes", "email", "phone", "consent_contact")
    expected = [[getattr(p, f) for f in fields] for p in original.participants]
    expected[2][fields.index("email")] = ""  # held without consent: never exported
    assert [[getattr(p, f) for f in fields] for p in again.participants] == expected


def test_english_headers_also_read_back(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(list_csv(sample(), include_contacts=True, words=csv_words("en")))
    again = Workshop(id="x", title="x")
    apply_import(again, build_preview(read_table(path), again))
    assert [p.full_name for p in again.participants] == [
        p.full_name for p in sample().participants]
    assert again.participants[0].needs_accessible and again.participants[0].present


def test_person_record_holds_everything_and_names_no_one_else() -> None:
    ws = sample()
    ws.tables = [Table(id="T1", name="Table des Tilleuls", host="P01"),
                 Table(id="T2", name="Table du Parc")]
    ws.rotation.rounds = [Round(seating={"T1": ["P01", "P02"]}),
                          Round(seating={"T1": ["P01"], "T2": ["P02"]})]
    ws.rotation.keep_apart = [["P01", "P03"]]
    ws.votes = [Vote(idea="I1", dots=3, participant="P01"), Vote(idea="I1", dots=2)]
    ws.plan.actions = [Action(id="A1", title="Jardin partagé", referents=["P01", "Mairie"])]
    record = person_record(ws, "P01")
    assert record["hosts"] == ["Table des Tilleuls"]
    assert record["seats"] == [{"round": 1, "table": "Table des Tilleuls"},
                               {"round": 2, "table": "Table des Tilleuls"}]
    assert [v["dots"] for v in record["votes"]] == [3]
    assert record["referent_of"] == ["Jardin partagé"]
    assert record["seating_constraints"] == 1
    text = person_report(ws, "P01", lang="fr")
    for held in ("Hélène", "Moreau", "helene@exemple.fr", "06 12 34 56 78", "Les Tilleuls",
                 "05/12/2026", "Tour 2 : table Table des Tilleuls", "Jardin partagé"):
        assert held in text
    assert "Noël" not in text and "Œlian" not in text


def test_blanks_before_a_formula_start_do_not_escape_the_guard(tmp_path: Path) -> None:
    """Excel runs " =1+1" and "\u00a0=1+1" too: the blanks are looked through."""
    blanks = (" ", "  ", "\u00a0", "\u202f", "\u2007", "\u3000", "\u200b", "\ufeff", "\t ",
              "\n", " \u00a0 ")
    cells = [blank + start + "SOMME(A1)" for blank in blanks for start in "=+-@"]
    for cell in cells:
        assert neutralise(cell) == "'" + cell, repr(cell)
    assert neutralise(" Moreau") == " Moreau"
    assert neutralise("Jean-Luc =") == "Jean-Luc ="
    ws = Workshop(id="w", title="Atelier")
    ws.participants = [Participant(id=f"P{i:02d}", first_name=cell, last_name=f"X{i}")
                       for i, cell in enumerate(cells)]
    path = tmp_path / "liste.csv"
    write_list_csv(ws, path)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""),
                           delimiter=";"))
    assert all(row[0].startswith("'") for row in rows[1:])
    again = Workshop(id="x", title="x")
    apply_import(again, build_preview(read_table(path), again))
    # what comes back is the cleaned name, without our apostrophe
    assert [p.first_name for p in again.participants] == [
        cell.strip(" \u00a0\u202f\u2007\u3000\u200b\ufeff\t\n") for cell in cells]
