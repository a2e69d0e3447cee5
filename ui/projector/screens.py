"""The projector's screens, painted at a size taken from the window height.

Painting (rather than labels in layouts) keeps every size a fraction of the
height, so the same screen reads from the back of a room on a 720p beamer
and on a 4K screen.  Each screen records the texts it painted last
(:attr:`ProjectorScreen.painted`): what the room actually sees, which the
tests read.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ui.projector.view import LEVELS, ClockFace, StepContent

PAGE_SECONDS = 8.0          # a page of « Qui va où ? » stays this long
NAME_SIZES = (0.05, 0.045, 0.04, 0.036)    # of the height; 0.036 × 1080 ≈ 39 px
TOPIC_SIZES = (0.034, 0.030, 0.026)
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def font(px: float, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont()
    f.setPixelSize(max(1, int(px)))
    f.setBold(bold)
    f.setItalic(italic)
    return f


class ProjectorScreen(QWidget):
    """Common painting: background by level, fitted text, clock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = StepContent()
        self.face = ClockFace()
        self.painted: list[str] = []
        self.clock_px = 0

    def set_content(self, content: StepContent) -> None:
        self.content = content
        self.update()

    def set_face(self, face: ClockFace) -> None:
        self.face = face
        self.update()

    @property
    def palette_(self):
        return LEVELS.get(self.face.level, LEVELS["normal"])

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self.painted = []
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(self.palette_.background))
        self.paint(painter, self.width(), self.height())
        painter.end()

    def paint(self, painter: QPainter, w: int, h: int) -> None:
        self.text(painter, QRectF(0, 0, w, h), self.content.title, 0.08 * h, bold=True)

    # -- helpers ---------------------------------------------------------------
    def text(self, painter: QPainter, rect: QRectF, text: str, px: float, *,
             bold: bool = False, italic: bool = False, align=ALIGN_CENTER,
             colour: str | None = None) -> float:
        """Draw one line, shrunk until it fits the width; return the size used."""
        if not text:
            return 0
        f = font(px, bold, italic)
        while px > 8 and QFontMetrics(f).horizontalAdvance(text) > rect.width():
            px *= 0.92
            f = font(px, bold, italic)
        painter.setFont(f)
        painter.setPen(QColor(colour or self.palette_.text))
        painter.drawText(rect, int(align), text)
        self.painted.append(text)
        return px

    def clock(self, painter: QPainter, rect: QRectF, px: float) -> None:
        """The mm:ss; overtime in italics with a sign, paused dimmed."""
        face = self.face
        if face.paused:
            painter.setOpacity(0.55)
        self.clock_px = self.text(painter, rect, face.text, px, bold=not face.over,
                                  italic=face.over)
        painter.setOpacity(1.0)

    def status(self, painter: QPainter, rect: QRectF, px: float) -> None:
        self.text(painter, rect, self.face.status, px, bold=True,
                  colour=self.palette_.accent if self.face.level == "normal" else None)


class PlainScreen(ProjectorScreen):
    """Accueil, introduction, synthèse, vote, clôture: title, clock, status."""

    def paint(self, painter: QPainter, w: int, h: int) -> None:
        margin = 0.04 * w
        inner = w - 2 * margin
        self.text(painter, QRectF(margin, 0.05 * h, inner, 0.13 * h), self.content.title,
                  0.09 * h, bold=True)
        self.text(painter, QRectF(margin, 0.18 * h, inner, 0.07 * h), self.content.subtitle,
                  0.04 * h, colour=self.palette_.accent)
        self.clock(painter, QRectF(margin, 0.27 * h, inner, 0.48 * h), 0.42 * h)
        self.status(painter, QRectF(margin, 0.78 * h, inner, 0.1 * h), 0.065 * h)


def fitted(text: str, width: float, px: float, bold: bool = False) -> float:
    """The size at which ``text`` fits ``width`` on one line (``px`` at most)."""
    while px > 8 and QFontMetrics(font(px, bold)).horizontalAdvance(text) > width:
        px *= 0.92
    return px


class RoundScreen(ProjectorScreen):
    """A tour: « Tour 2 / 4 », a huge clock, the questions when they fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.topics_shown = False

    def topic_size(self, rect: QRectF, h: int) -> float | None:
        """The largest readable text size at which every card fits, or None."""
        topics = self.content.topics
        if not topics:
            return None
        cols = min(3, len(topics))
        rows = math.ceil(len(topics) / cols)
        cell_w, cell_h = rect.width() / cols, rect.height() / rows
        for fraction in TOPIC_SIZES:
            px = fraction * h
            title_h = QFontMetrics(font(px, bold=True)).height()
            needed = max(
                title_h * 2 + QFontMetrics(font(px)).boundingRect(
                    QRect(0, 0, int(cell_w - 0.5 * px), 100000),
                    int(Qt.TextFlag.TextWordWrap), t.question).height()
                for t in topics)
            if needed <= cell_h - 0.4 * px:
                return px
        return None

    def paint(self, painter: QPainter, w: int, h: int) -> None:
        margin = 0.03 * w
        inner = w - 2 * margin
        self.text(painter, QRectF(margin, 0.02 * h, inner, 0.1 * h), self.content.subtitle,
                  0.075 * h, bold=True, colour=self.palette_.accent)
        area = QRectF(margin, 0.66 * h, inner, 0.32 * h)
        px = self.topic_size(area, h)
        self.topics_shown = px is not None
        if self.topics_shown:
            self.clock(painter, QRectF(margin, 0.11 * h, inner, 0.44 * h), 0.4 * h)
            self.status(painter, QRectF(margin, 0.55 * h, inner, 0.09 * h), 0.06 * h)
            self.paint_topics(painter, area, px)
        else:
            self.clock(painter, QRectF(margin, 0.13 * h, inner, 0.6 * h), 0.55 * h)
            self.status(painter, QRectF(margin, 0.76 * h, inner, 0.12 * h), 0.075 * h)

    def paint_topics(self, painter: QPainter, area: QRectF, px: float) -> None:
        topics = self.content.topics
        cols = min(3, len(topics))
        rows = math.ceil(len(topics) / cols)
        cell_w, cell_h = area.width() / cols, area.height() / rows
        pad = 0.4 * px
        bar = 0.35 * px  # the theme's colour down the card's side
        width = cell_w - 3 * pad - bar
        # one size for every card: titles and tables fitted to the longest of them
        title_px = min(fitted(t.theme, width, px, bold=True) for t in topics)
        table_px = min(fitted(t.table, width, px * 0.8) for t in topics)
        line = QFontMetrics(font(px, bold=True)).height()
        for i, topic in enumerate(topics):
            x = area.left() + (i % cols) * cell_w
            y = area.top() + (i // cols) * cell_h
            card = QRectF(x + pad / 2, y + pad / 2, cell_w - pad, cell_h - pad)
            painter.setPen(Qt.PenStyle.NoPen)
            colour = QColor(topic.colour or self.palette_.accent)
            tint = QColor(colour)
            tint.setAlpha(60)
            painter.setBrush(tint)
            painter.drawRoundedRect(card, pad, pad)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(card.left(), card.top(), bar, card.height()),
                                    bar / 2, bar / 2)
            body = card.adjusted(pad + bar, pad / 2, -pad, -pad / 2)
            self.text(painter, QRectF(body.left(), body.top(), body.width(), line), topic.theme,
                      title_px, bold=True, align=ALIGN_LEFT)
            self.text(painter, QRectF(body.left(), body.top() + line, body.width(), line),
                      topic.table, table_px, align=ALIGN_LEFT, colour=self.palette_.accent)
            painter.setFont(font(title_px))  # the question at the title's size: one scale
            painter.setPen(QColor(self.palette_.text))
            painter.drawText(body.adjusted(0, 2 * line, 0, 0),
                             int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop),
                             topic.question)
            self.painted.append(topic.question)


@dataclass(frozen=True)
class NameLayout:
    px: float
    cols: int
    rows: int
    pages: int

    @property
    def per_page(self) -> int:
        return self.cols * self.rows


class TransitionScreen(ProjectorScreen):
    """« Qui va où ? »: every participant and their next table, paged if needed."""

    def __init__(self, parent: QWidget | None = None, clock=time.monotonic) -> None:
        super().__init__(parent)
        self.page_clock = clock
        self._shown_at = clock()
        self.page = 0
        self.shown_people: list[tuple[str, str]] = []

    def set_content(self, content: StepContent) -> None:
        if content.people != self.content.people:
            self._shown_at = self.page_clock()
        super().set_content(content)

    def body_rect(self, w: int, h: int) -> QRectF:
        return QRectF(0.04 * w, 0.2 * h, 0.92 * w, 0.77 * h)

    def name_layout(self, w: int | None = None, h: int | None = None) -> NameLayout:
        """Biggest size that shows everyone on one page; else page at a readable size."""
        w, h = w or self.width(), h or self.height()
        body = self.body_rect(w, h)
        people = self.content.people or (("", ""),)
        best = None
        for fraction in NAME_SIZES:
            px = fraction * h
            metrics = QFontMetrics(font(px))
            name_w = max(metrics.horizontalAdvance(n) for n, _ in people)
            table_w = max(QFontMetrics(font(px, bold=True)).horizontalAdvance(t)
                          for _, t in people)
            col_w = name_w + table_w + 2.5 * px
            cols = max(1, min(4, int(body.width() // col_w)))
            rows = max(1, int(body.height() // (px * 1.4)))
            pages = max(1, math.ceil(len(self.content.people) / (cols * rows)))
            best = NameLayout(px, cols, rows, pages)
            if pages == 1:
                return best
        return best

    def paint(self, painter: QPainter, w: int, h: int) -> None:
        layout = self.name_layout(w, h)
        elapsed = self.page_clock() - self._shown_at
        self.page = int(elapsed // PAGE_SECONDS) % layout.pages
        self.text(painter, QRectF(0.04 * w, 0.02 * h, 0.62 * w, 0.11 * h), self.content.title,
                  0.085 * h, bold=True, align=ALIGN_LEFT)
        self.clock(painter, QRectF(0.66 * w, 0.02 * h, 0.3 * w, 0.11 * h), 0.09 * h)
        line = self.content.subtitle
        if layout.pages > 1:
            page_text = self.tr("page {n} / {count}").format(n=self.page + 1, count=layout.pages)
            line = f"{line} · {page_text}" if line else page_text
        if self.face.status:
            line = f"{line} · {self.face.status}" if line else self.face.status
        self.text(painter, QRectF(0.04 * w, 0.12 * h, 0.92 * w, 0.07 * h), line, 0.045 * h,
                  align=ALIGN_LEFT, colour=self.palette_.accent)
        self.paint_names(painter, self.body_rect(w, h), layout)

    def paint_names(self, painter: QPainter, body: QRectF, layout: NameLayout) -> None:
        start = self.page * layout.per_page
        self.shown_people = list(self.content.people[start:start + layout.per_page])
        col_w = body.width() / layout.cols
        row_h = layout.px * 1.4
        for i, (name, table) in enumerate(self.shown_people):
            col, row = divmod(i, layout.rows)      # read down the columns
            x, y = body.left() + col * col_w, body.top() + row * row_h
            if row % 2 == 0:
                painter.fillRect(QRectF(x, y, col_w - layout.px, row_h), QColor(255, 255, 255, 22))
            cell = QRectF(x + 0.3 * layout.px, y, col_w - 1.6 * layout.px, row_h)
            self.text(painter, cell, name, layout.px, align=ALIGN_LEFT)
            self.text(painter, cell, table, layout.px, bold=True, align=ALIGN_RIGHT,
                      colour=self.palette_.accent)
