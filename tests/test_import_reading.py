"""Reading what real and broken lists hold: encodings, title lines, quotes, bounds.

Issue 15, items 12 to 15: each test fails on the reader before it.
"""

from __future__ import annotations

import datetime as dt
import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from tests import hostile
from tests.said import raises_saying
from ui.text.messages import describe
from workshop.model import Participant, Workshop
from workshop.people.csv_file import ReadError
from workshop.people.importing import apply_import, build_preview, read_table
from workshop.people.raw import MAX_ROWS


def preview_of(path: Path, ws: Workshop | None = None):
    return build_preview(read_table(path), ws or Workshop(id="w", title="Atelier"))


def people(path: Path) -> list[tuple[int, str | None, list[str]]]:
    """``(line, full name or None, problem codes)`` per data row."""
    return [(row.line, row.person.full_name if row.person else None,
             [p.code for p in row.problems]) for row in preview_of(path).rows]


# -- item 13: UTF-8 but for a few bytes ------------------------------------------------
def test_a_few_bad_bytes_leave_the_file_utf8_and_are_reported(tmp_path: Path) -> None:
    lines = ["Nom;Prénom;Résidence"] + [f"Lefèvre{i};Hélène;Les Tilleuls" for i in range(8)]
    raw = "\n".join(lines).encode("utf-8") + b"\nDupr\xe9;Zo\xe9;B\xe2timent A\n" \
        + "Noël;Françoise;Les Tilleuls\n".encode("utf-8") + b"Cut\xc3;Line;\n"
    path = tmp_path / "presque-utf8.csv"
    path.write_bytes(raw)
    table = read_table(path)
    assert (table.encoding, table.encoding_guessed) == ("utf-8", False)
    preview = build_preview(table, Workshop(id="w", title="A"))
    assert preview.mapping == {0: "last_name", 1: "first_name", 2: "residence"}  # Prénom read
    found = {row.line: (row.person.last_name, row.person.first_name, row.person.residence,
                        [p.code for p in row.problems]) for row in preview.rows}
    assert found[2] == ("Lefèvre0", "Hélène", "Les Tilleuls", [])        # intact, not LefÃ¨vre
    assert found[10] == ("Dupré", "Zoé", "Bâtiment A", ["not_utf8"])     # the stray cp1252 line
    assert found[11] == ("Noël", "Françoise", "Les Tilleuls", [])
    assert found[12][3] == ["not_utf8"]                                   # a cut sequence
    assert [line for line, row in found.items() if row[3]] == [10, 12]


def test_a_cp1252_file_is_still_read_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("Nom;Prénom\nLefèvre;Hélène\nNoël;Zoé\n".encode("cp1252"))
    table = read_table(path)
    assert (table.encoding, table.encoding_guessed, table.damaged) == ("cp1252", True, {})
    assert [r[1] for r in people(path)] == ["Hélène Lefèvre", "Zoé Noël"]


def test_the_command_line_reports_the_repaired_lines(demo_file: Path, tmp_path: Path,
                                                     capsys) -> None:
    from ui.main import main

    path = tmp_path / "p.csv"
    path.write_bytes("Nom;Prénom\nLefèvre;Œlian\n".encode() + b"Dupr\xe9;Zo\xe9\n")
    assert main(["import", str(demo_file), str(path)]) == 0
    out = capsys.readouterr().out
    assert "Œlian Lefèvre" in out and "Zoé Dupré" in out
    assert "ligne 3 : Caractères illisibles en UTF-8" in out
    path.write_bytes("Nom;Prénom\nQuintard;Gérard\n".encode("cp1252"))
    assert main(["import", str(demo_file), str(path)]) == 0
    assert "Fichier lu en Windows-1252" in capsys.readouterr().out


# -- item 14: a title line above the header ----------------------------------------------
@pytest.mark.parametrize("title", [
    "Liste des inscrits, résidence Les Tilleuls, 5 décembre",
    "Liste des inscrits\trésidence Les Tilleuls",
    '"Atelier du 5 décembre; salle commune"',
])
def test_a_title_line_does_not_decide_the_delimiter(tmp_path: Path, title: str) -> None:
    path = tmp_path / "inscrits.csv"
    path.write_bytes(f"{title}\r\n\r\nNom;Prénom;Statut\r\nMoreau;Hélène;locataire\r\n"
                     "Lefèvre;Œlian;élu\r\n".encode("cp1252"))
    table = read_table(path)
    assert table.delimiter == ";"
    preview = build_preview(table, Workshop(id="w", title="A"))
    assert preview.header_line == 3
    assert [r.person.full_name for r in preview.rows] == ["Hélène Moreau", "Œlian Lefèvre"]


def test_without_a_recognised_header_the_most_used_delimiter_wins(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("Liste, version 2\nA;B;C\n1;2;3\n4;5;6\n", encoding="utf-8")
    assert read_table(path).delimiter == ";"


# -- item 15: NUL bytes, UTF-16 without BOM, unclosed quotes -----------------------------
def test_nul_and_control_bytes_never_reach_a_name(tmp_path: Path) -> None:
    path = hostile.csv_nul_bytes(tmp_path)
    assert people(path) == [(2, "Hélène Moreau", ["control_chars"]), (4, "Zoé Durand", [])]
    path = hostile.csv_control_characters(tmp_path)
    assert people(path) == [(2, "Hélène Moreau", ["control_chars"])]


def test_vertical_tabs_are_line_breaks_inside_a_cell(tmp_path: Path) -> None:
    """FileMaker and old Mac exports break lines inside a cell with \\v: not controls."""
    path = tmp_path / "filemaker.csv"
    path.write_text("Nom;Prénom;Remarques\n" + "".join(
        f"Moreau{i};Hélène;vient avec\vsa voisine\fet son chien\n" for i in range(60)),
        encoding="utf-8")
    preview = preview_of(path)
    assert len(preview.rows) == 60 and not any(row.problems for row in preview.rows)
    assert preview.rows[0].person.notes == "vient avec\nsa voisine\net son chien"


def test_a_binary_file_is_not_text(tmp_path: Path) -> None:
    with raises_saying(ReadError, "n'est pas du texte"):
        read_table(hostile.csv_binary(tmp_path))


@pytest.mark.parametrize("build", [hostile.csv_utf16_no_bom, hostile.csv_utf16_be_no_bom])
def test_utf16_without_a_bom(tmp_path: Path, build) -> None:
    path = build(tmp_path)
    assert read_table(path).encoding in ("utf-16-le", "utf-16-be")
    assert people(path) == [(2, "Hélène Moreau", []), (3, "Œlian Lefèvre", [])]


def test_a_quote_never_closed_does_not_swallow_the_file(tmp_path: Path) -> None:
    path = hostile.csv_unclosed_quote(tmp_path)
    assert people(path) == [(2, "Hélène Moreau", []), (3, "Zoé Durand", ["unclosed_quote"]),
                            (4, "Œlian Lefèvre", []), (5, "Léa Petit", [])]
    path.write_text('Nom;Prénom\nMoreau;Hélène\n"Petit;Léa', encoding="utf-8")  # last line
    assert people(path) == [(2, "Hélène Moreau", []), (3, "Léa Petit", ["unclosed_quote"])]


def test_a_quote_never_closed_in_a_long_file(tmp_path: Path) -> None:
    """Past the csv module's cell limit, the quote is found the same way."""
    rows = [f"Nom{i};Prénom{i}" for i in range(20_000)]
    path = tmp_path / "long.csv"
    path.write_text("Nom;Prénom\nMoreau;Hélène\n\"Durand;Zoé\n" + "\n".join(rows) + "\n",
                    encoding="utf-8")
    found = people(path)
    assert found[:2] == [(2, "Hélène Moreau", []), (3, "Zoé Durand", ["unclosed_quote"])]
    assert len(found) == 2 + 20_000 and found[-1] == (20_003, "Prénom19999 Nom19999", [])


def test_a_quote_closed_by_the_next_stray_one_gives_no_name(tmp_path: Path) -> None:
    path = tmp_path / "paire.csv"
    path.write_text('Nom;Prénom;Remarques\nMoreau;Hélène;\n"Durand;Zoé;\n"Petit;Léa;\n'
                    'Noël;Françoise;"vient avec\nsa voisine; et son chien"\n',
                    encoding="utf-8")
    found = people(path)
    assert found[0] == (2, "Hélène Moreau", [])
    assert found[1] == (3, None, ["quote_swallowed"])  # "Durand;Zoé\nPetit" is no name
    assert found[2] == (5, "Françoise Noël", [])       # a note over two lines is fine
    sentence = describe(preview_of(path).rows[1].problems[0])
    assert "plusieurs lignes" in sentence
    ws = Workshop(id="w", title="A")
    result = apply_import(ws, preview_of(path))
    assert [p.full_name for p in ws.participants] == ["Hélène Moreau", "Françoise Noël"]
    assert [(line, p.code) for line, p in result.skipped] == [(3, "quote_swallowed")]


# -- bounds: CSV ---------------------------------------------------------------------
@pytest.mark.parametrize("build, code", [
    (hostile.csv_wide, "too_many_cells"), (hostile.csv_long_cell, "cell_too_long"),
    (hostile.csv_many_rows, "too_many_rows"), (hostile.csv_many_cells, "too_many_cells"),
])
def test_oversized_lists_are_refused_in_little_memory(tmp_path: Path, build, code) -> None:
    path = build(tmp_path)
    tracemalloc.start()
    try:
        with pytest.raises(ReadError) as caught:
            read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.code == code
    assert peak < 100 * 2**20


def test_a_row_wider_than_a_list(tmp_path: Path) -> None:
    path = tmp_path / "large.csv"
    path.write_text("Nom;Prénom\nMoreau;Hélène" + ";x" * 300 + "\n", encoding="utf-8")
    with raises_saying(ReadError, r"au-delà de la colonne 256 \(ligne 2\)"):
        read_table(path)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="POSIX named pipes")
def test_a_named_pipe_is_not_opened(tmp_path: Path) -> None:
    import os

    pipe = tmp_path / "liste.csv"
    os.mkfifo(pipe)  # opening it would block until someone writes
    with pytest.raises(ReadError) as caught:
        read_table(pipe)
    assert caught.value.code == "unsupported"


# -- item 12: workbooks that declare more than they hold --------------------------------
def test_a_workbook_declaring_the_whole_sheet_costs_what_it_holds(tmp_path: Path) -> None:
    path = hostile.xlsx_declared_everything(tmp_path)
    assert path.stat().st_size < 8 * 1024
    tracemalloc.start()
    try:
        table = read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert table.rows == [(1, ["Nom", "Prénom"]), (2, ["Moreau", "Hélène"])]
    assert peak < 20 * 2**20


def test_the_last_row_of_a_sheet_is_read_without_the_rows_between(tmp_path: Path) -> None:
    assert people(hostile.xlsx_far_rows(tmp_path)) == [
        (2, "Hélène Moreau", []), (1_048_576, "Zoé Durand", [])]


@pytest.mark.parametrize("build, code", [
    (hostile.xlsx_far_cell, "too_wide"), (hostile.xlsx_wide_row, "too_wide"),
    (hostile.xlsx_empty_cells, "bloated"), (hostile.xlsx_many_rows, "too_many_rows"),
    (hostile.xlsx_huge_string, "part_too_big"), (hostile.xlsx_huge_styles, "part_too_big"),
    (hostile.xlsx_many_members, "too_many_parts"), (hostile.xlsx_password, "protected"),
    (hostile.xlsx_entities, "bad_xlsx"), (hostile.xlsx_bad_coordinates, "bad_xlsx"),
    (hostile.xlsx_bad_string_index, "bad_xlsx"), (hostile.xlsx_missing_sheet, "bad_xlsx"),
    (hostile.xlsx_truncated, "bad_xlsx"), (hostile.xlsx_not_a_workbook, "bad_xlsx"),
])
def test_hostile_workbooks_are_refused_in_little_memory(tmp_path: Path, build, code) -> None:
    path = build(tmp_path)
    tracemalloc.start()
    try:
        with pytest.raises(ReadError) as caught:
            read_table(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert caught.value.code == code
    assert peak < 100 * 2**20
    assert "\n" not in describe(caught.value) and path.name in describe(caught.value)


def test_odd_cell_values_are_kept_as_text(tmp_path: Path) -> None:
    table = read_table(hostile.xlsx_bad_values(tmp_path))
    assert dict(table.rows)[2] == ["Moreau", "1e+300"]  # a "date" past the calendar
    assert dict(table.rows)[3] == ["Durand", "douze"]
    assert dict(table.rows)[4] == ["2", "hier"]


def test_shared_strings_prefixed_tags_and_dates(tmp_path: Path) -> None:
    """What Excel itself writes: shared strings, a namespace prefix, a 1904 workbook."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    sheet = (f'<x:worksheet xmlns:x="{main}"><x:dimension ref="A1:C2"/><x:sheetData>'
             '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v>'
             '</x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>'
             '<x:row r="2"><x:c r="A2" t="s"><x:v>3</x:v></x:c><x:c r="B2" t="s"><x:v>4</x:v>'
             '</x:c><x:c r="C2" s="1"><x:v>45000.5</x:v></x:c></x:row>'
             '</x:sheetData></x:worksheet>').encode()
    strings = (f'<sst xmlns="{main}"><si><t>Nom</t></si><si><r><t>Pré</t></r><r><t>nom</t></r>'
               '<rPh><t>ignored</t></rPh></si><si><t>Arrivée</t></si><si><t>Moreau</t></si>'
               '<si><t xml:space="preserve">Hélène</t></si></sst>').encode()
    styles = (f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" '
              'formatCode="dd/mm/yyyy hh:mm"/></numFmts><cellXfs count="2"><xf numFmtId="0"/>'
              '<xf numFmtId="164"/></cellXfs></styleSheet>').encode()
    with zipfile.ZipFile(io.BytesIO(hostile.base_workbook())) as archive:
        book = archive.read("xl/workbook.xml").decode()
    book = book.replace("<workbookPr />", '<workbookPr date1904="1"/>')
    assert 'date1904="1"' in book
    path = tmp_path / "excel.xlsx"
    path.write_bytes(hostile.replace_parts(hostile.base_workbook(), {
        hostile.SHEET: sheet, hostile.STRINGS: strings, "xl/styles.xml": styles,
        "xl/workbook.xml": book.encode()}))
    arrival = dt.datetime(1904, 1, 1) + dt.timedelta(days=45000.5)
    assert read_table(path).rows == [
        (1, ["Nom", "Prénom", "Arrivée"]),
        (2, ["Moreau", "Hélène", arrival.strftime("%d/%m/%Y %H:%M")])]


def test_the_row_bound_is_a_guest_list_s_many_times() -> None:
    assert MAX_ROWS >= 100_000  # the import benchmark's list must pass


def test_a_zip_that_lies_about_a_size_is_damaged_not_read_further(tmp_path: Path) -> None:
    """zipfile never yields more than a part declares: a part that lies fails its CRC."""
    data = bytearray(hostile.base_workbook([["Nom"], ["Moreau"]]))
    name = hostile.SHEET.encode()
    header = data.find(b"PK\x01\x02")
    while data[header + 46:header + 46 + len(name)] != name:  # the central directory entry
        header = data.find(b"PK\x01\x02", header + 4)
        assert header > 0
    data[header + 24:header + 28] = (10).to_bytes(4, "little")  # "10 bytes once unzipped"
    path = tmp_path / "menteur.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError) as caught:
        read_table(path)
    assert caught.value.code == "bad_xlsx"


def test_existing_people_are_still_flagged_after_repairs(tmp_path: Path) -> None:
    ws = Workshop(id="w", title="A")
    ws.participants.append(Participant(id="P01", first_name="Zoé", last_name="Durand"))
    codes = [r[2] for r in people(hostile.csv_nul_bytes(tmp_path))]
    assert codes == [["control_chars"], []]
    preview = preview_of(hostile.csv_nul_bytes(tmp_path), ws)
    assert [p.code for p in preview.rows[1].problems] == ["duplicate_existing"]
