"""The harvest of one table and round, beside its ideas: summary and photos of the nappe.

The capitaine sums each round up; the facilitator types it here afterwards
or during the plenary (saved as one undoable step per table and round, a
moment after the last key).  Photos of the nappe come by the file dialog
or by dropping files on the panel: :mod:`workshop.storage.photos` turns
them upright, strips every metadata (GPS first) and reduces them before
anything is kept, in the photo folder beside the workshop file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import fill
from ui.pages.photo_worker import PhotoWorker
from ui.text.messages import describe
from workshop import harvest
from workshop.storage import photos as photo_files

THUMB = 88           # pixels: enough to tell two nappes apart
SAVE_AFTER_MS = 700  # a summary is saved this long after the last key


class HarvestPanel(QGroupBox):
    """Summary and photos of the table and round chosen on the ideas page."""

    #: one sentence for the page's problem line (a photo refused)
    problem = Signal(str)
    #: the facilitator asks to show this table's photos on the projector
    project_requested = Signal(str)

    def __init__(self, document, apply: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._apply = apply  # the page's: one undoable step, a refusal in its problem line
        self.table: str | None = None
        self.round: int | None = None
        self._thumbs: dict[str, QIcon] = {}
        self._pending = False  # typed in the summary and not recorded yet
        self.worker: PhotoWorker | None = None  # photos being prepared
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.save_summary)
        self.setAcceptDrops(True)
        self._build()

    def _build(self) -> None:
        self.summary_label = QLabel()
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary_label.setBuddy(self.summary)
        self.summary.textChanged.connect(self._typed)
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.summary.setAcceptDrops(False)  # a dropped photo goes to the panel, not in the text
        self.summary.installEventFilter(self)
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(THUMB, THUMB))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setAcceptDrops(False)
        self.photos.setMinimumHeight(THUMB + self.fontMetrics().lineSpacing() * 2 + 12)
        self.photos.currentItemChanged.connect(lambda *_: self._show_photo_state())
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.project_button = QPushButton()
        self.faces_box = QCheckBox()
        self.add_button.clicked.connect(self.choose_photos)
        self.remove_button.clicked.connect(self.remove_photo)
        self.project_button.clicked.connect(lambda: self.project_requested.emit(self.table or ""))
        self.faces_box.clicked.connect(self._set_faces)
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        self.consent.setStyleSheet("color: #555;")
        # summary, photos, then their buttons in a column: the ideas keep most of the height
        buttons = QVBoxLayout()
        for w in (self.add_button, self.remove_button, self.faces_box, self.project_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        words = QVBoxLayout()
        words.addWidget(self.summary_label)
        words.addWidget(self.summary, 1)
        both = QHBoxLayout()
        both.addLayout(words, 3)
        both.addWidget(self.photos, 2)
        both.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(both)
        layout.addWidget(self.consent)

    def translate_ui(self) -> None:
        self.summary_label.setText(self.tr("&Résumé du capitaine pour ce tour :"))
        self.summary.setPlaceholderText(self.tr(
            "ce que le capitaine a retenu du tour, en quelques phrases (enregistré tout seul)"))
        self.summary.setAccessibleName(self.tr("Résumé du capitaine"))
        self.photos.setAccessibleName(self.tr("Photos de la nappe"))
        if self.worker is None:
            self.add_button.setText(self.tr("Ajouter des p&hotos…"))
        self.add_button.setToolTip(self.tr(
            "JPEG, PNG ou HEIC ; on peut aussi déposer les fichiers ici. La position GPS et "
            "les autres données de l'appareil sont retirées."))
        self.remove_button.setText(self.tr("Retirer la photo"))
        self.faces_box.setText(self.tr("On y reconnaît des visages"))
        self.faces_box.setToolTip(self.tr(
            "Cochez si des personnes sont reconnaissables : la photo est alors retirée "
            "du compte rendu sans noms et effacée avec les données de ces personnes."))
        self.project_button.setText(self.tr("Projeter les photos de la table"))
        self.consent.setText(self.tr(
            "Une photo où l'on reconnaît quelqu'un ne se prend et ne se garde qu'avec "
            "son accord. Photographiez la nappe, pas les personnes."))
        self.show_place(self.table, self.round)

    # -- showing -------------------------------------------------------------------
    def show_place(self, table: str | None, round_: int | None) -> None:
        """Show the harvest of ``table`` in ``round_`` (the pending summary saved first)."""
        if (table, round_) != (self.table, self.round):
            self.save_summary()
        self.table, self.round = table, round_
        ws = self.document.workshop
        found = ws.table(table) if table else None
        if found is None:
            self.setTitle(self.tr("Récolte : choisissez une table"))
        elif round_ is None:
            self.setTitle(fill(self.tr("Récolte de {table}, sans tour"), table=found.name))
        else:
            self.setTitle(fill(self.tr("Récolte de {table}, tour {n}"), table=found.name,
                               n=round_ + 1))
        self.summary.setEnabled(found is not None and round_ is not None)
        self._set_summary_text(harvest.summary(ws, table, round_) if found else "")
        self.add_button.setEnabled(found is not None and self.worker is None)
        self.project_button.setEnabled(found is not None)
        self.refresh_photos()

    def _set_summary_text(self, text: str) -> None:
        if self._pending:
            return  # the facilitator is typing: their text wins over a refresh
        if self.summary.toPlainText() != text:
            self.summary.blockSignals(True)
            self.summary.setPlainText(text)
            self.summary.blockSignals(False)

    def refresh(self) -> None:
        self.show_place(self.table, self.round)

    def refresh_photos(self) -> None:
        ws = self.document.workshop
        current = self.current_photo()
        self.photos.clear()
        if self.table is None:
            self._show_photo_state()
            return
        folder = self._folder()
        for number, item in enumerate(harvest.photos_of(ws, self.table, self.round), 1):
            entry = QListWidgetItem(self._thumb(folder, item.file),
                                    fill(self.tr("Photo {n}"), n=number))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(item.file)
            self.photos.addItem(entry)
            if item.id == current:
                self.photos.setCurrentItem(entry)
        self._show_photo_state()

    def _thumb(self, folder: Path | None, name: str) -> QIcon:
        if name not in self._thumbs:
            pixmap = QPixmap(str(folder / name)) if folder else QPixmap()
            if pixmap.isNull():
                self._thumbs[name] = QIcon()  # missing file: an empty square, named
                return self._thumbs[name]
            self._thumbs[name] = QIcon(pixmap.scaled(
                THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        return self._thumbs[name]

    def current_photo(self) -> str | None:
        item = self.photos.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_photo_state(self) -> None:
        chosen = self.current_photo()
        self.remove_button.setEnabled(chosen is not None)
        self.faces_box.setEnabled(chosen is not None)
        photo = next((p for p in self.document.workshop.photos if p.id == chosen), None)
        self.faces_box.setChecked(bool(photo and photo.faces))
        ws = self.document.workshop
        self.project_button.setEnabled(self.table is not None and bool(
            harvest.photos_of(ws, self.table, any_round=True)
            or any(s.table == self.table for s in ws.summaries)))

    # -- the summary ---------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if watched is self.summary and event.type() == QEvent.Type.FocusOut:
            self.save_summary()  # leaving the field keeps what was typed, at once
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_summary()  # another page chosen
        super().hideEvent(event)

    def _typed(self) -> None:
        self._pending = True
        self._save_timer.start()

    def save_summary(self) -> None:
        """Record what is typed now (one undoable step per table and round)."""
        if not self._pending:
            return
        self._pending = False
        self._save_timer.stop()
        table, round_, text = self.table, self.round, self.summary.toPlainText()
        if table is None or round_ is None:
            return
        self._apply(self.tr("Résumé du capitaine"),
                    lambda ws: harvest.set_summary(ws, table, round_, text),
                    merge=f"summary:{table}:{round_}")

    # -- photos --------------------------------------------------------------------
    def _folder(self) -> Path | None:
        store = self.document.store
        return Path(store.photo_dir) if store is not None else None

    def choose_photos(self) -> None:
        patterns = " ".join("*" + ext for ext in photo_files.EXTENSIONS)
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Photos de la nappe"), "",
            fill(self.tr("Photos ({patterns})"), patterns=patterns))
        if names:
            self.add_photos([Path(n) for n in names])

    def add_photos(self, paths: list[Path]) -> int:
        """Prepare and keep ``paths`` off the GUI thread, then record them; returns how
        many are being prepared."""
        table, round_ = self.table, self.round
        folder = self._folder()
        if table is None:
            self.problem.emit(self.tr("Choisissez d'abord la table de la nappe."))
            return 0
        if folder is None or self.document.read_only:
            self.problem.emit(self.tr(
                "Enregistrez d'abord l'atelier dans un fichier modifiable : les photos sont "
                "rangées à côté de lui."))
            return 0
        if self.worker is not None:
            return 0  # one batch at a time: the button waits meanwhile
        self.worker = PhotoWorker(paths, folder, table, round_, self)
        self.worker.done.connect(lambda kept, refused: self._photos_ready(
            table, round_, kept, refused))
        self.worker.finished.connect(self._worker_finished)
        self.add_button.setEnabled(False)
        self.add_button.setText(fill(self.tr("Préparation de {n} {n|photo|photos}…"),
                                     n=len(paths)))
        self.worker.start()
        return len(paths)

    def _photos_ready(self, table: str, round_: int | None, kept: list, refused: list) -> None:
        """The prepared photos recorded in one undoable step; refusals said."""
        if kept:
            self._apply(fill(self.tr("Ajouter {n} {n|photo|photos} de nappe"), n=len(kept)),
                        lambda ws: [harvest.add_photo(ws, table, round_, name, p.width, p.height)
                                    for name, p in kept])
        if refused:
            self.problem.emit(" ".join(describe(exc) for exc in refused))

    def _worker_finished(self) -> None:
        self.worker = None
        self.translate_ui()  # the button's own text and state back

    def shutdown(self) -> None:
        """The window closes: photos being prepared are finished and recorded first."""
        self.save_summary()
        if self.worker is not None:
            self.worker.wait()
            QApplication.processEvents()  # deliver « done »: the photos are recorded

    def remove_photo(self) -> None:
        chosen = self.current_photo()
        if chosen:
            self._apply(self.tr("Retirer une photo de nappe"),
                        lambda ws: harvest.remove_photo(ws, chosen))

    def _set_faces(self, checked: bool) -> None:
        chosen = self.current_photo()
        if chosen:
            self._apply(self.tr("Visages sur une photo"),
                        lambda ws: harvest.set_faces(ws, chosen, checked))

    # -- drag and drop -------------------------------------------------------------
    @staticmethod
    def _dropped(event) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()
                and Path(u.toLocalFile()).suffix.lower() in photo_files.EXTENSIONS]

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.table is not None and self._dropped(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self.table is not None and self._dropped(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = self._dropped(event)
        if paths:
            event.acceptProposedAction()
            self.add_photos(paths)
