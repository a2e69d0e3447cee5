"""Itinéraires: one card per participant, 8 per A4 sheet, with cut lines.

A card always carries every round: its date, the person's name, then for
each round its start time and the table to go to, the table's number (from
its name) being the biggest thing on the card (a capitaine's card names
their table once: they stay).  When a card has much to say (6 rounds, long table names) the
whole card is set smaller, step by step, until it fits; only as a last
resort are the themes left out (the table name stays).  Lines are broken by
:mod:`exports.pdf.lines`: a name shrinks before it breaks, and then only at
its spaces and hyphens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from exports.data import Card, ItineraryDoc, table_number
from exports.pdf.base import GREY, RULE, Renderer
from exports.pdf.fonts import BOLD, FAMILY
from exports.pdf.lines import Run, break_lines, ellipsis, fit_size, line_text, text_width

COLUMNS, ROWS = 2, 4
PAD = 4.5 * mm
NAME_SIZE = 13
NUMBER_SIZE = 20
TABLE_SIZE = 9
LABEL_WIDTH = 16 * mm
NUMBER_WIDTH = 12 * mm
SCALES = (1.0, 0.92, 0.85, 0.78, 0.71, 0.64, 0.57, 0.5, 0.45)
THEMES_FLOOR = 0.78  # below this, a card drops its themes rather than shrink further
TRIES = [(s, True) for s in SCALES if s >= THEMES_FLOOR] + [(s, False) for s in SCALES]
BLACK = (0, 0, 0)


@dataclass
class _Op:
    """One line of text to draw, ``y`` its baseline from the card's top (downwards)."""

    x: float
    y: float
    text: str
    font: str
    size: float
    grey: bool = False


@lru_cache(maxsize=8192)  # table names and themes come back on card after card
def wrap(text: str, kind: str, font: str, size: float, width: float,
         max_lines: int = 0) -> tuple[str, ...]:
    """The lines of ``text`` in ``width``; beyond ``max_lines`` the last one ends in "…"."""
    lines = [line_text(line) for line in break_lines([Run(text, kind)], width, font, font, size)]
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines - 1] + [ellipsis(" ".join(lines[max_lines - 1:]), font, size,
                                                  width)]
    return tuple(lines)


class CardSheet(Flowable):
    """Up to eight cards on one page, dashed cut lines between them."""

    def __init__(self, renderer: ItinerariesRenderer, cards: list[Card]) -> None:
        super().__init__()
        self.renderer = renderer
        self.cards = cards

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # always a full page: the next sheet then starts on a page of its own
        self.width, self.height = avail_width, self.renderer.frame_height - 1
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        card_w, card_h = self.width / COLUMNS, self.height / ROWS
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.5)
        for col in range(1, COLUMNS):
            canvas.line(col * card_w, 0, col * card_w, self.height)
        for row in range(1, ROWS):
            canvas.line(0, row * card_h, self.width, row * card_h)
        canvas.restoreState()
        canvas.setFont(FAMILY, 6.5)
        canvas.setFillColor(GREY)
        canvas.drawString(1, self.height - 7, "\u2702 " + self.renderer.t.gettext("découper"))
        for index, card in enumerate(self.cards):
            col, row = index % COLUMNS, index // COLUMNS
            self._card(card, col * card_w, self.height - (row + 1) * card_h, card_w, card_h)

    def _card(self, card: Card, x: float, y: float, w: float, h: float) -> None:
        inner_w, inner_h = w - 2 * PAD, h - 2 * PAD
        page = _Page()
        # big type first: the themes go before the card gets small
        tries = TRIES
        if not self._fits(card, inner_w, inner_h, THEMES_FLOOR, True):
            tries = [t for t in TRIES if not t[1]]  # the themes cannot stay: skip those tries
        for scale, themes in tries:
            page = _Page()
            self._layout(page, card, inner_w, scale, themes)
            if page.y <= inner_h:
                break
        canvas = self.canv
        for op in page.ops:
            canvas.setFillColor(GREY if op.grey else BLACK)
            canvas.setFont(op.font, op.size)
            canvas.drawString(x + PAD + op.x, y + h - PAD - op.y, op.text)

    def _fits(self, card: Card, width: float, height: float, scale: float,
              themes: bool) -> bool:
        page = _Page()
        self._layout(page, card, width, scale, themes)
        return page.y <= height

    def _layout(self, page: _Page, card: Card, width: float, scale: float,
                themes: bool) -> None:
        r = self.renderer
        _ = r.t.gettext
        head = " — ".join(p for p in (r.data.header.date_text, r.text.line(r.data.header.title))
                          if p)
        page.lines([ellipsis(head, FAMILY, 7, width)], FAMILY, 7, grey=True)
        page.y += 2
        name = r.text.line(card.name)
        size = fit_size(name, BOLD, NAME_SIZE * scale, width, min(7, NAME_SIZE * scale))
        page.lines(wrap(name, "name", BOLD, size, width, max_lines=3), BOLD, size)
        page.y += 3 * scale
        small = max(6, 7.5 * scale)
        if card.hosting:
            stay = _("Capitaine : vous restez à cette table pendant les {n} tours.").format(
                n=len(card.rounds))
            page.lines(wrap(r.text.line(stay), "prose", FAMILY, small, width), FAMILY, small)
            page.y += 1
            self._table(page, card.hosting, table_number(card.hosting),
                        card.hosting_theme if themes else "", 0, width, scale, small)
            times = [f"{rnd.label} {rnd.time}".strip() if rnd.table else
                     f"{rnd.label} : " + _("absent·e") for rnd in card.rounds]
            if any(rnd.time for rnd in card.rounds) or any(not rnd.table for rnd in card.rounds):
                page.y += 2
                page.lines(wrap(r.text.line(" · ".join(times)), "prose", FAMILY, small, width),
                           FAMILY, small, grey=True)
            return
        if not card.rounds:
            page.lines(wrap(r.text.line(_("Le plan de table n'est pas encore calculé.")),
                            "prose", FAMILY, small, width), FAMILY, small)
            return
        label_w = LABEL_WIDTH * max(scale, 0.7)
        for rnd in card.rounds:
            top = page.y
            page.lines([rnd.label], BOLD, max(6.5, 8.5 * scale))
            if rnd.time:
                page.lines([rnd.time], FAMILY, small, grey=True)
            left_end, page.y = page.y, top
            if rnd.table:
                self._table(page, rnd.table, rnd.number, rnd.theme if themes else "",
                            label_w, width - label_w, scale, small)
            else:
                page.lines([r.text.line(_("absent·e"))], FAMILY, max(6.5, 8.5 * scale),
                           label_w, grey=True)
            page.y = max(page.y, left_end) + 2.5 * scale

    def _table(self, page: _Page, table: str, number: str, theme: str, x: float,
               width: float, scale: float, small: float) -> None:
        """The table's number, big, then its name and theme beside it."""
        r = self.renderer
        start = page.y
        name_x, number_end = x, start
        if number:  # its top level with the round's label, not its baseline
            size = NUMBER_SIZE * scale
            page.ops.append(_Op(x, start + size * 0.76, number, BOLD, size))
            number_end = start + size * 0.95
            name_x = x + max(NUMBER_WIDTH * scale, text_width(number, BOLD, size) + 2 * mm)
        room = width - (name_x - x)
        name = r.text.line(table)
        size = TABLE_SIZE * scale if number else NUMBER_SIZE * 0.7 * scale
        fitted = fit_size(name, BOLD, size, room, min(7, size))
        if name != number:  # a table called « 3 » is said once
            page.lines(wrap(name, "name", BOLD, fitted, room), BOLD, fitted, name_x, gap=1.12)
        if theme:
            page.lines(wrap(r.text.line(theme), "prose", FAMILY, small, room, max_lines=2),
                       FAMILY, small, name_x, grey=True, gap=1.15)
        page.y = max(page.y, number_end)


class _Page:
    """Lines laid out downwards from the card's top; ``y`` is how far down it is."""

    def __init__(self) -> None:
        self.ops: list[_Op] = []
        self.y = 0.0

    def lines(self, texts: list[str], font: str, size: float, x: float = 0.0,
              grey: bool = False, gap: float = 1.2) -> None:
        for text in texts:
            self.y += size
            self.ops.append(_Op(x, self.y, text, font, size, grey))
            self.y += size * (gap - 1)


class ItinerariesRenderer(Renderer):
    margin = 10 * mm
    data: ItineraryDoc

    def title(self) -> str:
        return self.t.gettext("Mon parcours")

    def story(self) -> list[Flowable]:
        per_page = COLUMNS * ROWS
        cards = self.data.cards
        sheets = [CardSheet(self, cards[i:i + per_page]) for i in range(0, len(cards), per_page)]
        return sheets or [self.para(self.t.gettext("{count} participant·es.").format(count=0))]
