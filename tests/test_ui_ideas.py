"""The ideas page driven with the keyboard and mouse, as during the plenary."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from shiboken6 import isValid

from tests.accessibility import unnamed_controls
from ui.models.ideas_model import ID_ROLE
from ui.pages.ideas_page import ALL_THEMES, IdeasPage, show_round
from ui.projector.ideas import IdeasProjector
from workshop import ideas as idea_ops
from workshop.history import Change
from workshop.storage.store import decode


@pytest.fixture
def page(qtbot, document):
    ws = document.workshop
    ws.ideas.clear()
    ws.votes.clear()
    ws.tie_decisions.clear()
    widget = IdeasPage(document)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def choose(combo, data) -> None:
    combo.select(data)


def type_text(widget, text: str) -> None:
    """Key presses carrying each character (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def rows(page) -> int:
    """Top rows shown in the tree (the chosen theme's ideas)."""
    return page.tree.model().rowCount()


def cell(page, row: int, column: int, parent_row: int | None = None) -> str:
    model = page.tree.model()
    parent = model.index(parent_row, 0) if parent_row is not None else model.index(-1, -1)
    return model.index(row, column, parent).data()


def type_idea(qtbot, page, text: str) -> None:
    page.entry.setFocus()
    type_text(page.entry, text)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)


def test_typing_ideas_with_enter_keeps_table_and_round(qtbot, page, document):
    choose(page.table_combo, "T3")
    choose(page.round_combo, 1)
    assert "Convivialité" in page.theme_hint.text()
    type_idea(qtbot, page, "Une fête des voisins en juin")
    type_idea(qtbot, page, "Un groupe WhatsApp de l'immeuble")
    ideas = document.workshop.ideas
    assert [(i.text, i.table, i.round, i.theme) for i in ideas] == [
        ("Une fête des voisins en juin", "T3", 1, "voisins"),
        ("Un groupe WhatsApp de l'immeuble", "T3", 1, "voisins"),
    ]
    assert page.entry.text() == ""
    assert page.table_combo.value() == "T3" and page.round_combo.value() == 1
    assert rows(page) == 2
    assert "(2)" in page.themes.item(2).text()  # « Convivialité … (2) »
    document.flush()  # saved within seconds; here, now
    on_disk = decode(document.path.read_bytes(), document.path)
    assert [i.text for i in on_disk.ideas] == [i.text for i in ideas]


def test_empty_idea_is_refused_with_a_sentence(qtbot, page, document):
    type_idea(qtbot, page, "   ")
    assert document.workshop.ideas == []
    assert "vide" in page.problem.text()


def test_round_follows_the_run_of_show(page, document):
    ws = document.workshop
    step = next(i for i, s in enumerate(ws.agenda) if s.kind == "round" and s.round_index == 2)
    ws.show.step = step + 1  # the show moved on (the engine does this, out of the history)
    document.announce(Change.of("show"))
    assert show_round(ws) == 2
    assert page.round_combo.value() == 2


def select(page, ids) -> None:
    """Ctrl+click on each idea in ``ids``, in tree order."""
    page.tree.clearSelection()
    model, chosen = page.tree.model(), page.tree.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) in ids:
            chosen.select(model.index(row, 0), flags)


def test_merge_split_delete_and_undo(qtbot, page, document):
    ws = document.workshop
    for table, text in (("T1", "Des bancs"), ("T2", "Des bancs dans la cour"), ("T1", "Potager")):
        choose(page.table_combo, table)
        type_idea(qtbot, page, text)
    a, b, c = (i.id for i in ws.ideas)
    select(page, {a, b})
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert [i.id for i in idea_ops.visible(ws)] == [a, c]
    model = page.tree.model()
    assert model.rowCount(model.index(0, 0)) == 1
    assert "Table 1" in cell(page, 0, 2) and "Table 2" in cell(page, 0, 2)
    assert cell(page, 0, 0, parent_row=0) == "Des bancs dans la cour"
    assert not model.index(0, 0, model.index(0, 0)).flags() & Qt.ItemFlag.ItemIsSelectable
    select(page, {a})
    page.split_button.click()
    assert len(idea_ops.visible(ws)) == 3
    select(page, {c})
    qtbot.keyClick(page.tree, Qt.Key.Key_Delete)
    assert [i.text for i in ws.ideas] == ["Des bancs", "Des bancs dans la cour"]
    document.undo_stack.undo()
    assert len(ws.ideas) == 3 and rows(page) == 3
    page.merge_button.click()  # nothing selected
    assert "deux idées" in page.problem.text()


def edit_cell(qtbot, page, row: int, text: str) -> None:
    """F2 on an idea, retype it, Enter (Qt commits the editor in a queued call)."""
    page.tree.setFocus()
    page.tree.setCurrentIndex(page.tree.model().index(row, 0))
    qtbot.keyClick(page.tree, Qt.Key.Key_F2)
    (editor,) = [e for e in page.tree.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not (isValid(editor) and editor.isVisible()))


def test_edit_in_place_and_move(qtbot, page, document):
    choose(page.table_combo, "T1")
    type_idea(qtbot, page, "Bancs")
    edit_cell(qtbot, page, 0, "Des bancs à l'ombre")
    assert document.workshop.ideas[0].text == "Des bancs à l'ombre"
    edit_cell(qtbot, page, 0, "  ")
    assert "vide" in page.problem.text()
    assert document.workshop.ideas[0].text == "Des bancs à l'ombre"
    assert cell(page, 0, 0) == "Des bancs à l'ombre"
    select(page, {document.workshop.ideas[0].id})
    choose(page.move_combo, "coop")
    page.move_button.click()
    assert document.workshop.ideas[0].theme == "coop"


def test_theme_view_and_projection(qtbot, page, document):
    for table, text in (("T1", "Bancs"), ("T5", "Journal"), ("T6", "Permanence")):
        choose(page.table_combo, table)
        type_idea(qtbot, page, text)
    page.themes.setCurrentRow(3)  # coop
    assert rows(page) == 2
    page.project_button.click()
    shown = page.projected
    qtbot.addWidget(shown)
    assert isinstance(shown, IdeasProjector) and shown.isVisible()
    assert "2 idée" in shown.title.text() and "Journal" in shown.list.text()
    choose(page.table_combo, "T5")
    type_idea(qtbot, page, "Une lettre <mensuelle> & claire")
    assert "&lt;mensuelle&gt; &amp; claire" in shown.list.text()
    page.themes.setCurrentRow(0)
    assert page.current_theme_key() == ALL_THEMES
    assert rows(page) == 4
    shown.close()


def test_every_control_has_an_accessible_name(window):
    assert unnamed_controls(window.show_page("ideas")) == []


def test_selection_and_open_groups_survive_changes(qtbot, page, document):
    ws = document.workshop
    for table, text in (("T1", "Bancs"), ("T1", "Des bancs"), ("T5", "Journal")):
        choose(page.table_combo, table)
        type_idea(qtbot, page, text)
    a, b, c = (i.id for i in ws.ideas)
    select(page, {a, b})
    qtbot.keyClick(page.tree, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    page.tree.setCurrentIndex(page.tree.model().index(1, 0))
    select(page, {c})
    type_idea(qtbot, page, "Potager")   # a new row: the tree is rebuilt
    assert page.selected_ids() == [c]
    assert page.tree.currentIndex().data(ID_ROLE) == c
    document.undo_stack.undo()
    assert page.selected_ids() == [c] and rows(page) == 2
    page.themes.setCurrentRow(3)  # coop: the merged idea is filtered out
    page.themes.setCurrentRow(1)  # cadre de vie: back, with its part shown
    merged = page.tree.model().index(0, 0)
    assert page.tree.model().rowCount(merged) == 1 and page.tree.isExpanded(merged)
