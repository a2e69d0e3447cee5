"""Fiches capitaine: one page per table for the person who stays there.

Theme and question at the top, the capitaine's role in two lines, who
comes in each round, and ruled room for notes filling the rest of the page.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from exports.pdf.base import LIGHT, RULE, Renderer, colour
from exports.data import HostDoc, HostSheet
from exports.pdf.fonts import FAMILY

NOTES_MIN = 50 * mm
LINE_GAP = 8 * mm


class NotesArea(Flowable):
    """Ruled lines down to the bottom of the page (at least ``NOTES_MIN``)."""

    def __init__(self, label: str) -> None:
        super().__init__()
        self.label = label

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = max(NOTES_MIN, avail_height - 1)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFont(FAMILY, 9)
        canvas.drawString(0, self.height - 10, self.label)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        y = self.height - 10 - LINE_GAP
        while y > 0:
            canvas.line(0, y, self.width, y)
            y -= LINE_GAP


class HostSheetsRenderer(Renderer):
    title_key = "hosts_title"
    data: HostDoc

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for index, sheet in enumerate(self.data.sheets):
            if index:
                story.append(PageBreak())
            story += self._sheet(sheet)
        return story or [self.para(self.words["no_rotation"])]

    def _sheet(self, sheet: HostSheet) -> list[Flowable]:
        w = self.words
        band = Table([[self.para(sheet.theme or " ", "h3")]], colWidths=[self.frame_width],
                     style=TableStyle([("LINEBEFORE", (0, 0), (0, 0), 8, colour(sheet.colour)),
                                       ("BACKGROUND", (0, 0), (-1, -1), LIGHT)]))
        host = w["host"].format(name=sheet.host) if sheet.host else w["host_none"]
        out: list[Flowable] = [
            self.para(w["hosts_title"], "subtitle"),
            Paragraph(self.text.markup(sheet.table), self.styles["title"]),
            band, Spacer(1, 2 * mm),
        ]
        if sheet.question:
            out.append(self.para(sheet.question, "h3", bold_prefix=w["question"] + " :"))
        out += [self.para(host, "body"), Spacer(1, 1 * mm), self.para(w["host_role"], "small"),
                self.para(w["who_comes"], "h3")]
        if sheet.rounds:
            rows = [[label, self.para(", ".join(names) or w["nobody"], "cell")]
                    for label, names in sheet.rounds]
            out.append(self.table(rows, [22 * mm, self.frame_width - 22 * mm], header=False))
        else:
            out.append(self.para(w["no_rotation"], "small"))
        out += [Spacer(1, 4 * mm), NotesArea(self.text.line(w["notes"]))]
        return out
