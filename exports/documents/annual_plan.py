"""Programmation annuelle (A4 landscape): the year at a glance, then each action.

Page one: header (organisation, résidence, year, workshop date) with the
QR code of the general follow-up page, and a 12-month calendar where each
action is a bar in its theme's colour.  Then, two per row, each action
with its référents, indicator and the QR code of its own follow-up page.
Six actions (3 themes × 2) fit on two pages.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from exports.pdf.base import GREY, LANDSCAPE_A4, RULE, Renderer, colour
from exports.data import PlanDoc, PlanRow
from exports.pdf.qr import QrCode

HANDOUT_LEVEL = "Q"  # this sheet goes home and lives on a fridge door


class AnnualPlanRenderer(Renderer):
    pagesize = LANDSCAPE_A4
    margin = 12 * mm
    data: PlanDoc

    def title(self) -> str:
        # the PDF's metadata title keeps its {year} field, as it always has
        return self.t.gettext("Programmation annuelle {year}")

    def story(self) -> list[Flowable]:
        story: list[Flowable] = [self._header(), Spacer(1, 4 * mm)]
        if not self.data.rows:
            no_actions = self.t.gettext("Aucune action n'est encore inscrite à la programmation.")
            return story + [self.para(no_actions)]
        story.append(self._calendar())
        story.append(Spacer(1, 5 * mm))
        story.append(self._details())
        return story

    def _header(self) -> Table:
        d, _ = self.data, self.t.gettext
        head = d.header
        lines = [Paragraph(self.text.markup(self.title().format(year=d.year_label)),
                           self.styles["title"])]
        for label, value in ((_("Organisation"), head.organisation),
                             (_("Résidence"), head.residence),
                             (_("Atelier du"), head.date_text)):
            if value:
                lines.append(self.para(value, "subtitle", bold_prefix=label + " :"))
        if head.date_text:
            lines.append(Spacer(1, 2 * mm))
            intro = _("Les actions retenues par les habitants lors de l'atelier du {date}.")
            lines.append(self.para(intro.format(date=head.date_text), "body"))
        qr_cell: list[Flowable] = []
        if d.general_url:
            qr_cell = [self.para(_("Suivre toutes les actions de l'année"), "small"),
                       QrCode(d.general_url, HANDOUT_LEVEL)]
        qr_width = max((f.wrap(0, 0)[0] for f in qr_cell if isinstance(f, QrCode)),
                       default=0) + 6 * mm
        return Table([[lines, qr_cell]], colWidths=[self.frame_width - qr_width, qr_width],
                     style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0)]))

    def _calendar(self) -> Table:
        d = self.data
        first = 78 * mm
        month = (self.frame_width - first) / 12
        rows = [[""] + [Paragraph(m, self.styles["centre"]) for m in d.months]]
        style = [("GRID", (1, 0), (-1, -1), 0.3, RULE),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, GREY),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("TOPPADDING", (0, 1), (-1, -1), 4), ("BOTTOMPADDING", (0, 1), (-1, -1), 4)]
        for i, row in enumerate(d.rows, start=1):
            label = [self.para(row.title, "cell_bold")]
            if row.theme:
                label.append(self.para(row.theme, "small"))
            rows.append([label] + [""] * 12)
            bar = colour(row.colour)
            if row.abandoned:  # still shown (transparency), but visibly faded
                bar = colors.Color(*(0.75 + 0.25 * c for c in bar.rgb()))
            style.append(("BACKGROUND", (row.start, i), (row.end, i), bar))
        return Table(rows, colWidths=[first] + [month] * 12, repeatRows=1, splitInRow=1,
                     style=TableStyle(style))

    def _details(self) -> Table:
        half = self.frame_width / 2
        rows, style = [], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEABOVE", (0, 0), (-1, -1), 0.4, RULE)]
        cells: list = []
        for index, action in enumerate(self.data.rows):
            qr = QrCode(action.url, HANDOUT_LEVEL) if action.url else Spacer(1, 1)
            cells += [self._action_text(action), qr]
            style.append(("LINEBEFORE", (2 * (index % 2), len(rows)),
                          (2 * (index % 2), len(rows)), 4, colour(action.colour)))
            if len(cells) == 4:
                rows.append(cells)
                cells = []
        if cells:
            rows.append(cells + ["", ""])
        qr_width = max(38 * mm, max(_qr_side(r) for r in self.data.rows) + 4 * mm)
        text_width = half - qr_width
        return Table(rows, colWidths=[text_width, qr_width] * 2, splitInRow=1,
                     style=TableStyle(style))

    def _action_text(self, action: PlanRow) -> list[Flowable]:
        _ = self.t.gettext
        out = [self.para(action.title, "h3")]
        facts = [(_("Thème"), action.theme), (_("Période"), action.period),
                 (_("Référents"), ", ".join(action.referents) or _("à désigner")),
                 (_("Indicateur de réussite"), action.indicator), (_("Budget"), action.budget)]
        status = action.status + (f" — {action.status_reason}" if action.status_reason else "")
        facts.append((_("Statut"), status))
        for label, value in facts:
            if value:
                out.append(self.para(value, "cell", bold_prefix=label + " :"))
        if action.description:
            out.append(Spacer(1, 1 * mm))
            out.append(self.para(action.description, "small"))
        if action.url:
            out.append(Paragraph(self.text.markup(_("Suivre cette action")) + " →",
                                 self.styles["small"]))
        return out


def _qr_side(row: PlanRow) -> float:
    return QrCode(row.url, HANDOUT_LEVEL, caption=False).side if row.url else 0

