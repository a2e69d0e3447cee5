"""The one-page bilan PDF and the compte rendu opening with it, read back."""

from __future__ import annotations

import io

from pypdf import PdfReader

from exports import DOCUMENTS, export_all, render
from exports.pdf.typography import french
from tests.test_exports_pdf import flat, pages_as_images
from ui.text import catalogue


def read(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_bilan_fits_one_page_and_says_what_became_of_each_action(demo):
    pages = read(render("bilan", demo, catalogue("fr")))
    assert len(pages) == 1
    text = flat(pages[0])
    for words in ("Bilan de la programmation 2026", "3 actions sur 6 réalisées",
                  "(1 en cours, 1 reportée, 1 abandonnée)", "Fleurir l'entrée de la résidence",
                  "réalisée", "abandonnée", "reportée", "Reporté à 2027",
                  "Six lampadaires remplacés", "40 participants", "Objectif : 30 participants",
                  "le 15 septembre 2026", "Actions décidées à l'atelier du 29 novembre 2025"):
        assert flat(french(words)) in text, words  # printed the French way (’ « »)
    # read aloud and pinned up: no référent, no facilitator
    for name in ("Josiane Perrin", "Inès Chevalier", "Claire Dubois", "Françoise Leroy"):
        assert flat(name) not in text


def test_a_long_bilan_still_prints_on_one_page_smaller(demo):
    for action in demo.bilan.actions:
        action.done = "Une phrase assez longue sur ce qui a été fait cette année. " * 4
    assert len(read(render("bilan", demo))) == 1


def test_the_bilan_in_english(demo):
    text = flat(read(render("bilan", demo, catalogue("en")))[0])
    assert flat("Review of the 2026 plan") in text
    assert flat("3 actions out of 6 done (1 in progress, 1 postponed, 1 dropped)") in text


def test_the_compte_rendu_opens_with_the_bilan(demo):
    for anonymous in (False, True):
        first = flat(read(render("report", demo, catalogue("fr"), anonymous=anonymous))[0])
        bilan_at = first.index(flat("Bilan de la programmation 2026"))
        assert bilan_at < first.index(flat("Participation"))
        assert flat("3 actions sur 6 réalisées") in first
    demo.bilan.actions.clear()  # no bilan: the compte rendu as before
    assert flat("Bilan de la programmation") not in flat(read(render("report", demo))[0])


def test_the_bilan_pdf_is_written_only_with_last_year_s_actions(demo, tmp_path):
    paths = export_all(demo, tmp_path / "avec")
    assert [p.name for p in paths] == [name for _k, name in DOCUMENTS] + ["bilan.pdf"]
    assert all(image.convert("L").getextrema()[0] < 100
               for image in pages_as_images(tmp_path / "avec" / "bilan.pdf"))
    demo.bilan.actions.clear()
    assert [p.name for p in export_all(demo, tmp_path / "sans")] == \
        [name for _k, name in DOCUMENTS]
