"""Itinéraires: one card per participant, 8 per A4 sheet, with cut lines.

Each card gives the person's name and the table of each round (a
capitaine's card says they stay).  Cards are laid out by a flowable that
fills one page, so the common page template (footer, page X / Y) holds.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from exports.pdf.base import GREY, RULE, Renderer
from exports.data import Card, ItineraryDoc
from exports.pdf.fonts import BOLD, FAMILY

COLUMNS, ROWS = 2, 4
PAD = 5 * mm
NAME_SIZE = 14


class CardSheet(Flowable):
    """Up to eight cards on one page, dashed cut lines between them."""

    def __init__(self, renderer: ItinerariesRenderer, cards: list[Card]) -> None:
        super().__init__()
        self.renderer = renderer
        self.cards = cards

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # always a full page: the next sheet then starts on a page of its own
        self.width, self.height = avail_width, self.renderer.frame_height - 13
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
        canvas.setFont(FAMILY, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(1, self.height - 7, "\u2702 " + self.renderer.t.gettext("découper"))
        for index, card in enumerate(self.cards):
            col, row = index % COLUMNS, index // COLUMNS
            self._card(card, col * card_w, self.height - (row + 1) * card_h, card_w, card_h)

    def _card(self, card: Card, x: float, y: float, w: float, h: float) -> None:
        canvas, r = self.canv, self.renderer
        inner = w - 2 * PAD
        top = y + h - PAD
        canvas.setFillColor(GREY)
        canvas.setFont(FAMILY, 7.5)
        canvas.drawString(x + PAD, top - 7, _fit(r.text.line(r.data.header.title), FAMILY,
                                                 7.5, inner))
        name = r.text.line(card.name)
        size = NAME_SIZE
        while size > 8 and stringWidth(name, BOLD, size) > inner:
            size -= 0.5
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setFont(BOLD, size)
        canvas.drawString(x + PAD, top - 9 - size, _fit(name, BOLD, size, inner))
        cursor = top - 14 - size
        lines = [card.hosting] if card.hosting else []
        lines += [f"<b>{r.text.markup(label)}</b> : {r.text.markup(where)}"
                  for label, where in card.rounds]
        if not card.rounds and not card.hosting:
            lines = [r.text.markup(r.t.gettext("Le plan de table n'est pas encore calculé."))]
        for line in lines:
            text = r.text.markup(line) if line is card.hosting else line
            para = Paragraph(text, r.styles["cell"])
            _w, used = para.wrap(inner, cursor - y - PAD)
            if cursor - used < y + PAD:
                break  # a card never spills onto its neighbour
            para.drawOn(canvas, x + PAD, cursor - used)
            cursor -= used + 2


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut with an ellipsis rather than run across the cut line."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


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
