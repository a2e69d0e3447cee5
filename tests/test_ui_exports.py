"""The Exports page: real PDFs written off the GUI thread, thumbnails, cancel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from exports import DOCUMENTS
from tests.test_exports_builder import realistic_workshop


@pytest.fixture
def page(qtbot, document, tmp_path):
    from ui.pages.exports_page import ExportsPage

    widget = ExportsPage(document)
    qtbot.addWidget(widget)
    widget.folder.setText(str(tmp_path / "pdf"))
    widget.show()
    yield widget
    widget.wait_for_export()


def run_export(qtbot, page):
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert page.worker is not None and not page.export_button.isEnabled()
    assert page.cancel_button.isEnabled()
    # Wait on the page's own state: a worker that fails at once (unwritable
    # folder) can finish before a signal spy would be connected.
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=60000)


def test_default_folder_is_beside_the_workshop_file(page, document):
    assert page.default_folder() == document.path.parent / "atelier - PDF"


def test_export_writes_every_pdf_and_shows_their_first_pages(qtbot, page, document, tmp_path):
    document.workshop.plan = realistic_workshop().plan
    document.workshop.bilan.actions.clear()  # no bilan of last year: the five documents
    run_export(qtbot, page)
    names = sorted(p.name for p in (tmp_path / "pdf").iterdir())
    assert names == sorted(name for _k, name in DOCUMENTS)
    assert page.thumbnails.count() == len(DOCUMENTS) == 9  # table cards and easy copies too
    assert "FALC" in page.easy_note.text() and page.easy_note.isVisible()
    icon = page.thumbnails.item(0).icon()
    image = icon.pixmap(page.thumbnails.iconSize()).toImage()
    assert not image.isNull() and image.width() > 100
    assert page.thumbnails.item(0).text() == "programmation-annuelle.pdf"
    assert "9 documents écrits" in page.status.text()
    assert page.export_button.isEnabled() and not page.cancel_button.isEnabled()
    assert page.open_button.isEnabled()


def test_open_folder_asks_the_desktop(qtbot, page, tmp_path, monkeypatch):
    from ui.pages import exports_page

    opened = []
    monkeypatch.setattr(exports_page.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()))
    run_export(qtbot, page)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / "pdf")]


def test_unwritable_folder_is_explained(qtbot, page, tmp_path):
    blocker = tmp_path / "un-fichier"
    blocker.write_text("pas un dossier", encoding="utf-8")
    page.folder.setText(str(blocker))
    run_export(qtbot, page)
    assert "Impossible d'écrire" in page.status.text()
    assert blocker.read_text(encoding="utf-8") == "pas un dossier"
    assert page.export_button.isEnabled()


def test_cancelled_worker_writes_nothing(qtbot, tmp_path):
    from ui.pages.exports_page import ExportWorker

    worker = ExportWorker(realistic_workshop(), tmp_path / "pdf", False, "fr")
    worker.stop()
    with qtbot.waitSignal(worker.cancelled, timeout=30000):
        worker.start()
    worker.wait()
    assert not (tmp_path / "pdf").exists() or not list((tmp_path / "pdf").iterdir())


def test_cancel_button_reports_cancellation(qtbot, page, tmp_path, monkeypatch):
    from ui.pages.exports_page import ExportWorker

    start = ExportWorker.start

    def start_then_cancel(worker):
        start(worker)
        page.cancel_export()  # pressed before the worker reaches its first page

    monkeypatch.setattr(ExportWorker, "start", start_then_cancel)
    monkeypatch.setattr("exports.DOCUMENTS", [("report", "compte-rendu.pdf")] * 50)
    page.start_export()
    # Wait on the page's own state: a worker that fails at once (unwritable
    # folder) can finish before a signal spy would be connected.
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=60000)
    assert "Export annulé" in page.status.text()
    assert not list(tmp_path.rglob("*.tmp"))
    assert page.export_button.isEnabled()


def test_the_report_exported_from_the_page_carries_the_photos_of_the_nappes(qtbot, page,
                                                                             tmp_path):
    from pypdf import PdfReader

    run_export(qtbot, page)
    report = PdfReader(tmp_path / "pdf" / "compte-rendu.pdf")
    text = "".join(p.extract_text() for p in report.pages)
    assert "introuvable" not in text
    assert sum(len(p.images) for p in report.pages) == 2   # the demo's two nappes
