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
    from workshop.demo import demo_workshop  # only when a demo is made

    store = WorkshopStore(path)
    workshop = demo_workshop()
    store.create(workshop)
    return workshop, store


def create_empty(path: Path) -> tuple[Workshop, WorkshopStore]:
    store = WorkshopStore(path)
    workshop = Workshop(id=path.stem, title=tr("Nouvel atelier"))
    store.create(workshop)
    return workshop, store


def open_file(path: Path, parent: QWidget | None,
              ask: bool = True) -> tuple[Workshop, WorkshopStore] | None:
    """Load ``path``; on a damaged file offer the newest readable backup."""
    from PySide6.QtWidgets import QMessageBox

    store = WorkshopStore(path)
    try:
        workshop = store.load()
    except StoreError as exc:
        log.warning("could not open %s: %s", path, exc.code)
        if exc.backup is None or not ask:
            store.close()
            if ask:
                QMessageBox.warning(parent, tr("Ouverture impossible"), describe(exc))
            return None
        return _offer_backup(store, exc, parent)
    log.info("opened %s%s", path, " (read-only)" if store.read_only else "")
    if store.read_only and ask:
        QMessageBox.information(parent, tr("Lecture seule"),
                                describe(StoreError("locked", path)))
    return workshop, store


def _offer_backup(store: WorkshopStore, exc: StoreError,
                  parent: QWidget | None) -> tuple[Workshop, WorkshopStore] | None:
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    when = datetime.fromtimestamp(exc.backup.stat().st_mtime).strftime("%d/%m/%Y %H:%M")
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
    workshop = store.restore_backup(exc.backup)
    return workshop, store


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
