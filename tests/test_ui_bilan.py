"""The bilan in the window: its page, the File menu's new workshop, the site button, the flags."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from tests.test_carry_over import LAST_YEAR
from tests.test_ui_participants import cell, page_of
from workshop import statuses


def select(page, title: str) -> None:
    tree = page.tree
    for head in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(head)
        for row in range(group.childCount()):
            if group.child(row).text(0) == title:
                tree.setCurrentItem(group.child(row))
                return
    raise AssertionError(f"{title} is not listed")


def row_of(page, title: str) -> list[str]:
    tree = page.tree
    for head in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(head)
        for row in range(group.childCount()):
            item = group.child(row)
            if item.text(0) == title:
                return [item.text(c) for c in range(3)]
    raise AssertionError(title)


def choose_status(qtbot, form, code: str) -> None:
    index = form.status.findData(code)
    form.status.setFocus()
    form.status.setCurrentIndex(index)
    form.status.activated.emit(index)  # what a click in the open list sends


def test_the_page_lists_last_year_s_actions_theme_by_theme(window):
    page = window.show_page("bilan")
    assert "programmation 2026" in page.source_line.text()
    assert page.summary.text() == \
        "3 actions sur 6 réalisées (1 en cours, 1 reportée, 1 abandonnée)"
    heads = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert heads == ["Cadre de vie et espaces extérieurs", "Convivialité et lien entre voisins",
                     "Communication avec la coopérative"]
    assert row_of(page, "Un livret d'accueil des nouveaux arrivants") == \
        ["Un livret d'accueil des nouveaux arrivants", "reportée", "5 octobre 2026"]
    select(page, "Un panneau « coups de main » dans le hall")
    form = page.form
    assert form.status.currentData() == "abandoned"
    assert form.reason.text().startswith("Peu utilisé")
    assert [form.history.item(i).text() for i in range(form.history.count())][0].startswith(
        "15 septembre 2026 — abandonnée")


def test_a_status_needs_its_why_then_is_dated_and_undone(window, qtbot):
    page = window.show_page("bilan")
    document = window.document
    select(page, "Fleurir l'entrée de la résidence")
    item = document.workshop.bilan.actions[0]
    before = list(item.history)
    choose_status(qtbot, page.form, "abandoned")
    assert "pourquoi" in page.problem.text().lower() and page.problem.isVisible()
    assert item.status == "done" and item.history == before
    page.form.reason.setFocus()
    qtbot.keyClicks(page.form.reason, "Les jardinieres ont ete volees")
    qtbot.keyClick(page.form.reason, Qt.Key.Key_Return)
    assert (item.status, item.status_reason) == ("abandoned", "Les jardinieres ont ete volees")
    assert item.history[-1].date == statuses.today() and item.updated == statuses.today()
    assert page.form.history.item(0).text().endswith(
        "abandonnée : Les jardinieres ont ete volees")
    assert page.summary.text().startswith("2 actions sur 6 réalisées")
    assert not page.problem.isVisible()
    document.undo_stack.undo()
    assert item.status == "done" and item.history == before
    assert page.summary.text().startswith("3 actions sur 6 réalisées")


def test_what_was_done_and_the_result_are_kept(window, qtbot):
    page = window.show_page("bilan")
    select(page, "Un livret d'accueil des nouveaux arrivants")
    form = page.form
    form.done.setFocus()
    form.done.selectAll()
    qtbot.keyClicks(form.done, "Livret ecrit, relu par le conseil")
    qtbot.keyClick(form.done, Qt.Key.Key_Tab)  # leaving the field saves it
    item = window.document.workshop.bilan.actions[5]
    assert item.done == "Livret ecrit, relu par le conseil"
    form.result.setFocus()
    qtbot.keyClicks(form.result, "0 livret remis")
    qtbot.keyClick(form.result, Qt.Key.Key_Return)
    assert item.result == "0 livret remis" and item.updated == statuses.today()
    assert row_of(page, item.title)[2] != "5 octobre 2026"  # the list shows the new date


def test_without_last_year_the_page_follows_this_plan_and_shares_its_history(window, qtbot):
    document = window.document
    document.workshop.bilan.actions.clear()  # a workshop of this year, during the year
    plan_page = window.show_page("plan")
    plan_page.actions.setCurrentRow(2)
    index = plan_page.status.findData("in_progress")
    plan_page.status.setCurrentIndex(index)
    plan_page.status.activated.emit(index)
    action = document.workshop.plan.actions[2]
    assert action.history[-1].status == "in_progress"
    page = window.show_page("bilan")
    assert "propre programmation 2027" in page.source_line.text()
    select(page, action.title)
    assert page.form.history.item(0).text().endswith("en cours")
    choose_status(qtbot, page.form, "done")
    assert [c.status for c in action.history] == ["in_progress", "done"]
    plan_page = window.show_page("plan")
    assert plan_page.status.currentData() == "done"  # the plan page shows it too


def test_new_workshop_from_last_year_through_the_file_menu(app, window, qtbot, tmp_path,
                                                           monkeypatch):
    last = tmp_path / "atelier-2025.json"
    shutil.copyfile(LAST_YEAR, last)
    raw, stamp = last.read_bytes(), last.stat().st_mtime_ns
    new = tmp_path / "atelier-2026.cafe"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(last), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    from ui.carry_over_dialog import CarryOverDialog

    shown = []

    def answer(dialog):
        shown.append([box.text() for box in dialog.checks.values()])
        dialog.checks["tables"].click()  # leave last year's tables behind
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(CarryOverDialog, "exec", answer)
    app.file_menu.act_new_from_last.trigger()
    assert shown and "(10)" in shown[0][-1]  # ten people agreed to be kept
    document = window.document
    assert document.path == new and new.exists()
    ws = document.workshop
    assert ws.tables == [] and len(ws.participants) == 10 and len(ws.bilan.actions) == 6
    assert (last.read_bytes(), last.stat().st_mtime_ns) == (raw, stamp)
    page = window.show_page("bilan")
    assert page.summary.text().startswith("3 actions sur 6 réalisées")


def test_the_file_menu_never_replaces_last_year(app, window, tmp_path, monkeypatch):
    last = tmp_path / "atelier-2025.json"
    shutil.copyfile(LAST_YEAR, last)
    raw = last.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(last), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(last), ""))
    from PySide6.QtWidgets import QMessageBox

    from ui.carry_over_dialog import CarryOverDialog

    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    monkeypatch.setattr(CarryOverDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    before = window.document.path
    app.file_menu.act_new_from_last.trigger()
    assert warned and "an dernier" in warned[0]
    assert last.read_bytes() == raw and window.document.path == before


def test_the_keep_for_next_year_flag_is_a_column(window, qtbot):
    page = page_of(window)
    person = window.document.workshop.participant("P04")
    assert not person.keep_next_year  # off by default
    page.view.setFocus()
    page.view.setCurrentIndex(cell(page, "P04", "keep_next_year"))
    qtbot.keyClick(page.view, Qt.Key.Key_Space)
    assert person.keep_next_year
    assert window.act_undo.text() == "Annuler Garder « Mamadou Diallo » pour l'an prochain"
    window.document.undo_stack.undo()
    assert not person.keep_next_year


@pytest.fixture
def exports_page(window, tmp_path):
    page = window.show_page("exports")
    page.site.folder.setText(str(tmp_path / "site"))
    yield page
    page.wait_for_export()


def test_the_exports_page_writes_the_site_and_says_where_it_goes(exports_page, qtbot,
                                                                 tmp_path):
    site = exports_page.site
    assert "https://exemple.coop/suivi/" in site.where.text()
    qtbot.mouseClick(site.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: site.write_button.isEnabled() and site.report is not None,
                    timeout=60000)
    assert (tmp_path / "site" / "index.html").is_file()
    assert "Les 12 adresses d'action sous https://exemple.coop/suivi/ ont leur page." in \
        site.result.text()
    assert site.open_button.isEnabled()


def test_a_referent_agrees_to_be_named_on_the_site(exports_page, window, qtbot):
    site = exports_page.site
    names = [site.people.item(r, 0).text() for r in range(site.people.rowCount())]
    row = names.index("Karim Benali")
    assert site.people.item(row, 3).text() == "habitant du bâtiment B"
    box = site.people.item(row, 2)
    assert box.checkState() == Qt.CheckState.Unchecked
    rect = site.people.visualItemRect(box)
    # a click on the box, at the left of the cell
    qtbot.mouseClick(site.people.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.center().y()))
    details = [d for d in window.document.workshop.plan.referent_details
               if d.name == "Karim Benali"]
    assert details and details[0].public
    row = [site.people.item(r, 0).text() for r in range(site.people.rowCount())].index(
        "Karim Benali")
    assert site.people.item(row, 3).text() == "Karim Benali (habitant du bâtiment B)"
    window.document.undo_stack.undo()
    assert not details[0].public
