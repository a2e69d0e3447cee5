"""One handout per room of an event: what the room brought and what became of it.

Each room starts on a new page: its groups with the question each chose,
their projects and ideas with the dots they got in the one vote of the
event and whether they won (an idea merged with another room's says with
which), then the event's lauréats, so that every room takes the whole
result home.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from exports.event_data import HandoutsDoc, ItemRow, RoomHandout
from exports.documents.event_restitution import laureates_table
from exports.pdf.base import Renderer


class RoomHandoutsRenderer(Renderer):
    data: HandoutsDoc

    def title(self) -> str:
        return self.t.gettext("Fiches des salles")

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        for index, room in enumerate(self.data.rooms):
            if index:
                story.append(PageBreak())
            story += self._room(room)
        if not story:
            story.append(self.para(self.t.gettext("Aucune salle n'a encore été fusionnée.")))
        return story

    def _room(self, room: RoomHandout) -> list[Flowable]:
        _, line = self.t.gettext, room.room
        out: list[Flowable] = [
            Paragraph(self.text.markup(line.name), self.styles["title"]),
            self.para(self.data.header.title, "subtitle"),
            self.para(_("{people} participant·es, {groups} groupes, {projects} projets, "
                        "{ideas} idées, {dots} gommettes comptées dans la salle.").format(
                people=line.participants, groups=line.groups, projects=line.projects,
                ideas=line.ideas, dots=line.dots)),
            self.para(_("Projets lauréats venus de cette salle : {n}.").format(
                n=room.laureates_from_room))]
        out += self._laureates()
        out.append(self.para(_("Vos groupes"), "h2"))
        for group in room.groups:
            title = group.name + (f" — {group.question}" if group.question else "")
            out.append(self.para(title, "h3"))
            items = group.projects + group.ideas
            if not items:
                out.append(self.para(_("Rien n'a été noté pour ce groupe."), "small"))
                continue
            out.append(self._items(items))
        return out

    def _laureates(self) -> list[Flowable]:
        _ = self.t.gettext
        out: list[Flowable] = [self.para(_("Le résultat de l'événement"), "h2"),
                               self.para(self.data.rule, "small")]
        if not self.data.laureates:
            return out + [self.para(_("Le vote n'a pas encore de résultat."), "small")]
        return out + [laureates_table(self, self.data.laureates)]

    def _items(self, items: list[ItemRow]):
        _ = self.t.gettext
        rows = [[_("Projet ou idée"), _("Gommettes"), _("Lauréat ou retenu")]]
        for item in items:
            cell = [self.para(item.text, "cell_bold" if item.project else "cell")]
            if item.description:
                cell.append(self.para(item.description, "small"))
            if item.practical:
                cell.append(self.para(item.practical, "small", bold_prefix=_("En pratique :")))
            rows.append([cell, str(item.dots), _("oui") if item.kept else ""])
        width = self.frame_width
        return self.table(rows, [width - 50 * mm, 22 * mm, 28 * mm],
                          extra=[("ALIGN", (1, 1), (1, -1), "RIGHT")])
