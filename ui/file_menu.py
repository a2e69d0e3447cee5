"""The File menu's own actions: new, from the demo, from last year's, open, recent, save as.

An extension like the others (:mod:`ui.parts`); the window keeps only
« Quitter ».  Dialogs and file handling live in :mod:`ui.file_actions`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ui import file_actions
from ui.parts import Entry
from ui.services import Services
from ui.paths import workshops_folder
from ui.text.messages import describe
from workshop.errors import WorkshopError


FREE_CHECK_MS = 5000


def _same_file(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve() or (
            Path(a).exists() and Path(b).exists() and Path(a).samefile(b))
    except OSError:
        return False


class FileMenu(QObject):
    """Creating, opening and saving workshop files from the window."""

    def __init__(self, services: Services, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self.services = services
        self.window = parent_widget
        self.recent = QMenu(parent_widget)
        self.recent.setObjectName("menu_recent")
        self.recent.aboutToShow.connect(self._fill_recent)
        # Each slot is wrapped: ``triggered`` passes ``checked``, which none expects.
        self.act_new = self._action(self.new_workshop, QKeySequence.StandardKey.New)
        self.act_new_demo = self._action(self.new_from_demo)
        self.act_new_from_last = self._action(self.new_from_last_year)
        self.act_open = self._action(self.open_dialog, QKeySequence.StandardKey.Open)
        self.act_save_as = self._action(self.save_as, QKeySequence.StandardKey.SaveAs)
        # A read-only window (the file open in another) never writes: when the
        # file becomes free, it offers to open it again, once.
        self._free_watch = QTimer(self, interval=FREE_CHECK_MS)
        self._free_watch.timeout.connect(self.check_file_free)
        self._free_watch.start()
        self._offered_for: Path | None = None
        self.translate_ui()

    def _action(self, slot, key=None):
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        if key is not None:
            # setShortcuts(StandardKey), not setShortcut(QKeySequence(key)): the
            # latter builds every Qt enum first (≈ 40 ms before the first paint).
            action.setShortcuts(key)
        return action

    def entries(self) -> list[Entry]:
        return [Entry("file", self.act_new), Entry("file", self.act_new_demo),
                Entry("file", self.act_new_from_last),
                Entry("file", self.act_open), Entry("file", self.recent),
                Entry("file", self.act_save_as)]

    def translate_ui(self) -> None:
        tr = self.tr
        self.recent.setTitle(tr("Fichiers &récents"))
        self.act_new.setText(tr("&Nouvel atelier…"))
        self.act_new_demo.setText(tr("Nouvel atelier depuis la &démo"))
        self.act_new_from_last.setText(tr("Nouvel atelier depuis celui de l'&an dernier…"))
        self.act_open.setText(tr("&Ouvrir…"))
        self.act_save_as.setText(tr("Enregistrer &sous…"))

    # -- a read-only window ---------------------------------------------------------
    def check_file_free(self) -> bool:
        """Offer to reopen a file opened read-only once it is free; True if reopened."""
        document = self.services.document
        store = document.store
        if store is None or store.read_only_reason != "locked" or store.path == self._offered_for:
            return False
        if not store.lock_available():
            return False
        self._offered_for = store.path  # asked once per file: « no » is respected
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self.window, self.tr("Fichier libre"),
            self.tr("« {name} » n'est plus ouvert ailleurs. Le rouvrir pour pouvoir le modifier ? "
                    "Vous verrez alors sa dernière version enregistrée ; cette fenêtre, en "
                    "lecture seule, n'a rien écrit.").format(name=store.path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes and self.open_path(store.path)

    # -- opening -----------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        opened = file_actions.open_file(Path(path), self.window)
        if opened is None:
            return False
        self.services.document.replace(*opened)
        self.services.settings.add_recent(Path(path))
        return True

    def open_dialog(self) -> None:
        path = file_actions.ask_open_path(self.window, workshops_folder())
        if path:
            self.open_path(path)

    def new_workshop(self) -> None:
        path = file_actions.ask_save_path(self.window, workshops_folder(),
                                          self.tr("Nouvel atelier"))
        if path:
            self._adopt(file_actions.create_empty, path)

    def new_from_demo(self) -> None:
        self._adopt(file_actions.create_demo, file_actions.fresh_demo_path(workshops_folder()))

    def new_from_last_year(self) -> None:
        """This year's workshop from last year's file, which is only read."""
        from PySide6.QtWidgets import QDialog, QMessageBox

        from ui.carry_over_dialog import CarryOverDialog, ask_last_year
        from workshop import carry_over
        from workshop.storage.store import StoreError

        source = ask_last_year(self.window, workshops_folder())
        if source is None:
            return
        document = self.services.document
        if document.path is not None and _same_file(source, document.path):
            document.flush()  # last year's is open here: what is read is what is saved
        try:
            last = carry_over.read_last_year(source)
        except StoreError as exc:
            QMessageBox.warning(self.window, self.tr("Ouverture impossible"), describe(exc))
            return
        dialog = CarryOverDialog(last, source, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        options = dialog.options()
        path = file_actions.ask_save_path(self.window, workshops_folder(),
                                          self.tr("Nouvel atelier"))
        if not path:
            return
        if _same_file(path, source):  # never replace last year's file by this year's
            QMessageBox.warning(self.window, self.tr("Création impossible"), self.tr(
                "« {name} » est l'atelier de l'an dernier : choisissez un autre nom pour le "
                "nouvel atelier.").format(name=path.name))
            return
        self._adopt(lambda new: file_actions.create_from(last, options, new), path)

    def _adopt(self, create, path: Path) -> None:
        from PySide6.QtWidgets import QMessageBox

        from workshop.storage.store import StoreError

        try:
            if path.exists():
                path.unlink()  # the file dialog already asked before replacing
            opened = create(path)
        except (StoreError, OSError) as exc:  # a read-only folder, say: one sentence
            QMessageBox.warning(self.window, self.tr("Création impossible"),
                                describe(exc) if isinstance(exc, StoreError) else str(exc))
            return
        self.services.document.replace(*opened)
        self.services.settings.add_recent(path)

    # -- saving ------------------------------------------------------------------
    def save_as(self) -> None:
        path = file_actions.ask_save_path(self.window, workshops_folder(),
                                          self.tr("Enregistrer sous"))
        if path:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        from workshop.storage.store import WorkshopStore

        document = self.services.document
        store = WorkshopStore(path)
        old = document.store
        document.store = store
        if not document.save():
            document.store = old
            store.close()
            return False
        show = document.workshop.show
        try:  # the show goes on in the new file
            store.save_live(show.step, show.countdown)
        except (WorkshopError, OSError):
            pass  # the workshop itself is saved; the show restarts from its step at worst
        if old is not None:
            self._take_photos(old, store)
            old.close()
        self.services.settings.add_recent(path)
        document.save_state_changed.emit()  # the title names the new file
        return True

    def _take_photos(self, old, new) -> None:
        """The photos of the nappes live beside the file: they go with it."""
        from PySide6.QtWidgets import QMessageBox

        from workshop.storage import photos

        try:
            photos.copy_named(old.photo_dir, new.photo_dir,
                              {item.file for item in self.services.document.workshop.photos})
        except OSError as exc:
            QMessageBox.warning(self.window, self.tr("Photos non copiées"), self.tr(
                "L'atelier est enregistré, mais les photos des nappes n'ont pas pu être copiées "
                "à côté du nouveau fichier ({reason}). Elles restent dans « {folder} »."
            ).format(reason=exc.strerror or exc, folder=old.photo_dir))

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in self.services.settings.recent_files():
            self.recent.addAction(str(path), lambda p=path: self.open_path(p))
        if self.recent.isEmpty():
            self.recent.addAction(self.tr("(aucun)")).setEnabled(False)
