"""The Tables et thèmes page: capitaines, themes, refusals, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from workshop.storage.store import WorkshopStore


def test_choose_a_capitaine_with_the_keyboard(window, qtbot, demo_file):
    page = window.show_page("tables")
    host_cell = page.tables_model.index(page.tables_model.row_of("T2"), 2)
    page.tables_view.setFocus()
    page.tables_view.setCurrentIndex(host_cell)
    qtbot.keyClick(page.tables_view, Qt.Key.Key_F2)
    combo = page.tables_view.indexWidget(host_cell)
    assert isinstance(combo, QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Hélène Moreau (capitaine de « Table 1 — Les Tilleuls »)" in labels
    combo.setCurrentIndex(combo.findText("Karim Benali"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.document.workshop.table("T2").host == "P02")
    assert host_cell.data() == "Karim Benali"
    assert window.act_undo.text() == \
        "Annuler Nommer « Karim Benali » capitaine de « Table 2 — Les Érables »"
    window.close()  # closing writes what is not saved yet
    assert WorkshopStore(demo_file).load().table("T2").host == "P02"


def test_a_person_hosts_one_table_only(window):
    page = window.show_page("tables")
    model = page.tables_model
    assert not model.setData(model.index(model.row_of("T2"), 2), "P01")
    assert window.document.workshop.table("T2").host == "P06"
    assert page.problem.isVisibleTo(page)
    assert page.problem.text() == ("Hélène Moreau est déjà capitaine de « Table 1 — Les "
                                   "Tilleuls » : une personne anime une seule table.")


def test_themes_add_colour_and_delete_with_undo(window, qtbot):
    page = window.show_page("tables")
    ws = window.document.workshop
    qtbot.mouseClick(page.add_theme_button, Qt.MouseButton.LeftButton)
    added = ws.themes[-1]
    assert added.title == "Nouveau thème"
    model = page.themes_model
    assert model.setData(model.index(model.row_of(added.id), 0), "Jardins partagés")
    assert not model.setData(model.index(model.row_of(added.id), 2), "vert pomme")
    assert "couleur « vert pomme » n'est pas reconnue" in page.problem.text()
    assert model.setData(model.index(model.row_of(added.id), 2), "#88CC00")
    assert ws.theme(added.id).colour == "#88cc00"
    page.themes_view.setCurrentIndex(model.index(model.row_of("cadre"), 0))
    page.delete_theme()
    assert ws.theme("cadre") is None and ws.table("T1").theme is None
    assert page.tables_model.index(0, 1).data() == "(aucun thème)"
    window.act_undo.trigger()
    assert ws.table("T1").theme == "cadre"
    assert page.tables_model.index(0, 1).data() == "Cadre de vie et espaces extérieurs"


def test_capacity_summary_and_new_table(window, qtbot):
    page = window.show_page("tables")
    assert page.summary.text() == "6 tables, 36 places pour 30 personnes."
    model = page.tables_model
    assert model.setData(model.index(0, 3), 2)
    assert "32 places pour 30 personnes" in page.summary.text()
    qtbot.mouseClick(page.add_table_button, Qt.MouseButton.LeftButton)
    assert page.summary.text() == ("7 tables, 38 places pour 30 personnes. "
                                   "Sans capitaine : Table 7.")
    assert page.tables_view.currentIndex().row() == 6
    assert not model.setData(model.index(6, 3), 0)
    assert "entre 1 et 50 places" in page.problem.text()
