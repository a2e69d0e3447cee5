"""The combined restitution of an event: every room, one vote, the lauréats.

Per question: the projects (with their description and practical details),
then the ideas, each with its dots, whether it won, and where it came from
(room, group, round; a merged idea lists every place).  Transparency as in
the workshop's report: what was not kept is printed too, and what keeps
the result from being final (an open tie, a count entered twice) is said.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from exports.event_data import EventDoc, ItemRow, QuestionPart
from exports.pdf.base import Renderer, colour
from exports.pdf.fonts import BOLD

WARNING = colors.HexColor("#a01818")


def laureates_table(r: Renderer, laureates: list[ItemRow]) -> Flowable:
    """Rank, project, the rooms it came from, dots: the event's result, best first
    (the restitution and each room's handout print the same table)."""
    _ = r.t.gettext
    rows = [[_("Rang"), _("Projet"), _("D'où il vient"), _("Gommettes")]]
    for rank, item in enumerate(laureates, start=1):
        rows.append([str(rank), r.para(item.text, "cell_bold"), r.para(item.sources, "small"),
                     str(item.dots)])
    width = r.frame_width
    return r.table(rows, [12 * mm, width * 0.45, width * 0.55 - 34 * mm, 22 * mm],
                   extra=[("ALIGN", (3, 1), (3, -1), "RIGHT")])


class EventRestitutionRenderer(Renderer):
    data: EventDoc

    def title(self) -> str:
        return self.t.gettext("Restitution de l'événement")

    def story(self) -> list[Flowable]:
        story = self._header()
        story += self._rooms()
        story += self._vote()
        for part in self.data.questions:
            story += self._question(part)
        story += self._ties()
        return story

    def _header(self) -> list[Flowable]:
        d = self.data
        out: list[Flowable] = [Paragraph(self.text.markup(self.title()), self.styles["title"]),
                               self.para(d.header.title, "h3")]
        for value in (d.header.organisation, d.header.date_text):
            if value:
                out.append(self.para(value, "subtitle"))
        return out

    def _rooms(self) -> list[Flowable]:
        _, d = self.t.gettext, self.data
        rows = [[_("Salle"), _("Participant·es"), _("Groupes"), _("Projets"), _("Idées"),
                 _("Gommettes")]]
        for room in d.rooms:
            rows.append([self.para(room.name, "cell"), str(room.participants), str(room.groups),
                         str(room.projects), str(room.ideas), str(room.dots)])
        width = self.frame_width
        out: list[Flowable] = [
            self.para(_("Les salles"), "h2"),
            self.table(rows, [width - 120 * mm] + [24 * mm] * 5,
                       extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")]),
            Spacer(1, 2 * mm),
            self.para(_("{people} participant·es en tout.").format(people=d.people))]
        if d.same_people:
            out.append(self.para(_("Noms présents dans deux salles : {n}. Peut-être les mêmes "
                                   "personnes, comptées une fois par salle.").format(
                n=d.same_people), "small"))
        return out

    def _vote(self) -> list[Flowable]:
        _, d = self.t.gettext, self.data
        out: list[Flowable] = [
            self.para(_("Le vote"), "h2"), self.para(d.rule),
            self.para(_("{dots} gommettes comptées dans les salles et additionnées.").format(
                dots=d.dots_cast))]
        warn = self.styles["body"].clone("warning", textColor=WARNING, fontName=BOLD)
        out += [Paragraph(self.text.markup(line), warn) for line in d.pending]
        if not d.laureates:
            return out + [self.para(_("Aucun projet n'a encore de gommette."), "small")]
        out.append(self.para(_("Les lauréats"), "h3"))
        return out + [laureates_table(self, d.laureates)]

    def _question(self, part: QuestionPart) -> list[Flowable]:
        _ = self.t.gettext
        out: list[Flowable] = [self.para(part.title, "h2")]
        if part.question:
            out.append(self.para(part.question, "subtitle"))
        out.append(self.para(_("{dots} gommettes sur cette question.").format(dots=part.dots),
                             "small"))
        if part.projects:
            out += [self.para(_("Projets"), "h3"), self._items(part.projects, part.colour,
                                                               _("Lauréat"))]
        if part.ideas:
            out += [self.para(_("Idées"), "h3"), self._items(part.ideas, part.colour,
                                                             _("Retenue"))]
        return out

    def _items(self, items: list[ItemRow], theme_colour: str, kept_word: str):
        _ = self.t.gettext
        rows = [[_("Titre"), _("D'où il vient"), _("Gommettes"), kept_word]]
        style = [("LINEBEFORE", (0, 0), (0, -1), 4, colour(theme_colour)),
                 ("ALIGN", (2, 1), (2, -1), "RIGHT")]
        for i, item in enumerate(items, start=1):
            cell = [self.para(item.text, "cell_bold" if item.kept else "cell")]
            if item.description:
                cell.append(self.para(item.description, "small"))
            if item.practical:
                cell.append(self.para(item.practical, "small", bold_prefix=_("En pratique :")))
            where = [self.para(item.sources, "small")]
            if item.parts > 1:
                where.append(self.para(_("{n} idées regroupées").format(n=item.parts), "small"))
            rows.append([cell, where, str(item.dots), _("oui") if item.kept else ""])
            if item.kept:
                style.append(("BACKGROUND", (3, i), (3, i), colors.HexColor("#e3f1e3")))
        width = self.frame_width
        return self.table(rows, [width * 0.47, width * 0.29, width * 0.13, width * 0.11],
                          extra=style)

    def _ties(self) -> list[Flowable]:
        _ = self.t.gettext
        lines = self.data.ties or [_("Aucune égalité n'a dû être départagée.")]
        return [self.para(_("Égalités et départages"), "h2")] + [self.para(line) for line in lines]
