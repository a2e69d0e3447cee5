"""Themes (title, question, colour) and tables (name, theme, capitaine, seats)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.models.table_model import Column, DomainTableModel
from workshop import editing
from workshop.people.order import person_key

NONE = ""  # the « aucun » choice in a combo box (Qt compares None poorly)


class ThemesModel(DomainTableModel):
    context = "ThemesModel"
    watches = frozenset({"themes"})
    section = "themes"
    columns = [
        Column("title", NOOP("ThemesModel", "Thème")),
        Column("question", NOOP("ThemesModel", "Question posée à la table")),
        Column("colour", NOOP("ThemesModel", "Couleur")),
    ]

    def items(self) -> list:
        return self.document.workshop.themes

    def extra_data(self, item, column: Column, role):
        if column.key == "colour" and role == Qt.ItemDataRole.DecorationRole:
            return QColor(item.colour)
        return None

    def edit(self, item, key: str, value):
        theme_id = item.id
        return self.tr("Modifier le thème « {title} »").format(title=item.title), \
            lambda ws: editing.update_theme(ws, theme_id, **{key: str(value)})


class TablesModel(DomainTableModel):
    context = "TablesModel"
    watches = frozenset({"tables", "themes", "participants"})
    section = "tables"
    columns = [
        Column("name", NOOP("TablesModel", "Table")),
        Column("theme", NOOP("TablesModel", "Thème"), "choice"),
        Column("host", NOOP("TablesModel", "Capitaine"), "choice"),
        Column("capacity", NOOP("TablesModel", "Places"), "int"),
        Column("accessible", NOOP("TablesModel", "Accessible (fauteuil)"), "check"),
    ]

    def items(self) -> list:
        return self.document.workshop.tables

    def value(self, item, key: str):
        value = getattr(item, key)
        return NONE if value is None and key in ("theme", "host") else value

    def display(self, item, key: str) -> str:
        ws = self.document.workshop
        if key == "theme":
            theme = ws.theme(item.theme)
            return theme.title if theme else self.tr("(aucun thème)")
        if key == "host":
            person = ws.participant(item.host) if item.host else None
            return person.full_name if person else self.tr("(aucun·e)")
        return super().display(item, key)

    def extra_data(self, item, column: Column, role):
        theme = self.document.workshop.theme(item.theme)
        if column.key == "theme" and role == Qt.ItemDataRole.DecorationRole and theme:
            return QColor(theme.colour)
        return None

    def edit(self, item, key: str, value):
        table_id = item.id
        if key == "host":
            pid = value or None
            person = self.document.workshop.participant(pid) if pid else None
            text = self.tr("Nommer « {person} » capitaine de « {table} »").format(
                person=person.full_name, table=item.name) if person else \
                self.tr("Retirer le capitaine de « {table} »").format(table=item.name)
            return text, lambda ws: editing.set_host(ws, table_id, pid)
        if key == "theme":
            value = value or None
        return self.tr("Modifier la table « {table} »").format(table=item.name), \
            lambda ws: editing.update_table(ws, table_id, **{key: value})

    # -- choices for the combo boxes -------------------------------------------
    def theme_choices(self) -> list[tuple[str, object]]:
        themes = self.document.workshop.themes
        return [(self.tr("(aucun thème)"), NONE)] + [(t.title, t.id) for t in themes]

    def host_choices(self) -> list[tuple[str, object]]:
        people = sorted(self.document.workshop.participants, key=person_key)
        hosting = {t.host: t.name for t in self.document.workshop.tables if t.host}
        choices = [(self.tr("(aucun·e)"), NONE)]
        for person in people:
            label = person.full_name
            if person.id in hosting:
                label = self.tr("{name} (capitaine de « {table} »)").format(
                    name=label, table=hosting[person.id])
            choices.append((label, person.id))
        return choices
