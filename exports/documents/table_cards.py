"""Chevalets de table: one A4 per table, folded in two, read from across the room.

The sheet is folded along its middle into a tent: the lower half faces one
side of the table, the upper half (printed upside down) the other, so both
read upright once folded.  Each face carries the table's number in a disc
of its theme's colour (the biggest thing on the page), its name, the theme
and the question in type read at two metres (at least :data:`THEME_FLOOR`
and :data:`QUESTION_FLOOR` points: a smaller size is never used, a very long
question ends in "…" instead), and the table etiquette in three short lines.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from exports.documents.itineraries import wrap
from exports.paper_data import TableCard, TableCardsDoc
from exports.pdf.base import GREY, RULE, Renderer, colour
from exports.pdf.fonts import BOLD, FAMILY
from exports.pdf.lines import ellipsis, fit_size, text_width

NUMBER_SIZE = 100
NAME_SIZE = 30
NAME_FLOOR = 20
THEME_SIZE = 32
THEME_FLOOR = 22
QUESTION_SIZE = 26
QUESTION_FLOOR = 18
RULES_SIZE = 16
FOLD_GAP = 9 * mm       # nothing printed this close to the fold
SCALES = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6)


def etiquette(t) -> list[str]:
    """The three short lines every table shows."""
    _ = t.gettext
    return [_("Une personne parle à la fois."), _("On peut passer son tour."),
            _("On écrit et on dessine sur la nappe.")]


class _Ops:
    """Lines to draw, ``y`` from the face's top downwards (like the itinerary cards)."""

    def __init__(self) -> None:
        self.ops: list[tuple[float, float, str, str, float, object]] = []
        self.y = 0.0

    def lines(self, texts, font: str, size: float, x: float = 0.0, fill=colors.black,
              gap: float = 1.18) -> None:
        for text in texts:
            self.y += size * 0.95
            self.ops.append((x, self.y, text, font, size, fill))
            self.y += size * (gap - 0.95)


class TableCardSheet(Flowable):
    """One table's sheet: the fold, the upper face turned over, the lower face."""

    def __init__(self, renderer: TableCardsRenderer, card: TableCard) -> None:
        super().__init__()
        self.renderer = renderer
        self.card = card

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.renderer.frame_height - 1
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        page_h = self.renderer.pagesize[1]
        _x0, y0 = canvas.absolutePosition(0, 0)
        fold = page_h / 2 - y0  # the middle of the paper, in this flowable's coordinates
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(4, 4)
        canvas.setLineWidth(0.5)
        canvas.line(0, fold, self.width, fold)
        canvas.restoreState()
        canvas.setFont(FAMILY, 7)
        canvas.setFillColor(GREY)
        canvas.drawString(0, fold + 2, self.renderer.text.line(self.renderer.t.gettext(
            "plier ici")))
        lower_h = fold - FOLD_GAP
        upper_h = min(self.height - fold - FOLD_GAP, lower_h)
        self._face(0, 0, self.width, lower_h)
        canvas.saveState()  # the upper face, upside down: upright once folded
        canvas.translate(self.width, fold + FOLD_GAP + upper_h)
        canvas.rotate(180)
        self._face(0, 0, self.width, upper_h)
        canvas.restoreState()

    def _face(self, x: float, y: float, w: float, h: float) -> None:
        layout = self.renderer.layout(self.card, w, h)
        canvas = self.canv
        number, disc, ops = layout
        if number:
            canvas.setFillColor(colour(self.card.colour))
            canvas.circle(x + disc / 2, y + h - disc / 2, disc / 2, stroke=0, fill=1)
            size = fit_size(number, BOLD, NUMBER_SIZE, disc * 0.82, 30)
            canvas.setFillColor(colors.white)
            canvas.setFont(BOLD, size)
            canvas.drawCentredString(x + disc / 2, y + h - disc / 2 - size * 0.36, number)
        for ox, oy, text, font, size, fill in ops:
            canvas.setFillColor(fill)
            canvas.setFont(font, size)
            canvas.drawString(x + ox, y + h - oy, text)


class TableCardsRenderer(Renderer):
    data: TableCardsDoc

    def title(self) -> str:
        return self.t.gettext("Chevalets de table")

    def story(self) -> list[Flowable]:
        cards = [TableCardSheet(self, card) for card in self.data.cards]
        return cards or [self.para(self.t.gettext("Aucune table n'est encore créée."))]

    def layout(self, card: TableCard, width: float, height: float):
        """The number, its disc's diameter, and the lines of a face, largest that fit."""
        number = self.text.line(card.number)
        disc = 42 * mm if number else 0.0
        for scale in SCALES:
            ops = self._lines(card, width, disc, scale, height)
            if ops.y <= height:
                return number, disc, ops.ops
        return number, disc, self._lines(card, width, disc, SCALES[-1], height, squeeze=True).ops

    def _lines(self, card: TableCard, width: float, disc: float, scale: float,
               height: float, squeeze: bool = False) -> _Ops:
        ops = _Ops()
        name = self.text.line(card.name)
        beside = width - disc - (6 * mm if disc else 0)
        name_x = disc + (6 * mm if disc else 0)
        if name and name != self.text.line(card.number):
            size = max(NAME_FLOOR, NAME_SIZE * scale)
            fitted = fit_size(name, BOLD, size, beside, NAME_FLOOR)
            ops.y = 6 * mm if disc else 0
            ops.lines(wrap(name, "name", BOLD, fitted, beside, max_lines=3), BOLD, fitted, name_x)
        ops.y = max(ops.y, disc) + 5 * mm
        rules = [self.text.line(line) for line in etiquette(self.t)]
        rules_h = len(rules) * RULES_SIZE * 1.18 + 5 * mm
        if card.theme:
            size = max(THEME_FLOOR, THEME_SIZE * scale)
            ops.lines(wrap(self.text.line(card.theme), "name", BOLD, size, width, max_lines=3),
                      BOLD, size, fill=colour(card.colour, "#333333"))
            ops.y += 2 * mm
        if card.question:
            size = max(QUESTION_FLOOR, QUESTION_SIZE * scale)
            lines = wrap(self.text.line(card.question), "name", FAMILY, size, width)
            if squeeze:  # the floor reached: as many lines as the face holds, then "…"
                room = int((height - ops.y - rules_h) // (size * 1.18))
                lines = wrap(self.text.line(card.question), "name", FAMILY, size, width,
                             max_lines=max(1, room))
            ops.lines(lines, FAMILY, size)
        ops.y += 5 * mm
        for line in rules:
            ops.lines([ellipsis("• " + line, FAMILY, RULES_SIZE, width)], FAMILY, RULES_SIZE,
                      fill=GREY)
        return ops


def number_width(number: str, size: float) -> float:
    return text_width(number, BOLD, size)
