"""What a print shop, a phone and a proofreader check on the PDFs.

Fonts (only the embedded DejaVu, never Helvetica), the wall QR's size
measured in the PDF and decoded, URLs as link annotations, metadata titles,
French typography and hyphenation in the text layer, and names ten
thousand characters long.
"""

from __future__ import annotations

import unicodedata

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.lib.units import mm

from exports import DOCUMENTS, export_all, render
from exports.pdf.lines import Run, break_lines, line_text
from exports.pdf.fonts import BOLD, FAMILY
from exports.pdf.typography import french
from tests.test_exports_builder import realistic_workshop
from ui.text import catalogue

FR = catalogue("fr")


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    ws = realistic_workshop()
    ws.date = "2027-03-01"
    ws.plan.contact = "Accueil de la coopérative, 02 40 00 00 00"
    ws.themes[1].question = "Qu'est-ce qui nous aiderait à mieux nous connaître ?"
    ws.participants[4].last_name = "de La Rochefoucauld-Montmorency"
    folder = tmp_path_factory.mktemp("print")
    export_all(ws, folder, FR)
    return ws, {key: folder / name for key, name in DOCUMENTS}


def fonts_of(page) -> list[tuple[str, bool]]:
    found = []
    for font in (page["/Resources"].get("/Font") or {}).values():
        font = font.get_object()
        descendants = font.get("/DescendantFonts")
        described = descendants[0].get_object() if descendants else font
        descriptor = described.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor else {}
        embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        found.append((str(font["/BaseFont"]), embedded))
    return found


def test_every_font_of_every_page_is_embedded_dejavu(written):
    _ws, paths = written
    for key, path in paths.items():
        for number, page in enumerate(PdfReader(path).pages, start=1):
            fonts = fonts_of(page)
            assert fonts, (key, number)
            for name, embedded in fonts:
                assert "Helvetica" not in name and "DejaVuSans" in name, (key, number, name)
                assert embedded, (key, number, name)


def test_metadata_titles_are_filled_in(written):
    ws, paths = written
    assert PdfReader(paths["annual_plan"]).metadata.title == f"Programmation annuelle 2027 — {ws.title}"
    assert PdfReader(paths["poster"]).metadata.title == f"Affiche de suivi 2027 — {ws.title}"


def links(path) -> set[str]:
    found = set()
    for page in PdfReader(path).pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/Subtype") == "/Link" and "/A" in annot:
                found.add(str(annot["/A"]["/URI"]))
    return found


def test_urls_are_clickable_links(written):
    ws, paths = written
    urls = {a.url for a in ws.plan.actions} | {ws.plan.general_url}
    assert urls <= links(paths["annual_plan"])
    assert links(paths["poster"]) == {ws.plan.general_url}
    assert urls <= links(paths["report"])


def qr_symbols(path):
    """Per page, the width in mm of each square path wider than 15 mm (QR codes:
    their white square with the quiet zone, and their modules)."""
    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for page in doc:
            sizes = []
            for obj in page.get_objects():
                if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                    left, bottom, right, top = obj.get_bounds()
                    if right - left > 15 * mm and abs((right - left) - (top - bottom)) < 1:
                        sizes.append((right - left) / mm)
            out.append(sizes)
        return out
    finally:
        doc.close()


def test_the_wall_qr_is_a_hundred_millimetres_and_scans(written):
    ws, paths = written
    (sizes,) = qr_symbols(paths["poster"])
    modules = [s for s in sizes if s < 125]  # the white square around it is wider
    assert modules and max(modules) >= 100, sizes
    doc = pdfium.PdfDocument(str(paths["poster"]))
    image = doc[0].render(scale=1).to_pil()  # 72 dpi: a blurry phone sees more than this
    doc.close()
    assert [c.text for c in zxingcpp.read_barcodes(image)] == [ws.plan.general_url]
    handout = [s for page in qr_symbols(paths["annual_plan"]) for s in page]
    assert handout and min(handout) >= 24  # the fridge-door codes stay as they were


def text_of(path) -> str:
    return unicodedata.normalize("NFC", "\n".join(p.extract_text() for p in PdfReader(path).pages))


def test_french_typography_in_the_text_layer(written):
    _ws, paths = written
    plan = text_of(paths["annual_plan"])
    assert "1er mars 2027" in plan and "Coopérative d’habitants" in plan
    assert "Contact\u00a0:" in plan or "Contact :" in plan.replace("\u00a0", " ")
    report = text_of(paths["report"])
    assert "Qu’est-ce" in report and "Qu'est-ce" not in report
    for key, path in paths.items():  # a « ? » or a « : » never starts a line alone
        doc = pdfium.PdfDocument(str(path))
        lines = [line.strip() for page in doc for line in
                 page.get_textpage().get_text_range().split("\r\n")]
        doc.close()
        assert not [line for line in lines if line and (line[0] in "?:;!»" or line[-1] == "«")], key
    attendance = text_of(paths["attendance"])
    assert "Salarié·e" in attendance and "Personnes venues sans inscription" in attendance
    assert french("« a « b » c »") == "«\u00a0a “b” c\u00a0»"
    assert french(french("Pourquoi ? l'été")) == "Pourquoi\u00a0? l’été"


def test_words_break_at_syllables_names_at_hyphens_urls_at_separators():
    def lines(text, kind, width):
        return [line_text(line) for line in break_lines([Run(text, kind)], width * mm,
                                                        FAMILY, BOLD, 9)]

    prose = lines("réhabilitation intergénérationnelle", "prose", 30)
    assert all(len(line) > 2 for line in prose) and prose[0].endswith("-")
    assert "".join(line.rstrip("-") for line in prose).replace(" ", "") == \
        "réhabilitationintergénérationnelle"
    assert lines("Marie-Bernadette de La Rochefoucauld-Montmorency", "name", 48) == [
        "Marie-Bernadette de La", "Rochefoucauld-Montmorency"]
    url = lines("https://exemple.coop/suivi/une-lettre-trimestrielle", "url", 35)
    assert all(line.endswith(("/", "-", ".")) for line in url[:-1])
    forced = lines("x" * 200, "prose", 30)
    assert all(line.endswith("-") for line in forced[:-1])  # never cut without a hyphen


def test_a_name_of_ten_thousand_characters_keeps_every_round_on_its_card(tmp_path):
    ws = realistic_workshop(people=9, tables=3, rounds=4)
    ws.participants[5].first_name = "Anne-" * 2000
    ws.participants[6].last_name = "x" * 10000
    pdf = tmp_path / "itineraires.pdf"
    pdf.write_bytes(render("itineraries", ws, FR))
    text = text_of(pdf)
    assert text.count("Tour 4") >= 6  # the movers' cards, the long names' included
    assert "…" in text  # the name is cut visibly, after three lines
