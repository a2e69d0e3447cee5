"""Compte rendu / restitution: last year's bilan, who came, every idea with its votes, the plan.

Transparency is the point: ideas not kept are listed with their dots, and
each tie says how it was settled.  ``anonymous=True`` (decided when the
data object is built) leaves out every name: référents and facilitator.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from exports.pdf.base import Renderer, colour
from exports.pdf.fonts import BOLD
from exports.data import PlanDoc, ReportDoc
from exports.documents.bilan import bilan_flowables
from exports.results import ThemeResult


class ReportRenderer(Renderer):
    data: ReportDoc

    def title(self) -> str:
        return self.t.gettext("Compte rendu de l'atelier")

    def story(self) -> list[Flowable]:
        story = self._header()
        if self.data.bilan is not None:  # the café opened with last year's bilan
            story += bilan_flowables(self, self.data.bilan)
        story += self._participation()
        story += self._ideas()
        story += self._ties()
        story += self._plan(self.data.plan)
        return story

    def _header(self) -> list[Flowable]:
        d, _ = self.data, self.t.gettext
        title = self.title()
        if d.anonymous:
            title += " (" + _("version sans noms") + ")"
        out: list[Flowable] = [Paragraph(self.text.markup(title), self.styles["title"]),
                               self.para(d.header.title, "h3")]
        for value in (d.header.organisation, d.header.place, d.header.date_text):
            if value:
                out.append(self.para(value, "subtitle"))
        if d.header.facilitator:
            out.append(self.para(_("Animation : {name}").format(name=d.header.facilitator),
                                 "subtitle"))
        return out

    def _participation(self) -> list[Flowable]:
        d, _ = self.data, self.t.gettext
        if d.present:
            line = _("{count} participant·es inscrit·es, {present} présent·es.").format(
                count=d.participants, present=d.present)
        else:
            line = _("{count} participant·es.").format(count=d.participants)
        out: list[Flowable] = [self.para(_("Participation"), "h2"), self.para(line)]
        if d.categories:
            rows = [[_("Catégorie"), _("Nombre")]] + [[label, str(n)] for label, n in d.categories]
            out += [Spacer(1, 2 * mm), self.table(rows, [70 * mm, 25 * mm])]
        out.append(Spacer(1, 2 * mm))
        out.append(self.para(_("{rounds} tours de {minutes} minutes autour de {tables} tables.")
                             .format(rounds=d.round_count, minutes=d.round_minutes,
                                     tables=d.table_count)))
        if d.rounds:
            seated = _("{count} personnes assises")
            rows = [[label, seated.format(count=n)] for label, n in d.rounds]
            out += [Spacer(1, 2 * mm), self.table(rows, [30 * mm, 65 * mm], header=False)]
        return out

    def _ideas(self) -> list[Flowable]:
        _ = self.t.gettext
        out: list[Flowable] = [
            self.para(_("Les idées et leurs votes"), "h2"),
            self.para(_("Toutes les idées sont rapportées, retenues ou non, avec leurs gommettes."))]
        for theme in self.data.themes:
            out += self._theme(theme)
        return out

    def _theme(self, theme: ThemeResult) -> list[Flowable]:
        _ = self.t.gettext
        state = _("thème retenu") if theme.kept else _("thème non retenu")
        dots = _("{dots} gommettes").format(dots=theme.dots)
        out: list[Flowable] = [self.para(f"{theme.title} — {dots} — {state}", "h3")]
        if not theme.ideas:
            return out + [self.para(_("Aucune idée notée pour ce thème."), "small")]
        rows = [[_("Idée"), _("Gommettes"), _("Retenue")]]
        style = [("LINEBEFORE", (0, 0), (0, -1), 4, colour(theme.colour)),
                 ("ALIGN", (1, 1), (1, -1), "RIGHT")]
        for i, idea in enumerate(theme.ideas, start=1):
            rows.append([self.para(idea.text, "cell"), str(idea.dots),
                         _("Retenue") if idea.kept else _("Non retenue")])
            if idea.kept:
                style.append(("FONTNAME", (0, i), (-1, i), BOLD))
        width = self.frame_width
        return out + [self.table(rows, [width - 50 * mm, 22 * mm, 28 * mm], extra=style)]

    def _ties(self) -> list[Flowable]:
        _ = self.t.gettext
        lines = self.data.ties or [_("Aucune égalité n'a dû être départagée.")]
        return [self.para(_("Égalités et départages"), "h2")] + [self.para(line) for line in lines]

    def _plan(self, plan: PlanDoc) -> list[Flowable]:
        _ = self.t.gettext
        out: list[Flowable] = [self.para(_("La programmation annuelle"), "h2")]
        if not plan.rows:
            return out + [self.para(_("Aucune action n'est encore inscrite à la programmation."))]
        names = not self.data.anonymous
        head = [_("Action"), _("Période")] + ([_("Référents")] if names else []) + [
            _("Indicateur de réussite"), _("Statut")]
        rows: list[list] = [head]
        for row in plan.rows:
            title = [self.para(row.title, "cell_bold"), self.para(row.theme, "small")]
            if row.url:
                title.append(self.para(row.url, "small"))
            status = row.status + (f" — {row.status_reason}" if row.status_reason else "")
            cells = [title, self.para(row.period, "cell")]
            if names:
                cells.append(self.para(", ".join(row.referents) or _("à désigner"), "cell"))
            rows.append(cells + [self.para(row.indicator, "cell"), self.para(status, "cell")])
        width = self.frame_width
        widths = ([0.34, 0.16, 0.18, 0.18, 0.14] if names else [0.4, 0.18, 0.24, 0.18])
        return out + [self.table(rows, [width * f for f in widths])]
