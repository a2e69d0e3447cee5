"""The pattern every document follows (after pretix's invoice renderer).

A renderer has page constants, named paragraph styles
(:meth:`Renderer.stylesheet`), a page callback drawing the footer
(workshop name and date), a numbered canvas writing "page X / Y" once the
page count is known, :meth:`Renderer.story` for the content and
:meth:`Renderer.generate` returning the PDF bytes.

Words are French sources looked up in a gettext translations object ``t``
(the caller's language: exports never choose one, nor import the UI).  Only
``gettext`` is used: no printed sentence depends on a count's plural.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from exports.pdf.fonts import BOLD, FAMILY, register
from exports.pdf.text import TextCleaner

GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#e8e8e8")
RULE = colors.HexColor("#9a9a9a")


class ExportCancelled(Exception):
    """The person pressed Cancel: the document is abandoned, nothing is written."""


def numbered_canvas(page_text: str) -> type[Canvas]:
    """A canvas class that writes ``page_text`` (with {page}, {pages}) on every page."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._states: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab API
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._states)
            for state in self._states:
                self.__dict__.update(state)
                width = self._pagesize[0]
                self.setFont(FAMILY, 8)
                self.setFillColor(GREY)
                self.drawRightString(width - 12 * mm, 8 * mm,
                                     page_text.format(page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def colour(value: str, fallback: str = "#808080") -> colors.Color:
    """A theme colour typed by a person; a bad one gives grey, not a crash."""
    try:
        return colors.HexColor(value)
    except (ValueError, TypeError):
        return colors.HexColor(fallback)


class Renderer:
    """Base of the five documents; subclasses fill :meth:`story`."""

    pagesize = A4
    margin = 14 * mm
    bottom_margin = 16 * mm

    def __init__(self, data, t: gettext.NullTranslations | None = None,
                 cleaner: TextCleaner | None = None,
                 cancel: Callable[[], bool] | None = None) -> None:
        register()
        self.data = data
        self.t = t or gettext.NullTranslations()  # None: the French sources as they are
        self.text = cleaner or TextCleaner()
        self.cancel = cancel or (lambda: False)
        self.styles = self.stylesheet()

    # -- named parts ---------------------------------------------------------
    def stylesheet(self) -> dict[str, ParagraphStyle]:
        base = ParagraphStyle("body", fontName=FAMILY, fontSize=9.5, leading=12.5)
        return {
            "body": base,
            "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=18, leading=22,
                                    spaceAfter=2 * mm),
            "subtitle": ParagraphStyle("subtitle", base, fontSize=10.5, leading=14,
                                       textColor=GREY),
            "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=13, leading=17,
                                 spaceBefore=5 * mm, spaceAfter=2 * mm),
            "h3": ParagraphStyle("h3", base, fontName=BOLD, fontSize=11, leading=14,
                                 spaceBefore=3 * mm, spaceAfter=1.5 * mm),
            "small": ParagraphStyle("small", base, fontSize=8, leading=10),
            "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=10.5),
            "cell_bold": ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=8.5,
                                        leading=10.5),
            "centre": ParagraphStyle("centre", base, fontSize=8.5, leading=10.5,
                                     alignment=TA_CENTER),
        }

    def para(self, text: object, style: str = "body", bold_prefix: str = "") -> Paragraph:
        """A paragraph of user text (escaped), with an optional bold label before it."""
        prefix = f"<b>{self.text.markup(bold_prefix)}</b> " if bold_prefix else ""
        return Paragraph(prefix + self.text.markup(text), self.styles[style])

    def table(self, rows: list[list], widths: list[float], header: bool = True,
              extra: list[tuple] | None = None) -> Table:
        """A grid whose rows may split across pages (long cells included)."""
        style = [
            ("FONT", (0, 0), (-1, -1), FAMILY, 8.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
            rows = [[Paragraph(self.text.markup(c), self.styles["cell_bold"])
                     if isinstance(c, str) else c for c in rows[0]]] + rows[1:]
        return Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
                     hAlign="LEFT", style=TableStyle(style + (extra or [])))

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * self.margin

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - self.margin - self.bottom_margin

    def on_page(self, canvas: Canvas, _doc) -> None:
        if self.cancel():
            raise ExportCancelled()
        canvas.saveState()
        canvas.setFont(FAMILY, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(self.margin, 8 * mm, self.text.line(self.data.header.footer)[:140])
        canvas.restoreState()

    def title(self) -> str:
        """The document's name (PDF metadata, before the workshop's title)."""
        return ""

    def story(self) -> list[Flowable]:
        raise NotImplementedError

    def generate(self) -> bytes:
        buffer = io.BytesIO()
        header = self.data.header
        doc = SimpleDocTemplate(
            buffer, pagesize=self.pagesize, leftMargin=self.margin, rightMargin=self.margin,
            topMargin=self.margin, bottomMargin=self.bottom_margin,
            title=self.text.line(f"{self.title()} — {header.title}"),
            author=self.text.line(header.organisation), creator="Café Conversation",
            lang="fr")
        doc.build(self.story(), onFirstPage=self.on_page, onLaterPages=self.on_page,
                  canvasmaker=numbered_canvas(self.t.gettext("page {page} / {pages}")))
        return buffer.getvalue()


LANDSCAPE_A4 = landscape(A4)
