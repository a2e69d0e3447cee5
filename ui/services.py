"""What the application builds once and hands to pages and extensions.

:class:`Services` is made by the composition root (:mod:`ui.app`) and
passed through constructors: nothing looks a service up through the
window.  The show engine and the projector controller are built on first
use, so the first screen shows before their modules are imported (the app
asks for them just after its first paint).
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QObject, Signal

from ui.document import WorkshopDocument
from ui.settings import Settings

if typing.TYPE_CHECKING:
    from ui.projector.window import ProjectorController
    from ui.show.engine import ShowEngine


class Services(QObject):
    """The open document, the user's settings, the live show and the projector."""

    #: a line for the status bar and how long it stays (ms)
    status = Signal(str, int)
    #: a page the facilitator should now see (its key, e.g. ``"participants"``)
    page_wanted = Signal(str)

    def __init__(self, document: WorkshopDocument, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self._engine: ShowEngine | None = None
        self._projector: ProjectorController | None = None

    @property
    def show_started(self) -> bool:
        """Whether the show engine exists yet (it is built on first use)."""
        return self._engine is not None

    @property
    def show_engine(self) -> ShowEngine:
        if self._engine is None:
            from ui.show.engine import ShowEngine

            self._engine = ShowEngine(self.document, parent=self)
            # the live record could not be written: said like a failed save
            self._engine.save_failed.connect(self.document.save_failed)
        return self._engine

    @property
    def projector(self) -> ProjectorController:
        if self._projector is None:
            from ui.projector.window import ProjectorController

            self._projector = ProjectorController(self.show_engine, self.settings, parent=self)
        return self._projector

    def say(self, text: str, msecs: int = 10000) -> None:
        """Show ``text`` in the status bar of the window."""
        self.status.emit(text, msecs)

    def may_close(self, parent) -> bool:
        """Closing during a running round asks first (Ctrl+Q pressed by mistake)."""
        if self._engine is None or not self._engine.running:
            return True
        from PySide6.QtWidgets import QMessageBox

        from workshop.timer import format_clock

        left = format_clock(max(0.0, self._engine.countdown.remaining()))
        answer = QMessageBox.question(
            parent, self.tr("Quitter pendant le tour ?"),
            self.tr("Le minuteur tourne encore ({left} restantes). Quitter Café Conversation "
                    "maintenant ? Le minuteur reprendra où il en est à la réouverture.").format(
                left=left),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def shutdown(self) -> None:
        """The window is closing: close the projector, let the screen sleep again."""
        if self._projector is not None:
            self._projector.close()
        if self._engine is not None:
            self._engine.keep_awake.release()
