"""A table's nappe on the projector during the plenary: its photos, one at a time.

The room sees the photo as large as the screen allows, the table and its
theme above, and below the capitaine's summary of that round in large
type.  Space, → or a click shows the next photo, ← the one before.  It
follows the document: a photo added at the laptop joins the series.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from ui.document import WorkshopDocument
from ui.i18n import fill
from workshop import harvest

TEXT = QColor("#111111")
GREY = QColor("#666666")


class PhotosProjector(QWidget):
    """« Table 3 — Cadre de vie », a photo of its nappe, the capitaine's words."""

    def __init__(self, document: WorkshopDocument, table: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.table = table
        self.index = 0
        self._pixmaps: dict[str, QPixmap] = {}
        self.setObjectName("photosProjector")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(640, 360)
        self.setAutoFillBackground(True)
        self.setStyleSheet("#photosProjector { background: white; }")
        document.changed.connect(self._on_changed)
        self._name()

    # -- what is shown -------------------------------------------------------------
    def photos(self) -> list:
        return harvest.photos_of(self.document.workshop, self.table, any_round=True)

    def _on_changed(self, change) -> None:
        if change.touches(frozenset({"harvest", "tables", "themes"})):
            self.index = min(self.index, max(0, len(self.photos()) - 1))
            self._name()
            self.update()

    def _name(self) -> None:
        table = self.document.workshop.table(self.table)
        name = table.name if table else ""
        self.setWindowTitle(fill(self.tr("Nappe de {table}"), table=name))
        self.setAccessibleName(self.caption())

    def caption(self) -> str:
        """What the screen says in words (the counter and the round)."""
        items = self.photos()
        if not items:
            return self.tr("Pas encore de photo de cette nappe.")
        item = items[self.index]
        if item.round is None:
            return fill(self.tr("Photo {n} sur {count}"), n=self.index + 1, count=len(items))
        return fill(self.tr("Photo {n} sur {count} — tour {round}"), n=self.index + 1,
                    count=len(items), round=item.round + 1)

    def _pixmap(self, name: str) -> QPixmap:
        if name not in self._pixmaps:
            store = self.document.store
            folder = Path(store.photo_dir) if store is not None else None
            self._pixmaps[name] = QPixmap(str(folder / name)) if folder else QPixmap()
        return self._pixmaps[name]

    # -- moving --------------------------------------------------------------------
    def go(self, delta: int) -> None:
        count = len(self.photos())
        if count:
            self.index = (self.index + delta) % count
            self.setAccessibleName(self.caption())
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.go(1)
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace):
            self.go(-1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.go(-1 if event.button() == Qt.MouseButton.RightButton else 1)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._name()
        super().changeEvent(event)

    # -- painting ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        ws = self.document.workshop
        table = ws.table(self.table)
        theme = ws.theme(table.theme) if table else None
        colour = QColor(theme.colour if theme else "#666666")
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        w, h = self.width(), self.height()
        margin = max(16, w // 40)
        title_h = h * 0.11
        painter.setPen(colour)
        title = table.name if table else ""
        if theme:
            title = f"{title} — {theme.title}"
        painter.setFont(self._fitting(title, title_h * 0.5, w - 2 * margin))
        painter.drawText(QRectF(margin, margin / 2, w - 2 * margin, title_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                         | Qt.TextFlag.TextSingleLine, self._elide(painter, title, w - 2 * margin))
        painter.fillRect(QRectF(margin, margin / 2 + title_h, w - 2 * margin, 6), colour)
        items = self.photos()
        words_h = h * 0.22
        top = margin / 2 + title_h + 18
        area = QRectF(margin, top, w - 2 * margin, h - top - words_h - margin)
        if items:
            item = items[self.index]
            summary = harvest.summary(ws, self.table, item.round) if item.round is not None else ""
            self._draw_photo(painter, area, self._pixmap(item.file))
        else:  # no photo yet: what the capitaine said of each round, in the photo's place
            words_h = area.height() + words_h
            summary = "\n".join(fill(self.tr("Tour {n} : {text}"), n=s.round + 1, text=s.text)
                                 for s in ws.summaries if s.table == self.table)
        painter.setPen(TEXT)
        painter.setFont(self._font(h * 0.032))
        words = QRectF(margin, h - words_h - margin / 2, w - 2 * margin, words_h - h * 0.06)
        painter.drawText(words, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, summary)
        painter.setPen(GREY)
        painter.setFont(self._font(h * 0.024))
        painter.drawText(QRectF(margin, h - h * 0.06 - margin / 2, w - 2 * margin,
                                h * 0.06), Qt.AlignmentFlag.AlignRight
                         | Qt.AlignmentFlag.AlignVCenter, self.caption())
        painter.end()

    def _draw_photo(self, painter: QPainter, area: QRectF, pixmap: QPixmap) -> None:
        if pixmap.isNull():
            painter.setPen(GREY)
            painter.setFont(self._font(area.height() * 0.06))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter,
                             self.tr("Photo introuvable à côté du fichier de l'atelier."))
            return
        scale = min(area.width() / pixmap.width(), area.height() / pixmap.height())
        pw, ph = pixmap.width() * scale, pixmap.height() * scale
        target = QRectF(area.x() + (area.width() - pw) / 2, area.y() + (area.height() - ph) / 2,
                        pw, ph)
        painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))

    def _font(self, pixels: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(10, int(pixels)))
        font.setBold(bold)
        return font

    def _fitting(self, text: str, pixels: float, width: float) -> QFont:
        """The title's font, smaller (down to 60 %) until the whole title fits."""
        from PySide6.QtGui import QFontMetricsF

        size = pixels
        while size > pixels * 0.6 and QFontMetricsF(self._font(size, True)).horizontalAdvance(
                text) > width:
            size *= 0.92
        return self._font(size, bold=True)

    @staticmethod
    def _elide(painter: QPainter, text: str, width: float) -> str:
        return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))
