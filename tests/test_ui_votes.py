"""The votes page driven like on the evening: tallies, bad counts, ties, actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from shiboken6 import isValid

from tests.accessibility import unnamed_controls
from ui.models.table_model import ID_ROLE
from ui.pages.votes_page import VotesPage
from ui.projector.results import ResultsProjector
from workshop import ideas as idea_ops
from workshop.votes import ballots as votes
from workshop.storage.store import decode


@pytest.fixture
def page(qtbot, document):
    widget = VotesPage(document)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


def type_count(qtbot, page, row: int, text: str) -> None:
    """F2 on the « Gommettes » cell, type, Enter: what a facilitator does."""
    page.tabs.setCurrentIndex(1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.table.model().index(row, 2))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    (editor,) = [e for e in page.table.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt's delegate commits the editor in a queued call.
    qtbot.waitUntil(lambda: not (isValid(editor) and editor.isVisible()))


def count_shown(page, row: int) -> str:
    return page.table.model().index(row, 2).data()


def test_paper_tally_typed_then_next_row(qtbot, page, document):
    ws = document.workshop
    first = idea_ops.visible(ws)[0]
    type_count(qtbot, page, 0, "21")
    assert votes.idea_dots(ws)[first.id] == 21
    assert page.table.currentIndex().row() == 1
    assert count_shown(page, 0) == "21"
    assert "154 gommettes saisies sur 150" in page.total.text()
    assert "Recomptez" in page.warning.text()
    document.flush()  # saved within seconds; here, now
    on_disk = decode(document.path.read_bytes(), document.path)
    assert votes.idea_dots(on_disk)[first.id] == 21


def test_typed_count_is_recorded_on_moving_down_and_undone(qtbot, page, document):
    """On a count cell the editor is open: type, ↓ records at once (no waiting)."""
    ws = document.workshop
    first, second = (i.id for i in idea_ops.visible(ws)[:2])
    page.tabs.setCurrentIndex(1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.table.model().index(0, 2))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.selectedText() == "14"
    qtbot.keyClicks(editor, "21")
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    assert votes.idea_dots(ws)[first] == 21
    assert page.table.currentIndex().row() == 1
    assert page.table.model().index(1, 0).data(ID_ROLE) == second
    assert count_shown(page, 0) == "21" and "154 gommettes" in page.total.text()
    assert page.problem.text() == ""
    assert document.undo_stack.undoText() == "Saisir des gommettes"
    document.undo_stack.undo()
    assert votes.idea_dots(ws)[first] == 14 and count_shown(page, 0) == "14"
    document.undo_stack.redo()
    assert votes.idea_dots(ws)[first] == 21 and count_shown(page, 0) == "21"
    document.flush()
    assert votes.idea_dots(decode(document.path.read_bytes(), document.path))[first] == 21


def test_going_elsewhere_records_and_stays_there(qtbot, page, document):
    """A click on another row records the typed count and does not jump back."""
    ws = document.workshop
    first = idea_ops.visible(ws)[0].id
    page.tabs.setCurrentIndex(1)
    page.table.setFocus()
    page.table.setCurrentIndex(page.table.model().index(0, 2))
    qtbot.keyClicks(QApplication.focusWidget(), "20")
    page.table.setCurrentIndex(page.table.model().index(5, 2))
    assert votes.idea_dots(ws)[first] == 20
    assert page.table.currentIndex().row() == 5


@pytest.mark.parametrize(("text", "words"), [("douze", "nombre entier"), ("-3", "négatif")])
def test_bad_counts_are_refused_and_nothing_changes(qtbot, page, document, text, words):
    before = votes.idea_dots(document.workshop)
    type_count(qtbot, page, 0, text)
    assert words in page.problem.text()
    assert votes.idea_dots(document.workshop) == before
    assert count_shown(page, 0) == "14"  # the count shown is the recorded one
    assert page.table.currentIndex().row() == 0  # a refused count keeps its row


def test_individual_votes_with_the_limit(qtbot, page, document):
    page.tabs.setCurrentIndex(0)
    page.mode_combo.setCurrentIndex(1)
    ws = document.workshop
    assert ws.vote_settings.mode == "individual"
    page.person_combo.select("P02")
    type_count(qtbot, page, 0, "3")
    assert "reste 2" in page.remaining.text()
    type_count(qtbot, page, 1, "3")
    assert "Karim Benali a 5 gommettes à placer, pas 6" in page.problem.text()
    assert votes.person_votes(ws, "P02") == {idea_ops.visible(ws)[0].id: 3}
    document.undo_stack.undo()
    assert votes.person_votes(ws, "P02") == {}


def test_settle_a_tie_then_see_six_actions(qtbot, page, document):
    ws = document.workshop
    ws.plan.actions.clear()
    page.tabs.setCurrentIndex(2)
    (box,) = page.ties.boxes
    box.reopen_button.click()
    assert ws.tie_decisions == []
    (box,) = page.ties.boxes
    assert not page.actions_button.isEnabled()
    assert "1 égalité" in page.ties.summary.text()
    first, second = box.tie.tied
    box.counts[first].setText("10")
    box.counts[second].setText("10")
    box.runoff_button.click()
    assert "encore à égalité" in box.problem.text() and ws.tie_decisions == []
    result_of = lambda ident: next(  # noqa: E731 - the « Retenu » cell of an idea
        model.index(r, 3, model.index(t, 0)).data() for model in [page.ranking_model]
        for t in range(model.rowCount()) for r in range(model.rowCount(model.index(t, 0)))
        if model.node(model.index(r, 0, model.index(t, 0))).id == ident)
    assert result_of(first) == result_of(second) == "égalité"
    box.counts[first].setText("16")
    box.runoff_button.click()
    assert ws.tie_decisions[0].chosen == [first]
    assert result_of(first) == "✔ retenu"
    assert result_of(second) == "départagé : non retenu"  # no longer « égalité »
    assert page.actions_button.isEnabled() and "6" in page.actions_button.text()
    page.actions_button.click()
    assert len(ws.plan.actions) == 6
    assert ws.plan.actions[3].idea == first
    assert "6 actions issues du vote" in page.plan_state.text()


def test_settle_a_tie_by_decision_needs_a_reason(qtbot, page, document):
    ws = document.workshop
    page.tabs.setCurrentIndex(2)
    page.ties.boxes[0].reopen_button.click()
    (box,) = page.ties.boxes
    box.choices[box.tie.tied[0]].setChecked(True)
    box.decision_button.click()
    assert "raison" in box.problem.text() and ws.tie_decisions == []
    box.reason.setText("Le conseil de résidence porte déjà ce projet")
    box.decision_button.click()
    assert ws.tie_decisions[0].method == "decision"
    texts = [label.text() for label in page.ties.boxes[0].findChildren(QLabel)]
    assert any("Départagé par une décision" in t and "porte déjà" in t for t in texts)


def test_projected_results_reveal_themes_then_actions(qtbot, page):
    page.project_button.click()
    shown = page.projected
    qtbot.addWidget(shown)
    assert isinstance(shown, ResultsProjector) and shown.isVisible()
    assert shown.page()[0] == "themes" and shown.page()[3] == 0
    for _ in range(4):
        qtbot.keyClick(shown, Qt.Key.Key_Space)
    view, _title, lines, revealed = shown.page()
    assert view == "actions" and revealed == 1 and lines[0].heading
    qtbot.keyClick(shown, Qt.Key.Key_End)
    assert shown.page()[3] == len(shown.action_lines()) == 9
    shown.close()


def test_in_the_window_results_go_to_the_projector(qtbot, app, window):
    page = window.show_page("votes")
    page.project_button.click()
    shown = page.projected
    assert isinstance(shown, ResultsProjector)
    assert shown.window() is not window and shown.isVisible()
    page.reveal_button.click()
    page.reveal_button.click()
    assert shown.page()[3] == 2
    app.services.projector.show_custom(None)


def test_every_control_has_an_accessible_name(window):
    assert unnamed_controls(window.show_page("votes")) == []
