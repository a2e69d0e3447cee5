"""Fiches capitaine: one sheet per table for the person who stays there.

Theme and question at the top, the capitaine's role in two lines, then a
block per round (its start time, who comes, ruled lines for that round's
notes: the capitaine sums each round up to the next group), and ruled room
for general notes down to the bottom of the last page.  Every table is as
wide as the frame and no wider.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from exports.data import HostDoc, HostRound, HostSheet
from exports.pdf.base import LIGHT, RULE, Renderer, colour
from exports.pdf.fonts import FAMILY

NOTES_MIN = 30 * mm
LINE_GAP = 7.5 * mm
ROUND_LINES = 3


class NotesArea(Flowable):
    """Ruled lines down to the bottom of the page (at least ``NOTES_MIN``)."""

    def __init__(self, label: str, lines: int = 0) -> None:
        super().__init__()
        self.label = label
        self.lines = lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        if self.lines:
            self.height = (self.lines + 0.4) * LINE_GAP + (12 if self.label else 0)
        else:
            self.height = max(NOTES_MIN, avail_height - 1)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        top = self.height
        if self.label:
            canvas.setFont(FAMILY, 9)
            canvas.drawString(0, self.height - 10, self.label)
            top -= 12
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        y = top - LINE_GAP
        while y > 0:
            canvas.line(0, y, self.width, y)
            y -= LINE_GAP


class HostSheetsRenderer(Renderer):
    data: HostDoc

    def title(self) -> str:
        return self.t.gettext("Fiche capitaine")

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for index, sheet in enumerate(self.data.sheets):
            if index:
                story.append(PageBreak())
            story += self._sheet(sheet)
        return story or [self.para(self.t.gettext("Le plan de table n'est pas encore calculé."))]

    def _sheet(self, sheet: HostSheet) -> list[Flowable]:
        _ = self.t.gettext
        band = Table([[self.para(sheet.theme or " ", "h3")]], colWidths=[self.frame_width],
                     style=TableStyle([("FONT", (0, 0), (-1, -1), FAMILY, 8.5),
                                       ("LINEBEFORE", (0, 0), (0, 0), 8, colour(sheet.colour)),
                                       ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
        out: list[Flowable] = [
            self.para(self.title(), "subtitle"), self.para(sheet.table, "title"),
            band, Spacer(1, 2 * mm),
        ]
        if sheet.question:
            out.append(self.para(sheet.question, "h3", bold_prefix=_("Question")))
        if sheet.host:
            out.append(self.name(sheet.host, "body", label=_("Capitaine")))
        else:
            out.append(self.para(_("Capitaine : à désigner"), "body"))
        role = _("Vous restez à cette table pendant tous les tours et accueillez chaque groupe.\n"
                 "Au début de chaque tour, résumez en deux minutes ce qui a été dit avant.")
        out += [Spacer(1, 1 * mm), self.para(role, "small"),
                self.para(_("Chaque tour : qui vient, et vos notes"), "h3")]
        if not sheet.rounds:
            out.append(self.para(_("Le plan de table n'est pas encore calculé."), "small"))
        self._round_count = len(sheet.rounds)
        for rnd in sheet.rounds:
            out.append(KeepTogether(self._round(rnd)))
        out += [Spacer(1, 3 * mm), NotesArea(self.text.line(_("Notes pour la synthèse")))]
        return out

    def _round(self, rnd: HostRound) -> list[Flowable]:
        _ = self.t.gettext
        label = rnd.label + (f"\n{rnd.time}" if rnd.time else "")
        names = self.names(rnd.names) if rnd.names else self.para(_("personne"), "cell")
        width = self.frame_width
        head = Table([[self.para(label, "cell_bold"), names]], colWidths=[22 * mm, width - 22 * mm],
                     style=TableStyle(_PLAIN_STYLE + [("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                                                      ("TOPPADDING", (0, 0), (-1, -1), 3),
                                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        lines = ROUND_LINES if self._round_count <= 4 else ROUND_LINES - 1
        return [Spacer(1, 2 * mm), head, NotesArea("", lines)]


_PLAIN_STYLE = [("FONT", (0, 0), (-1, -1), FAMILY, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
