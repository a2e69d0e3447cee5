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
                     style=TableStyle([("LINEBEFORE", (0, 0), (0, 0), 8, colour(sheet.colour)),
                                       ("BACKGROUND", (0, 0), (-1, -1), LIGHT)]))
        host = (_("Capitaine : {name}").format(name=sheet.host) if sheet.host
                else _("Capitaine : à désigner"))
        out: list[Flowable] = [
            self.para(self.title(), "subtitle"),
            Paragraph(self.text.markup(sheet.table), self.styles["title"]),
            band, Spacer(1, 2 * mm),
        ]
        if sheet.question:
            out.append(self.para(sheet.question, "h3", bold_prefix=_("Question") + " :"))
        role = _("Vous restez à cette table pendant tous les tours et accueillez chaque groupe.\n"
                 "Au début de chaque tour, résumez en deux minutes ce qui a été dit avant.")
        out += [self.para(host, "body"), Spacer(1, 1 * mm), self.para(role, "small"),
                self.para(_("Qui vient à chaque tour"), "h3")]
        if sheet.rounds:
            rows = [[label, self.para(", ".join(names) or _("personne"), "cell")]
                    for label, names in sheet.rounds]
            out.append(self.table(rows, [22 * mm, self.frame_width - 22 * mm], header=False))
        else:
            out.append(self.para(_("Le plan de table n'est pas encore calculé."), "small"))
        out += [Spacer(1, 4 * mm), NotesArea(self.text.line(_("Notes")))]
        return out
