"""The ideas of one theme, in large type, for the projector during the plenary.

A plain widget: :func:`show_on_projector` puts it on the projector when the
page was given one (``ProjectorController.show_custom``), otherwise opens it
as a separate window the facilitator drags to the second screen.
It follows the document, so an idea typed at the laptop appears at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.document import WorkshopDocument
from workshop import ideas as idea_ops
from ui.i18n import fill


def show_on_projector(projector, widget: QWidget) -> QWidget:
    """Show ``widget`` on ``projector`` (a ``ProjectorController``), or in its own window."""
    if projector is not None:
        projector.show_custom(widget)
        return widget
    widget.setParent(None)
    widget.setWindowFlag(Qt.WindowType.Window, True)
    widget.resize(1280, 720)
    widget.show()
    return widget


def close_own_window(widget: QWidget | None) -> None:
    """Close a widget shown by :func:`show_on_projector` in its own window."""
    try:
        if widget is not None and widget.isWindow():
            widget.close()
            widget.deleteLater()
    except RuntimeError:  # the projector already deleted it
        pass


def big_font(widget: QWidget, points: int, bold: bool = False) -> QFont:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    return font


class IdeasProjector(QWidget):
    """« Cadre de vie — 12 idées » then one idea per line, big and readable."""

    def __init__(self, document: WorkshopDocument, theme_id: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.theme_id = theme_id
        self.setObjectName("ideasProjector")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#ideasProjector { background: white; } QLabel { color: #111; }")
        self.title = QLabel()
        self.title.setFont(big_font(self, 34, bold=True))
        self.title.setWordWrap(True)
        self.list = QLabel()
        self.list.setFont(big_font(self, 24))
        self.list.setWordWrap(True)
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.list.setStyleSheet("background: white;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.title)
        layout.addWidget(scroll, 1)
        document.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, changes: frozenset[str]) -> None:
        if changes & {"all", "ideas", "themes"}:
            self.refresh()

    def refresh(self) -> None:
        ws = self.document.workshop
        theme = ws.theme(self.theme_id)
        items = idea_ops.by_theme(ws).get(self.theme_id if theme else None, [])
        colour = theme.colour if theme else "#666666"
        name = theme.title if theme else self.tr("Idées sans thème")
        self.title.setText(fill(self.tr("{theme} — {count} {count|idée|idées}"), theme=name, count=len(items)))
        self.title.setStyleSheet(f"color: {colour}; border-bottom: 6px solid {colour};")
        self.setWindowTitle(name)
        rows = "".join(
            "<p style='margin-bottom:14px'>•&nbsp;{}</p>".format(_escape(i.text)) for i in items
        )
        self.list.setText(rows or "<p><i>{}</i></p>".format(self.tr("Pas encore d'idée.")))
        self.setAccessibleName(self.tr("Idées projetées : {theme}").format(theme=name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
