"""The Participants page driven like a facilitator: keyboard, search, undo."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt

from ui.models.table_model import ID_ROLE
from workshop.storage.store import WorkshopStore


def page_of(window):
    return window.show_page("participants")


def cell(page, pid, key):
    row = page.model.row_of(pid)
    return page.proxy.mapFromSource(page.model.index(row, page.model.column_of(key)))


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
    notes = cell(page, added.id, "notes")
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
    page.view.setCurrentIndex(cell(page, "P03", "present"))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert window.document.workshop.participant("P03").present
    assert "1 pointée présente" in page.count.text()
    present = cell(page, "P03", "present")
    assert present.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_empty_first_name_is_refused_and_nothing_lost(window):
    page = page_of(window)
    assert not page.model.setData(cell(page, "P02", "first_name"), "  ")
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
    last = page.model.column_of("last_name")
    page.view.sortByColumn(last, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, last).data() for r in range(page.proxy.rowCount())]
    assert names[:3] == ["Benali", "Blanc", "Bonnet"]
    # accents do not send « Lefèvre » after « Leroy »
    assert names.index("Lambert") < names.index("Lefèvre") < names.index("Leroy")


def test_delete_with_key_then_undo_and_reopen(window, qtbot, demo_file):
    page = page_of(window)
    count = len(window.document.workshop.participants)
    page.view.setFocus()
    page.view.setCurrentIndex(cell(page, "P01", "last_name"))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    ws = window.document.workshop
    assert ws.participant("P01") is None and len(ws.participants) == count - 1
    assert ws.table("T1").host is None  # Hélène hosted table 1
    assert window.act_undo.text() == "Annuler Supprimer « Hélène Moreau »"
    window.act_undo.trigger()
    assert ws.participant("P01") is not None and ws.table("T1").host == "P01"
    assert page.model.rowCount() == count
    window.act_redo.trigger()
    window.close()  # closing writes what is not saved yet
    reopened = WorkshopStore(demo_file).load()
    assert reopened.participant("P01") is None and reopened.table("T1").host is None


def answer_next_box(button_text: str, seen: dict) -> None:
    """Click ``button_text`` in the next modal message box (and note what it said)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen["text"] = box.text()
        seen["buttons"] = [b.text().replace("&", "") for b in box.buttons()]
        chosen = [b for b in box.buttons() if b.text().replace("&", "") == button_text]
        if chosen:
            chosen[0].click()
        else:
            box.reject()  # never leave a test waiting on a box

    QTimer.singleShot(0, answer)


def consent_with_contacts(window, pid="P05"):
    from workshop import editing

    window.document.apply("accord", lambda ws: editing.update_participant(
        ws, pid, consent_contact=True, email="sylvie@exemple.fr", phone="0611223344"))


def test_contacts_only_for_a_person_who_agreed(window, qtbot, demo_file):
    page = page_of(window)
    box = page.contacts
    page.view.setFocus()
    page.select("P05")
    assert box.title() == "Contacts de Sylvie Garnier"
    assert box.consent.accessibleDescription() == "Contacts de Sylvie Garnier"
    assert not box.email.isVisibleTo(page) and not box.phone.isVisibleTo(page)
    assert "qu'avec l'accord de la personne" in box.hint.text()
    # Tab from the table reaches the agreement; Space ticks it (one undoable step)
    qtbot.keyClick(page.view, Qt.Key.Key_Tab)
    assert box.consent.hasFocus()
    qtbot.keyClick(box.consent, Qt.Key.Key_Space)
    assert window.document.workshop.participant("P05").consent_contact
    assert window.act_undo.text() == "Annuler Noter l'accord de contact de « Sylvie Garnier »"
    assert box.email.isVisibleTo(page) and box.phone.isVisibleTo(page)
    assert not box.hint.isVisibleTo(page)
    qtbot.keyClicks(box.email, "sylvie.garnier@exemple.fr")
    qtbot.keyClick(box.email, Qt.Key.Key_Return)
    qtbot.keyClicks(box.phone, "0611223344")
    qtbot.keyClick(box.phone, Qt.Key.Key_Return)
    person = window.document.workshop.participant("P05")
    assert (person.email, person.phone) == ("sylvie.garnier@exemple.fr", "06 11 22 33 44")
    assert box.phone.text() == "06 11 22 33 44"
    # a mistyped address is refused in one sentence and stays to be corrected
    box.email.selectAll()
    qtbot.keyClicks(box.email, "sylvie chez free")
    qtbot.keyClick(box.email, Qt.Key.Key_Return)
    assert "n'est pas une adresse de courriel" in page.problem.text()
    assert box.email.text() == "sylvie chez free"
    assert person.email == "sylvie.garnier@exemple.fr"
    # another person: their own (empty, hidden) contacts
    page.select("P06")
    assert box.title() == "Contacts de Jean-Pierre Fournier"
    assert not box.email.isVisibleTo(page)
    window.close()  # closing writes what is not saved yet
    reopened = WorkshopStore(demo_file).load().participant("P05")
    assert (reopened.consent_contact, reopened.phone) == (True, "06 11 22 33 44")


def test_unticking_the_agreement_asks_then_removes_contacts(window, qtbot):
    consent_with_contacts(window)
    page = page_of(window)
    box = page.contacts
    page.select("P05")
    assert box.email.text() == "sylvie@exemple.fr"
    seen = {}
    answer_next_box("Annuler", seen)   # Cancel keeps everything
    box.consent.click()
    assert "seront supprimés" in seen["text"]
    person = window.document.workshop.participant("P05")
    assert box.consent.isChecked() and person.email == "sylvie@exemple.fr"
    answer_next_box("Supprimer les contacts", seen)
    box.consent.click()
    assert (person.consent_contact, person.email, person.phone) == (False, "", "")
    assert not box.email.isVisibleTo(page)
    assert window.act_undo.text() == "Annuler Retirer l'accord de contact de « Sylvie Garnier »"
    window.act_undo.trigger()  # one step brings the agreement and both contacts back
    person = window.document.workshop.participant("P05")
    assert (person.consent_contact, person.email, person.phone) == \
        (True, "sylvie@exemple.fr", "06 11 22 33 44")
    assert box.consent.isChecked() and box.phone.text() == "06 11 22 33 44"


def test_contacts_are_neither_columns_nor_searchable(window, qtbot):
    consent_with_contacts(window)
    page = page_of(window)
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.model.columnCount())]
    assert "Courriel" not in headers and "Téléphone" not in headers
    qtbot.keyClicks(page.search, "sylvie@")
    assert page.proxy.rowCount() == 0


def test_residence_is_a_column_edited_in_place(window, qtbot):
    page = page_of(window)
    page.view.setFocus()
    index = cell(page, "P04", "residence")
    page.view.setCurrentIndex(index)
    qtbot.keyClick(page.view, Qt.Key.Key_F2)
    editor = page.view.indexWidget(index)
    qtbot.keyClicks(editor, "Les Tilleuls bat. B")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.workshop.participant("P04").residence != "")
    assert window.document.workshop.participant("P04").residence == "Les Tilleuls bat. B"
    page.search.clear()
    qtbot.keyClicks(page.search, "tilleuls bat")
    assert [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())] == ["Mamadou"]


def test_import_and_export_buttons_sit_on_the_page(app, window, qtbot):
    from PySide6.QtWidgets import QToolBar, QToolButton

    page = page_of(window)
    actions = app.people
    assert window.findChildren(QToolBar) == []  # no separate tool bar any more
    buttons = {b.defaultAction(): b for b in page.findChildren(QToolButton)
               if b.defaultAction() is not None}
    button = buttons[actions.import_action]
    assert actions.export_action in buttons
    # a button shows the action's text without « & » and « … » (Qt's icon text)
    assert button.isVisible() and button.text() == "Importer des participant·es"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # the button follows its action (text, state), so the owner keeps translating it
    actions.import_action.setText("&Import participants…")
    assert button.text() == "Import participants"
    actions.import_action.setEnabled(False)
    assert not button.isEnabled()
    opened = []
    actions.import_action.setEnabled(True)
    actions.import_action.triggered.disconnect()
    actions.import_action.triggered.connect(lambda: opened.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_deleting_someone_who_voted_then_undo(window, qtbot):
    from workshop.model import Vote

    ws = window.document.workshop
    ws.votes.append(Vote("I01", 3, "P01"))  # set up as if voted and named earlier
    ws.plan.actions[0].referents.append("P01")
    before = copy.deepcopy(ws)
    page = page_of(window)
    page.select("P01")
    page.delete_selected()
    assert all(v.participant != "P01" for v in ws.votes)
    assert ws.votes[-1].dots == 3  # their dots still count
    assert "P01" not in ws.plan.actions[0].referents
    assert page.contacts.pid != "P01"
    window.act_undo.trigger()
    before.show = ws.show  # the running show re-stamps its clock after every change
    assert ws == before    # every reference back, in one step
    assert ws.votes[-1].participant == "P01" and ws.table("T1").host == "P01"
