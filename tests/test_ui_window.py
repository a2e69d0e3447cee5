"""The facilitator window as a whole: title, undo, reopen, language, recovery, keyboard."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QTimer, QTranslator, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from tests.accessibility import unnamed_controls
from ui import file_actions
from ui.i18n import install_language
from workshop import editing
from workshop.storage.store import WorkshopStore

MY_PAGES = ("workshop", "participants", "tables", "rotation")


def test_title_bar_shows_workshop_file_and_state(window, demo_file):
    title = window.windowTitle()
    assert title.startswith("Atelier vie coopérative — Résidence Les Tilleuls — atelier.json")
    assert "(enregistré)" in title


def test_workshop_page_edits_undo_and_reopen(window, qtbot, demo_file):
    page = window.show_page("workshop")
    field = page.fields["title"]
    field.selectAll()
    qtbot.keyClicks(field, "Atelier des Tilleuls")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.document.workshop.title == "Atelier des Tilleuls"
    assert window.windowTitle().startswith("Atelier des Tilleuls — atelier.json")
    assert window.act_undo.text() == "Annuler Modifier « Titre »"
    page.date.edit.selectAll()
    qtbot.keyClicks(page.date.edit, "14/3/27")  # typed the French way
    qtbot.keyClick(page.date.edit, Qt.Key.Key_Return)
    assert page.date_words.text() == "dimanche 14 mars 2027"
    assert page.date.edit.text() == "14/03/2027"
    page.year.setValue(2028)
    page.year.editingFinished.emit()
    field.clear()
    qtbot.keyClick(field, Qt.Key.Key_Return)  # an empty title is refused, not saved
    assert "titre ne peut pas être vide" in page.problem.text()
    assert field.text() == "Atelier des Tilleuls"
    window.act_undo.trigger()  # the year
    assert window.document.workshop.plan.year == 2027
    assert window.act_redo.text() == "Rétablir Modifier l'année de la programmation"
    window.act_redo.trigger()
    window.close()
    reopened = WorkshopStore(demo_file).load()
    assert (reopened.title, reopened.date, reopened.plan.year) == \
        ("Atelier des Tilleuls", "2027-03-14", 2028)


def test_reopen_in_a_new_window_finds_everything(window, qtbot, demo_file, settings):
    from ui.app import CafeApp
    from ui.document import WorkshopDocument
    from workshop import editing

    window.document.apply("ajout", lambda ws: editing.add_participant(ws, "Yvette"))
    window.document.apply("capitaine", lambda ws: editing.set_host(ws, "T2", "P02"))
    window.close()
    store = WorkshopStore(demo_file)
    second = CafeApp(WorkshopDocument(store.load(), store), settings).window
    qtbot.addWidget(second)
    people = second.show_page("participants")
    assert people.model.index(people.model.rowCount() - 1, 0).data() == "Yvette"
    tables = second.show_page("tables")
    assert tables.tables_model.index(1, 2).data() == "Karim Benali"
    second.close()


class Shouting(QTranslator):
    """A stand-in catalogue: every window string in capitals (the .ts is built later)."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401
        if context != "MainWindow":
            return ""
        # keep {placeholders} as they are, like a translator must
        return re.sub(r"[^{}]+(?=\{|$)|(?<=\})[^{}]+", lambda m: m.group().upper(), source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False  # Qt sends LanguageChange only for a translator that is not empty


def test_language_switches_live_and_is_remembered(window, settings, qtbot):
    # an edit made in French keeps its French name; the « Annuler » prefix follows
    page = window.show_page("participants")
    page.model.setData(page.model.index(0, page.model.column_of("notes")), "note")
    window.set_language("en")
    assert settings.language == "en"
    assert window.lang_actions["en"].isChecked()
    # Qt's own strings (standard buttons) follow the language: qtbase catalogues
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    qtbot.waitUntil(lambda: window.act_undo.text() == "Undo Modifier « Hélène Moreau »")
    shouting = Shouting()
    QCoreApplication.installTranslator(shouting)
    try:
        qtbot.waitUntil(lambda: window.menus["file"].title() == "&FICHIER")
        assert window.sidebar.item(0).text() == "ATELIER"
        assert window.act_undo.text() == "ANNULER Modifier « Hélène Moreau »"
    finally:
        QCoreApplication.removeTranslator(shouting)
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.menus["file"].title() == "&Fichier")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert window.act_undo.text() == "Annuler Modifier « Hélène Moreau »"
    assert settings.language == "fr"


def test_lang_option_of_the_command_line(qapp, settings, demo_file):
    from ui.app import build_app

    win = build_app(settings, path=demo_file, lang="en").window
    try:
        assert win.lang_actions["en"].isChecked() and win.menus["file"].title() == "&File"
        assert str(demo_file.resolve()) in [str(p) for p in settings.recent_files()]
        assert settings.language == "fr"  # for this start only: the next plain start is French
    finally:
        win.close()
    win = build_app(settings, path=demo_file).window
    try:
        assert win.lang_actions["fr"].isChecked() and win.menus["file"].title() == "&Fichier"
        win.lang_actions["en"].trigger()  # the menu's choice is remembered
        assert settings.language == "en"
    finally:
        win.close()
        install_language("fr")


def test_damaged_file_offers_the_newest_backup(qapp, demo_file, demo, qtbot):
    store = WorkshopStore(demo_file)
    ws = store.load()
    store.backup("open")    # the demo version goes to the backups
    ws.title = "Version sauvegardée"
    store.save(ws)
    store.backup("import")  # « Version sauvegardée » goes to the backups
    ws.title = "Dernière version"
    store.save(ws)
    store.close()
    demo_file.write_bytes(demo_file.read_bytes()[:200])  # a save cut half-way
    seen = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen["text"] = box.text()
        seen["info"] = box.informativeText()
        restore = next(b for b in box.buttons() if b.text() == "Restaurer la sauvegarde")
        restore.click()

    QTimer.singleShot(0, answer)
    opened = file_actions.open_file(demo_file, None)
    assert opened is not None
    workshop, store = opened
    store.close()
    assert seen["text"] == ("Le fichier « atelier.json » est tronqué : l'enregistrement a "
                            "sans doute été interrompu.")
    assert "La sauvegarde la plus récente lisible date du" in seen["info"]
    assert workshop.title == "Version sauvegardée"
    kept = list(demo_file.parent.glob("atelier.abime-*.json"))
    assert len(kept) == 1 and len(kept[0].read_bytes()) == 200


def test_keyboard_walks_the_steps(window, qtbot):
    window.sidebar.setFocus()
    window.show_page("workshop")
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "participants" and window.pages["participants"].isVisible()
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "workshop" and window.pages["workshop"].isVisible()


def test_every_control_of_my_pages_has_an_accessible_name(window):
    unnamed = [f"{key}: {name}" for key in MY_PAGES
               for name in unnamed_controls(window.show_page(key))]
    assert unnamed == []


def test_pages_fit_at_double_text_size(window, qapp):
    """Nothing is sized in pixels: with a font twice as big, the pages ask for more room."""
    page = window.show_page("participants")
    before = page.sizeHint().height(), page.add_button.sizeHint().width()
    font = qapp.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    window.setFont(font)
    after = page.sizeHint().height(), page.add_button.sizeHint().width()
    assert after[0] > before[0] and after[1] > before[1]
    label = page.add_button.text().replace("&", "")
    text_width = page.add_button.fontMetrics().horizontalAdvance(label)
    assert page.add_button.sizeHint().width() >= text_width
    assert window.sidebar.minimumWidth() < window.sidebar.sizeHint().width() * 3


def test_geometry_is_kept_in_the_settings(window, settings):
    window.resize(900, 700)
    window.close()
    assert not settings.value("geometry").isEmpty()
    assert "geometry" not in WorkshopStore(window.document.path).path.read_text("utf-8")


def test_window_survives_its_document_being_deleted(qapp, qtbot, demo_file, settings):
    """Teardown order is not ours to choose: the document's undo stack may go first,
    and its destructor still signals; a language change may follow."""
    import shiboken6

    from ui.app import CafeApp
    from ui.document import WorkshopDocument
    from workshop import editing

    store = WorkshopStore(demo_file)
    document = WorkshopDocument(store.load(), store)
    win = CafeApp(document, settings).window
    qtbot.addWidget(win)
    document.apply("ajout", lambda ws: editing.add_participant(ws, "Yvette"))
    assert win.act_undo.text() == "Annuler ajout"
    shiboken6.delete(document)   # its QUndoStack goes with it, signalling on the way
    win.set_language("en")
    qtbot.waitUntil(lambda: win.menus["file"].title() == "&File")
    win.set_language("fr")
    qtbot.waitUntil(lambda: win.menus["file"].title() == "&Fichier")
    assert not win.act_undo.isEnabled() and not win.act_redo.isEnabled()
    store.close()


def test_save_state_has_its_own_place_and_spares_messages(window, qtbot, demo, tmp_path):
    from workshop import editing

    bar = window.statusBar()
    assert window.save_state.text() == "enregistré"
    assert window.save_state in bar.findChildren(QLabel)
    bar.showMessage("3 participant·es importé·es", 10000)
    window.document.apply("ajout", lambda ws: editing.add_participant(ws, "Yvette"))
    assert window.save_state.text() == "enregistrement…"  # within seconds, off the GUI thread
    qtbot.waitUntil(lambda: window.save_state.text() == "enregistré", timeout=5000)
    assert bar.currentMessage() == "3 participant·es importé·es"
    # opening an old workshop: the privacy reminder shows at once and stays
    demo.date = "2020-01-15"
    demo.participants[0].phone = "06 12 34 56 78"
    demo.participants[0].consent_contact = True
    store = WorkshopStore(tmp_path / "ancien.json")
    store.save(demo)
    window.document.replace(demo, store)
    assert "1 contact à supprimer" in bar.currentMessage()
    window.document.apply("titre", lambda ws: editing.update_workshop(ws, title="Bilan"))
    assert "1 contact à supprimer" in bar.currentMessage()
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Bilan — ancien.json (enregistré)"),
                    timeout=5000)


def test_save_failure_shows_in_the_save_state(window, monkeypatch):
    from workshop import editing

    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)

    def refuse(_data) -> None:
        raise PermissionError(13, "Permission refusée", "atelier.json")

    monkeypatch.setattr(window.document.store, "write", refuse)
    window.document.apply("ajout", lambda ws: editing.add_participant(ws, "Yvette"))
    assert not window.document.flush()  # the write failed: said, not silent
    assert "Permission refusée" in window.save_state.text()
    assert "(NON enregistré)" in window.windowTitle()


def test_closing_waits_for_a_running_export(window, tmp_path):
    page = window.show_page("exports")
    page.folder.setText(str(tmp_path / "pdf"))
    page.start_export()
    worker = page.worker
    assert worker is not None and worker.isRunning()
    window.close()
    assert worker.isFinished()


def test_closing_builds_no_page(window):
    window.close()
    assert window.pages.if_built("exports") is None
    assert window.pages.if_built("votes") is None


def test_extensions_can_wait_for_a_page_without_building_it(window):
    pages = window.pages
    seen = []
    assert pages.if_built("votes") is None
    pages.when_built("votes", seen.append)
    assert seen == [] and pages.if_built("votes") is None
    page = window.show_page("votes")
    assert seen == [page]
    window.show_page("workshop")
    window.show_page("votes")
    assert seen == [page]            # once
    pages.when_built("votes", seen.append)
    assert seen == [page, page]      # already built: at once


def test_quick_start_finishes_right_after_the_first_paint(qapp, qtbot, demo, tmp_path, settings):
    """The app's own start (build_app): the show and the reminder come once painted."""
    from ui.app import build_app

    demo.date = "2020-01-15"  # an old workshop with a kept contact: a reminder is due
    demo.participants[0].phone = "06 12 34 56 78"
    demo.participants[0].consent_contact = True
    path = tmp_path / "ancien.json"
    store = WorkshopStore(path)
    store.save(demo)
    store.close()
    app = build_app(settings, path=path)
    win = app.window
    qtbot.addWidget(win)
    assert not app.services.show_started and "projector" not in win.menus
    assert "Données &personnelles" in [a.text() for a in win.menuBar().actions()]
    win.show()
    qtbot.waitUntil(lambda: app.services.show_started)
    assert "1 contact à supprimer" in win.statusBar().currentMessage()
    engine = app.services.show_engine
    assert "projector" in win.menus and app.services.projector.engine is engine
    page = win.show_page("agenda")  # the show controls reach the run of show
    assert page.engine is engine
    win.after_first_paint(lambda: setattr(win, "late", True))  # once started: at once
    assert win.late
    win.close()


def test_a_window_closed_before_its_first_paint_starts_nothing(qapp, qtbot, document, settings):
    from ui.app import CafeApp

    app = CafeApp(document, settings, quick_start=True)
    win = app.window
    qtbot.addWidget(win)
    win.close()
    win.finish_start()
    assert not app.services.show_started


def test_a_date_picked_in_the_calendar_is_saved(window, qtbot):
    page = window.show_page("workshop")
    window.document.apply("sans date", lambda ws: editing.update_workshop(ws, date=""))
    assert page.date.edit.text() == ""  # no fake date: the field is empty
    qtbot.mouseClick(page.date.button, Qt.MouseButton.LeftButton)
    calendar = page.date.calendar
    assert calendar.isVisible() and calendar.selectedDate() == QDate.currentDate()
    calendar.setSelectedDate(QDate(2027, 5, 20))
    calendar.clicked.emit(QDate(2027, 5, 20))  # what a click on the day sends
    assert window.document.workshop.date == "2027-05-20"
    assert not calendar.isVisible()


def test_a_date_typed_over_no_date_is_read_the_french_way(window, qtbot):
    page = window.show_page("workshop")
    window.document.apply("sans date", lambda ws: editing.update_workshop(ws, date=""))
    page.date.edit.setFocus()
    qtbot.keyClicks(page.date.edit, "12/12/2026")
    qtbot.keyClick(page.date.edit, Qt.Key.Key_Return)
    assert window.document.workshop.date == "2026-12-12"
    page.date.edit.selectAll()
    qtbot.keyClicks(page.date.edit, "31/02/2026")
    qtbot.keyClick(page.date.edit, Qt.Key.Key_Return)
    assert "n'est pas une date valide" in page.problem.text()
    assert window.document.workshop.date == "2026-12-12"  # kept
    assert page.date.edit.text() == "31/02/2026"           # what was typed stays, to correct
    page.date.edit.selectAll()
    qtbot.keyClicks(page.date.edit, "5 mars 2027")
    qtbot.keyClick(page.date.edit, Qt.Key.Key_Return)
    assert window.document.workshop.date == "2027-03-05" and page.problem.text() == ""


def test_a_window_shown_but_never_painted_still_finishes_its_start(qapp, qtbot, document,
                                                                   settings):
    from ui.app import CafeApp

    app = CafeApp(document, settings, quick_start=True)
    win = app.window
    qtbot.addWidget(win)
    win.paintEvent = lambda event: None  # as if never exposed (minimised)
    win.showMinimized()
    qtbot.waitUntil(lambda: app.services.show_started, timeout=3000)
    assert "projector" in win.menus


WINDOW_SIZE = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.app import CafeApp
from ui.document import WorkshopDocument
from ui.settings import Settings
from workshop.demo import demo_workshop
from workshop.storage.store import WorkshopStore
folder = Path(sys.argv[1])
ws = demo_workshop()
store = WorkshopStore(folder / "demo.json")
store.save(ws)
cafe = CafeApp(WorkshopDocument(ws, store),
               Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)))
window = cafe.window
window.show()
for spec in window.specs:  # every page built, as after a day of clicking
    window.show_page(spec.key)
    app.processEvents()
window.resize(int(sys.argv[2]), int(sys.argv[3]))
app.processEvents()
print(window.width(), window.height(), window.statusBar().isVisible(),
      window.statusBar().geometry().bottom() < window.height())
window.close()
"""


@pytest.mark.parametrize("scale, size", [("1", (1280, 720)), ("1.25", (1024, 540))])
def test_the_window_fits_a_laptop_with_every_page_built(tmp_path, scale, size):
    """A 1366 × 768 laptop: 1280 × 720 at 100 %, 1024 × 540 logical pixels at 125 %."""
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    done = subprocess.run([sys.executable, "-c", WINDOW_SIZE, str(tmp_path), *map(str, size)],
                          env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[1])
    width, height, bar, inside = done.stdout.split()
    assert (int(width), int(height)) == size, done.stderr
    assert bar == "True" and inside == "True"  # the status bar is on screen
