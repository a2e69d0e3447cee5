"""What every page of the facilitator window shares."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui.document import WorkshopDocument


class Page(QWidget):
    """A page of the side bar: built from the document, refreshed on change.

    Subclasses build widgets in ``__init__``, set texts in
    :meth:`translate_ui` (called again when the language changes) and
    redraw in :meth:`refresh` for the change names they care about.
    """

    #: change names that make this page refresh ("all" always does)
    watches: frozenset[str] = frozenset()

    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        document.changed.connect(self._on_changed)

    def _on_changed(self, changes: frozenset[str]) -> None:
        if "all" in changes or changes & self.watches:
            self.refresh()

    def refresh(self) -> None:
        """Show the document's current state."""

    def translate_ui(self) -> None:
        """Set every visible text (through ``self.tr``)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)
