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
