"""The Rotations page: generate off the GUI thread, drag to swap, lock and re-plan."""

from __future__ import annotations

import copy

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from ui.rotation.grid import PID_ROLE
from workshop import editing
from workshop.storage.store import WorkshopStore


def generated(window, qtbot):
    page = window.show_page("rotation")
    page.time_limit = 0.5
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert not page.generate_button.isEnabled()  # until the thread reports back
    qtbot.waitUntil(lambda: not page.running and page.generate_button.isEnabled(),
                    timeout=30000)
    return page


def drop_on(cell, item, payload_cell, pid):
    """Send the drop a real drag would end with (QDrag.exec cannot run offscreen)."""
    mime = payload_cell.mimeData([payload_cell.item(row) for row in range(payload_cell.count())
                                  if payload_cell.item(row).data(PID_ROLE) == pid])
    position = QPointF(cell.visualItemRect(item).center()) if item is not None \
        else QPointF(5, cell.viewport().height() - 5)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # Qt routes a drop to the widget that accepted the drag's entry: enter first.
    try:  # PySide6 6.12 takes a QPointF and deprecates the QPoint of older versions
        enter = QDragEnterEvent(position, Qt.DropAction.MoveAction, mime, buttons, keys)
    except TypeError:
        enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(cell.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(position, Qt.DropAction.MoveAction, mime, buttons, keys)
    QApplication.sendEvent(cell.viewport(), drop)
    assert drop.isAccepted()


def test_generate_fills_the_grid_and_the_statistics(window, qtbot, demo_file):
    page = generated(window, qtbot)
    ws = window.document.workshop
    assert len(ws.rotation.rounds) == 3
    assert page.progress.value() == 100
    assert "minimum possible" in page.summary.text()
    seated = {pid for ids in ws.rotation.rounds[1].seating.values() for pid in ids}
    assert seated == {p.id for p in ws.participants}
    cell = page.grid.cells[(0, "T1")]
    assert cell.item(0).text() == "★ Hélène M."  # the capitaine first, marked
    assert window.act_undo.text() == "Annuler Générer le plan de table"
    window.close()  # closing writes what is not saved yet
    assert len(WorkshopStore(demo_file).load().rotation.rounds) == 3


def test_drag_swap_changes_the_statistics_and_undoes(window, qtbot):
    page = generated(window, qtbot)
    ws = window.document.workshop
    hosts = {t.host for t in ws.tables}
    before = page.stats.repeat_pairs
    first = ws.rotation.rounds[0].seating
    second = ws.rotation.rounds[1].seating
    # X met Y in round 1; put X at Y's round-2 table: they meet twice.
    table_x = next(t for t, ids in first.items() if len([p for p in ids if p not in hosts]) >= 2)
    x, y = [p for p in first[table_x] if p not in hosts][:2]
    table_y = next(t for t, ids in second.items() if y in ids)
    table_x2 = next(t for t, ids in second.items() if x in ids)
    assert table_x2 != table_y
    z = next(p for p in second[table_y] if p not in hosts and p != y)
    target = page.grid.cells[(1, table_y)]
    item = next(target.item(r) for r in range(target.count()) if target.item(r).data(PID_ROLE) == z)
    drop_on(target, item, page.grid.cells[(1, table_x2)], x)
    qtbot.waitUntil(lambda: x in ws.rotation.rounds[1].seating[table_y])
    assert z in ws.rotation.rounds[1].seating[table_x2]
    assert page.stats.repeat_pairs > before
    assert "plus d'une fois" in page.summary.text()
    assert window.act_undo.text().startswith("Annuler Échanger « ")
    window.act_undo.trigger()
    assert x in ws.rotation.rounds[1].seating[table_x2]
    assert page.stats.repeat_pairs == before


def test_a_capitaine_cannot_be_dragged_away(window, qtbot):
    page = generated(window, qtbot)
    ws = window.document.workshop
    target = page.grid.cells[(1, "T2")]
    drop_on(target, None, page.grid.cells[(1, "T1")], "P01")
    qtbot.waitUntil(lambda: page.problem.isVisibleTo(page))
    assert "Hélène Moreau est capitaine" in page.problem.text()
    assert "P01" in ws.rotation.rounds[1].seating["T1"]


def test_keyboard_move_with_ctrl_arrow(window, qtbot):
    page = generated(window, qtbot)
    ws = window.document.workshop
    cell = page.grid.cells[(2, "T1")]
    cell.setFocus()
    cell.setCurrentRow(1)
    pid = cell.currentItem().data(PID_ROLE)
    qtbot.keyClick(cell, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pid in ws.rotation.rounds[2].seating["T2"])


def test_lock_played_rounds_and_replan_for_who_is_here(window, qtbot):
    page = generated(window, qtbot)
    ws = window.document.workshop
    held = {t: list(ids) for t, ids in ws.rotation.rounds[0].seating.items()}
    page.played.setValue(1)
    assert ws.rotation.played == 1
    assert not page.grid.cells[(0, "T1")].acceptDrops()
    assert "verrouillé" in page.grid.round_labels[0].text()
    # a late arrival is checked in, someone left: re-plan with those present only
    for p in ws.participants:
        p.present = p.id != "P30"
    page.only_present.setChecked(True)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running and page.generate_button.isEnabled(),
                    timeout=30000)
    assert ws.rotation.rounds[0].seating == held
    later = {pid for r in ws.rotation.rounds[1:] for ids in r.seating.values() for pid in ids}
    assert "P30" not in later


def test_cancel_keeps_the_previous_plan(window, qtbot):
    page = window.show_page("rotation")
    before = copy.deepcopy(window.document.workshop.rotation.rounds)
    page.time_limit = 60.0
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.cancel_button.isEnabled()
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running and page.generate_button.isEnabled(),
                    timeout=30000)
    assert window.document.workshop.rotation.rounds == before
    assert "Calcul arrêté" in page.problem.text()


def test_on_the_day_absent_people_are_greyed_and_late_arrivals_checked_in(window, qtbot):
    ws = window.document.workshop
    page = window.show_page("rotation")
    assert not page.only_present.isChecked()          # before the day: everyone counts
    people = window.show_page("participants")
    first = ws.rotation.rounds[0].seating
    table, seated = next((t, ids) for t, ids in first.items() if len(ids) >= 3)
    here, away = seated[1], seated[2]
    people.select(here)
    people.view.setCurrentIndex(people.proxy.index(people.view.currentIndex().row(), 6))
    qtbot.keyClick(people.view, Qt.Key.Key_Space)      # « Présent·e » at the door
    assert ws.participant(here).present
    qtbot.keyClicks(people.new_name, "Yvette Martin")  # a late arrival
    qtbot.keyClick(people.new_name, Qt.Key.Key_Return)
    assert ws.participants[-1].full_name == "Yvette Martin" and ws.participants[-1].present
    page = window.show_page("rotation")
    assert page.only_present.isChecked()              # on the day: who is there counts
    cell = page.grid.cells[(0, table)]
    items = {cell.item(r).data(PID_ROLE): cell.item(r) for r in range(cell.count())}
    assert items[away].font().italic() and "absent·e" in items[away].toolTip()
    assert not items[here].font().italic()


def test_priority_choice_is_stored_undone_and_stated(window, qtbot):
    page = generated(window, qtbot)
    ws = window.document.workshop
    assert ws.rotation.priority == "themes" and page.priority.currentIndex() == 0
    assert "chacun·e voit le plus de thèmes possible ; puis personne ne retrouve" in \
        page.summary.text()
    page.priority.setCurrentIndex(1)
    assert ws.rotation.priority == "people"
    assert "Priorité : personnes d'abord" in window.act_undo.text()
    assert "répétées ; puis chacun·e voit le plus de thèmes possible" in page.summary.text()
    assert "au mieux" in page.summary.text()           # each figure against its bound
    window.act_undo.trigger()
    assert ws.rotation.priority == "themes" and page.priority.currentIndex() == 0
    window.close()  # closing writes what is not saved yet
    assert WorkshopStore(window.document.path).load().rotation.priority == "themes"


def test_the_summary_names_tables_and_people_never_their_ids(window, qtbot):
    page = generated(window, qtbot)
    ws = window.document.workshop
    t1, t2 = ws.tables[0], ws.tables[1]
    mover = next(p for p in ws.rotation.rounds[1].seating[t1.id] if p != t1.host)
    # too many people at a table: a broken rule the summary lists
    window.document.apply("surcharge", lambda w: editing.move_person(w, 1, mover, t2.id))
    for pid in [p for p in ws.rotation.rounds[1].seating[t1.id] if p != t1.host][:4]:
        window.document.apply("surcharge", lambda w, p=pid: editing.move_person(w, 1, p, t2.id))
    text = page.summary.text()
    assert "Règles non respectées" in text and t2.name in text
    assert f"« {t2.id} »" not in text and "écart de 0" not in text
