"""The bilan (A4, one page): what became of each action of the plan.

For the café's opening and the conseil de résidents: a summary line
(« 3 actions sur 6 réalisées »), then theme by theme each action with its
status (in words, and why when it was postponed or abandoned), what was
done and the indicator's result.  No names: it is read aloud and pinned up.
The text shrinks a step at a time until it fits one page (long bilans
still print whole, on more).  :func:`bilan_flowables` is also the opening
of the compte rendu.
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from exports.bilan_data import BilanDoc, BilanTheme
from exports.pdf.base import Renderer, colour
from exports.pdf.fonts import BOLD

#: font scales tried in turn until the bilan fits one page
SCALES = (1.0, 0.9, 0.8, 0.7)
_PAGE = re.compile(rb"/Type /Page[^s]")


def bilan_title(doc: BilanDoc, t) -> str:
    if doc.past:
        return t.gettext("Bilan de la programmation {year}").format(year=doc.year)
    return t.gettext("Avancement de la programmation {year}").format(year=doc.year)


def bilan_flowables(r: Renderer, doc: BilanDoc, heading: str = "h2") -> list[Flowable]:
    """The bilan under a heading: where the actions come from, the summary, each theme."""
    _ = r.t.gettext
    out: list[Flowable] = [r.para(bilan_title(doc, r.t), heading)]
    if doc.source_date:
        out.append(r.para(_("Actions décidées à l'atelier du {date}.").format(
            date=doc.source_date), "subtitle"))
    if doc.updated:
        out.append(r.para(_("Mis à jour le {date}.").format(date=doc.updated), "subtitle"))
    out += [Spacer(1, 2 * mm), r.para(doc.summary, "summary" if "summary" in r.styles else "h3")]
    for theme in doc.themes:
        out += _theme(r, theme)
    return out


def _theme(r: Renderer, theme: BilanTheme) -> list[Flowable]:
    _ = r.t.gettext
    rows: list[list] = [[_("Action"), _("Statut"), _("Ce qui a été fait"), _("Résultat")]]
    for row in theme.rows:
        action = [r.para(row.title, "cell_bold"), r.para(row.period, "small")]
        status = [Paragraph(f"<b>{r.text.markup(row.status_text)}</b>", r.styles["cell"])]
        if row.reason:
            status.append(r.para(row.reason, "small"))
        if row.updated:
            status.append(r.para(_("le {date}").format(date=row.updated), "small"))
        result = [r.para(row.result or "—", "cell")]
        if row.indicator:
            result.append(r.para(_("Objectif : {indicator}").format(indicator=row.indicator),
                                 "small"))
        rows.append([action, status, r.para(row.done or "—", "cell"), result])
    width = r.frame_width
    style = [("LINEBEFORE", (0, 0), (0, -1), 4, colour(theme.colour)),
             ("FONTNAME", (0, 0), (-1, 0), BOLD)]
    return [r.para(theme.title, "h3"),
            r.table(rows, [width * f for f in (0.28, 0.2, 0.3, 0.22)], extra=style)]


class BilanRenderer(Renderer):
    """One page when it fits: the text shrinks through :data:`SCALES`."""

    data: BilanDoc
    scale = 1.0

    def title(self) -> str:
        return bilan_title(self.data, self.t)

    def stylesheet(self):
        styles = super().stylesheet()
        for style in styles.values():
            style.fontSize *= self.scale
            style.leading *= self.scale
            style.spaceBefore *= self.scale
            style.spaceAfter *= self.scale
        summary = styles["h2"].clone("summary")
        summary.fontSize, summary.leading = 14 * self.scale, 18 * self.scale
        styles["summary"] = summary
        return styles

    def story(self) -> list[Flowable]:
        d, _ = self.data, self.t.gettext
        head = d.header
        out: list[Flowable] = [Paragraph(self.text.markup(self.title()), self.styles["title"])]
        for value in (head.organisation, head.residence):
            if value:
                out.append(self.para(value, "subtitle"))
        out += bilan_flowables(self, d)[1:]  # the title above is the document's own
        if not d.themes:
            out.append(self.para(_("Aucune action dans cette programmation.")))
        return out

    def generate(self) -> bytes:
        pdf = b""
        for scale in SCALES:
            self.scale = scale
            self.styles = self.stylesheet()
            pdf = super().generate()
            if len(_PAGE.findall(pdf)) <= 1:
                break
        return pdf
