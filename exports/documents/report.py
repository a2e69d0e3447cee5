"""Compte rendu / restitution: who came, every idea with its votes, the plan.

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
from exports.results import ThemeResult


class ReportRenderer(Renderer):
    title_key = "report_title"
    data: ReportDoc

    def story(self) -> list[Flowable]:
        story = self._header()
        story += self._participation()
        story += self._ideas()
        story += self._ties()
        story += self._plan(self.data.plan)
        return story

    def _header(self) -> list[Flowable]:
        d, w = self.data, self.words
        title = w["report_title"] + (f" ({w['report_anonymous']})" if d.anonymous else "")
        out: list[Flowable] = [Paragraph(self.text.markup(title), self.styles["title"]),
                               self.para(d.header.title, "h3")]
        for value in (d.header.organisation, d.header.place, d.header.date_text):
            if value:
                out.append(self.para(value, "subtitle"))
        if d.header.facilitator:
            out.append(self.para(w["facilitator"].format(name=d.header.facilitator),
                                 "subtitle"))
        return out

    def _participation(self) -> list[Flowable]:
        d, w = self.data, self.words
        line = (w["participants_count"].format(count=d.participants, present=d.present)
                if d.present else w["participants_only"].format(count=d.participants))
        out: list[Flowable] = [self.para(w["participation"], "h2"), self.para(line)]
        if d.categories:
            rows = [[w["category"], w["count"]]] + [[label, str(n)] for label, n in d.categories]
            out += [Spacer(1, 2 * mm), self.table(rows, [70 * mm, 25 * mm])]
        out.append(Spacer(1, 2 * mm))
        out.append(self.para(w["rounds_line"].format(rounds=d.round_count,
                                                     minutes=d.round_minutes,
                                                     tables=d.table_count)))
        if d.rounds:
            rows = [[label, w["seated"].format(count=n)] for label, n in d.rounds]
            out += [Spacer(1, 2 * mm), self.table(rows, [30 * mm, 65 * mm], header=False)]
        return out

    def _ideas(self) -> list[Flowable]:
        w = self.words
        out: list[Flowable] = [self.para(w["ideas_votes"], "h2"), self.para(w["ideas_intro"])]
        for theme in self.data.themes:
            out += self._theme(theme)
        return out

    def _theme(self, theme: ThemeResult) -> list[Flowable]:
        w = self.words
        state = w["theme_kept"] if theme.kept else w["theme_not_kept"]
        head = f"{theme.title} — {w['theme_dots'].format(dots=theme.dots)} — {state}"
        out: list[Flowable] = [self.para(head, "h3")]
        if not theme.ideas:
            return out + [self.para(w["no_ideas"], "small")]
        rows = [[w["idea"], w["dots"], w["kept"]]]
        style = [("LINEBEFORE", (0, 0), (0, -1), 4, colour(theme.colour)),
                 ("ALIGN", (1, 1), (1, -1), "RIGHT")]
        for i, idea in enumerate(theme.ideas, start=1):
            rows.append([self.para(idea.text, "cell"), str(idea.dots),
                         w["kept"] if idea.kept else w["not_kept"]])
            if idea.kept:
                style.append(("FONTNAME", (0, i), (-1, i), BOLD))
        width = self.frame_width
        return out + [self.table(rows, [width - 50 * mm, 22 * mm, 28 * mm], extra=style)]

    def _ties(self) -> list[Flowable]:
        lines = self.data.ties or [self.words["no_ties"]]
        return [self.para(self.words["ties"], "h2")] + [self.para(line) for line in lines]

    def _plan(self, plan: PlanDoc) -> list[Flowable]:
        w = self.words
        out: list[Flowable] = [self.para(w["the_plan"], "h2")]
        if not plan.rows:
            return out + [self.para(w["no_actions"])]
        names = not self.data.anonymous
        head = [w["action"], w["period"]] + ([w["referents"]] if names else []) + [
            w["indicator"], w["status"]]
        rows: list[list] = [head]
        for row in plan.rows:
            title = [self.para(row.title, "cell_bold"), self.para(row.theme, "small")]
            if row.url:
                title.append(self.para(row.url, "small"))
            status = row.status + (f" — {row.status_reason}" if row.status_reason else "")
            cells = [title, self.para(row.period, "cell")]
            if names:
                cells.append(self.para(", ".join(row.referents) or w["to_be_named"], "cell"))
            rows.append(cells + [self.para(row.indicator, "cell"), self.para(status, "cell")])
        width = self.frame_width
        widths = ([0.34, 0.16, 0.18, 0.18, 0.14] if names else [0.4, 0.18, 0.24, 0.18])
        return out + [self.table(rows, [width * f for f in widths])]
