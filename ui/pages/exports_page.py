"""Exports: write the PDFs off the GUI thread, show their first pages; the follow-up site.

The workshop is copied before the worker starts, so editing while the
PDFs are written changes nothing in them.  Cancel stops at the next page;
a file is written whole or not at all.  Thumbnails are rendered by
pypdfium2 in the worker (QPdfDocument is not in PySide6-Essentials) and
handed over as ``QImage`` (a ``QPixmap`` may only be made on the GUI thread).
"""

from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from ui.i18n import current_language
from ui.pages.base import Page
from ui.pages.site_panel import SitePanel
from workshop.model import Workshop

THUMB_WIDTH = 220


def first_page_image(path: Path, width: int = THUMB_WIDTH) -> QImage:
    """The first page of a PDF as a QImage (empty if pypdfium2 is missing)."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        return QImage()
    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[0]
        scale = width / page.get_width()
        image = page.render(scale=scale).to_pil().convert("RGB")
    finally:
        doc.close()
    data = image.tobytes()
    return QImage(data, image.width, image.height, 3 * image.width,
                  QImage.Format.Format_RGB888).copy()


class ExportWorker(QThread):
    """Runs :func:`exports.export_all` and renders the thumbnails."""

    progressed = Signal(int, int, str)
    done = Signal(list, list, str)      # paths, QImages, replaced characters
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, workshop: Workshop, folder: Path, anonymous: bool, lang: str,
                 photos: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.photos = photos  # the photos of the nappes, beside the workshop file
        self.folder = folder
        self.anonymous = anonymous
        self.lang = lang
        self._stop = False

    def stop(self) -> None:
        self._stop = True

    def run(self) -> None:
        from exports import export_all
        from exports.pdf.base import ExportCancelled
        from ui.text import catalogue

        missing: set[str] = set()
        try:
            paths = export_all(self.workshop, self.folder, catalogue(self.lang),
                               progress=self.progressed.emit, cancel=lambda: self._stop,
                               anonymous=self.anonymous, missing=missing,
                               photos=self.photos)
            images = [first_page_image(p) for p in paths]
        except ExportCancelled:
            self.cancelled.emit()
            return
        except OSError as exc:
            self.failed.emit(f"{exc.filename or self.folder} : {exc.strerror or exc}")
            return
        self.done.emit([str(p) for p in paths], images, " ".join(sorted(missing)))


class ExportsPage(Page):
    # the site panel lists the référents and says where the site goes
    watches = frozenset({"plan", "bilan", "participants", "workshop"})

    def __init__(self, document, parent=None) -> None:
        super().__init__(document, parent)
        self.worker: ExportWorker | None = None
        self.paths: list[Path] = []
        self._build()
        self.translate_ui()
        self.refresh()
        # a QThread destroyed while running aborts the process: let it end first
        QCoreApplication.instance().aboutToQuit.connect(self.wait_for_export)

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setWordWrap(True)  # a long list of documents wraps, never widens the page
        self.folder_label = QLabel()
        self.folder = QLineEdit()
        self.folder_label.setBuddy(self.folder)
        self.choose = QPushButton()
        self.anonymous = QCheckBox()
        self.export_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 5)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.thumbnails = QListWidget()
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, int(THUMB_WIDTH * 1.42)))
        self.thumbnails.setResizeMode(QListView.ResizeMode.Adjust)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setWordWrap(True)
        self.thumbnails.itemActivated.connect(self._open_document)
        self.site = SitePanel(self)
        self.easy_note = QLabel()
        self.easy_note.setWordWrap(True)
        self.easy_note.setStyleSheet("color: #555;")
        row = QHBoxLayout()
        row.addWidget(self.folder_label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.cancel_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.easy_note)
        layout.addLayout(row)
        layout.addWidget(self.anonymous)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.thumbnails, 1)
        layout.addWidget(self.site)
        self.choose.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.open_button.clicked.connect(self.open_folder)

    def translate_ui(self) -> None:
        self.heading.setText(self.tr("<h2>Exports</h2><p>Programmation annuelle, affiche de "
                                     "suivi pour le hall, compte rendu avec la récolte des "
                                     "tables, fiches capitaine, itinéraires, feuille "
                                     "d'émargement, chevalets de table, copies faciles à lire "
                                     "(itinéraires en gros caractères, restitution) et, quand "
                                     "l'atelier reprend celui de l'an dernier, son bilan : en "
                                     "PDF prêts à imprimer.</p>"))
        self.easy_note.setText(self.tr(
            "Les copies « faciles à lire » suivent les règles du facile à lire (phrases "
            "courtes, gros caractères, une couleur par thème). Avant de les appeler FALC, "
            "faites relire le texte par les personnes concernées."))
        self.folder_label.setText(self.tr("&Dossier :"))
        self.choose.setText(self.tr("C&hoisir…"))
        self.anonymous.setText(self.tr("Compte rendu &sans aucun nom (pour l'affichage)"))
        self.export_button.setText(self.tr("&Exporter les documents"))
        self.cancel_button.setText(self.tr("&Annuler"))
        self.open_button.setText(self.tr("&Ouvrir le dossier"))
        self.folder.setAccessibleName(self.tr("Dossier où écrire les PDF"))
        self.thumbnails.setAccessibleName(self.tr("Premières pages des documents écrits"))
        self.progress.setAccessibleName(self.tr("Avancement de l'export"))
        self.site.translate_ui()

    def refresh(self) -> None:
        if not self.folder.text():
            self.folder.setText(str(self.default_folder()))
        if hasattr(self, "site"):
            self.site.refresh()

    def default_folder(self) -> Path:
        path = self.document.path
        if path is not None:
            return path.parent / f"{path.stem} - PDF"
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents or Path.home()) / "Café Conversation - PDF"

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des PDF"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)

    # -- the export ----------------------------------------------------------------
    def start_export(self) -> None:
        if self.worker is not None:
            return
        folder = Path(self.folder.text().strip() or self.default_folder())
        self.document.flush()  # what is printed is what is saved
        store = self.document.store
        self.worker = ExportWorker(copy.deepcopy(self.document.workshop), folder,
                                   self.anonymous.isChecked(), current_language(),
                                   store.photo_dir if store is not None else None, self)
        self.worker.progressed.connect(self._on_progress)
        self.worker.done.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.finished.connect(self._on_finished)
        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(self.tr("Écriture des documents…"))
        self.worker.start()

    def cancel_export(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.status.setText(self.tr("Annulation…"))

    def _on_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if name:
            self.status.setText(self.tr("Écriture de {}…").format(name))

    def _on_done(self, paths: list, images: list, missing: str) -> None:
        self.paths = [Path(p) for p in paths]
        store = self.document.store
        if store is not None and not store.read_only:
            store.record_exports(self.paths)  # an erasure deletes them while unchanged
        self.thumbnails.clear()
        for path, image in zip(self.paths, images):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.thumbnails.addItem(item)
        text = self.tr("{} documents écrits dans {}.").format(len(paths), self.paths[0].parent)
        if missing:
            text += " " + self.tr("Caractères absents de la police, imprimés comme � : {}"
                                  ).format(missing)
        self.status.setText(text)
        self.open_button.setEnabled(True)

    def _on_failed(self, reason: str) -> None:
        self.status.setText(self.tr("Impossible d'écrire les documents : {}. Choisissez un autre "
                                    "dossier ; l'atelier n'a pas changé.").format(reason))

    def _on_cancelled(self) -> None:
        self.status.setText(self.tr("Export annulé : les documents déjà écrits sont complets, "
                                    "aucun fichier à moitié écrit."))

    def _on_finished(self) -> None:
        self.worker = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def open_folder(self) -> None:
        folder = self.paths[0].parent if self.paths else Path(self.folder.text())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _open_document(self, item: QListWidgetItem) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(item.data(Qt.ItemDataRole.UserRole)))

    def shutdown(self) -> None:
        """An export stops at its next page before the window goes."""
        self.wait_for_export()

    def wait_for_export(self, msecs: int = 30000) -> None:
        """Let a running export end (closing the window, tests)."""
        if self.worker is not None:
            self.worker.stop()
            self.worker.wait(msecs)
        self.site.wait(msecs)
