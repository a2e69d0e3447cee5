"""The « résultats » screen for the projector: themes first, then the actions.

Each press of Space (or →, or a click) reveals one more line: the themes
from the last to the first, with bars of their dots, then the kept actions
theme by theme (or, under the rule of the N winning projects, the lauréats
best first).  ← goes back.  The widget paints itself in large type so that
it reads from the back of a room; it follows the document (an event's
results are its rooms' counts summed).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.document import WorkshopDocument
from workshop.votes import results as vote_results

GREY = QColor("#9a9a9a")


@dataclass
class Line:
    label: str
    dots: int
    colour: str
    kept: bool
    heading: bool = False


class ResultsProjector(QWidget):
    def __init__(self, document: WorkshopDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.step = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(640, 360)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: white;")
        document.changed.connect(lambda _changes: self.update())

    # -- what is shown ------------------------------------------------------------
    def theme_lines(self) -> list[Line]:
        res = vote_results.results(self.document.workshop)
        return [Line(t.title, t.dots, t.colour, t.kept) for t in res.themes]

    def action_lines(self) -> list[Line]:
        res = vote_results.results(self.document.workshop)
        if res.rule == "laureates":  # the winning projects, best first, whatever their theme
            return [Line(i.text, i.dots, theme.colour, True) for theme, i in res.actions()]
        lines = []
        for theme in res.kept_themes():
            lines.append(Line(theme.title, theme.dots, theme.colour, True, heading=True))
            lines += [Line(i.text, i.dots, theme.colour, True) for i in theme.ideas if i.kept]
        return lines

    def steps(self) -> int:
        """Reveals in all: each theme, then each line of the actions view."""
        return len(self.theme_lines()) + len(self.action_lines())

    def page(self) -> tuple[str, str, list[Line], int]:
        """(view, title, lines, how many are revealed) for the current step."""
        themes = self.theme_lines()
        if self.step <= len(themes):
            return "themes", self.tr("Les thèmes retenus"), themes, self.step
        laureates = self.document.workshop.vote_settings.rule == "laureates"
        title = self.tr("Les projets lauréats") if laureates else self.tr("Les actions retenues")
        return "actions", title, self.action_lines(), self.step - len(themes)

    def reveal_next(self) -> None:
        self.step = min(self.step + 1, self.steps())
        self.update()

    def reveal_previous(self) -> None:
        self.step = max(0, self.step - 1)
        self.update()

    def reveal_all(self) -> None:
        self.step = self.steps()
        self.update()

    # -- keyboard and mouse -----------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.reveal_next()
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.reveal_previous()
        elif event.key() == Qt.Key.Key_End:
            self.reveal_all()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.reveal_next()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    # -- painting -----------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        view, title, lines, shown = self.page()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        margin = self.width() * 0.05
        unit = max(12.0, min(self.height() / 16, self.width() / 28))
        painter.setFont(self._font(unit * 1.4, bold=True))
        painter.setPen(QColor("#111"))
        painter.drawText(QRectF(margin, margin * 0.6, self.width() - 2 * margin, unit * 2.2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        top = margin * 0.6 + unit * 2.8
        row = min(unit * 2.2, (self.height() - top - margin * 0.5) / max(1, len(lines)))
        most = max([line.dots for line in lines] + [1])
        # Themes are revealed from the last to the first, actions in order.
        visible = (set(range(len(lines) - shown, len(lines))) if view == "themes"
                   else set(range(shown)))
        for index, line in enumerate(lines):
            if index in visible:
                self._draw_line(painter, line, QRectF(margin, top + index * row,
                                                      self.width() - 2 * margin, row), most, unit)
        painter.end()

    def _draw_line(self, painter: QPainter, line: Line, rect: QRectF, most: int, unit: float) -> None:
        colour = QColor(line.colour) if line.kept else GREY
        label_width = rect.width() * (1.0 if line.heading else 0.62)
        text_rect = QRectF(rect.left(), rect.top(), label_width - unit * 0.5, rect.height())
        # Long texts wrap on two lines, then shrink: nothing is cut on the screen.
        size = unit * (1.0 if line.heading else 0.8)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        while True:
            painter.setFont(self._font(size, bold=line.heading or line.kept))
            needed = painter.boundingRect(text_rect, flags, line.label)
            if needed.height() <= rect.height() and needed.width() <= text_rect.width() or size < 10:
                break
            size *= 0.9
        painter.setPen(colour if line.heading else QColor("#111" if line.kept else "#777"))
        painter.drawText(text_rect, flags, line.label)
        if line.heading:
            return
        bar_left = rect.left() + label_width
        bar_max = rect.width() - label_width - unit * 3
        bar = QRectF(bar_left, rect.top() + rect.height() * 0.2,
                     bar_max * line.dots / most, rect.height() * 0.6)
        painter.fillRect(bar, colour)
        painter.setFont(self._font(unit * 0.8, bold=True))
        painter.setPen(QColor("#111"))
        painter.drawText(QRectF(bar.right() + unit * 0.3, rect.top(), unit * 3, rect.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(line.dots))

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, int(pixels)))
        font.setBold(bold)
        return font
