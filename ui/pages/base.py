"""What every page of the facilitator window shares."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from ui.document import WorkshopDocument
from ui.text.messages import describe
from workshop.errors import WorkshopError
from workshop.history import Change
from workshop.model import Workshop


class ProblemLabel(QLabel):
    """One sentence saying why a change was refused; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem")
        self.setWordWrap(True)
        self._plain = False
        self.setStyleSheet("QLabel#problem { color: #a01818; font-weight: bold; }")
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        if text and not self._plain:
            # Plain text (a name may hold « < »), set with the first message
            # rather than at start-up: the first use of the ``Qt`` namespace
            # builds all its enums (≈ 17 ms before the window could show).
            from PySide6.QtCore import Qt

            self.setTextFormat(Qt.TextFormat.PlainText)
            self._plain = True
        super().setText(text)

    def say(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self.setVisible(bool(message))


class Page(QWidget):
    """A page of the side bar: built from the document, refreshed on change.

    Subclasses build widgets in ``__init__``, set texts in
    :meth:`translate_ui` (called again when the language changes) and
    redraw in :meth:`refresh` for the change names they care about.
    """

    #: sections whose changes make this page refresh ("all" always does); a
    #: hidden page refreshes when it is shown again
    watches: frozenset[str] = frozenset()

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.problem = ProblemLabel(self)
        self._stale = False
        document.changed.connect(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if not change.touches(self.watches):
            return
        if self.isVisible():
            self.on_change(change)
        else:
            # Hidden pages wait: a check-in must not rebuild the rotation grid.
            self._stale = True

    def reveal(self, change: Change) -> None:
        """Select what ``change`` touched (an undo or a redo made it from elsewhere)."""

    def on_change(self, change: Change) -> None:
        """What a change the page watches does to it (default: :meth:`refresh`)."""
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def apply(self, text: str, mutate: Callable[[Workshop], object],
              merge: str | None = None) -> bool:
        """Run one undoable change; a refusal is shown in :attr:`problem`.

        Changes with the same ``merge`` key in a row are one step (a spin box).
        """
        try:
            self.document.apply(text, mutate, merge=merge)
        except WorkshopError as exc:
            self.show_problem(describe(exc))
            return False
        self.show_problem("")
        return True

    def show_problem(self, message: str) -> None:
        self.problem.say(message)

    def refresh(self) -> None:
        """Show the document's current state."""

    def translate_ui(self) -> None:
        """Set every visible text (through ``self.tr``)."""

    def shutdown(self) -> None:
        """The window is closing: stop what runs in the background (a search, an export)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)
