"""La restitution facile à lire: what was decided, in short sentences and large type.

Written after the rules of « facile à lire » (short sentences, one idea per
sentence, no abbreviation, large type): nothing under :data:`FLOOR` points
but the page footer.  Each kept theme has its colour *and* a shape (a circle,
a square…) drawn beside its name, so that it is told apart in a grey copy
too; under it, its actions, each with when it happens.

The application never calls this text FALC: the label belongs to texts
checked with the people concerned, which the Exports page asks for.
"""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from exports.paper_data import EasyReportDoc, EasyTheme
from exports.pdf.base import Renderer, colour
from exports.pdf.fonts import BOLD, FAMILY

FLOOR = 14
BODY = 16
HEADING = 20
TITLE = 26
SHAPE = 12 * mm


def counted(count: int, one: str, many: str) -> str:
    """The sentence for one thing, or the one for ``count`` things, filled."""
    return (one if count == 1 else many).format(count=count)


class Pictogram(Flowable):
    """A theme's shape, filled with its colour, outlined in black."""

    def __init__(self, shape: str, fill: str, size: float = SHAPE) -> None:
        super().__init__()
        self.shape, self.fill, self.size = shape, fill, size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas, s = self.canv, self.size
        canvas.setFillColor(colour(self.fill))
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(1)
        if self.shape == "circle":
            canvas.circle(s / 2, s / 2, s / 2 - 0.5, stroke=1, fill=1)
            return
        if self.shape == "square":
            canvas.rect(1, 1, s - 2, s - 2, stroke=1, fill=1)
            return
        corners = {"triangle": 3, "diamond": 4, "hexagon": 6, "star": 10}[self.shape]
        turn = {"triangle": 90, "diamond": 90, "hexagon": 0, "star": 90}[self.shape]
        path = canvas.beginPath()
        for k in range(corners):
            radius = s / 2 - 0.5
            if self.shape == "star" and k % 2:
                radius *= 0.45
            angle = math.radians(turn + 360 * k / corners)
            point = (s / 2 + radius * math.cos(angle), s / 2 + radius * math.sin(angle))
            if k:
                path.lineTo(*point)
            else:
                path.moveTo(*point)
        path.close()
        canvas.drawPath(path, stroke=1, fill=1)


class EasyReportRenderer(Renderer):
    data: EasyReportDoc

    def title(self) -> str:
        return self.t.gettext("Ce que nous avons décidé")

    def para(self, text: object, style: str = "easy", bold_prefix: str = "",
             kind: str = "name"):
        """Words are never cut at the end of a line (easy-to-read rule): they move whole."""
        return super().para(text, style, bold_prefix, kind)

    def stylesheet(self) -> dict[str, ParagraphStyle]:
        styles = super().stylesheet()
        body = ParagraphStyle("easy", fontName=FAMILY, fontSize=BODY, leading=BODY * 1.4,
                              spaceAfter=2 * mm)
        styles.update({
            "easy": body,
            "easy_title": ParagraphStyle("easy_title", body, fontName=BOLD, fontSize=TITLE,
                                         leading=TITLE * 1.25, spaceAfter=4 * mm),
            "easy_heading": ParagraphStyle("easy_heading", body, fontName=BOLD,
                                           fontSize=HEADING, leading=HEADING * 1.3),
            "easy_action": ParagraphStyle("easy_action", body, fontName=BOLD, fontSize=BODY,
                                          leading=BODY * 1.35, spaceAfter=0.5 * mm),
            "easy_when": ParagraphStyle("easy_when", body, fontSize=FLOOR, leading=FLOOR * 1.4,
                                        spaceAfter=3 * mm),
        })
        return styles

    def story(self) -> list[Flowable]:
        d, _ = self.data, self.t.gettext
        out: list[Flowable] = [self.para(self.title(), "easy_title")]
        place = d.header.residence or d.header.place
        if d.header.date_text:
            out.append(self.para(_("Le {date}, nous avons fait un atelier.").format(
                date=d.header.date_text), "easy"))
        else:
            out.append(self.para(_("Nous avons fait un atelier."), "easy"))
        if place:
            out.append(self.para(_("Lieu : {place}.").format(place=place), "easy"))
        # one, or several: two sentences (the catalogue has no plural entries; 1 is said in words)
        out.append(self.para(counted(d.people, _("Une personne est venue."),
                                     _("{count} personnes sont venues.")), "easy"))
        out.append(self.para(counted(d.theme_count, _("Nous avons parlé d'un thème."),
                                     _("Nous avons parlé de {count} thèmes.")), "easy"))
        out.append(self.para(_("Nous avons voté avec des gommettes."), "easy"))
        if not d.themes:
            out.append(self.para(_("Les actions ne sont pas encore choisies."), "easy"))
            return out + self._contact()
        out.append(self.para(counted(len(d.themes), _("Nous avons choisi un thème."),
                                     _("Nous avons choisi {count} thèmes.")), "easy"))
        count = sum(len(theme.actions) for theme in d.themes)
        out.append(self.para(counted(count, _("Nous allons faire une action."),
                                     _("Nous allons faire {count} actions.")), "easy"))
        out.append(Spacer(1, 3 * mm))
        for theme in d.themes:
            out += self._theme(theme)
        return out + self._contact()

    def _theme(self, theme: EasyTheme) -> list[Flowable]:
        _ = self.t.gettext
        width = self.frame_width
        head = Table([[Pictogram(theme.shape, theme.colour),
                       self.para(_("Thème : {title}").format(title=theme.title),
                                 "easy_heading")]],
                     colWidths=[SHAPE + 4 * mm, width - SHAPE - 4 * mm],
                     style=TableStyle([("FONT", (0, 0), (-1, -1), FAMILY, BODY),
                                       ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("LINEBELOW", (0, 0), (-1, 0), 2, colour(theme.colour))]))
        block: list[Flowable] = [Spacer(1, 3 * mm), head, Spacer(1, 2 * mm)]
        actions = []
        for action in theme.actions:
            rows = [self.para("• " + action.title, "easy_action")]
            when = action.when or _("La date n'est pas encore choisie.")
            rows.append(self.para(when, "easy_when"))
            actions.append(Table([[rows]], colWidths=[width - SHAPE - 4 * mm],
                                 hAlign="RIGHT",
                                 style=TableStyle([("FONT", (0, 0), (-1, -1), FAMILY, BODY),
                                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)])))
        return [KeepTogether(block + actions[:1])] + actions[1:]

    def _contact(self) -> list[Flowable]:
        d, _ = self.data, self.t.gettext
        out: list[Flowable] = [Spacer(1, 4 * mm)]
        if d.url:
            out.append(self.para(_("Vous pouvez suivre les actions sur internet :"), "easy"))
            out.append(self.link(d.url, "easy"))
        if d.contact:
            out.append(self.para(_("Une question ? Demandez à : {contact}.").format(
                contact=d.contact), "easy"))
        return out
