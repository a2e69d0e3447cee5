"""The Participants page driven like a facilitator: keyboard, search, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.models.table_model import ID_ROLE
from workshop.store import WorkshopStore


def page_of(window):
    return window.show_page("participants")


def cell(page, pid, column):
    row = page.model.row_of(pid)
    return page.proxy.mapFromSource(page.model.index(row, column))


def test_add_by_typing_then_edit_in_place(window, qtbot):
    page = page_of(window)
    count = len(window.document.workshop.participants)
    qtbot.keyClicks(page.new_name, "  Yannick   Le Gall ")
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)
    people = window.document.workshop.participants
    assert len(people) == count + 1
    added = people[-1]
    assert (added.first_name, added.last_name) == ("Yannick", "Le Gall")
    assert page.new_name.text() == ""
    assert page.view.currentIndex().data(ID_ROLE) == added.id
    # edit the notes cell from the keyboard: type, Enter
    page.view.setFocus()
    notes = cell(page, added.id, 6)
    page.view.setCurrentIndex(notes)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = page.view.indexWidget(notes)
    assert editor is not None
    qtbot.keyClicks(editor, "Vient a 10 h")  # QTest types ASCII only
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.workshop.participant(added.id).notes != "")
    assert window.document.workshop.participant(added.id).notes == "Vient a 10 h"
    assert window.act_undo.text() == "Annuler Modifier « Yannick Le Gall »"


def test_check_in_with_space_and_count(window, qtbot):
    page = page_of(window)
    page.view.setFocus()
    page.view.setCurrentIndex(cell(page, "P03", 5))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert window.document.workshop.participant("P03").present
    assert "1 pointées présentes" in page.count.text()
    assert cell(page, "P03", 5).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_empty_first_name_is_refused_and_nothing_lost(window):
    page = page_of(window)
    assert not page.model.setData(cell(page, "P02", 0), "  ")
    assert window.document.workshop.participant("P02").first_name == "Karim"
    assert page.problem.isVisibleTo(page)
    assert "ne peut pas être vide" in page.problem.text()


def test_search_ignores_accents_and_case(window, qtbot):
    page = page_of(window)
    qtbot.keyClicks(page.search, "HELENE")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Hélène"
    page.search.clear()
    qtbot.keyClicks(page.search, "fauteuil")
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["Chloé"]


def test_sort_by_last_name(window):
    page = page_of(window)
    page.view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert names[:3] == ["Benali", "Blanc", "Bonnet"]
    # accents do not send « Lefèvre » after « Leroy »
    assert names.index("Lambert") < names.index("Lefèvre") < names.index("Leroy")


def test_delete_with_key_then_undo_and_reopen(window, qtbot, demo_file):
    page = page_of(window)
    count = len(window.document.workshop.participants)
    page.view.setFocus()
    page.view.setCurrentIndex(cell(page, "P01", 1))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    ws = window.document.workshop
    assert ws.participant("P01") is None and len(ws.participants) == count - 1
    assert ws.table("T1").host is None  # Hélène hosted table 1
    assert window.act_undo.text() == "Annuler Supprimer « Hélène Moreau »"
    window.act_undo.trigger()
    assert ws.participant("P01") is not None and ws.table("T1").host == "P01"
    assert page.model.rowCount() == count
    window.act_redo.trigger()
    window.document.store.close()
    reopened = WorkshopStore(demo_file).load()
    assert reopened.participant("P01") is None and reopened.table("T1").host is None
