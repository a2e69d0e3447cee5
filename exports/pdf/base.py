"""The pattern every document follows (after pretix's invoice renderer).

A renderer has page constants, named paragraph styles
(:meth:`Renderer.stylesheet`), a page callback drawing the footer
(workshop name and date), a numbered canvas writing "page X / Y" once the
page count is known, :meth:`Renderer.story` for the content and
:meth:`Renderer.generate` returning the PDF bytes.

Words are French sources looked up in a gettext translations object ``t``
(the caller's language: exports never choose one, nor import the UI).  Only
``gettext`` is used: no printed sentence depends on a count's plural.

Every piece of text is a :class:`exports.pdf.text.Text` of one kind (prose,
name, url: see :mod:`exports.pdf.lines`); URLs are link annotations.  Only
the bundled DejaVu faces are referenced: the canvas starts in DejaVu, not
in ReportLab's default Helvetica, which a print shop's preflight flags as
a font used without being embedded.
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
from reportlab.platypus import Flowable, SimpleDocTemplate, Table, TableStyle

from exports.pdf.fonts import BOLD, FAMILY, register
from exports.pdf.lines import Run, ellipsis, text_width
from exports.pdf.text import Text, TextCleaner

GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#e8e8e8")
RULE = colors.HexColor("#9a9a9a")
FOOTER_Y = 8 * mm
FOOTER_SIZE = 8
FRAME_PADDING = 6


class ExportCancelled(Exception):
    """The person pressed Cancel: the document is abandoned, nothing is written."""


def numbered_canvas(page_text: str, inset: float) -> type[Canvas]:
    """A canvas class that writes ``page_text`` (with {page}, {pages}) on every page,
    ending ``inset`` from the right edge (the document's margin)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            # never Helvetica (the doc template passes None, which means Helvetica)
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FAMILY
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
                self.drawRightString(width - inset, FOOTER_Y,
                                     page_text.format(page=self._pageNumber, pages=total))
                super().showPage()
            super().save()

    return NumberedCanvas


def half_page_line(canvas: Canvas, width: float, page_height: float, label: str,
                   dash: float) -> float:
    """A dashed line across the middle of the paper, ``label`` just above it.

    Drawn from a flowable that fills the frame (the cut of two half-page
    itineraries, the fold of a table card); returns the line's height in
    that flowable's coordinates.
    """
    _x0, y0 = canvas.absolutePosition(0, 0)
    middle = page_height / 2 - y0
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setDash(dash, dash)
    canvas.setLineWidth(0.5)
    canvas.line(0, middle, width, middle)
    canvas.restoreState()
    canvas.setFont(FAMILY, 7)
    canvas.setFillColor(GREY)
    canvas.drawString(0, middle + 2, label)
    return middle


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

    def para(self, text: object, style: str = "body", bold_prefix: str = "",
             kind: str = "prose") -> Text:
        """A paragraph of user text, with an optional bold label (« Label : ») before it."""
        runs = [Run(self.text.line(bold_prefix + " :"), bold=True)] if bold_prefix else []
        value = self.text.typeset(text) if kind != "url" else self.text.line(text)
        runs.append(Run((" " if runs else "") + value, kind,
                        href=self.text.plain(text) if kind == "url" else ""))
        return Text(runs, self.styles[style])

    def name(self, text: object, style: str = "cell", shrink: float = 7,
             label: str = "") -> Text:
        """A person's name (after a bold « label : »): smaller, down to ``shrink`` pt,
        before it breaks, and then only at spaces and hyphens."""
        runs = [Run(self.text.line(label + " :"), bold=True)] if label else []
        runs.append(Run((" " if label else "") + self.text.line(text), "name"))
        return Text(runs, self.styles[style], shrink=shrink)

    def names(self, names: list[str], style: str = "cell") -> Text:
        """A list of names, broken only between names, at spaces and hyphens."""
        return Text([Run(", ".join(self.text.line(n) for n in names), "name")],
                    self.styles[style])

    def link(self, url: str, style: str = "small") -> Text:
        """A URL printed as it is, clickable, broken only after / - . ? & =."""
        clean = self.text.plain(url)
        return Text([Run(clean, "url", href=clean)], self.styles[style])

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
            rows = [[self.para(c, "cell_bold") if isinstance(c, str) else c
                     for c in rows[0]]] + rows[1:]
        return Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
                     hAlign="LEFT", style=TableStyle(style + (extra or [])))

    # ReportLab's frame keeps 6 pt of padding on each side: a table as wide as
    # the margins allowed ran 4 mm past the right one
    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * self.margin - 2 * FRAME_PADDING

    @property
    def frame_height(self) -> float:
        return self.pagesize[1] - self.margin - self.bottom_margin - 2 * FRAME_PADDING

    def on_page(self, canvas: Canvas, _doc) -> None:
        if self.cancel():
            raise ExportCancelled()
        canvas.saveState()
        canvas.setFont(FAMILY, FOOTER_SIZE)
        canvas.setFillColor(GREY)
        # the page number ("page 12 / 34") keeps its place: the title gives way
        number = self.t.gettext("page {page} / {pages}").format(page=888, pages=888)
        room = (self.pagesize[0] - 2 * self.margin
                - text_width(number, FAMILY, FOOTER_SIZE) - 6 * mm)
        footer = ellipsis(self.text.line(self.data.header.footer), FAMILY, FOOTER_SIZE, room)
        canvas.drawString(self.margin, FOOTER_Y, footer)
        canvas.restoreState()

    def title(self) -> str:
        """The document's name, as printed and in the PDF's metadata."""
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
            lang="fr", initialFontName=FAMILY)
        doc.build(self.story(), onFirstPage=self.on_page, onLaterPages=self.on_page,
                  canvasmaker=numbered_canvas(self.t.gettext("page {page} / {pages}"),
                                              self.margin))
        return buffer.getvalue()


LANDSCAPE_A4 = landscape(A4)
