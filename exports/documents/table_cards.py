"""Chevalets de table: one A4 per table, folded in two, read from across the room.

The sheet is folded along its middle into a tent: the lower half faces one
side of the table, the upper half (printed upside down) the other, so both
read upright once folded.  Each face carries the table's number in a disc
of its theme's colour (the biggest thing on the page), its name and theme
beside it, the question in type read at two metres (:data:`QUESTION_SIZE`
points, 28 or more for a question of a few lines), and the table etiquette
in three short lines.  A longer text is set smaller, step by step
(:data:`SCALES`), rather than cut: every word of a 600-character question
or a long table name is printed.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from exports.documents.itineraries import wrap
from exports.paper_data import TableCard, TableCardsDoc
from exports.pdf.base import GREY, Renderer, colour, half_page_line
from exports.pdf.fonts import BOLD, FAMILY
from exports.pdf.lines import ellipsis, fit_size

NUMBER_SIZE = 100
NAME_SIZE = 30
THEME_SIZE = 30
QUESTION_SIZE = 32
RULES_SIZE = 16
DISC = 42 * mm          # the number's disc; smaller only for a text a face barely holds
SMALL_DISC = 30 * mm
FOLD_GAP = 7 * mm       # nothing printed this close to the fold
#: the type's scale, tried from the largest down: a question of a few lines stays at
#: 28 points or more (read at two metres); a very long one gets smaller, never cut
SCALES = (1.0, 0.94, 0.88, 0.82, 0.76, 0.7, 0.64, 0.58, 0.52, 0.47, 0.42, 0.38)
FLOORS = {"name": 14.0, "theme": 13.0, "question": 12.0}  # at the smallest scale


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
        label = self.renderer.text.line(self.renderer.t.gettext("plier ici"))
        fold = half_page_line(canvas, self.width, self.renderer.pagesize[1], label, dash=4)
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
            # as wide as the disc allows, its digits' height within the disc too
            size = min(fit_size(number, BOLD, NUMBER_SIZE, disc * 0.8, 30), disc * 0.8)
            canvas.setFillColor(colors.white)
            canvas.setFont(BOLD, size)
            canvas.drawCentredString(x + disc / 2, y + h - disc / 2 - size * 0.36, number)
        for ox, oy, text, font, size, fill in ops:
            canvas.setFillColor(fill)
            canvas.setFont(font, size)
            canvas.drawString(x + ox, y + h - oy, text)


class TableCardsRenderer(Renderer):
    margin = 10 * mm        # the sheet is folded, not filed: the type gets the room
    bottom_margin = 13 * mm
    data: TableCardsDoc

    def title(self) -> str:
        return self.t.gettext("Chevalets de table")

    def story(self) -> list[Flowable]:
        cards = [TableCardSheet(self, card) for card in self.data.cards]
        return cards or [self.para(self.t.gettext("Aucune table n'est encore créée."))]

    def layout(self, card: TableCard, width: float, height: float):
        """The number, its disc's diameter, and the lines of a face, the largest that fit.

        Every word is printed down to the smallest scale; only a text no face can
        hold at that scale (several thousand characters) ends in "…".
        """
        number = self.text.line(card.number)
        for scale in SCALES:
            disc = (DISC if scale >= 0.7 else SMALL_DISC) if number else 0.0
            ops = self._lines(card, width, disc, scale)
            if ops.y <= height:
                return number, disc, ops.ops
        disc = SMALL_DISC if number else 0.0
        return number, disc, self._lines(card, width, disc, SCALES[-1], height).ops

    def _lines(self, card: TableCard, width: float, disc: float, scale: float,
               squeeze: float = 0.0) -> _Ops:
        """The face's lines at ``scale``; ``squeeze``: the face's height, the question cut to it.

        The name and the theme go beside the number's disc when both fit there,
        else the name beside it and the theme under it, full width.
        """
        ops = _Ops()
        name = self.text.line(card.name)
        if name == self.text.line(card.number):
            name = ""  # « 7 »: the disc says it already
        theme = self.text.line(card.theme)
        beside = width - disc - (6 * mm if disc else 0)
        name_x = disc + (6 * mm if disc else 0)
        name_size = max(FLOORS["name"], NAME_SIZE * scale)
        theme_size = max(FLOORS["theme"], THEME_SIZE * scale)
        theme_fill = colour(card.colour, "#333333")
        name_lines = wrap(name, "name", BOLD, name_size, beside) if name else ()
        theme_beside = wrap(theme, "name", BOLD, theme_size, beside) if theme else ()
        head = (len(name_lines) * name_size + len(theme_beside) * theme_size) * 1.18 \
            + (2 * mm if name_lines and theme_beside else 0)
        ops.y = 2 * mm if disc else 0
        if disc and head <= disc:
            ops.y = max(0.0, (disc - head) / 2)  # the block centred on the disc
            ops.lines(name_lines, BOLD, name_size, name_x)
            if name_lines:
                ops.y += 2 * mm
            ops.lines(theme_beside, BOLD, theme_size, name_x, fill=theme_fill)
            ops.y = disc + 6 * mm
        else:
            ops.lines(name_lines, BOLD, name_size, name_x)
            ops.y = max(ops.y, disc) + 5 * mm
            if theme:
                ops.lines(wrap(theme, "name", BOLD, theme_size, width), BOLD, theme_size,
                          fill=theme_fill)
                ops.y += 3 * mm
        rules = [self.text.line(line) for line in etiquette(self.t)]
        rules_h = len(rules) * RULES_SIZE * 1.18 + 6 * mm
        if card.question:
            size = max(FLOORS["question"], QUESTION_SIZE * scale)
            lines = wrap(self.text.line(card.question), "name", FAMILY, size, width)
            if squeeze:  # the smallest scale: as many lines as the face holds, then "…"
                room = int((squeeze - ops.y - rules_h) // (size * 1.18))
                lines = wrap(self.text.line(card.question), "name", FAMILY, size, width,
                             max_lines=max(1, room))
            ops.lines(lines, FAMILY, size)
        ops.y += 6 * mm
        for line in rules:
            ops.lines([ellipsis("• " + line, FAMILY, RULES_SIZE, width)], FAMILY, RULES_SIZE,
                      fill=GREY)
        return ops
