"""Programmation annuelle (A4 landscape): the year at a glance, then each action.

Page one: the header (organisation, résidence, the day the plan was
adopted, who to contact) with the QR code of the general follow-up page,
then the 12-month calendar: one row per action, filled in its months only
(a quarterly meal shows four cells, not a solid bar), its status in words
and signs, a legend of themes and statuses.  The calendar is set smaller
until it holds on that page (12 actions included).  Then one card per
action that never splits between its title, its months and its QR code.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from exports.data import PlanDoc
from exports.pdf.base import GREY, LANDSCAPE_A4, RULE, Renderer, colour
from exports.pdf.fonts import BOLD, FAMILY
from exports.pdf.lines import Run
from exports.pdf.qr import QrCode
from exports.pdf.text import Text
from exports.plan_data import PlanRow, statuses

HANDOUT_LEVEL = "Q"  # this sheet goes home and lives on a fridge door
SIZES = (8.5, 8, 7.5, 7, 6.5, 6)
FADED = ("abandoned", "postponed")


def faded(value: colors.Color) -> colors.Color:
    return colors.Color(*(0.75 + 0.25 * c for c in value.rgb()))


class AnnualPlanRenderer(Renderer):
    pagesize = LANDSCAPE_A4
    margin = 12 * mm
    data: PlanDoc

    def title(self) -> str:
        return self.t.gettext("Programmation annuelle {year}").format(year=self.data.year_label)

    def story(self) -> list[Flowable]:
        header = self._header()
        story: list[Flowable] = [header, Spacer(1, 3 * mm)]
        if not self.data.rows:
            no_actions = self.t.gettext("Aucune action n'est encore inscrite à la programmation.")
            return story + [self.para(no_actions)]
        room = self.frame_height - header.wrap(self.frame_width, self.frame_height)[1] - 3 * mm
        story += self._calendar_fitting(room)
        story.append(PageBreak())
        for row in self.data.rows:
            story.append(self._card(row))
        return story

    # -- header -------------------------------------------------------------------
    def _header(self) -> Table:
        d, _ = self.data, self.t.gettext
        head = d.header
        lines: list[Flowable] = [self.para(self.title(), "title")]
        facts = [(_("Organisation"), head.organisation), (_("Résidence"), head.residence)]
        if d.adopted:
            facts.append((_("Adoptée lors de l'atelier du"), d.adopted))
        facts.append((_("Contact"), d.contact))
        for label, value in facts:
            if value:
                lines.append(self.para(value, "subtitle", bold_prefix=label))
        qr_cell: list[Flowable] = []
        if d.general_url:
            qr = QrCode(d.general_url, HANDOUT_LEVEL, caption_width=52 * mm)
            qr_cell = [self.para(_("Suivre toutes les actions de l'année"), "small"), qr]
        qr_width = 56 * mm if qr_cell else 0
        return Table([[lines, qr_cell]], colWidths=[self.frame_width - qr_width, qr_width],
                     style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("FONT", (0, 0), (-1, -1), FAMILY, 8),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))

    # -- calendar -------------------------------------------------------------------
    def _calendar_fitting(self, room: float) -> list[Flowable]:
        """The calendar and its legend at the largest size that holds in ``room``."""
        parts: list[Flowable] = []
        for size in SIZES:
            parts = [self._calendar(size), Spacer(1, 2 * mm), self._legend(size)]
            if sum(p.wrap(self.frame_width, room)[1] for p in parts) <= room:
                break
        return parts

    def _style(self, name: str, size: float, bold: bool = False, centre: bool = False):
        return ParagraphStyle(f"{name}-{size}", fontName=BOLD if bold else FAMILY, fontSize=size,
                              leading=size * 1.2, alignment=1 if centre else 0)

    def _calendar(self, size: float) -> Table:
        d, _ = self.data, self.t.gettext
        first, state = 96 * mm, 24 * mm
        month = (self.frame_width - first - state) / 12
        centre = self._style("month", size - 1, centre=True)
        rows: list[list] = [[self._text(_("Action"), self._style("h", size, True)),
                             self._text(_("Statut"), self._style("h", size, True))]
                            + [self._text(m, centre) for m in d.months]]
        pad = max(1.5, size / 3)
        style = [("GRID", (2, 0), (-1, -1), 0.3, RULE),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
                 ("LINEBELOW", (0, 1), (1, -1), 0.3, RULE),
                 ("FONT", (0, 0), (-1, -1), FAMILY, size),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("LEFTPADDING", (2, 0), (-1, -1), 1), ("RIGHTPADDING", (2, 0), (-1, -1), 1),
                 ("LEFTPADDING", (0, 0), (0, -1), 0),
                 ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
        signs = {code: sign for code, _w, sign in statuses(self.t)}
        for i, row in enumerate(d.rows, start=1):
            state_text = f"{signs.get(row.status_code, '')} {row.status}".strip()
            rows.append([self._text(row.title, self._style("t", size, True)),
                         self._text(state_text, self._style("s", size))] + [""] * 12)
            bar = colour(row.colour)
            if row.status_code in FADED:  # still shown (transparency), visibly set aside
                bar = faded(bar)
            for position in row.months:
                style.append(("BACKGROUND", (position + 1, i), (position + 1, i), bar))
            style.append(("LINEBEFORE", (0, i), (0, i), 3, colour(row.colour)))
            style.append(("LEFTPADDING", (0, i), (0, i), 5))
        return Table(rows, colWidths=[first, state] + [month] * 12, repeatRows=1,
                     style=TableStyle(style))

    def _legend(self, size: float) -> Table:
        _ = self.t.gettext
        themes: dict[str, str] = {}
        for row in self.data.rows:
            if row.theme:
                themes.setdefault(row.theme, row.colour)
        cells, style = [], [("FONT", (0, 0), (-1, -1), FAMILY, size),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 2),
                            ("TOPPADDING", (0, 0), (-1, -1), 1),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        for index, (theme, value) in enumerate(themes.items()):
            cells.append(["", self._text(theme, self._style("l", size))])
            style.append(("BACKGROUND", (0, index), (0, index), colour(value)))
        marks = " · ".join(f"{sign} {word}" if sign else word
                           for _c, word, sign in statuses(self.t))
        cells.append(["", self._text(_("Statuts : {marks} ; mois pâles : action reportée ou "
                                       "abandonnée.").format(marks=marks),
                                     self._style("l", size))])
        return Table(cells, colWidths=[5 * mm, self.frame_width - 5 * mm], style=TableStyle(style))

    def _text(self, text: str, style: ParagraphStyle) -> Text:
        return Text([Run(self.text.typeset(text))], style)

    # -- one card per action ----------------------------------------------------------
    def _card(self, action: PlanRow) -> Flowable:
        _ = self.t.gettext
        qr_width = 50 * mm
        text_width = self.frame_width - qr_width
        status = action.status + (f" — {action.status_reason}" if action.status_reason else "")
        top = [self.para(action.title, "h3"),
               self.para(action.period, "body", bold_prefix=_("Mois")),
               self.para(status, "body", bold_prefix=_("Statut"))]
        qr: list[Flowable] = []
        if action.url:
            qr = [self.para(_("Suivre cette action :"), "small"),
                  QrCode(action.url, HANDOUT_LEVEL, caption_width=qr_width - 6 * mm)]
        facts = [(_("Thème"), action.theme, "prose"),
                 (_("Référents"), ", ".join(action.referents), "name"),
                 (_("Indicateur de réussite"), action.indicator, "prose"),
                 (_("Budget"), action.budget, "prose"),
                 (_("Description"), action.description, "prose")]
        detail_rows = [[self.para(label + " :", "cell_bold"),
                        self.para(value, "cell", kind=kind)]
                       for label, value, kind in facts if value]
        if not action.referents:
            detail_rows.insert(1, [self.para(_("Référents") + " :", "cell_bold"),
                                   self.para(_("à désigner"), "cell")])
        details: list[Flowable] = []
        if detail_rows:
            details = [Spacer(1, 2 * mm), Table(
                detail_rows, colWidths=[44 * mm, text_width - 44 * mm - 8],
                style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("FONT", (0, 0), (-1, -1), FAMILY, 8.5),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 1),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]), splitInRow=1)]
        # one row: the title, the months and the code start together at its top
        card = Table([[top + details, qr]], colWidths=[text_width, qr_width],
                     splitInRow=1, style=TableStyle([
                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("FONT", (0, 0), (-1, -1), FAMILY, 8.5),
                         ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
                         ("LINEBEFORE", (0, 0), (0, -1), 4, colour(action.colour)),
                         ("LEFTPADDING", (0, 0), (0, -1), 8),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return KeepTogether([card, Spacer(1, 3 * mm)])
