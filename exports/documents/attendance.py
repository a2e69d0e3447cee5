"""Feuille d'émargement: one line per person, a signature column, a data note.

People are sorted by last name so a queue at the door finds itself fast;
blank lines at the end, under their own heading, take the people who come
without registering.  Categories use the same inclusive words as the other
documents (« Salarié·e »).  A long name gets smaller before it breaks.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer


from exports.pdf.base import Renderer
from exports.data import AttendanceDoc

BLANK_LINES = 8
ROW_PADDING = 3 * mm


class AttendanceRenderer(Renderer):
    data: AttendanceDoc

    def title(self) -> str:
        return self.t.gettext("Feuille d'émargement")

    def story(self) -> list[Flowable]:
        d, _ = self.data, self.t.gettext
        out: list[Flowable] = [self.para(self.title(), "title"), self.para(d.header.title, "h3")]
        for value in (d.header.organisation, d.header.place, d.header.date_text):
            if value:
                out.append(self.para(value, "subtitle"))
        note = _("Vos nom et signature servent seulement à attester votre présence à cet "
                 "atelier ; la feuille est conservée par l'organisation et n'est transmise à "
                 "personne.")
        out += [Spacer(1, 2 * mm), self.para(note, "small"), Spacer(1, 3 * mm)]
        rows: list[list] = [[_("N°"), _("Nom"), _("Prénom"), _("Catégorie"), _("Signature")]]
        for n, (last, first, category) in enumerate(d.rows, start=1):
            rows.append([str(n), self.name(last, "cell_bold"), self.name(first, "cell"),
                         self.para(category, "cell"), ""])
        width = self.frame_width
        widths = [10 * mm, 0.27 * width, 0.23 * width, 0.16 * width]
        widths.append(width - sum(widths))
        # padding rather than fixed heights: room to sign, and a long name still wraps
        padded = [("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                  ("TOPPADDING", (0, 1), (-1, -1), ROW_PADDING),
                  ("BOTTOMPADDING", (0, 1), (-1, -1), ROW_PADDING)]
        out.append(self.table(rows, widths, extra=padded))
        # the walk-in lines: a table of their own under a heading (a row spanning the
        # columns of the big table cost a recount of its spans at every page break)
        blank = [rows[0]] + [[str(n), "", "", "", ""]
                             for n in range(len(d.rows) + 1, len(d.rows) + 1 + BLANK_LINES)]
        out.append(KeepTogether([
            Spacer(1, 3 * mm), self.para(_("Personnes venues sans inscription"), "h3"),
            self.table(blank, widths, extra=padded)]))
        return out
