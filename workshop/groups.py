"""Groups that choose their question and write a project (large events, issue 19).

At a convention, people sit in groups of 5–6 with no capitaine; each group
chooses one of the questions and imagines a *project*.  A group is a table
without capitaine.  Choosing the question sets the table's theme and fixes
it (``Table.theme_chosen``): the question is the group's, not the
organiser's, so the Tables page no longer changes it; the group may
choose again here.  A project is an :class:`~workshop.model.Idea` of kind
``"project"`` (title in ``text``, plus a description and practical details),
so that ideas and projects are merged, voted on and kept the same way.
"""

from __future__ import annotations

from workshop import ideas as idea_ops
from workshop.errors import Word, WorkshopError
from workshop.history import touch
from workshop.model import Idea, Table, Workshop

PROJECT = "project"
#: the longest description or practical details kept (a page of text)
MAX_PROJECT_TEXT = 4000


class GroupError(WorkshopError):
    """A group's question or project that cannot be recorded."""

    domain = "groups"


def groups(ws: Workshop) -> list[Table]:
    """The tables without capitaine, in workshop order."""
    return [t for t in ws.tables if t.host is None]


def is_project(item: Idea) -> bool:
    return item.kind == PROJECT


def projects(ws: Workshop, table_id: str | None = None) -> list[Idea]:
    """Visible projects (of one group when ``table_id`` is given)."""
    return [i for i in idea_ops.visible(ws)
            if is_project(i) and (table_id is None or i.table == table_id)]


def _group(ws: Workshop, table_id: str) -> Table:
    table = ws.table(table_id)
    if table is None:
        raise GroupError("unknown_group", group=table_id)
    if table.host is not None:
        raise GroupError("has_host", group=table.name)
    return table


def choose_question(ws: Workshop, table_id: str, theme_id: str | None) -> None:
    """The group chose ``theme_id`` (``None``: not chosen yet, the theme is free again).

    Its ideas and projects follow the new question, unless they were moved
    to another theme by hand.
    """
    table = _group(ws, table_id)
    if theme_id is not None and ws.theme(theme_id) is None:
        raise GroupError("unknown_question", question=theme_id)
    old = table.theme
    touch(table)
    table.theme = theme_id
    table.theme_chosen = theme_id is not None
    if theme_id is None:
        return
    for item in ws.ideas:
        if item.table == table_id and item.merged_into is None and item.theme in (old, None):
            idea_ops.move(ws, item.id, theme_id)


def check_theme_free(ws: Workshop, table_id: str) -> None:
    """Refuse to change the theme of a group that chose its question."""
    table = ws.table(table_id)
    if table is not None and table.theme_chosen:
        raise GroupError("question_chosen", group=table.name)


def _long_text(text: object, field: str) -> str:
    cleaned = "\n".join(line.rstrip() for line in str(text or "").strip().splitlines())
    if len(cleaned) > MAX_PROJECT_TEXT:
        raise GroupError("too_long", field=Word(f"project.{field}"), max=MAX_PROJECT_TEXT,
                         length=len(cleaned))
    return cleaned


def add_project(ws: Workshop, table_id: str, title: str, description: str = "",
                practical: str = "", round_: int | None = None) -> Idea:
    """A project of the group at ``table_id``, under the group's question."""
    table = _group(ws, table_id)
    if not " ".join(str(title).split()):
        raise GroupError("empty_title")
    description = _long_text(description, "description")
    practical = _long_text(practical, "practical")
    item = idea_ops.add(ws, title, table=table.id, round_=round_)
    item.kind = PROJECT  # a new item: the list's touch already recorded it
    item.description, item.practical = description, practical
    return item


def edit_project(ws: Workshop, idea_id: str, title: str | None = None,
                 description: str | None = None, practical: str | None = None) -> None:
    """Change what a project says; ``None`` leaves a field as it is."""
    item = idea_ops.idea(ws, idea_id)
    if not is_project(item):
        raise GroupError("not_a_project", idea=item.text)
    if title is not None and not " ".join(str(title).split()):
        raise GroupError("empty_title")
    checked = {"description": _long_text(description, "description") if description is not None
               else None, "practical": _long_text(practical, "practical")
               if practical is not None else None}
    touch(item)
    if title is not None:
        item.text = " ".join(str(title).split())
    for name, value in checked.items():
        if value is not None:
            setattr(item, name, value)
