"""The annual plan editor, driven like a facilitator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.test_exports_builder import realistic_workshop


@pytest.fixture
def page(qtbot, document):
    from ui.pages.plan_page import PlanPage

    document.workshop.plan = realistic_workshop().plan
    document.workshop.themes = realistic_workshop().themes
    widget = PlanPage(document)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def type_into(qtbot, line_edit, text):
    """Type then Enter (setText: QTest aborts on keys outside Latin-1 here)."""
    line_edit.setFocus()
    line_edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(line_edit, text)
    else:
        line_edit.setText(text)
    qtbot.keyClick(line_edit, Qt.Key.Key_Return)


def test_editing_an_action_is_saved_and_undoable(qtbot, page, document):
    page.actions.setCurrentRow(1)
    type_into(qtbot, page.title_edit, "Jardin partagé des Tilleuls")
    action = document.workshop.plan.actions[1]
    assert action.title == "Jardin partagé des Tilleuls"
    assert page.actions.item(1).text() == "Jardin partagé des Tilleuls"
    page.end.setCurrentIndex(11)
    page.end.activated.emit(11)
    assert action.end_month == 12
    document.undo_stack.undo()
    assert document.workshop.plan.actions[1].end_month == 10
    document.undo_stack.undo()
    assert document.workshop.plan.actions[1].title == "Jardin partagé derrière le bâtiment B"


def test_bad_url_is_explained_live_and_never_saved(qtbot, page, document):
    page.actions.setCurrentRow(0)
    before = document.workshop.plan.actions[0].url
    type_into(qtbot, page.url, "javascript:alert(1)")
    assert "http ou https" in page.url_note.text()
    assert document.workshop.plan.actions[0].url == before
    assert page.url.text() == "javascript:alert(1)"  # what was typed stays to be fixed
    type_into(qtbot, page.url, "Exemple.coop/suivi/fête")
    assert page.url_note.text() == "→ https://exemple.coop/suivi/f%C3%AAte"
    assert document.workshop.plan.actions[0].url == "https://exemple.coop/suivi/f%C3%AAte"


def test_refused_change_shows_the_reason(qtbot, page, document):
    page.actions.setCurrentRow(2)
    page.start.setCurrentIndex(5)
    page.start.activated.emit(5)  # would start in June after ending in April
    assert "finir avant de commencer" in page.message.text()
    assert document.workshop.plan.actions[2].start_month == 2
    assert page.start.currentIndex() == 1
    abandoned = page.status.findData("abandoned")
    assert page.status.itemText(abandoned) == "abandonnée"
    assert page.status.itemText(abandoned - 1) == "reportée"  # prévue … reportée, abandonnée
    page.status.setCurrentIndex(abandoned)
    page.status.activated.emit(abandoned)
    assert "pourquoi" in page.message.text().lower()
    type_into(qtbot, page.reason, "Devis trop cher")
    assert document.workshop.plan.actions[2].status == "abandoned"
    assert document.workshop.plan.actions[2].status_reason == "Devis trop cher"


def test_pattern_fills_new_actions_and_general_url(qtbot, page, document):
    type_into(qtbot, page.pattern, "https://exemple.coop/p")
    assert "{action}" in page.pattern_note.text()
    assert document.workshop.plan.url_pattern == "https://exemple.coop/suivi/{action}"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.title_edit.hasFocus()
    type_into(qtbot, page.title_edit, "Atelier vélo")
    new = document.workshop.plan.actions[-1]
    assert new.title == "Atelier vélo"
    assert new.url == "https://exemple.coop/suivi/nouvelle-action"  # named when created
    type_into(qtbot, page.general_url, "https://coop.exemple.fr/suivi")
    assert document.workshop.plan.general_url == "https://coop.exemple.fr/suivi"


def test_referents_are_saved_when_leaving_the_box(qtbot, page, document):
    page.actions.setCurrentRow(0)
    page.referents.setFocus()
    page.referents.setPlainText("Aïcha H.\nNoël L.\nMehdi B.")
    page.budget.setFocus()
    qtbot.waitUntil(lambda: len(document.workshop.plan.actions[0].referents) == 3)
    assert document.workshop.plan.actions[0].referents[-1] == "Mehdi B."


def test_every_control_has_an_accessible_name(page):
    for widget in (page.title_edit, page.url, page.start, page.end, page.status, page.reason,
                   page.general_url, page.pattern, page.referents, page.actions):
        assert widget.accessibleName()


def test_month_buttons_choose_the_months_of_an_action(qtbot, page, document):
    page.actions.setCurrentRow(4)  # « Lettre trimestrielle », January to December
    action = document.workshop.plan.actions[4]
    buttons = page.editor.month_buttons
    assert all(b.isChecked() for b in buttons) and buttons[2].text()
    for index in (1, 2, 4, 5, 7, 8, 10, 11):  # keep January, April, July, October
        qtbot.mouseClick(buttons[index], Qt.MouseButton.LeftButton)
    assert action.months == [1, 4, 7, 10] and (action.start_month, action.end_month) == (1, 10)
    assert [b.isChecked() for b in buttons[:4]] == [True, False, False, True]
    assert "avril" in buttons[3].accessibleName().lower()
    document.undo_stack.undo()  # one click, one step
    assert document.workshop.plan.actions[4].months == [1, 4, 7, 10, 12]
    assert buttons[11].isChecked()
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    action = document.workshop.plan.actions[4]
    assert action.months == [] and (action.start_month, action.end_month) == (1, 12)


def test_consecutive_months_stay_a_span_and_the_last_month_stays(qtbot, page, document):
    page.actions.setCurrentRow(2)  # « Bancs et éclairage », February to April
    action = document.workshop.plan.actions[2]
    buttons = page.editor.month_buttons
    assert [i + 1 for i, b in enumerate(buttons) if b.isChecked()] == [2, 3, 4]
    qtbot.mouseClick(buttons[4], Qt.MouseButton.LeftButton)  # May too: still a span
    assert action.months == [] and (action.start_month, action.end_month) == (2, 5)
    assert page.end.currentIndex() == 4
    for index in (1, 2, 3, 4):
        qtbot.mouseClick(buttons[index], Qt.MouseButton.LeftButton)
    assert [i + 1 for i, b in enumerate(buttons) if b.isChecked()] == [5]
    assert (action.start_month, action.end_month) == (5, 5)


def test_contact_is_saved_and_the_page_fits_a_small_screen(qtbot, page, document, tmp_path):
    type_into(qtbot, page.contact, "Accueil 02 40 00 00 00")
    assert document.workshop.plan.contact == "Accueil 02 40 00 00 00"
    assert page.contact.accessibleName()
    page.resize(1280, 720)
    page.actions.setCurrentRow(0)
    qtbot.wait(50)
    assert page.minimumSizeHint().height() <= 720
    assert page.editor.month_buttons[0].isVisible()
    page.grab().save(str(tmp_path / "plan-1280x720.png"))


def test_a_refused_address_is_marked_not_saved_and_errors_go_with_their_action(
        qtbot, page, document):
    from PySide6.QtCore import Qt

    first = document.workshop.plan.actions[0]
    page.actions.setCurrentRow(0)
    kept = first.url
    page.url.setFocus()
    page.url.selectAll()
    qtbot.keyClicks(page.url, "javascript:alert(1)")
    qtbot.keyClick(page.url, Qt.Key.Key_Return)
    assert first.url == kept                                   # nothing saved
    assert "Non enregistrée" in page.url_note.text() and "border" in page.url.styleSheet()
    abandoned = page.status.findData("abandoned")
    page.status.setCurrentIndex(abandoned)
    page.status.activated.emit(abandoned)                      # refused: no reason given
    assert "pourquoi" in page.message.text().lower()
    page.actions.setCurrentRow(1)                              # another action
    assert page.message.text() == "" and page.url.styleSheet() == ""


def test_referents_are_picked_from_the_participants_or_typed(qtbot, page, document):
    from PySide6.QtCore import Qt

    from workshop.model import Participant

    document.workshop.participants = [Participant("P01", "Josiane", "Perrin"),
                                      Participant("P02", "Karim", "Benali")]
    page.actions.setCurrentRow(0)
    action = document.workshop.plan.actions[0]
    before = list(action.referents)
    completer = page.editor.referent_pick.completer()
    page.editor.referent_pick.setFocus()
    qtbot.keyClicks(page.editor.referent_pick, "per")        # part of a name, any case
    assert completer.currentCompletion() == "Josiane Perrin"
    page.editor.referent_pick.setText(completer.currentCompletion())
    qtbot.keyClick(page.editor.referent_pick, Qt.Key.Key_Return)
    qtbot.keyClicks(page.editor.referent_pick, "Association Les Jardins")  # not in the list
    qtbot.mouseClick(page.editor.referent_add, Qt.MouseButton.LeftButton)
    assert action.referents == before + ["Josiane Perrin", "Association Les Jardins"]
    assert page.editor.referent_pick.text() == ""
