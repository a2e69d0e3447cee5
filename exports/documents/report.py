"""Compte rendu / restitution: last year's bilan, who came, the harvest, every idea, the plan.

Each theme opens with the harvest of its tables: the capitaines' summaries,
round by round, and the photos of the nappes, then its ideas and votes.

Transparency is the point: ideas not kept are listed with their dots, and
each tie says how it was settled, and the rule is said in words (themes
ranked first, then actions within the kept themes), so an idea with more
dots than a kept one is not a mystery.  A theme's table repeats its
heading on the next page.  The plan gives each action in full (description,
budget), then what happens next.  ``anonymous=True`` (decided when the
data object is built) leaves out every name: référents and facilitator.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from exports.data import PlanDoc, ReportDoc
from exports.pdf.base import LIGHT, RULE, Renderer, colour
from exports.pdf.fonts import FAMILY
from exports.plan_data import PlanRow
from exports.documents.bilan import bilan_flowables
from exports.documents.harvest import harvest_flowables
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
        story += self._next_steps(self.data.plan)
        return story

    def _header(self) -> list[Flowable]:
        d, _ = self.data, self.t.gettext
        title = self.title()
        if d.anonymous:
            title += " (" + _("version sans noms") + ")"
        out: list[Flowable] = [self.para(title, "title"), self.para(d.header.title, "h3")]
        for value in (d.header.organisation, d.header.place, d.header.date_text):
            if value:
                out.append(self.para(value, "subtitle"))
        if d.header.facilitator:
            out.append(self.name(d.header.facilitator, "subtitle", label=_("Animation")))
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
            rows = [[_("Catégorie"), _("Nombre")]] + [[self.para(label, "cell"), str(n)]
                                                      for label, n in d.categories]
            out += [Spacer(1, 2 * mm), self.table(rows, [70 * mm, 25 * mm])]
        out.append(Spacer(1, 2 * mm))
        out.append(self.para(_("{rounds} tours de {minutes} minutes autour de {tables} tables.")
                             .format(rounds=d.round_count, minutes=d.round_minutes,
                                     tables=d.table_count)))
        if d.rounds:
            seated = (_("{count} personnes présentes à une table") if d.present
                      else _("{count} personnes à une table"))
            rows = [[self.para(label, "cell"), self.para(seated.format(count=n), "cell")]
                    for label, n in d.rounds]
            out += [Spacer(1, 2 * mm), self.table(rows, [30 * mm, 75 * mm], header=False)]
        return out

    def _ideas(self) -> list[Flowable]:
        _ = self.t.gettext
        harvest = self.data.harvest
        out: list[Flowable] = [
            self.para(_("La récolte des tables, les idées et leurs votes") if harvest
                      else _("Les idées et leurs votes"), "h2"),
            self.para(_("Toutes les idées sont rapportées, retenues ou non, avec leurs gommettes."))]
        if harvest:
            out.append(self.para(_("Pour chaque thème : ce que les capitaines ont résumé à "
                                   "chaque tour, les photos des nappes, puis les idées.")))
        if self.data.photos_left_out:
            out.append(self.para(_("Les photos des nappes ne sont pas reprises dans la version "
                                   "sans noms : on peut y lire des noms ou y voir des visages."),
                                 "small"))
        rule = self.data.rule
        if rule is not None:
            out.append(self.para(_(
                "La règle : {voters} votant·es, {each} gommettes chacun·e, {cast} gommettes "
                "posées. Les thèmes sont classés d'abord, par le total de leurs gommettes : "
                "les {themes} premiers sont retenus. Puis, dans chaque thème retenu, les "
                "{actions} idées les plus votées deviennent des actions. Une idée d'un thème "
                "non retenu n'est donc pas retenue, même si elle a plus de gommettes qu'une "
                "idée retenue.").format(voters=rule.voters, each=rule.dots_each,
                                        cast=rule.dots_cast, themes=rule.themes_kept,
                                        actions=rule.actions_per_theme)))
        for theme in self.data.themes:
            out += harvest_flowables(self, harvest.get(theme.key, []), theme.title, theme.colour)
            out += self._theme(theme)
        if harvest.get(None):
            out += harvest_flowables(self, harvest[None], _("Tables sans thème"), "#808080")
        return out

    def _theme(self, theme: ThemeResult) -> list[Flowable]:
        _ = self.t.gettext
        state = _("thème retenu") if theme.kept else _("thème non retenu")
        dots = _("{dots} gommettes").format(dots=theme.dots)
        heading = [self.para(f"{theme.title} — {dots} — {state}", "h3")]
        if theme.question:
            heading.append(self.para(theme.question, "body", bold_prefix=_("Question")))
        if not theme.ideas:
            return [Spacer(1, 2 * mm)] + heading + [
                self.para(_("Aucune idée notée pour ce thème."), "small")]
        width = self.frame_width
        # the theme's heading is the table's first row: a page break repeats it
        rows: list[list] = [[heading, "", ""],
                            [self.para(_("Idée"), "cell_bold"), self.para(_("Gommettes"),
                                                                          "cell_bold"),
                             self.para(_("Retenue"), "cell_bold")]]
        style = [("SPAN", (0, 0), (-1, 0)), ("GRID", (0, 1), (-1, -1), 0.4, RULE),
                 ("BACKGROUND", (0, 1), (-1, 1), LIGHT),
                 ("LINEBEFORE", (0, 0), (0, -1), 4, colour(theme.colour)),
                 ("LEFTPADDING", (0, 0), (0, -1), 6), ("ALIGN", (1, 2), (1, -1), "RIGHT")]
        not_kept = _("Non retenue") if theme.kept else _("Non retenue (thème non retenu)")
        for idea in theme.ideas:
            kept = idea.kept
            rows.append([self.para(idea.text, "cell_bold" if kept else "cell"), str(idea.dots),
                         self.para(_("Retenue") if kept else not_kept,
                                   "cell_bold" if kept else "cell")])
        table = Table(rows, colWidths=[width - 60 * mm, 22 * mm, 38 * mm], repeatRows=2,
                      splitInRow=1, hAlign="LEFT",
                      style=TableStyle(_BARE + [("FONT", (0, 0), (-1, -1), FAMILY, 8.5),
                                                ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
                                       + style))
        return [Spacer(1, 2 * mm), table]

    def _ties(self) -> list[Flowable]:
        _ = self.t.gettext
        lines = self.data.ties or [_("Aucune égalité n'a dû être départagée.")]
        return [self.para(_("Égalités et départages"), "h2")] + [self.para(line) for line in lines]

    def _plan(self, plan: PlanDoc) -> list[Flowable]:
        _ = self.t.gettext
        out: list[Flowable] = [self.para(_("La programmation annuelle"), "h2")]
        if not plan.rows:
            return out + [self.para(_("Aucune action n'est encore inscrite à la programmation."))]
        for row in plan.rows:
            out.append(self._action(row))
        return out

    def _action(self, row: PlanRow) -> Flowable:
        _ = self.t.gettext
        status = row.status + (f" — {row.status_reason}" if row.status_reason else "")
        facts = [(_("Thème"), row.theme, "prose"), (_("Mois"), row.period, "prose")]
        if not self.data.anonymous:
            facts.append((_("Référents"), ", ".join(row.referents) or _("à désigner"),
                          "name" if row.referents else "prose"))
        facts += [(_("Indicateur de réussite"), row.indicator, "prose"),
                  (_("Budget"), row.budget, "prose"), (_("Statut"), status, "prose"),
                  (_("Description"), row.description, "prose"), (_("Suivi"), row.url, "url")]
        rows: list[list] = [[self.para(row.title, "cell_bold"), ""]]
        rows += [[self.para(label + " :", "cell_bold"), self.para(value, "cell", kind=kind)]
                 for label, value, kind in facts if value]
        width = self.frame_width
        return KeepTogether([Spacer(1, 2 * mm), Table(
            rows, colWidths=[38 * mm, width - 38 * mm], splitInRow=1, hAlign="LEFT",
            style=TableStyle(_BARE + [("SPAN", (0, 0), (-1, 0)),
                                      ("LINEBEFORE", (0, 0), (0, -1), 3, colour(row.colour)),
                                      ("LEFTPADDING", (0, 0), (0, -1), 6),
                                      ("BACKGROUND", (0, 0), (-1, 0), LIGHT)]))])

    def _next_steps(self, plan: PlanDoc) -> list[Flowable]:
        _ = self.t.gettext
        out: list[Flowable] = [self.para(_("Et maintenant ?"), "h2")]
        lines = []
        coming = [r for r in plan.rows if r.status_code in ("planned", "in_progress")]
        coming.sort(key=lambda r: r.start)
        for row in coming[:3]:
            lines.append(_("{period} : {title}").format(period=row.period, title=row.title))
        if lines:
            out.append(self.para(_("Les premières actions au calendrier :"), "body"))
            out += [self.para("• " + line, "body") for line in lines]
        if plan.general_url:
            out.append(self.para(_("Chacun·e peut suivre l'avancement des actions en ligne :"),
                                 "body"))
            out.append(self.link(plan.general_url, "body"))
        if plan.contact:
            out.append(self.para(plan.contact, "body", bold_prefix=_("Contact")))
        return out


_BARE = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
         ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
         ("FONT", (0, 0), (-1, -1), FAMILY, 8.5)]
