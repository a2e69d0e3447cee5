"""The Rooms page and « Fichier › Fusionner des salles… » on a 400-person convention (issue 19).

Driven as the organiser does: the File menu's action with the rooms' files
chosen in the dialog, Ctrl+Z, the duplicate suggested then merged, a room's
count typed in the grid, a count entered twice kept once, the rule of the N
winning projects, the projector, the event's documents written and read back.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox, QPushButton
from shiboken6 import isValid

from bench.convention import convention
from tests.test_ui_everything import answered  # noqa: F401 - a fixture
from workshop.model import Workshop
from workshop.storage.serial import to_data
from workshop.storage.store import WorkshopStore


@pytest.fixture(scope="module")
def rooms() -> list[Workshop]:
    return convention(seat=False)


@pytest.fixture
def room_files(tmp_path: Path, rooms) -> list[Path]:
    folder = tmp_path / "salles"
    folder.mkdir()
    paths = []
    for k, room in enumerate(rooms):
        path = folder / f"salle-{k + 1}.cafe"
        WorkshopStore(path).save(room)
        paths.append(path)
    return paths


@pytest.fixture
def event_app(app, tmp_path, room_files, monkeypatch):
    """The window on a new, empty event file; the dialog answers with the rooms' files."""
    event = Workshop("convention", "Convention régionale 2027")
    store = WorkshopStore(tmp_path / "convention.cafe")
    store.save(event)
    app.services.document.replace(event, store)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in room_files], ""))
    return app


def merged(event_app):
    event_app.rooms.merge_action.trigger()
    return event_app.window.pages["rooms"]


def test_merging_rooms_from_the_file_menu_is_one_undoable_step(qtbot, event_app, room_files):
    window, document = event_app.window, event_app.services.document
    before = {p: p.read_bytes() for p in room_files}
    assert event_app.rooms.merge_action in window.menus["file"].actions()
    page = merged(event_app)
    assert window.current_key() == "rooms"
    assert page.room_table.rowCount() == 5
    assert "Salle Garonne (S1) : nouvelle salle" in page.report.toPlainText()
    assert len(document.workshop.participants) == 400
    assert page.same_people.count() == 12  # flagged, never merged
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Fusionner 5 salles"
    once = to_data(document.workshop)

    window.act_undo.trigger()
    assert document.workshop.participants == [] and document.workshop.rooms == []
    assert page.room_table.rowCount() == 0
    window.act_redo.trigger()
    assert len(document.workshop.participants) == 400

    merged(event_app)  # the same files again: nothing new
    assert to_data(document.workshop) == once
    assert "fusionnée à nouveau" in page.report.toPlainText()
    assert "0 nouveaux, 0 retirés, 0 modifiés" in page.report.toPlainText()
    assert document.flush()
    assert to_data(WorkshopStore(document.path).load()) == once  # what is saved
    assert {p: p.read_bytes() for p in room_files} == before  # the rooms' files untouched


def test_a_room_file_that_cannot_be_read_merges_nothing(qtbot, event_app, room_files,
                                                        monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: said.append(text))
    room_files[3].write_text("{ pas du JSON", encoding="utf-8")
    merged(event_app)
    assert len(said) == 1 and "salle-4.cafe" in said[0]
    assert event_app.services.document.workshop.rooms == []
    assert event_app.services.document.undo_stack.count() == 0


def test_the_duplicates_across_rooms_are_suggested_and_merged_on_request(qtbot, event_app):
    page = merged(event_app)
    page.tabs.setCurrentIndex(1)
    overview = page.overview
    assert overview.duplicates.count() == 3
    assert "Salle Garonne, Salle Loire" in overview.duplicates.item(0).text()
    assert not overview.merge_button.isEnabled()
    overview.duplicates.setCurrentRow(0)
    qtbot.mouseClick(overview.merge_button, Qt.MouseButton.LeftButton)
    assert overview.duplicates.count() == 2
    ws = event_app.services.document.workshop
    assert sum(1 for i in ws.ideas if i.merged_into == "S1.I01") == 4
    heads = [overview.tree.topLevelItem(k).text(0) for k in range(overview.tree.topLevelItemCount())]
    assert heads == ["Vivre ensemble", "Transition écologique", "Participation des habitants",
                     "Coopérer entre coopératives"]
    overview.by.setCurrentIndex(1)  # by theme: the same here, nobody moved an idea yet
    assert overview.tree.topLevelItemCount() == 4


def type_count(qtbot, grid, row: int, text: str) -> None:
    """Go to the row's count (the editor opens), type, Enter."""
    grid.setCurrentIndex(grid.model().index(row, grid.model().COUNT))
    (editor,) = [e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible()]
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    # Qt's delegate commits the editor in a queued call.
    qtbot.waitUntil(lambda: not (isValid(editor) and editor.isVisible()))


def test_each_room_counts_and_the_counts_are_summed(qtbot, event_app):
    page = merged(event_app)
    page.tabs.setCurrentIndex(2)
    vote, model = page.vote, page.vote.model
    vote.room.setCurrentIndex(vote.room.findData("S2"))
    row = model.row_of("S1.I01")
    total = int(model.index(row, 4).data())
    type_count(qtbot, vote.grid, row, "12")
    assert model.index(row, 3).data() == "12"
    assert int(model.index(row, 4).data()) == total + 12  # room S2's count of a room-S1 project
    assert vote.grid.currentIndex().row() == row + 1  # the next row is ready

    type_count(qtbot, vote.grid, row, "douze")
    assert "douze" in vote.status.text()
    assert model.index(row, 3).data() == "12"  # refused, nothing lost


def test_a_count_entered_twice_is_shown_until_one_is_kept(qtbot, event_app, rooms):
    page = merged(event_app)
    page.tabs.setCurrentIndex(2)
    vote = page.vote
    assert vote.doubles_box.isVisible()
    assert "pas encore définitif" in vote.result_heading.text()
    dots = rooms[2].votes[0].dots
    keep = [b for b in vote.doubles_box.findChildren(QPushButton)
            if b.text() == f"Garder {dots}"]
    qtbot.mouseClick(keep[0], Qt.MouseButton.LeftButton)
    assert not vote.doubles_box.isVisible()
    assert event_app.services.document.undo_stack.undoText() == "Garder un compte"


def test_the_n_winning_projects_on_the_projector(qtbot, event_app):
    from workshop.votes.results import results

    page = merged(event_app)
    page.tabs.setCurrentIndex(2)
    vote = page.vote
    vote.rule.setFocus()
    QTest.keyClick(vote.rule, Qt.Key.Key_Down)  # « les projets lauréats »
    ws = event_app.services.document.workshop
    assert ws.vote_settings.rule == "laureates" and vote.laureates.isVisible()
    vote.laureates.setValue(4)
    res = results(ws)
    assert res.rule == "laureates" and res.laureate_places == 4
    assert vote.result_list.count() == len(res.laureates)
    assert vote.result_heading.text().startswith("Les projets lauréats (4 places)")
    qtbot.mouseClick(vote.project_button, Qt.MouseButton.LeftButton)
    screen = vote.projected
    qtbot.addWidget(screen)
    screen.reveal_all()
    view, title, lines, shown = screen.page()
    assert (view, title) == ("actions", "Les projets lauréats")
    assert [line.label for line in lines] == [i.text for i in res.laureates]
    assert [line.dots for line in lines] == [i.dots for i in res.laureates]  # every room summed


def test_the_event_documents_are_written_from_the_vote_tab(qtbot, event_app, tmp_path,
                                                          monkeypatch):
    from pypdf import PdfReader

    out = tmp_path / "restitution"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    page = merged(event_app)
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.vote.documents_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.vote.worker is None, timeout=60000)
    assert "Écrits" in page.vote.status.text()
    text = "".join(p.extract_text() for p in PdfReader(out / "restitution-evenement.pdf").pages)
    assert "Restitution de l'événement" in text and "Salle Dordogne" in text
    handouts = PdfReader(out / "fiches-salles.pdf")
    assert "Salle Garonne" in handouts.pages[0].extract_text()


def test_a_room_is_taken_out_in_one_step(qtbot, event_app):
    page = merged(event_app)
    page.room_table.selectRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    ws = event_app.services.document.workshop
    assert [r.name for r in ws.rooms] == ["Salle Garonne", "Salle Rhône", "Salle Seine",
                                          "Salle Dordogne"]
    assert "retirée de l'événement" in page.report.toPlainText()
    assert len(ws.participants) == 320
    event_app.window.act_undo.trigger()
    assert len(ws.participants) == 400


def test_every_button_and_action_on_a_merged_event(qtbot, event_app, answered):
    """The click-everything walk of tests/test_ui_everything.py, on the merged event,
    every tab of the Rooms page first (a room and a duplicate selected)."""
    from tests.test_ui_everything import buttons_of, click_everything

    page = merged(event_app)
    page.room_table.selectRow(4)
    page.tabs.setCurrentIndex(1)
    page.overview.duplicates.setCurrentRow(0)
    clicked = []
    for tab in (2, 1, 0):
        page.tabs.setCurrentIndex(tab)
        for button in buttons_of(page):
            if button.isVisibleTo(page) and button.isEnabled():
                clicked.append(button)
                button.click()
                qtbot.wait(5)
    page.shutdown()
    assert {page.remove_button, page.overview.merge_button, page.vote.project_button,
            page.vote.documents_button} <= set(clicked)
    clicked = click_everything(qtbot, event_app)  # ends on « new from the demo »: no event
    assert event_app.rooms.merge_action in clicked
