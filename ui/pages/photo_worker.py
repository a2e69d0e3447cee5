"""Photos of the nappes prepared off the GUI thread.

Turning a phone photo upright, stripping its metadata and reducing it takes
Pillow 0.3–0.7 s (a 12-megapixel JPEG); twenty photos dropped at once froze
the window for several seconds.  The worker prepares and writes them into
the workshop's photo folder, one after the other; the panel records them in
one undoable step when it is done (:mod:`ui.pages.harvest_panel`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal

from workshop.errors import WorkshopError
from workshop.storage import photos as photo_files


class PhotoWorker(QThread):
    """Prepare ``paths`` and keep them in ``folder``; ``done(kept, refused)`` at the end.

    ``kept``: (file name in the folder, :class:`~workshop.storage.photos.Prepared`);
    ``refused``: the :class:`WorkshopError` of each file that could not be kept.
    """

    progressed = Signal(int, int)   # photos handled, photos in all
    done = Signal(list, list)

    def __init__(self, paths: list[Path], folder: Path, table: str, round_: int | None,
                 parent=None) -> None:
        super().__init__(parent)
        self.paths, self.folder = list(paths), Path(folder)
        self.table, self.round = table, round_

    def run(self) -> None:
        kept, refused = [], []
        for number, path in enumerate(self.paths, 1):
            try:
                prepared = photo_files.prepare(path)
                name = photo_files.store(self.folder, prepared, self.table, self.round)
                kept.append((name, prepared))
            except WorkshopError as exc:
                refused.append(exc)
            except OSError as exc:  # the folder cannot be written (disk full, read-only)
                refused.append(photo_files.PhotoError("unwritable", name=path.name,
                                                      detail=exc.strerror or str(exc)))
            self.progressed.emit(number, len(self.paths))
        self.done.emit(kept, refused)
