"""Groups that choose their question and write a project (issue 19), in the domain and the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.said import raises_saying
from workshop import editing
from workshop import groups as group_ops
from workshop import ideas as idea_ops
from workshop.groups import GroupError
from workshop.model import Table, Workshop


@pytest.fixture
def convention_room() -> Workshop:
    from bench.convention import room_workshop

    ws = room_workshop(0, people=12, groups=2, seat=False)
    for table in ws.tables:  # not chosen yet: the morning of the day
        table.theme, table.theme_chosen = None, False
    ws.ideas.clear()
    ws.votes.clear()
    return ws


def test_a_group_that_chose_its_question_has_its_theme_fixed(convention_room):
    ws = convention_room
    idea = idea_ops.add(ws, "Une idée notée avant le choix", table="T01", round_=0)
    group_ops.choose_question(ws, "T01", "TH02")
    table = ws.table("T01")
    assert (table.theme, table.theme_chosen) == ("TH02", True)
    assert idea.theme == "TH02"  # the group's ideas follow its question
    with raises_saying(GroupError, "a choisi sa question"):
        editing.update_table(ws, "T01", theme="TH03")
    editing.update_table(ws, "T01", name="Groupe des Tilleuls")  # the rest stays editable
    group_ops.choose_question(ws, "T01", None)  # chosen again, later
    editing.update_table(ws, "T01", theme="TH03")


def test_a_table_with_a_capitaine_is_not_a_group(convention_room):
    ws = convention_room
    ws.tables.append(Table("T09", "Table des capitaines", host="P001"))
    assert [t.id for t in group_ops.groups(ws)] == ["T01", "T02"]
    with raises_saying(GroupError, "a un·e capitaine"):
        group_ops.choose_question(ws, "T09", "TH01")


def test_a_project_has_a_title_a_description_and_practical_details(convention_room):
    ws = convention_room
    group_ops.choose_question(ws, "T02", "TH01")
    project = group_ops.add_project(ws, "T02", "  Un   jardin partagé ",
                                    "Sur la pelouse du bâtiment B.\n", "Budget : 800 €")
    assert (project.kind, project.text, project.theme) == ("project", "Un jardin partagé", "TH01")
    assert (project.description, project.practical) == ("Sur la pelouse du bâtiment B.",
                                                       "Budget : 800 €")
    assert group_ops.projects(ws, "T02") == [project]
    group_ops.edit_project(ws, project.id, practical="Budget : 900 €")
    assert project.practical == "Budget : 900 €" and project.text == "Un jardin partagé"
    with raises_saying(GroupError, "pas de titre"):
        group_ops.add_project(ws, "T02", "   ")
    with raises_saying(GroupError, "description du projet est trop long"):
        group_ops.edit_project(ws, project.id, description="x" * 5000)
    plain = idea_ops.add(ws, "Une simple idée", table="T02")
    with raises_saying(GroupError, "une idée, pas un projet"):
        group_ops.edit_project(ws, plain.id, title="Autre")


# -- the page ---------------------------------------------------------------------------
@pytest.fixture
def groups_page(app, convention_room, tmp_path):
    from workshop.storage.store import WorkshopStore

    store = WorkshopStore(tmp_path / "salle.cafe")
    store.save(convention_room)
    app.services.document.replace(convention_room, store)
    return app.window.show_page("groups")


def test_the_facilitator_records_the_question_and_the_project(qtbot, app, groups_page):
    page, document = groups_page, app.services.document
    assert page.group_list.count() == 2 and page.current_group() == "T01"
    page.question.setFocus()
    for _ in range(page.question.findData("TH03")):  # « (pas encore choisie) » first
        QTest.keyClick(page.question, Qt.Key.Key_Down)
    assert document.workshop.table("T01").theme_chosen
    assert "Participation des habitants" in page.group_list.item(0).text()

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    QTest.keyClicks(page.project_title, "Repas de quartier")
    page.description.setPlainText("Un repas partagé au pied des immeubles.")
    page.practical.setPlainText("En juin ; 300 € ; l'amicale des locataires.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    (project,) = group_ops.projects(document.workshop, "T01")
    assert (project.text, project.theme) == ("Repas de quartier", "TH03")
    assert page.current_project() == project.id

    page.practical.setPlainText("En juin ; 350 €.")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert project.practical == "En juin ; 350 €."
    app.window.act_undo.trigger()
    assert project.practical == "En juin ; 300 € ; l'amicale des locataires."

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)  # no title
    assert "pas de titre" in page.problem.text() and page.problem.isVisible()
    assert len(group_ops.projects(document.workshop, "T01")) == 1  # nothing lost, nothing added

    page.project_list.setCurrentRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert group_ops.projects(document.workshop, "T01") == []


def test_the_tables_page_says_why_a_chosen_question_stays(qtbot, app, groups_page):
    from workshop.groups import choose_question

    document = app.services.document
    document.apply("choisir", lambda ws: choose_question(ws, "T01", "TH01"))
    page = app.window.show_page("tables")
    model = page.tables_model
    index = model.index(model.row_of("T01"), 1)  # what the theme's drop-down list sets
    assert not model.setData(index, "TH02")
    assert "a choisi sa question" in page.problem.text()
    assert document.workshop.table("T01").theme == "TH01"
