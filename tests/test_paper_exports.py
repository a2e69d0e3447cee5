"""The paper side of the café, read back from the real PDFs.

Table cards (one folded A4 per table), large-print itineraries and the
easy-to-read restitution are rendered, then read with pypdf: every piece of
text with the size it is drawn at (the ``Tf`` size times the text and
graphics matrices) and where, so the sizes people rely on are measured, not
assumed.  Drawn shapes are read with pdfium.  The compte rendu's harvest is
checked in tests/test_harvest.py.
"""

from __future__ import annotations

import io
import math
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from exports import render
from exports.data import itinerary_doc
from exports.paper_data import easy_period
from exports.plan_data import period_months
from tests.layout_corpus import awkward_workshop, sentence
from ui.main import main
from ui.text import catalogue
from workshop.plan import action_months
from workshop.storage.store import WorkshopStore

FR, EN = catalogue("fr"), catalogue("en")
A4 = (595.27, 841.89)
FOOTER_TOP = 12 * mm   # the footer's baseline is at 8 mm
LABELS = ("plier ici", "fold here", "✂ découper", "✂ cut")  # 7-point marks on the fold / cut


@dataclass
class Run:
    """A piece of text as drawn: its words, size in points, baseline origin, orientation."""

    text: str
    size: float
    x: float
    y: float
    upside_down: bool


def runs_of(pdf: bytes) -> list[list[Run]]:
    """Per page, every piece of text with its real size (``Tf`` × the matrices' scale)."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        found: list[Run] = []

        def visit(text, cm, tm, _font, size, found=found):
            text = unicodedata.normalize("NFC", text).strip()
            if not text:
                return
            a, b, c, d, e, f = tm
            ca, cb, cc, cd, ce, cf = cm
            m = (a * ca + b * cc, a * cb + b * cd, c * ca + d * cc, c * cb + d * cd,
                 e * ca + f * cc + ce, e * cb + f * cd + cf)
            found.append(Run(text, size * math.hypot(m[0], m[1]), m[4], m[5], m[0] < 0))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def content(runs: list[Run]) -> list[Run]:
    """The page's own text: the footer and the small fold / cut marks left out."""
    return [r for r in runs if r.y > FOOTER_TOP and r.text not in LABELS]


def flat(text: str) -> str:
    """Without spaces, the printed apostrophe (’) read as the typed one."""
    return "".join(unicodedata.normalize("NFC", text).replace("’", "'").split())


def joined(runs: list[Run]) -> str:
    return flat("".join(r.text for r in runs))


# -- table cards -------------------------------------------------------------------------
def faces(page: list[Run]) -> tuple[list[Run], list[Run]]:
    """The lower face (upright) and the upper one (printed upside down)."""
    own = content(page)
    return [r for r in own if not r.upside_down], [r for r in own if r.upside_down]


def test_table_cards_one_a4_per_table_both_faces_say_it_all(demo):
    pdf = render("table_cards", demo, FR)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == len(demo.tables)
    for page, table in zip(runs_of(pdf), demo.tables):
        theme = demo.theme(table.theme)
        lower, upper = faces(page)
        assert lower and upper
        for face in (lower, upper):
            said = joined(face)
            for text in (table.name, theme.title, theme.question,
                         "• Une personne parle à la fois.", "• On peut passer son tour.",
                         "• On écrit et on dessine sur la nappe."):
                assert flat(text) in said, (table.name, text)
            assert table.name.split()[1] in [r.text for r in face]  # « 3 »: the number alone
    for box in (p.mediabox for p in reader.pages):
        assert (float(box.width), float(box.height)) == pytest.approx(A4, abs=0.5)


def test_table_cards_upper_face_is_upside_down_and_each_face_keeps_to_its_half(demo):
    middle = A4[1] / 2
    for page in runs_of(render("table_cards", demo, FR)):
        lower, upper = faces(page)
        # an upright line's letters rise from its baseline; an upside-down one's hang below
        assert all(r.y + 0.8 * r.size < middle for r in lower)
        assert all(r.y - 0.8 * r.size > middle for r in upper)
        assert [r.text for r in lower] == [r.text for r in upper]  # the same face, turned


def sizes(face: list[Run], text: str) -> list[float]:
    """The sizes of the lines that make up ``text`` on a face."""
    whole = flat(text)
    return [r.size for r in face if flat(r.text) and flat(r.text) in whole]


def test_table_cards_are_read_from_two_metres(demo):
    pdf = render("table_cards", demo, FR)
    measured = {"number": [], "name": [], "theme": [], "question": [], "rules": []}
    for page, table in zip(runs_of(pdf), demo.tables):
        theme = demo.theme(table.theme)
        for face in faces(page):
            measured["number"] += [r.size for r in face if r.text == table.name.split()[1]]
            measured["name"] += sizes(face, table.name)
            measured["theme"] += sizes(face, theme.title)
            measured["question"] += sizes(face, theme.question)
            measured["rules"] += [r.size for r in face if r.text.startswith("•")]
    smallest = {part: min(found) for part, found in measured.items()}
    assert smallest["number"] >= 72      # the biggest thing on the sheet
    assert smallest["question"] >= 28    # read across the table and beyond
    assert smallest["theme"] >= 24 and smallest["name"] >= 24
    assert smallest["rules"] >= 16
    assert smallest["number"] > 2 * smallest["question"]


def test_a_600_character_question_and_a_long_name_lose_no_word(demo):
    demo.themes[0].question = sentence(5, 640) + " ?"
    assert 600 <= len(demo.themes[0].question) <= 650
    demo.tables[0].name = "Table 1 — " + sentence(40, 140)
    demo.tables[1].name = "Table 2 — <b>Les Érables</b> & Cie a<b"
    pdf = render("table_cards", demo, FR)
    pages = runs_of(pdf)
    assert len(pages) == len(demo.tables)
    middle = A4[1] / 2
    for index in (0, 1):
        table = demo.tables[index]
        theme = demo.theme(table.theme)
        lower, upper = faces(pages[index])
        for face in (lower, upper):
            said = joined(face)
            for text in (table.name, theme.title, theme.question):
                assert flat(text) in said, text  # every word, in order, no "…"
            assert "…" not in said
            assert min(sizes(face, theme.question)) >= 12
        assert all(r.y + 0.8 * r.size < middle for r in lower)
        assert all(r.y - 0.8 * r.size > middle for r in upper)
    # markup in a name is printed as typed
    assert "Table 2 — <b>Les Érables</b> & Cie a<b" in [r.text for r in faces(pages[1])[0]]


def test_table_cards_in_english(demo):
    pdf = render("table_cards", demo, EN)
    said = joined(content(runs_of(pdf)[0]))
    for line in ("One person speaks at a time.", "It is fine to pass.",
                 "Write and draw on the tablecloth."):
        assert flat(line) in said
    assert PdfReader(io.BytesIO(pdf)).metadata.title.startswith("Table cards")


# -- large-print itineraries -----------------------------------------------------------------
def halves(pdf: bytes) -> list[list[Run]]:
    """Every half page's text, top half then bottom half, page after page."""
    out = []
    for page in runs_of(pdf):
        own = content(page)
        out += [[r for r in own if r.y > A4[1] / 2], [r for r in own if r.y < A4[1] / 2]]
    return [half for half in out if half]


def test_large_print_itineraries_one_person_per_half_with_round_times(demo):
    demo.show.planned_start = "14:00"
    pdf = render("easy_itineraries", demo, FR)
    doc = itinerary_doc(demo, FR)
    found = halves(pdf)
    assert len(found) == len(demo.participants) == len(doc.cards)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == math.ceil(len(doc.cards) / 2)
    for half, card in zip(found, doc.cards):
        said = joined(half)
        assert said.startswith(flat(card.name) + "Monparcours")
        numbers = [r.text for r in half if r.size >= 40]
        if card.hosting:
            assert "Vousêtescapitaine." in said
            assert numbers == [card.hosting.split()[1]]
            for rnd in card.rounds:
                assert flat(f"{rnd.label} : {rnd.time}") in said
        else:
            # in the order of the rounds; a round they miss says so
            assert numbers == [rnd.number for rnd in card.rounds if rnd.table]
            assert said.count("absent·e") == sum(1 for rnd in card.rounds if not rnd.table)
            for rnd in card.rounds:
                assert re.fullmatch(r"\d{1,2} h \d\d", rnd.time.replace("\u00a0", " "))
                assert flat(f"{rnd.label} · {rnd.time}") in said
    assert flat("Tour 1 · 14 h 40") in joined(found[0])  # after 40 minutes of welcome


def test_large_print_never_goes_under_16_points(demo):
    demo.show.planned_start = "9:30"
    pages = runs_of(render("easy_itineraries", demo, FR))
    own = [r for page in pages for r in content(page)]
    assert min(r.size for r in own) >= 16
    assert min(r.size for r in own if r.text.isdigit()) >= 48  # the table numbers: huge
    # the footer and the cut mark are the only small things on the page
    small = {r.text for page in pages for r in page if r.size < 16}
    assert small <= set(LABELS) | {r.text for page in pages for r in page if r.y < FOOTER_TOP}


def test_a_table_named_table_3_is_said_once_under_its_big_number(demo):
    for k, table in enumerate(demo.tables, 1):
        table.name = f"Table {k}"
    found = halves(render("easy_itineraries", demo, FR))
    mover = next(half for half in found if "capitaine" not in joined(half))
    said = joined(mover)
    assert said.count("Table") == sum(r.size >= 40 for r in mover)  # the word once per round


def test_long_names_and_eight_rounds_keep_every_round(tmp_path):
    ws = awkward_workshop(people=24, rounds=8)
    pdf = render("easy_itineraries", ws, FR)
    doc = itinerary_doc(ws, FR)
    found = halves(pdf)
    assert min(r.size for half in found for r in half) >= 16
    at = 0
    for card in doc.cards:
        parts = 1 if card.hosting else math.ceil(len(card.rounds) / 6)
        said = "".join(joined(half) for half in found[at:at + parts])
        assert flat(card.name)[:20] in said
        if parts > 1:
            assert "suite" in joined(found[at + 1])
        for rnd in card.rounds:
            if card.hosting:
                continue
            assert flat(rnd.label) in said
            if rnd.table:
                label = flat(rnd.label + (f" · {rnd.time}" if rnd.time else ""))
                assert label in said or flat(rnd.time) in said
        if not card.hosting:
            numbers = [r.text for half in found[at:at + parts] for r in half if r.size >= 40]
            assert numbers == [rnd.number for rnd in card.rounds if rnd.table]
        at += parts
    assert at == len(found)


# -- the easy-to-read restitution ---------------------------------------------------------
def test_easy_report_is_never_under_14_points_and_says_the_six_actions_and_when(demo):
    pdf = render("easy_report", demo, FR)
    pages = runs_of(pdf)
    own = [r for page in pages for r in content(page)]
    assert min(r.size for r in own) >= 14
    said = joined(own)
    for sentence_ in ("Le 5 décembre 2026, nous avons fait un atelier.",
                      "30 personnes sont venues.", "Nous avons choisi 3 thèmes.",
                      "Nous allons faire 6 actions."):
        assert flat(sentence_) in said
    calendar = period_months(demo.plan.year, demo.plan.first_month)
    actions = [a for a in demo.plan.actions if a.status != "abandoned"]
    assert len(actions) == 6
    where = 0
    for action in actions:  # title, then when, in the order of the plan
        when = easy_period(action_months(action), calendar, FR)
        assert re.fullmatch(r"(De|En) .+ 20\d\d\.", when), when
        title_at = said.index(flat("• " + action.title), where)
        when_at = said.index(flat(when), title_at)
        assert when_at == title_at + len(flat("• " + action.title))
        where = when_at


def path_shapes(pdf: bytes) -> list[tuple[str, int, float]]:
    """Filled paths: (colour, segments, width in points)."""
    found = []
    doc = pdfium.PdfDocument(pdf)
    try:
        for page in doc:
            for obj in page.get_objects():
                if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
                    continue
                mode, stroke = pdfium_c.c_int(), pdfium_c.FPDF_BOOL()
                pdfium_c.FPDFPath_GetDrawMode(obj.raw, mode, stroke)
                if not mode.value:
                    continue
                r, g, b, a = (pdfium_c.c_uint() for _ in range(4))
                pdfium_c.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a)
                left, _bottom, right, _top = obj.get_bounds()
                found.append((f"#{r.value:02x}{g.value:02x}{b.value:02x}",
                              pdfium_c.FPDFPath_CountSegments(obj.raw), right - left))
    finally:
        doc.close()
    return found


def test_easy_report_has_a_colour_and_a_shape_per_theme(demo):
    shapes = path_shapes(render("easy_report", demo, FR))
    kept = [t for t in demo.themes if any(a.theme == t.id for a in demo.plan.actions)]
    assert len(kept) == 3
    pictograms = {colour: segments for colour, segments, width in shapes if width > 8 * mm}
    for theme in kept:
        assert theme.colour.lower() in pictograms, theme.title
    # a circle, a square, a triangle: told apart in a grey copy too
    assert len({pictograms[t.colour.lower()] for t in kept}) == 3


def test_easy_report_before_the_plan_gives_the_vote_and_says_the_date_is_not_chosen(demo):
    demo.plan.actions = []
    said = joined([r for page in runs_of(render("easy_report", demo, FR)) for r in content(page)])
    assert flat("La date n'est pas encore choisie.") in said
    assert flat("Installer des bancs et des tables de pique-nique dans la cour") in said


def test_easy_report_counts_one_in_words_and_speaks_english(demo):
    demo.plan.actions = [a for a in demo.plan.actions if a.theme == "cadre"][:1]
    french = joined([r for p in runs_of(render("easy_report", demo, FR)) for r in content(p)])
    assert flat("Nous avons choisi un thème.") in french
    assert flat("Nous allons faire une action.") in french
    english = joined([r for p in runs_of(render("easy_report", demo, EN)) for r in content(p)])
    for text in ("What we decided", "30 people came.", "We chose one theme.",
                 "We are going to carry out one action.", "Theme: Cadre de vie"):
        assert flat(text) in english


# -- the command line ------------------------------------------------------------------------
NEW = ("chevalets-de-table.pdf", "itineraires-gros-caracteres.pdf",
       "restitution-facile-a-lire.pdf")


def test_the_command_line_writes_the_paper_documents_of_the_demo(demo_file, tmp_path, capsys):
    out = tmp_path / "pdf"
    assert main(["export", str(demo_file), "--out", str(out)]) == 0
    written = {p.name for p in out.iterdir()}
    assert set(NEW) <= written
    printed = capsys.readouterr().out
    for name in NEW:
        assert str(out / name) in printed
    demo = WorkshopStore(demo_file).load()
    assert len(PdfReader(out / NEW[0]).pages) == len(demo.tables)
    assert len(PdfReader(out / NEW[1]).pages) == math.ceil(len(demo.participants) / 2)
    assert "Cequenousavonsdécidé" in flat(PdfReader(out / NEW[2]).pages[0].extract_text())


def test_the_paper_documents_render_every_page(demo, tmp_path):
    from workshop.demo import place_demo_photos

    place_demo_photos(demo, tmp_path)
    for key in ("table_cards", "easy_itineraries", "easy_report", "report"):
        doc = pdfium.PdfDocument(render(key, demo, FR, photos=tmp_path))
        try:
            for page in doc:
                image = page.render(scale=0.5).to_pil().convert("L")
                assert image.getextrema()[0] < 100, key  # not a blank page
        finally:
            doc.close()
