"""Opening and creating workshop files from the window, with recovery.

Kept apart from the main window so that it only assembles.  Every failure
becomes one sentence in a dialog; a damaged file is never overwritten.
Dialog classes and ``datetime`` are imported when needed: the window shows
sooner without building their Python types at start-up.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from workshop.model import Workshop
from workshop.storage.store import StoreError, WorkshopStore
from ui.paths import EXTENSION
from ui.text.messages import describe

# .cafe is the workshops' own extension (file association); .json still opens
FILTER = "Ateliers (*.cafe *.json);;Tous les fichiers (*)"

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


def fresh_demo_path(folder: Path) -> Path:
    from datetime import datetime

    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    return folder / f"demo-{stamp}{EXTENSION}"


def create_demo(path: Path) -> tuple[Workshop, WorkshopStore]:
    from workshop.demo import demo_workshop, place_demo_photos  # only when a demo is made

    store = WorkshopStore(path)
    workshop = demo_workshop()
    store.create(workshop)
    place_demo_photos(workshop, store.photo_dir)
    return workshop, store


def create_empty(path: Path) -> tuple[Workshop, WorkshopStore]:
    store = WorkshopStore(path)
    workshop = Workshop(id=path.stem, title=tr("Nouvel atelier"))
    store.create(workshop)
    return workshop, store


def create_from(last: Workshop, options, path: Path) -> tuple[Workshop, WorkshopStore]:
    """A new file at ``path`` made from last year's workshop (``options``: what comes over)."""
    from workshop.carry_over import new_from

    store = WorkshopStore(path)
    workshop = new_from(last, path.stem, options)
    store.create(workshop)
    return workshop, store


def open_file(path: Path, parent: QWidget | None,
              ask: bool = True) -> tuple[Workshop, WorkshopStore] | None:
    """Load ``path``; on a damaged file offer the newest readable backup.

    A file opened read-only (open in another window, protected, in a
    read-only folder) says why in one sentence; a file opened for writing
    gets its ``open`` backup.
    """
    from PySide6.QtWidgets import QMessageBox

    store = WorkshopStore(path)
    try:
        workshop = store.load()
    except StoreError as exc:
        log.warning("could not open %s: %s", path, exc.code)
        if exc.backup is None or not ask or store.read_only:
            store.close()
            if ask:
                QMessageBox.warning(parent, tr("Ouverture impossible"), describe(exc))
            return None
        return _offer_backup(store, exc, parent)
    log.info("opened %s%s", path, " (read-only)" if store.read_only else "")
    if store.read_only:
        if ask:
            QMessageBox.information(parent, tr("Lecture seule"), read_only_sentence(store))
    else:
        try:
            store.backup("open")
        except StoreError as exc:  # the file opened: say so, do not refuse it
            if ask:
                QMessageBox.warning(parent, tr("Sauvegarde impossible"), describe(exc))
    return workshop, store


def read_only_sentence(store: WorkshopStore) -> str:
    """Why ``store`` is read-only, in one sentence (another window, a protected file or folder)."""
    return describe(StoreError(store.read_only_reason or "locked", store.path))


def _offer_backup(store: WorkshopStore, exc: StoreError,
                  parent: QWidget | None) -> tuple[Workshop, WorkshopStore] | None:
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    try:
        when = datetime.fromtimestamp(exc.backup.stat().st_mtime).strftime("%d/%m/%Y %H:%M")
    except OSError:
        when = "?"
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Fichier abîmé"), describe(exc),
                      parent=parent)
    box.setInformativeText(
        tr("La sauvegarde la plus récente lisible date du {when}. La restaurer ? "
           "Le fichier abîmé est conservé à part.").format(when=when))
    restore = box.addButton(tr("Restaurer la sauvegarde"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is not restore:
        store.close()
        return None
    try:
        workshop = store.restore_backup(exc.backup)
    except (StoreError, OSError) as failure:
        store.close()
        QMessageBox.warning(parent, tr("Restauration impossible"),
                            describe(failure) if isinstance(failure, StoreError)
                            else str(failure))
        return None
    return workshop, store


def unsaved_workshop(exc: Exception, parent: QWidget | None) -> tuple[Workshop, None]:
    """No file could be made (a read-only folder, say): a workshop in the window only.

    The app still starts and says why; « Enregistrer sous… » keeps it elsewhere.
    """
    from PySide6.QtWidgets import QMessageBox

    reason = describe(exc) if isinstance(exc, StoreError) else str(exc)
    QMessageBox.warning(parent, tr("Enregistrement impossible"), reason + "\n\n" + tr(
        "L'atelier n'est pas enregistré : utilisez « Enregistrer sous… » pour le garder "
        "dans un dossier où vous pouvez écrire."))
    return Workshop(id="atelier", title=tr("Nouvel atelier")), None


def ask_open_path(parent: QWidget, folder: Path) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getOpenFileName(parent, tr("Ouvrir un atelier"), str(folder),
                                          tr(FILTER))
    return Path(name) if name else None


def ask_save_path(parent: QWidget, folder: Path, title: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, title, str(folder), tr(FILTER))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(EXTENSION)
