"""The projector's « Bilan » step: last year's actions with their status, one theme at a time.

The step's time is shared between the themes: with 15 minutes and three
themes, each stays five minutes, computed from the countdown like
everything else on this screen (a pause keeps the theme, « + 1 min »
lengthens the one on screen; before the start, the first theme; once the
time is over, the last).  Each action shows its status as a word on a
badge (the colour only repeats it) and, below, why it was postponed or
abandoned, else the indicator's result.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter

from ui.projector.screens import ALIGN_LEFT, ProjectorScreen, font
from ui.projector.view import BilanCard

#: per status, dark words on a light badge: readable on every background
BADGES = {
    "planned": "#e2e2e2", "in_progress": "#cfe2ff", "done": "#bfe8c9", "postponed": "#ffe1a8",
    "abandoned": "#ffd0d0",
}
BADGE_TEXT = "#1a1a1a"
#: (action title, detail) sizes, as fractions of the height, largest first
LINE_SIZES = ((0.065, 0.042), (0.058, 0.038), (0.052, 0.036), (0.045, 0.032), (0.04, 0.028),
              (0.034, 0.025))


class BilanScreen(ProjectorScreen):
    """Title and clock on top, then the current theme's actions, large."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.theme_index = 0

    def current_card(self) -> tuple[int, BilanCard | None]:
        """The theme on screen now, from the time the step has run."""
        cards = self.content.bilan
        if not cards:
            return 0, None
        seconds = self.content.seconds or 1.0
        face = self.face
        elapsed = 0.0 if not face.text else max(0.0, seconds - face.remaining)
        index = min(len(cards) - 1, int(elapsed // (seconds / len(cards))))
        return index, cards[index]

    def paint(self, painter: QPainter, w: int, h: int) -> None:
        self.theme_index, card = self.current_card()
        margin = 0.04 * w
        self.text(painter, QRectF(margin, 0.02 * h, 0.62 * w, 0.11 * h), self.content.title,
                  0.075 * h, bold=True, align=ALIGN_LEFT)
        self.clock(painter, QRectF(0.66 * w, 0.02 * h, 0.3 * w, 0.11 * h), 0.09 * h)
        line = self.content.subtitle
        count = len(self.content.bilan)
        if count > 1:
            line += " · " + self.tr("thème {n} / {count}").format(n=self.theme_index + 1,
                                                                  count=count)
        if self.face.status:
            line += " · " + self.face.status
        self.text(painter, QRectF(margin, 0.13 * h, w - 2 * margin, 0.06 * h), line, 0.04 * h,
                  align=ALIGN_LEFT, colour=self.palette_.accent)
        if card is None:
            self.text(painter, QRectF(margin, 0.4 * h, w - 2 * margin, 0.1 * h),
                      self.tr("Aucune action à présenter"), 0.06 * h)
            return
        band = QRectF(margin, 0.22 * h, w - 2 * margin, 0.1 * h)
        painter.fillRect(QRectF(band.left(), band.top(), 0.012 * w, band.height()),
                         QColor(card.colour))
        self.text(painter, band.adjusted(0.025 * w, 0, 0, 0), card.theme, 0.065 * h, bold=True,
                  align=ALIGN_LEFT)
        self.paint_lines(painter, card, QRectF(margin, 0.35 * h, w - 2 * margin, 0.62 * h), h)

    def line_sizes(self, card: BilanCard, area: QRectF, h: int) -> tuple[float, float]:
        """The largest sizes at which every action of the theme fits the area."""
        for title, detail in LINE_SIZES:
            px, small = title * h, detail * h
            width = area.width() - self.badge_width(card, px) - 0.6 * px
            needed = sum(self.block_height(line.title, px, width, bold=True)
                         + (self.block_height(line.detail, small, width) if line.detail else 0)
                         + 0.4 * px for line in card.lines)
            if needed <= area.height():
                return px, small
        return LINE_SIZES[-1][0] * h, LINE_SIZES[-1][1] * h

    @staticmethod
    def badge_width(card: BilanCard, px: float) -> float:
        metrics = QFontMetrics(font(px * 0.8, bold=True))
        return max(metrics.horizontalAdvance(line.status_text) for line in card.lines) + 1.2 * px

    @staticmethod
    def block_height(text: str, px: float, width: float, bold: bool = False) -> float:
        """A long text wraps (two lines at most, then it shrinks) rather than shrinking."""
        metrics = QFontMetrics(font(px, bold=bold))
        box = metrics.boundingRect(QRect(0, 0, max(1, int(width)), 100000),
                                   int(Qt.TextFlag.TextWordWrap), text)
        return max(1.3 * px, min(box.height(), 2 * metrics.lineSpacing()) + 0.3 * px)

    def paint_block(self, painter: QPainter, rect: QRectF, text: str, px: float, *,
                    bold: bool = False, colour: str | None = None) -> None:
        if rect.height() > 1.4 * px:  # two lines
            painter.setFont(font(px, bold=bold))
            painter.setPen(QColor(colour or self.palette_.text))
            painter.drawText(rect, int(Qt.TextFlag.TextWordWrap | ALIGN_LEFT), text)
            self.painted.append(text)
        else:
            self.text(painter, rect, text, px, bold=bold, align=ALIGN_LEFT, colour=colour)

    def paint_lines(self, painter: QPainter, card: BilanCard, area: QRectF, h: int) -> None:
        px, small = self.line_sizes(card, area, h)
        badge_w = self.badge_width(card, px)
        left = area.left() + badge_w + 0.6 * px
        width = area.right() - left
        y = area.top()
        for line in card.lines:
            if y + 1.3 * px > area.bottom():
                break
            fill = BADGES.get(line.status, BADGES["planned"])
            badge = QRectF(area.left(), y + 0.1 * px, badge_w, 1.15 * px)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(badge, 0.25 * px, 0.25 * px)
            self.text(painter, badge, line.status_text, px * 0.8, bold=True, colour=BADGE_TEXT)
            row_h = self.block_height(line.title, px, width, bold=True)
            self.paint_block(painter, QRectF(left, y, width, row_h), line.title, px, bold=True)
            y += row_h
            if line.detail:
                detail_h = self.block_height(line.detail, small, width)
                self.paint_block(painter, QRectF(left, y, width, detail_h), line.detail, small,
                                 colour=self.palette_.accent)
                y += detail_h
            y += 0.4 * px
