"""The real PDFs, read back: every page renders, every QR decodes, text is literal."""

from __future__ import annotations

import re

import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.lib.units import mm

from exports import DOCUMENTS, export_all, render
from exports.pdf.base import ExportCancelled
from exports.pdf.qr import MIN_SIZE, QrCode
from exports.pdf.text import TextCleaner
from tests.test_exports_builder import hostile_workshop, realistic_workshop
from ui.text import catalogue

SCALE = 3  # 216 dpi: a phone photo of a printed page is no sharper


def pages_as_images(path: Path):
    doc = pdfium.PdfDocument(str(path))
    try:
        for page in doc:
            yield page.render(scale=SCALE).to_pil()
    finally:
        doc.close()


def text_of(path: Path) -> str:
    return unicodedata.normalize("NFC", "\n".join(
        page.extract_text() for page in PdfReader(path).pages))


def flat(text: str) -> str:
    """The text without spaces, and words hyphenated at a line's end joined again."""
    return "".join(re.sub(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])", "", text).split())


def document(paths, key: str) -> Path:
    """The path of one document among those ``export_all`` wrote."""
    return next(p for p in paths if p.name == dict(DOCUMENTS)[key])


@pytest.fixture(scope="module")
def realistic(tmp_path_factory):
    ws = realistic_workshop()
    out = tmp_path_factory.mktemp("pdf")
    return ws, export_all(ws, out, catalogue("fr"))


def test_five_documents_are_written_and_every_page_renders(realistic):
    _ws, paths = realistic
    assert [p.name for p in paths] == [name for _key, name in DOCUMENTS]
    for path in paths:
        images = list(pages_as_images(path))
        assert images, path.name
        for image in images:  # a blank page would be a layout bug
            assert image.convert("L").getextrema()[0] < 100


def test_every_qr_decodes_to_the_normalised_url(realistic):
    ws, paths = realistic
    plan = paths[0]
    found = []
    for image in pages_as_images(plan):
        found += [code.text for code in zxingcpp.read_barcodes(image)]
    expected = [a.url for a in ws.plan.actions] + [ws.plan.general_url]
    assert sorted(found) == sorted(expected)
    printed = flat(text_of(plan))
    for url in expected:
        assert url in printed  # the URL is printed under its code


def test_qr_is_vector_and_big_enough(realistic):
    _ws, paths = realistic
    reader = PdfReader(paths[0])
    for page in reader.pages:
        resources = page.get("/Resources") or {}
        xobjects = resources.get("/XObject") or {}
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    code = QrCode("https://exemple.coop/s/a", "Q")
    assert code.side >= MIN_SIZE >= 30 * mm
    long = QrCode("https://exemple.coop/" + "a" * 150, "M")
    assert long.side >= 48 * mm  # about 0.85 mm a module, quiet zone included


def test_titles_and_accents_survive_in_the_text_layer(realistic):
    ws, paths = realistic
    plan_text = text_of(document(paths, "annual_plan"))
    for action in ws.plan.actions:
        assert flat(action.title) in flat(plan_text)
    assert "Programmation annuelle 2027" in plan_text
    pages = len(PdfReader(document(paths, "annual_plan")).pages)
    assert "page 1 / {0}".format(pages) in plan_text and f"page {pages} / {pages}" in plan_text
    assert "Référents" in plan_text and "Coopérative d’habitants" in plan_text
    report = text_of(document(paths, "report"))
    assert "Plus d’éclairage le soir" in report and "Non retenue" in report
    assert "Claire Dubois" in report
    hosts = text_of(document(paths, "host_sheets"))
    assert hosts.count("Fiche capitaine") == len(ws.tables)
    assert "Vous restez à cette table" in hosts
    cards = text_of(document(paths, "itineraries"))
    assert all(p.full_name in cards for p in ws.participants)
    attendance = text_of(document(paths, "attendance"))
    assert "Signature" in attendance and "attester votre présence" in attendance


def test_anonymous_report_prints_no_name(tmp_path):
    ws = realistic_workshop()
    pdf = tmp_path / "anonyme.pdf"
    pdf.write_bytes(render("report", ws, catalogue("fr"), anonymous=True))
    text = text_of(pdf)
    assert "version sans noms" in text
    for name in ["Claire Dubois", "Aïcha H.", "Karim B."] + [p.full_name for p in ws.participants]:
        assert name not in text
    assert "Fête des voisins au printemps" in text


def test_hostile_text_exports_and_prints_literally(tmp_path):
    ws = hostile_workshop()
    missing: set[str] = set()
    paths = export_all(ws, tmp_path, catalogue("fr"), missing=missing)
    for path in paths:
        assert list(pages_as_images(path))
    cards = flat(text_of(document(paths, "itineraries")))
    for literal in ['<img src="/etc/hostname"/>', "<b>gras", "Łukasz", "Żółć", "Ștefan",
                    "0.1<A<0.9", "Tom&Jerry&amp;co"]:
        assert flat(literal) in cards, literal
    report = flat(text_of(document(paths, "report")))
    assert flat("Une très longue proposition & <b>détaillée</b>.") in report
    assert "\u202e" not in report
    assert {"🎉", "👍"} <= missing  # not in the font: replaced visibly and reported
    plan = document(paths, "annual_plan")
    decoded = [c.text for image in pages_as_images(plan) for c in zxingcpp.read_barcodes(image)]
    assert sorted(decoded) == sorted([a.url for a in ws.plan.actions] + [ws.plan.general_url])


def test_text_cleaner_escapes_and_reports():
    cleaner = TextCleaner()
    assert cleaner.markup("a<b & c\nd") == "a&lt;b &amp; c<br/>d"
    assert cleaner.line("  x\t\x07y \u202ez ") == "x y z"
    assert cleaner.plain("Cafe\u0301") == "Café"  # NFC
    assert cleaner.plain("fin 🎉") == "fin \ufffd"
    assert "U+1F389" in cleaner.report()


def test_cancel_stops_and_leaves_no_half_file(tmp_path):
    calls = []

    def cancel() -> bool:
        return len(calls) >= 2

    with pytest.raises(ExportCancelled):
        export_all(realistic_workshop(), tmp_path, progress=lambda d, t, n: calls.append(n),
                   cancel=cancel)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(name for _k, name in DOCUMENTS[:1])


def test_empty_workshop_exports_every_document(tmp_path):
    from workshop.model import Workshop

    paths = export_all(Workshop("vide", "Atelier vide"), tmp_path)
    assert all(list(pages_as_images(p)) for p in paths)
    assert "Aucune action" in text_of(paths[0])
