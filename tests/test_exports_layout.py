"""The layout check: every document of awkward workshops, read back character by character.

For each document of each workshop of :mod:`tests.layout_corpus` (long
texts in every field, 6 rounds, 12 actions, 400 people, empty optional
fields), with the character boxes pdfium reports:

- every character, rule and table border lies inside the page's margins
  (the footer's band below the frame included, nothing in the paper's edge);
- no two text lines overlap (a footer running into « page X / Y », a
  table cell printed over its neighbour);
- no word is cut without a hyphen: every word of a line is a word of the
  workshop or of the catalogue, or ends in a hyphen, or is a piece of a URL
  (pdfium joins a line ending in a hyphen to the next one);
- every round of every person is on that person's card;
- every action's title, months and QR code are on the same page of the
  programmation, and all of them on the one page of the wall poster.
"""

from __future__ import annotations

import ctypes
import dataclasses
import re
import unicodedata
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from babel.messages.pofile import read_po
from reportlab.lib.units import mm

from exports import DOCUMENTS, data, export_all
from exports.documents.annual_plan import AnnualPlanRenderer
from exports.documents.attendance import AttendanceRenderer
from exports.documents.easy_itineraries import EasyItinerariesRenderer
from exports.documents.easy_report import EasyReportRenderer
from exports.documents.host_sheets import HostSheetsRenderer
from exports.documents.itineraries import COLUMNS, ROWS, ItinerariesRenderer
from exports.documents.poster import PosterRenderer
from exports.documents.report import ReportRenderer
from exports.documents.table_cards import TableCardsRenderer
from exports.pdf.base import FRAME_PADDING
from exports.pdf.text import TextCleaner
from tests.layout_corpus import CORPUS
from ui.text import catalogue

FR = catalogue("fr")
RENDERERS = {"annual_plan": AnnualPlanRenderer, "poster": PosterRenderer,
             "report": ReportRenderer, "host_sheets": HostSheetsRenderer,
             "itineraries": ItinerariesRenderer, "attendance": AttendanceRenderer,
             "table_cards": TableCardsRenderer, "easy_itineraries": EasyItinerariesRenderer,
             "easy_report": EasyReportRenderer}
FILES = dict(DOCUMENTS)
FOOTER_FLOOR = 5 * mm  # the footer's baseline is at 8 mm; its descenders stay above 5 mm
TOLERANCE = 0.6
PUNCTUATION = ",.;:!?()[]«»“”\"'’…·•—–→=+*/\u00a0"
PO = Path(__file__).resolve().parents[1] / "resources/locale/en/LC_MESSAGES/cafe.po"


@dataclasses.dataclass
class Char:
    text: str
    left: float
    bottom: float
    right: float
    top: float


def read_pages(path: Path) -> list[tuple[tuple[float, float], list[Char], str]]:
    """Per page: its size, its characters with their boxes (and, as characters named
    "▭", the boxes of its drawn paths: rules, grids, backgrounds, QR codes), its text."""
    doc = pdfium.PdfDocument(str(path))
    pages = []
    try:
        for page in doc:
            textpage = page.get_textpage()
            chars = []
            for i in range(textpage.count_chars()):
                code = pdfium_c.FPDFText_GetUnicode(textpage.raw, i)
                if pdfium_c.FPDFText_IsGenerated(textpage.raw, i) or chr(code) in " \r\n\u00a0":
                    continue
                left, bottom, right, top = textpage.get_charbox(i)
                chars.append(Char(chr(code), left, bottom, right, top))
            for obj in page.get_objects():
                if obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
                    left, bottom, right, top = obj.get_bounds()
                    # pdfium widens a stroked path by its whole line width, the ink by half
                    width = ctypes.c_float(0)
                    pdfium_c.FPDFPageObj_GetStrokeWidth(obj.raw, ctypes.byref(width))
                    half = width.value / 2
                    chars.append(Char("▭", left + half, bottom + half, right - half, top - half))
            pages.append((page.get_size(), chars, textpage.get_text_range()))
    finally:
        doc.close()
    return pages


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Each workshop of the corpus, its PDFs, and their pages read back."""
    out = {}
    for name, build in CORPUS.items():
        ws = build()
        folder = tmp_path_factory.mktemp(name)
        paths = export_all(ws, folder, FR)
        out[name] = (ws, {key: read_pages(folder / FILES[key]) for key in FILES}, folder)
    return out


def cases(corpus):
    for name, (ws, documents, folder) in corpus.items():
        for key, pages in documents.items():
            yield f"{name}/{key}", ws, key, pages, folder


def test_every_character_and_rule_lies_inside_the_margins(corpus):
    outside = []
    for case, _ws, key, pages, _folder in cases(corpus):
        renderer = RENDERERS[key]
        margin = renderer.margin
        for number, ((width, height), chars, _text) in enumerate(pages, start=1):
            for c in chars:
                if (c.left < margin - TOLERANCE or c.right > width - margin + TOLERANCE
                        or c.top > height - margin + TOLERANCE
                        or c.bottom < FOOTER_FLOOR - TOLERANCE):
                    outside.append(f"{case} p.{number} {c.text!r} "
                                   f"({c.left:.0f}, {c.bottom:.0f})–({c.right:.0f}, {c.top:.0f})")
    assert outside == []


def lines_of(chars: list[Char]) -> list[Char]:
    """Runs of characters on one baseline, in the order they were drawn, as boxes."""
    runs: list[Char] = []
    for c in chars:
        if c.text == "▭" or c.right - c.left <= 0 or c.top - c.bottom <= 0:
            continue
        last = runs[-1] if runs else None
        if (last is not None and abs(c.bottom - last.bottom) < 1.5 and abs(c.top - last.top) < 6
                and last.right - 1 <= c.left <= last.right + 8):
            last.right, last.top = max(last.right, c.right), max(last.top, c.top)
            last.text += c.text
        else:
            runs.append(Char(c.text, c.left, c.bottom, c.right, c.top))
    return runs


def test_no_two_text_lines_overlap(corpus):
    overlaps = []
    for case, _ws, _key, pages, _folder in cases(corpus):
        for number, (_size, chars, _text) in enumerate(pages, start=1):
            runs = sorted(lines_of(chars), key=lambda r: r.bottom)
            for i, a in enumerate(runs):
                for b in runs[i + 1:]:
                    if b.bottom >= a.top - 0.8:
                        break
                    x = min(a.right, b.right) - max(a.left, b.left)
                    y = min(a.top, b.top) - max(a.bottom, b.bottom)
                    if x > 0.8 and y > 0.8:
                        overlaps.append(f"{case} p.{number}: {a.text[:40]!r} / {b.text[:40]!r}")
    assert overlaps == []


def _normal(token: str) -> str:
    return unicodedata.normalize("NFC", token).replace("\ufffe", "").replace("-", "") \
        .replace("\u00ad", "").strip(PUNCTUATION).casefold()


def vocabulary(ws) -> set[str]:
    """Every word the documents may print: the workshop's and the catalogue's."""
    cleaner = TextCleaner()
    texts: list[str] = []

    def walk(value) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif dataclasses.is_dataclass(value):
            for field in dataclasses.fields(value):
                walk(getattr(value, field.name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    walk(ws)
    with PO.open("rb") as po:
        texts += [m.id for m in read_po(po) if isinstance(m.id, str)]
    words = set()
    for text in texts:
        for token in re.split(r"[\s,/]+", cleaner.typeset(text.replace("\\n", " "))):
            for part in (token, *token.split("’")):
                words.add(_normal(part))
    return words


def continued(tail: str, words: set[str], whole: str) -> bool:
    """Whether ``tail`` ends a word whose head was printed with a hyphen (a cell or a
    page away: pdfium then joins the head to whatever was drawn next)."""
    return any(word.endswith(tail) and len(word) > len(tail)
               and (word[:-len(tail)] + "\ufffe" in whole or word[:-len(tail)] + "-\r" in whole)
               for word in words)


def test_no_word_is_cut_without_a_hyphen(corpus):
    cut = []
    for case, ws, _key, pages, _folder in cases(corpus):
        words = vocabulary(ws)
        whole = "\n".join(text for _s, _c, text in pages).casefold()
        for number, (_size, _chars, text) in enumerate(pages, start=1):
            after_url = False
            for line in text.split("\r\n"):
                tokens = line.split()
                for index, token in enumerate(tokens):
                    urlish = any(mark in token for mark in ("/", "://", "@", ".coop", ".fr"))
                    word = _normal(token)
                    # pdfium joins a line ending in a hyphen to what follows: \ufffe
                    if (urlish or (index == 0 and after_url) or token.endswith(("…", "-"))
                            or "\ufffe" in token
                            or not any(ch.isalpha() for ch in word) or word in words
                            or all(_normal(p) in words for p in token.split("’"))):
                        continue
                    if not continued(word, words, whole):
                        cut.append(f"{case} p.{number}: {token!r} in {line[:60]!r}")
                after_url = bool(tokens) and any(m in tokens[-1] for m in ("/", "://"))
    assert cut == []


def _flat(text: str) -> str:
    """Letters and digits only: what survives any line break, hyphen or space."""
    return "".join(ch for ch in unicodedata.normalize("NFC", text).casefold() if ch.isalnum())


def test_every_round_of_every_person_is_on_their_card(corpus):
    missing = []
    cleaner = TextCleaner()
    for name, (ws, documents, _folder) in corpus.items():
        doc = data.itinerary_doc(ws, FR)
        pages = documents["itineraries"]
        margin = ItinerariesRenderer.margin
        for index, card in enumerate(doc.cards):
            (width, height), chars, _text = pages[index // (COLUMNS * ROWS)]
            slot = index % (COLUMNS * ROWS)
            left = margin + FRAME_PADDING
            top = height - margin - FRAME_PADDING
            card_w = (width - 2 * left) / COLUMNS
            card_h = (height - margin - 16 * mm - 2 * FRAME_PADDING - 1) / ROWS
            x0 = left + (slot % COLUMNS) * card_w
            y1 = top - (slot // COLUMNS) * card_h
            inside = "".join(c.text for c in chars
                             if x0 <= (c.left + c.right) / 2 <= x0 + card_w
                             and y1 - card_h <= (c.bottom + c.top) / 2 <= y1)
            flat = _flat(inside)
            expected = [card.name] + [r.time for r in card.rounds if r.time and r.table]
            if card.hosting:  # one table for every round, said once, with the round count
                expected += [card.hosting, f"{len(card.rounds)} tours"]
                expected += [r.label for r in card.rounds if r.time or not r.table]
            else:
                expected += [r.label for r in card.rounds]
                expected += [r.table or "absent·e" for r in card.rounds]
            for text in expected:
                if _flat(cleaner.line(text)) not in flat:
                    missing.append(f"{name}: card {index + 1} ({card.name}) lacks {text!r}")
            if not card.hosting:
                order = [flat.find(_flat(r.label)) for r in card.rounds]
                assert order == sorted(order), card.name
    assert missing == [], f"{len(missing)} missing: {missing[:8]}"


def qr_codes(path: Path) -> list[list[str]]:
    doc = pdfium.PdfDocument(str(path))
    try:
        return [[c.text for c in zxingcpp.read_barcodes(page.render(scale=2).to_pil())]
                for page in doc]
    finally:
        doc.close()


def test_every_action_title_months_and_code_share_a_page(corpus):
    problems = []
    cleaner = TextCleaner()
    for name, (ws, documents, folder) in corpus.items():
        rows = data.plan_doc(ws, FR).rows
        for key in ("annual_plan", "poster"):
            pages = documents[key]
            codes = qr_codes(folder / FILES[key])
            for row in rows:
                title, period = _flat(cleaner.line(row.title)), _flat(cleaner.line(row.period))
                found = [n for n, (_s, _c, text) in enumerate(pages)
                         if title in _flat(text) and period in _flat(text)
                         and (key == "poster" or not row.url or row.url in codes[n])]
                if key == "annual_plan":
                    found = [n for n in found if n > 0]  # its card, after the calendar
                if not found:
                    problems.append(f"{name}/{key}: {row.title[:40]!r} not whole on one page")
            if key == "poster":
                assert len(pages) == 1, f"{name}: the poster is one page"
                if ws.plan.general_url:
                    assert codes[0] == [ws.plan.general_url]
            else:
                first = _flat(pages[0][2])
                assert all(_flat(cleaner.line(r.title)) in first for r in rows), \
                    f"{name}: the calendar holds on its first page"
    assert problems == []
