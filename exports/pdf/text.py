"""The one door every piece of user text goes through before a PDF.

ReportLab's ``Paragraph`` parses its text as markup: raw user text crashed
it (``<b>`` unclosed, ``a<b``), mangled ``&``, and ``<img src=…>`` made it
open a local file.  So text is NFC-normalised, control and bidi-override
characters are dropped, characters the bundled font cannot draw become a
visible replacement sign (and are reported), French typography is applied
(:mod:`exports.pdf.typography`; never to URLs) and markup is escaped.

:class:`Text` is the paragraph every document uses: its lines are broken by
:mod:`exports.pdf.lines` (syllables for prose, spaces and hyphens for names,
separators for URLs) and only then handed to ReportLab, one line each.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from exports.pdf.fonts import BOLD, REPLACEMENT, covered
from exports.pdf.lines import Line, Run, break_lines, fit_size, text_width
from exports.pdf.typography import french

_KEEP_FORMAT = {"\u00ad", "\u200b"}  # soft hyphen and zero-width space: harmless breaks


class TextCleaner:
    """Cleans text for one export and remembers what it had to replace."""

    def __init__(self) -> None:
        self.missing: Counter[str] = Counter()
        self._covered = covered()
        self._safe: set[str] = set()  # characters already seen to need no change

    def plain(self, text: object) -> str:
        """Text safe to draw with ``canvas.drawString`` (no markup, no typography)."""
        text = unicodedata.normalize("NFC", "" if text is None else str(text))
        if set(text) <= self._safe:  # the common case, at C speed
            return text
        out = []
        for char in text:
            if char in "\r\n":
                out.append("\n")
            elif char == "\t":
                out.append(" ")
            elif unicodedata.category(char) in ("Cc", "Cs", "Co", "Cn") or (
                    unicodedata.category(char) == "Cf" and char not in _KEEP_FORMAT):
                continue  # invisible, or would reorder the line (U+202E)
            elif ord(char) not in self._covered:
                self.missing[char] += 1
                out.append(REPLACEMENT)
            else:
                out.append(char)
                self._safe.add(char)
        return "".join(out).replace("\n\n\n", "\n\n")

    def typeset(self, text: object) -> str:
        """Plain text with French typography, newlines kept (words for :class:`Text`)."""
        lines = self.plain(text).strip("\n").split("\n")
        return "\n".join(french(" ".join(line.replace("\u00ad", "").replace("\u200b", "")
                                         .split(" "))) for line in lines)

    def line(self, text: object) -> str:
        """Typeset text on one line (names, titles drawn on the canvas)."""
        return french(" ".join(self.plain(text).replace("\u00ad", "").split()))

    def markup(self, text: object) -> str:
        """Text for a ``Paragraph``: escaped, newlines as ``<br/>``."""
        lines = self.plain(text).strip("\n").split("\n")
        return "<br/>".join(escape(line) for line in lines)

    def report(self) -> str:
        """The replaced characters, e.g. ``U+0639 ع (3)``; empty when none."""
        return ", ".join(f"U+{ord(c):04X} {c} ({n})" for c, n in sorted(self.missing.items()))


def line_markup(line: Line) -> str:
    out = []
    for piece in line:
        text = escape(piece.text)
        if piece.run.bold:
            text = f"<b>{text}</b>"
        if piece.run.href:
            text = f'<a href="{escape(piece.run.href, {chr(34): "&quot;"})}">{text}</a>'
        out.append(text)
    return "".join(out)


class Text(Flowable):
    """A paragraph whose lines the house breaks (see :mod:`exports.pdf.lines`).

    ``shrink`` (a size in points) lets a name get smaller, down to that
    size, until it fits one line, before it is broken at all.
    """

    def __init__(self, runs: list[Run], style: ParagraphStyle,
                 shrink: float | None = None) -> None:
        super().__init__()
        self.runs = [run for run in runs if run.text]
        self.style = style
        self.shrink = shrink
        self._para: Paragraph | None = None
        self._width = -1.0
        self._size: tuple[float, float] | None = None
        self._lines: list[Line] | None = None  # fixed lines: a part of a split Text
        self._style = style

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    @classmethod
    def part(cls, lines: list[Line], style: ParagraphStyle) -> Text:
        """A Text of lines already broken (what :meth:`split` hands on)."""
        text = cls([], style)
        text._lines = lines
        return text

    def _layout(self, avail_width: float) -> Paragraph:
        if self._para is not None and self._width == avail_width:
            return self._para
        if self._lines is not None and self._para is not None:
            return self._para
        style = self.style
        if self._lines is not None:
            self._para = Paragraph("<br/>".join(line_markup(line) for line in self._lines),
                                   style)
            self._width, self._size, self._style = avail_width, None, style
            return self._para
        if self.shrink:
            font = BOLD if any(r.bold for r in self.runs) else style.fontName
            size = fit_size(self.text, font, style.fontSize, avail_width, self.shrink)
            if size != style.fontSize:
                style = ParagraphStyle(style.name + "-fit", style, fontSize=size,
                                       leading=style.leading * size / style.fontSize)
        lines = break_lines(self.runs, avail_width - 0.01, style.fontName, BOLD, style.fontSize)
        self._para = Paragraph("<br/>".join(line_markup(line) for line in lines), style)
        self._width = avail_width
        self._size = None
        self._broken, self._style = lines, style
        return self._para

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        # tables ask several times at one width: the lines are already known then
        if (self._para is None or self._width != avail_width or self._size is None
                or not hasattr(self._para, "blPara")):  # a split may have dropped the lines
            para = self._layout(avail_width)
            self._size = para.wrap(avail_width, avail_height)
        self.width, self.height = self._size
        return self._size

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The lines that fit ``avail_height``, then the rest (never a line cut again:
        ReportLab's own split began the rest with an empty line)."""
        self._layout(avail_width)
        lines = self._lines if self._lines is not None else self._broken
        fits = int((avail_height + 1e-6) // self._style.leading)
        if fits <= 0:
            return []
        if fits >= len(lines):
            return [self]
        return [Text.part(lines[:fits], self._style), Text.part(lines[fits:], self._style)]

    def draw(self) -> None:
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab API
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab API
        return self.style.spaceAfter

    def min_width(self) -> float:
        return text_width(self.text, self.style.fontName, self.style.fontSize)
