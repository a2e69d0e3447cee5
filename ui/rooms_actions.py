"""« Fusionner des salles… »: the File menu's door to large events (issue 19).

An extension like the others (:mod:`ui.parts`).  The rooms' files are read
first (never written; one that cannot be read stops everything with one
sentence), a backup of the open workshop is kept, then every room chosen is
merged in **one** undoable step.  What came in is reported (``merged``
carries the report's lines) and the Rooms page is shown.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.i18n import fill
from ui.parts import Entry
from ui.paths import workshops_folder
from ui.services import Services
from ui.text.messages import describe
from workshop.errors import WorkshopError


class RoomsActions(QObject):
    """Merging rooms' workshop files into the open one (the event)."""

    merged = Signal(list)  # the report, one line a str

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self.services = services
        self.window = window
        self.merge_action = QAction(window)
        self.merge_action.setObjectName("merge_rooms")
        self.merge_action.triggered.connect(lambda _checked=False: self.ask_and_merge())
        self.last_report: list[str] = []
        self.translate_ui()

    def entries(self) -> list[Entry]:
        return [Entry("file", self.merge_action)]

    def translate_ui(self) -> None:
        self.merge_action.setText(self.tr("&Fusionner des salles…"))
        self.merge_action.setToolTip(self.tr(
            "Rassembler dans cet atelier les fichiers des salles d'un grand événement"))

    def ask_and_merge(self) -> bool:
        paths, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Fichiers des salles à fusionner"), str(workshops_folder()),
            self.tr("Ateliers (*.cafe *.json)"))
        return bool(paths) and self.merge_paths([Path(p) for p in paths])

    def merge_paths(self, paths: list[Path]) -> bool:
        """Merge ``paths`` in one undoable step; False (and one sentence) if it cannot."""
        # imported here: the merge is rare and its modules cost ~17 ms at start-up
        from ui.text.merge_report import report_lines
        from workshop.event.merge import EventError, merge_room, read_room

        document = self.services.document
        own = os.path.realpath(document.path) if document.path else None
        try:
            rooms = []
            for path in paths:
                if own is not None and os.path.realpath(path) == own:
                    raise EventError("same_file", name=path.name)
                rooms.append((path, read_room(path)))
            document.backup("import")  # the workshop as it was before the merge
            text = fill(self.tr("Fusionner {n} {n|salle|salles}"), n=len(rooms))
            reports = document.apply(
                text, lambda ws: [merge_room(ws, room, path.name) for path, room in rooms])
        except WorkshopError as exc:
            QMessageBox.warning(self.window, self.tr("Fusion impossible"), describe(exc))
            return False
        texts = {i.id: i.text for i in document.workshop.ideas}
        self.last_report = [line for report in reports for line in report_lines(report, texts)]
        self.merged.emit(self.last_report)
        show_page = getattr(self.window, "show_page", None)
        if show_page is not None:
            show_page("rooms")
        return True
