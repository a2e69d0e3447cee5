"""Itinéraires en gros caractères: one person per half A4, for those who read with difficulty.

The same itineraries as :mod:`exports.documents.itineraries`, set for an older
or partially sighted reader: the person's name, then one box per round with
its start time, the word « Table » and the table's number in very large type,
the table's name and its theme beside a band of the theme's colour.  No text
is smaller than :data:`FLOOR` points (the cut line's small label and the page
footer aside); what does not fit is cut with "…", never set smaller.  Six
rounds fit on a half page; a person with more rounds goes on to the next half
(« suite »).  A capitaine's half says once that they stay, with the times.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from exports.data import Card, CardRound, ItineraryDoc, says_only_its_number
from exports.documents.itineraries import wrap
from exports.pdf.base import GREY, RULE, Renderer, colour, half_page_line
from exports.pdf.fonts import BOLD, FAMILY
from exports.pdf.lines import ellipsis, fit_size, text_width

FLOOR = 16               # the smallest type of a half page
NAME_SIZE = 28
LABEL_SIZE = 18
NUMBER_SIZE = 64
NUMBER_FLOOR = 40
#: (the number's size, lines of the theme) tried in turn: the number stays very large
#: and the theme whole (two lines) as long as they fit, then one line of theme, then none
TRIES = [(NUMBER_SIZE, 2), (56, 2), (NUMBER_SIZE, 1), (56, 1), (48, 2), (48, 1), (48, 0),
         (NUMBER_FLOOR, 1), (NUMBER_FLOOR, 0)]
PER_HALF = 6
DIGIT_HEIGHT = 0.73      # of DejaVu Sans Bold's digits, in ems
GAP = 4 * mm
BAND = 3 * mm
PAD = 2.5 * mm
CUT_GAP = 5 * mm


class _Ops:
    def __init__(self) -> None:
        self.ops: list[tuple[float, float, str, str, float, object]] = []
        self.y = 0.0

    def line(self, text: str, font: str, size: float, x: float = 0.0, fill=colors.black,
             gap: float = 1.2) -> None:
        self.y += size * 0.95
        self.ops.append((x, self.y, text, font, size, fill))
        self.y += size * (gap - 0.95)


class Slice:
    """What one half page holds: a person and some of their rounds."""

    def __init__(self, card: Card, rounds: list[CardRound], part: int) -> None:
        self.card, self.rounds, self.part = card, rounds, part


def slices(doc: ItineraryDoc) -> list[Slice]:
    out = []
    for card in doc.cards:
        if card.hosting or len(card.rounds) <= PER_HALF:
            out.append(Slice(card, card.rounds, 0))
            continue
        for part, start in enumerate(range(0, len(card.rounds), PER_HALF)):
            out.append(Slice(card, card.rounds[start:start + PER_HALF], part))
    return out


class HalfPages(Flowable):
    """Two halves of an A4 sheet, a dashed cut line between them."""

    def __init__(self, renderer: EasyItinerariesRenderer, halves: list[Slice]) -> None:
        super().__init__()
        self.renderer, self.halves = renderer, halves

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.renderer.frame_height - 1
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        label = "\u2702 " + self.renderer.text.line(self.renderer.t.gettext("découper"))
        middle = half_page_line(canvas, self.width, self.renderer.pagesize[1], label, dash=3)
        top_h = self.height - middle - CUT_GAP
        bottom_h = middle - CUT_GAP
        for index, half in enumerate(self.halves):
            if index == 0:
                self._half(half, 0, middle + CUT_GAP, self.width, top_h)
            else:
                self._half(half, 0, 0, self.width, bottom_h)

    def _half(self, half: Slice, x: float, y: float, w: float, h: float) -> None:
        r = self.renderer
        _ = r.t.gettext
        head = _Ops()
        name = r.text.line(half.card.name)
        size = fit_size(name, BOLD, NAME_SIZE, w, 20)
        for line in wrap(name, "name", BOLD, size, w, max_lines=2):
            head.line(line, BOLD, size)
        sub = _("Mon parcours") + (f" — {r.data.header.date_text}" if r.data.header.date_text
                                   else "")
        if half.part:
            sub += " — " + _("suite")
        head.line(ellipsis(r.text.line(sub), FAMILY, FLOOR, w), FAMILY, FLOOR, fill=GREY)
        self._draw(head.ops, x, y + h)
        top = y + h - head.y - 2 * mm
        if half.card.hosting:
            self._capitaine(half.card, x, y, w, top - y)
        elif not half.rounds:
            ops = _Ops()
            for line in wrap(r.text.line(_("Le plan de table n'est pas encore calculé.")),
                             "name", FAMILY, FLOOR, w):
                ops.line(line, FAMILY, FLOOR)
            self._draw(ops.ops, x, top)
        else:
            self._grid(half.rounds, x, y, w, top - y)

    def _grid(self, rounds: list[CardRound], x: float, y: float, w: float, h: float) -> None:
        columns = 2 if len(rounds) <= 4 else 3
        rows = (len(rounds) + columns - 1) // columns
        box_w = (w - GAP * (columns - 1)) / columns
        box_h = (h - GAP * (rows - 1)) / rows
        for i, rnd in enumerate(rounds):
            col, row = i % columns, i // columns
            bx = x + col * (box_w + GAP)
            by = y + h - (row + 1) * box_h - row * GAP
            self._box(rnd, bx, by, box_w, box_h)

    def _box(self, rnd: CardRound, x: float, y: float, w: float, h: float) -> None:
        r = self.renderer
        _ = r.t.gettext
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.roundRect(x, y, w, h, 2 * mm, stroke=1, fill=0)
        if rnd.table:
            canvas.setFillColor(colour(rnd.colour or "#808080"))
            canvas.rect(x, y, BAND, h, stroke=0, fill=1)
        canvas.restoreState()
        inner_x, inner_w = x + BAND + PAD, w - BAND - 2 * PAD
        for number_size, theme_lines in TRIES:
            ops = self._box_lines(rnd, inner_w, number_size, theme_lines)
            if ops.y <= h - 2 * PAD:
                self._draw(ops.ops, inner_x, y + h - PAD)
                return
        self._draw(self._box_lines(rnd, inner_w, NUMBER_FLOOR, 0, squeeze=h - 2 * PAD).ops,
                   inner_x, y + h - PAD)

    def _box_lines(self, rnd: CardRound, w: float, number_size: float, theme_lines: int,
                   squeeze: float = 0) -> _Ops:
        r = self.renderer
        _ = r.t.gettext
        ops = _Ops()
        label = r.text.line(rnd.label + (f" · {rnd.time}" if rnd.time else ""))
        if text_width(label, BOLD, LABEL_SIZE) <= w:
            ops.line(label, BOLD, LABEL_SIZE)
        else:  # a narrow box: the time on a line of its own, never cut
            ops.line(ellipsis(r.text.line(rnd.label), BOLD, LABEL_SIZE, w), BOLD, LABEL_SIZE)
            if rnd.time:
                ops.line(r.text.line(rnd.time), BOLD, FLOOR)
        if not rnd.table:
            ops.line(r.text.line(_("absent·e")), FAMILY, FLOOR, fill=GREY)
            return ops
        word = r.text.line(_("Table"))
        if rnd.number:
            number_x = text_width(word, FAMILY, FLOOR) + 2 * mm
            # the digits' height only above the baseline: a number has no accent to make room for
            ops.y += 2 * mm + number_size * DIGIT_HEIGHT
            # the word on the number's baseline, then the number: « Table 4 » in the text
            # layer too (read aloud, searched, copied), not « Table4 »
            ops.ops.append((0.0, ops.y, word + " ", FAMILY, FLOOR, colors.black))
            ops.ops.append((number_x, ops.y, rnd.number, BOLD, number_size, colors.black))
            ops.y += 1.5 * mm
            name = r.text.line(rnd.table)
            if not says_only_its_number(name, rnd.number, word):  # « Table 3 » said once
                for line in wrap(name, "name", BOLD, FLOOR, w, max_lines=2):
                    ops.line(line, BOLD, FLOOR)
        else:
            for line in wrap(r.text.line(rnd.table), "name", BOLD, LABEL_SIZE, w, max_lines=3):
                ops.line(line, BOLD, LABEL_SIZE)
        if rnd.theme and theme_lines:
            for line in wrap(r.text.line(rnd.theme), "name", FAMILY, FLOOR, w,
                             max_lines=theme_lines):
                ops.line(line, FAMILY, FLOOR, fill=GREY)
        if squeeze:
            ops.ops = [op for op in ops.ops if op[1] <= squeeze]
        return ops

    def _capitaine(self, card: Card, x: float, y: float, w: float, h: float) -> None:
        r = self.renderer
        _ = r.t.gettext
        ops = _Ops()
        ops.line(r.text.line(_("Vous êtes capitaine.")), BOLD, LABEL_SIZE)
        stay = (_("Vous restez à la même table pendant le tour.") if len(card.rounds) == 1
                else _("Vous restez à la même table pendant les {n} tours.").format(
                    n=len(card.rounds)))
        for line in wrap(r.text.line(stay), "name", FAMILY, FLOOR, w):
            ops.line(line, FAMILY, FLOOR)
        self._draw(ops.ops, x, y + h)
        times = _Ops()  # when each round starts, and those missed: nothing said without
        for rnd in card.rounds:
            what = rnd.time if rnd.table else _("absent·e")
            if what:
                times.line(r.text.line(f"{rnd.label} : {what}"), FAMILY, FLOOR)
        rows = (len(times.ops) + 1) // 2
        box_h = min(64 * mm, h - ops.y - 6 * mm - rows * FLOOR * 1.2)
        kept = CardRound(_("Votre table"), "", card.hosting, card.hosting_theme,
                         card.hosting_colour)
        self._box(kept, x, y + h - ops.y - 2 * mm - box_h, w, box_h)
        # the times in two columns under the box
        half = (len(times.ops) + 1) // 2
        base = y + h - ops.y - 4 * mm - box_h
        step = FLOOR * 1.2
        columns = [times.ops[:half], times.ops[half:]]
        for c, column in enumerate(columns):
            for k, op in enumerate(column):
                if base - (k + 1) * step < y:
                    break
                self.canv.setFont(FAMILY, FLOOR)
                self.canv.setFillColor(colors.black)
                self.canv.drawString(x + c * w / 2, base - (k + 1) * step + FLOOR * 0.2,
                                     ellipsis(op[2], FAMILY, FLOOR, w / 2 - 2 * mm))

    def _draw(self, ops, x: float, top: float) -> None:
        canvas = self.canv
        for ox, oy, text, font, size, fill in ops:
            canvas.setFillColor(fill)
            canvas.setFont(font, size)
            canvas.drawString(x + ox, top - oy, text)


class EasyItinerariesRenderer(Renderer):
    margin = 10 * mm
    bottom_margin = 13 * mm  # the lower half as tall as the upper one, near enough
    data: ItineraryDoc

    def title(self) -> str:
        return self.t.gettext("Mon parcours en gros caractères")

    def story(self) -> list[Flowable]:
        halves = slices(self.data)
        pages = [HalfPages(self, halves[i:i + 2]) for i in range(0, len(halves), 2)]
        return pages or [self.para(self.t.gettext("{count} participant·es.").format(count=0))]
