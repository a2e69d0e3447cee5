"""Affiche de suivi (A4 portrait): pinned in the hall, read from a metre away.

The résidence and the year in large type, every action of the plan (twelve
must fit: the list is set smaller, step by step, until it holds beside the
code) with its months and its status, and one QR code whose modules are at
least 100 mm wide, so that a phone reads it from across the hall (the
handout's 25 mm code did not scan from 1 m).

It names no person: référents are left out altogether (whether someone
agreed to be named in public is not recorded yet), and so is the plan's
contact, which may be a person; the organisation is named.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from exports.data import PlanDoc
from exports.pdf.base import GREY, Renderer, colour
from exports.pdf.fonts import BOLD, FAMILY
from exports.pdf.lines import Run
from exports.pdf.qr import QrCode
from exports.pdf.text import Text
from exports.plan_data import STATUS_SIGNS

WALL_SYMBOL = 100.5 * mm  # the modules, quiet zone not counted: at least 100 mm
WALL_LEVEL = "M"  # more modules would only make each one smaller (PITFALLS.md)
SIZES = (16, 14.5, 13, 12, 11, 10, 9, 8, 7, 6.5)


class PosterRenderer(Renderer):
    data: PlanDoc

    def title(self) -> str:
        return self.t.gettext("Affiche de suivi {year}").format(year=self.data.year_label)

    def story(self) -> list[Flowable]:
        d, _ = self.data, self.t.gettext
        bottom: list[Flowable] = []
        if d.general_url:
            code = QrCode(d.general_url, WALL_LEVEL, symbol=WALL_SYMBOL, caption=False)
            url = self.text.plain(d.general_url)
            bottom = [Spacer(1, 3 * mm),
                      self._big(_("Scannez ce code pour suivre chaque action"), 13, bold=True,
                                centre=True),
                      _Centred(code),
                      Text([Run(url, "url", href=url)], self._style(13, centre=True))]
        if not d.rows:
            return self._top(20, True) + [
                self.para(_("Aucune action n'est encore inscrite à la programmation."))] + bottom
        # the largest type that holds on the one page: the list first, then the header
        for residence, organisation in ((20, True), (15, True), (12, False)):
            top = self._top(residence, organisation)
            room = self.frame_height - 2 - _height(top + bottom, self.frame_width,
                                                   self.frame_height)
            for size in SIZES:
                actions = self._actions(size)
                if actions.wrap(self.frame_width, room)[1] <= room:
                    return top + [actions] + bottom
        return top + [actions] + bottom

    def _top(self, residence: float, organisation: bool) -> list[Flowable]:
        d, _ = self.data, self.t.gettext
        head = d.header
        top: list[Flowable] = [self.para(_("Programmation annuelle {year}").format(
            year=d.year_label), "title")]
        if head.residence:
            top.append(self._big(head.residence, residence, bold=True))
        if head.organisation and organisation:
            top.append(self.para(head.organisation, "subtitle"))
        if d.adopted:
            top.append(self.para(_("Actions choisies par les habitants lors de l'atelier du "
                                   "{date}.").format(date=d.adopted), "body"))
        return top + [Spacer(1, 4 * mm)]

    def _style(self, size: float, bold: bool = False, centre: bool = False,
               grey: bool = False) -> ParagraphStyle:
        return ParagraphStyle(f"poster-{size}-{bold}-{centre}", fontName=BOLD if bold else FAMILY,
                              fontSize=size, leading=size * 1.2, alignment=1 if centre else 0,
                              textColor=GREY if grey else colors.black)

    def _big(self, text: str, size: float, bold: bool = False, centre: bool = False) -> Text:
        return Text([Run(self.text.typeset(text))], self._style(size, bold, centre))

    def _actions(self, size: float) -> Table:
        rows, style = [], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("FONT", (0, 0), (-1, -1), FAMILY, size),
                           ("LEFTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 0), (-1, -1), size * 0.2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.35)]
        small = max(6.5, size * 0.78)
        for i, row in enumerate(self.data.rows):
            sign = STATUS_SIGNS.get(row.status_code, "")
            when = f"{row.period} · {sign} {row.status}".replace("  ", " ")
            rows.append([[Text([Run(self.text.typeset(row.title))], self._style(size, bold=True)),
                          Text([Run(self.text.typeset(when))], self._style(small, grey=True))]])
            style.append(("LINEBEFORE", (0, i), (0, i), 5, colour(row.colour)))
        return Table(rows, colWidths=[self.frame_width], style=TableStyle(style))


def _height(flowables: list[Flowable], width: float, height: float) -> float:
    return sum(f.wrap(width, height)[1] + f.getSpaceBefore() + f.getSpaceAfter()
               for f in flowables)


class _Centred(Flowable):
    """A flowable drawn in the middle of the frame's width."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.inner_size = self.inner.wrap(avail_width, avail_height)
        self.width = avail_width
        self.height = self.inner_size[1]
        return self.width, self.height

    def draw(self) -> None:
        self.inner.drawOn(self.canv, (self.width - self.inner_size[0]) / 2, 0)
