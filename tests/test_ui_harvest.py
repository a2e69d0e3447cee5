"""The harvest on the ideas page: the capitaine's summary typed, photos of the nappe added.

Driven as the facilitator does it: choose the table and round, type in the
summary field, click « Ajouter des photos… » (the file dialog answered),
drop files on the panel, tick « visages », project the nappe, Ctrl+Z.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.test_ui_ideas import type_text
from ui.pages.ideas_page import IdeasPage
from ui.projector.photos import PhotosProjector
from workshop import harvest
from workshop.storage.store import WorkshopStore

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def phone_photo(path: Path, size=(1200, 800), orientation: int = 6) -> Path:
    """A JPEG as a phone writes it: sideways pixels, an orientation tag, a GPS position."""
    image = Image.new("RGB", size, (200, 190, 170))
    for x in range(0, size[0], 40):  # a pattern, so the JPEG is not trivially small
        image.paste((30, 90, 160), (x, 0, x + 8, size[1] // 3))
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "PhoneMaker"
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (45.0, 46.0, 12.5), 3: "E", 4: (4.0, 50.0, 1.0)})
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


@pytest.fixture
def page(qtbot, window):
    window.show_page("ideas")
    found = window.findChildren(IdeasPage)[0]
    found.table_combo.select("T2")  # no summary nor photo in the demo
    found.round_combo.select(1)
    qtbot.waitUntil(lambda: found.harvest.round == 1 and found.harvest.table == "T2")
    return found


def wait_prepared(qtbot, page) -> None:
    """Photos are prepared off the GUI thread: until the panel has recorded them."""
    qtbot.waitUntil(lambda: page.harvest.worker is None, timeout=30000)


def answer_dialog(monkeypatch, paths: list[Path]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(p) for p in paths], ""))


def test_typing_a_summary_keeps_it_as_one_undoable_step(qtbot, window, page):
    panel = page.harvest
    ws = window.document.workshop
    assert harvest.summary(ws, "T2", 1) == ""
    panel.summary.setFocus()
    type_text(panel.summary, "Les voisins veulent une fête en juin.")
    qtbot.waitUntil(lambda: harvest.summary(ws, "T2", 1) == "Les voisins veulent une fête en juin.")
    assert window.document.undo_stack.undoText() == "Résumé du capitaine"
    type_text(panel.summary, " Et un repas.")
    qtbot.waitUntil(lambda: harvest.summary(ws, "T2", 1).endswith("Et un repas."))
    window.document.undo_stack.undo()  # the whole typing of the summary is one step
    assert harvest.summary(ws, "T2", 1) == ""
    assert panel.summary.toPlainText() == ""
    window.document.undo_stack.redo()
    # another round shows its own summary (the demo's), and back again
    page.table_combo.select("T1")
    page.round_combo.select(0)
    assert panel.summary.toPlainText() == harvest.summary(ws, "T1", 0) != ""
    page.table_combo.select("T2")
    page.round_combo.select(1)
    assert panel.summary.toPlainText().endswith("Et un repas.")
    assert window.document.flush()
    reloaded = WorkshopStore(window.document.path).load()
    assert harvest.summary(reloaded, "T2", 1).endswith("Et un repas.")


def test_a_summary_typed_just_before_leaving_is_not_lost(qtbot, window, page):
    panel = page.harvest
    panel.summary.setFocus()
    type_text(panel.summary, "Dernier mot")
    window.show_page("votes")  # within the pause before saving: leaving keeps it
    assert harvest.summary(window.document.workshop, "T2", 1) == "Dernier mot"


def test_a_summary_needs_a_table_and_a_round(page):
    page.round_combo.select(None)
    assert not page.harvest.summary.isEnabled()
    page.table_combo.select(None)
    assert not page.harvest.add_button.isEnabled()
    assert page.harvest.title() == "Récolte : choisissez une table"


def test_a_phone_photo_is_added_upright_and_without_its_position(qtbot, window, page,
                                                                 monkeypatch, tmp_path):
    source = phone_photo(tmp_path / "IMG_2041.jpg")
    answer_dialog(monkeypatch, [source])
    before = len(window.document.workshop.photos)
    qtbot.mouseClick(page.harvest.add_button, Qt.MouseButton.LeftButton)
    wait_prepared(qtbot, page)
    photos = window.document.workshop.photos
    assert len(photos) == before + 1
    added = photos[-1]
    assert (added.table, added.round) == ("T2", 1)
    assert page.harvest.photos.count() == 1
    stored = Path(window.document.store.photo_dir) / added.file
    data = stored.read_bytes()
    assert b"Exif" not in data and b"PhoneMaker" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (800, 1200)          # turned upright from orientation 6
        assert not image.getexif()                # no tag at all, GPS first
        assert (added.width, added.height) == image.size
    assert source.read_bytes().count(b"PhoneMaker") == 1  # the original is untouched
    window.document.undo_stack.undo()
    assert len(window.document.workshop.photos) == before
    assert page.harvest.photos.count() == 0


def test_an_unreadable_file_says_so_and_adds_nothing(qtbot, window, page, monkeypatch, tmp_path):
    broken = tmp_path / "nappe.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a photo")
    good = phone_photo(tmp_path / "bonne.jpg", orientation=1)
    answer_dialog(monkeypatch, [broken, good])
    folder = Path(window.document.store.photo_dir)
    files_before = set(folder.iterdir()) if folder.exists() else set()
    qtbot.mouseClick(page.harvest.add_button, Qt.MouseButton.LeftButton)
    wait_prepared(qtbot, page)
    assert page.problem.isVisible() and "nappe.jpg" in page.problem.text()
    assert page.harvest.photos.count() == 1       # the good one is kept all the same
    assert len(set(folder.iterdir()) - files_before) == 1


def drop(panel, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(panel.width() / 2, panel.height() / 2)
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, event)
    return True


def test_photos_dropped_on_the_panel_join_the_table(qtbot, window, page, tmp_path):
    png = tmp_path / "nappe.png"
    Image.new("RGBA", (600, 400), (0, 120, 0, 128)).save(png)
    text = tmp_path / "notes.txt"
    text.write_text("pas une photo", encoding="utf-8")
    assert not drop(page.harvest, [text])         # refused at the door
    assert drop(page.harvest, [png, phone_photo(tmp_path / "b.jpg")])
    wait_prepared(qtbot, page)
    assert page.harvest.photos.count() == 2
    assert all(p.table == "T2" for p in window.document.workshop.photos[-2:])


def test_faces_ticked_on_a_photo(qtbot, window, page, monkeypatch, tmp_path):
    answer_dialog(monkeypatch, [phone_photo(tmp_path / "a.jpg")])
    qtbot.mouseClick(page.harvest.add_button, Qt.MouseButton.LeftButton)
    wait_prepared(qtbot, page)
    page.harvest.photos.setCurrentRow(0)
    assert page.harvest.faces_box.isEnabled()
    qtbot.mouseClick(page.harvest.faces_box, Qt.MouseButton.LeftButton)
    assert window.document.workshop.photos[-1].faces
    qtbot.mouseClick(page.harvest.remove_button, Qt.MouseButton.LeftButton)
    assert page.harvest.photos.count() == 0


def test_the_nappe_on_the_projector(qtbot, window, page):
    page.table_combo.select("T1")
    page.round_combo.select(0)                    # the demo has a photo of table 1, round 1
    assert page.harvest.photos.count() == 1
    qtbot.mouseClick(page.harvest.project_button, Qt.MouseButton.LeftButton)
    shown = page.projected
    assert isinstance(shown, PhotosProjector)
    assert shown.caption() == "Photo 1 sur 1 — tour 1"
    image = shown.grab().toImage()
    assert image.width() > 600
    # the photo is painted: many colours in the middle, not a blank page
    colours = {image.pixel(x, image.height() // 2) for x in range(0, image.width(), 7)}
    assert len(colours) > 20


def test_a_workshop_without_a_file_asks_to_save_first(qtbot, page, monkeypatch, tmp_path):
    page.document.store = None
    answer_dialog(monkeypatch, [phone_photo(tmp_path / "a.jpg")])
    qtbot.mouseClick(page.harvest.add_button, Qt.MouseButton.LeftButton)
    assert "Enregistrez d'abord" in page.problem.text()
    assert page.harvest.photos.count() == 0


def test_save_as_takes_the_photos_along(qtbot, app, window, monkeypatch, tmp_path):
    from ui import file_actions

    target = tmp_path / "ailleurs" / "copie.cafe"
    target.parent.mkdir()
    monkeypatch.setattr(file_actions, "ask_save_path", lambda *a, **k: target)
    names = {p.file for p in window.document.workshop.photos}
    assert names                                   # the demo's two nappes
    app.file_menu.act_save_as.trigger()
    assert window.document.path == target
    folder = Path(window.document.store.photo_dir)
    assert {p.name for p in folder.iterdir()} == names
    window.show_page("ideas")
    page = window.findChildren(IdeasPage)[0]
    page.table_combo.select("T1")
    page.round_combo.select(0)
    assert not page.harvest.photos.item(0).icon().isNull()  # the thumbnail is read there


def test_photos_still_being_prepared_when_the_window_closes_are_kept(qtbot, window, page,
                                                                     tmp_path):
    assert drop(page.harvest, [phone_photo(tmp_path / f"n{i}.jpg") for i in range(3)])
    assert not page.harvest.add_button.isEnabled()   # one batch at a time
    window.close()                                   # at once, the worker still busy
    reloaded = WorkshopStore(window.document.path).load()
    assert len([p for p in reloaded.photos if p.table == "T2"]) == 3
