"""Where a line may break, and lines that fit a width: the house rules, not ReportLab's.

ReportLab cuts a word that does not fit anywhere, without a hyphen, and its
own hyphenation lost the hyphen of "Marie-Bernadette" in a bold-prefixed
paragraph.  So lines are broken here and handed to ReportLab already cut
(:class:`exports.pdf.text.Text`); canvas-drawn text (cards, footers, QR
captions) uses the same functions.  Each piece of text says what it is:

- ``prose``: French words break at their syllables (pyphen), with a hyphen,
  and after a hyphen they already have;
- ``name``: a person's name breaks only at spaces and after its hyphens
  (a caller first shrinks it, see :func:`fit_size`);
- ``url``: after ``/``, ``-``, ``.``, ``?``, ``&``, ``=``, never with an added hyphen.

Only when nothing else fits is a word cut anywhere, and then with a hyphen
(never inside a URL).  Widths are sums of glyph widths (ReportLab does not
kern), computed once per character, so a 10,000-character name is laid out
in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import pyphen
from reportlab.pdfbase.pdfmetrics import stringWidth

HYPHEN = "-"
_LETTERS = re.compile(r"[^\W\d_]{5,}")
_URL_BREAKS = "/-.?&=_"


@dataclass(frozen=True)
class Run:
    """A piece of text of one kind, in one face, maybe a link."""

    text: str
    kind: str = "prose"
    bold: bool = False
    href: str = ""


@dataclass
class Piece:
    """Part of a laid-out line: text from one run (a hyphen may have been added)."""

    text: str
    run: Run


Line = list[Piece]


@lru_cache(maxsize=8)
def _char_widths(font: str) -> dict[str, float]:
    return {}


def char_width(char: str, font: str) -> float:
    """Width of ``char`` at size 1 (cached per font)."""
    table = _char_widths(font)
    width = table.get(char)
    if width is None:
        width = table[char] = stringWidth(char, font, 1000) / 1000
    return width


def text_width(text: str, font: str, size: float) -> float:
    return _unit_width(text, font) * size


@lru_cache(maxsize=16384)  # names and table names are measured again at every size tried
def _unit_width(text: str, font: str) -> float:
    return sum(char_width(c, font) for c in text)


@lru_cache(maxsize=1)
def _pyphen() -> pyphen.Pyphen:
    # user text is French whatever the document's language; two letters
    # stay before a break and three go after it (French usage)
    return pyphen.Pyphen(lang="fr_FR", left=2, right=3)


@lru_cache(maxsize=20000)
def _syllable_breaks(word: str) -> tuple[int, ...]:
    return tuple(_pyphen().positions(word))


def breaks(text: str, kind: str) -> list[tuple[int, bool]]:
    """Break positions inside a word: (index, whether a hyphen is added)."""
    out: dict[int, bool] = {}
    if kind == "url":
        for i, char in enumerate(text[:-1]):
            if char in _URL_BREAKS:
                out[i + 1] = False
        return sorted(out.items())
    for i, char in enumerate(text[:-1]):
        if char in "-\u2013\u2014/" and i > 0:
            out[i + 1] = False
    if kind == "prose":
        for match in _LETTERS.finditer(text):
            for pos in _syllable_breaks(match.group(0)):
                out.setdefault(match.start() + pos, True)
    return sorted(out.items())


class _Word:
    """One word (no space inside), maybe made of pieces of several runs."""

    def __init__(self, parts: list[tuple[str, Run]], fonts, size: float) -> None:
        self.parts = parts
        self.text = "".join(text for text, _run in parts)
        self.runs: list[Run] = []
        for text, run in parts:
            self.runs += [run] * len(text)
        self._cuts: list[tuple[int, bool]] | None = None
        self.fonts = fonts
        self.size = size
        self.cum = [0.0] + list(accumulate(
            char_width(c, fonts(r)) * size for c, r in zip(self.text, self.runs)))

    @property
    def cuts(self) -> list[tuple[int, bool]]:
        """Where the word may break; worked out only for a word that does not fit."""
        if self._cuts is None:
            cuts: set[tuple[int, bool]] = set()
            offset = 0
            for text, run in self.parts:
                cuts.update((offset + i, hy) for i, hy in breaks(text, run.kind) if i > 0)
                if offset:
                    cuts.add((offset, False))
                offset += len(text)
            self._cuts = sorted(cuts)
        return self._cuts

    def width(self, start: int = 0, end: int | None = None) -> float:
        return self.cum[len(self.text) if end is None else end] - self.cum[start]

    def hyphen(self, index: int) -> float:
        return char_width(HYPHEN, self.fonts(self.runs[index - 1])) * self.size

    def pieces(self, start: int, end: int, hyphen: bool = False) -> Line:
        out: Line = []
        for i in range(start, end):
            run = self.runs[i]
            if out and out[-1].run is run:
                out[-1].text += self.text[i]
            else:
                out.append(Piece(self.text[i], run))
        if hyphen and out:
            out[-1].text += HYPHEN
        return out

    def best_cut(self, start: int, room: float) -> tuple[int, bool] | None:
        """The last break after ``start`` whose head fits ``room`` (hyphen included)."""
        limit = bisect_right(self.cum, self.cum[start] + room) - 1
        # breaks are sorted: start from the last one at or before the limit
        position = bisect_right(self.cuts, (limit, True))
        for k in range(position - 1, -1, -1):
            index, hy = self.cuts[k]
            if index <= start:
                break
            if self.width(start, index) + (self.hyphen(index) if hy else 0) <= room:
                return index, hy
        return None

    def forced_cut(self, start: int, room: float) -> tuple[int, bool]:
        """As many characters as fit ``room`` (at least one), with a hyphen unless a URL."""
        url = self.runs[start].kind == "url"
        hyphen = 0 if url else char_width(HYPHEN, self.fonts(self.runs[start])) * self.size
        end = bisect_right(self.cum, self.cum[start] + room - hyphen) - 1
        end = min(max(end, start + 1), len(self.text))
        return end, not url and end < len(self.text)


def _words(runs: list[Run]):
    """Words and hard line breaks (None) of the runs, in order."""
    current: list[tuple[str, Run]] = []
    for run in runs:
        for i, chunk in enumerate(re.split(r"(\n| +)", run.text)):
            if i % 2:
                if current:
                    yield current
                    current = []
                if chunk == "\n":
                    yield None
            elif chunk:
                current.append((chunk, run))
    if current:
        yield current


def break_lines(runs: list[Run], width: float, font: str, bold_font: str,
                size: float) -> list[Line]:
    """Lines of pieces, each no wider than ``width`` (spaces between words kept)."""
    def fonts(run: Run) -> str:
        return bold_font if run.bold else font

    if len(runs) == 1 and "\n" not in runs[0].text:  # most cells: one line that fits
        whole = " ".join(runs[0].text.split(" "))
        if text_width(whole, fonts(runs[0]), size) <= width and "  " not in whole:
            return [[Piece(whole.strip(" "), runs[0])]] if whole.strip(" ") else [[]]
    space = char_width(" ", font) * size
    lines: list[Line] = []
    line: Line = []
    used = 0.0
    for parts in _words(runs):
        if parts is None:
            lines.append(line)
            line, used = [], 0.0
            continue
        word = _Word(parts, fonts, size)
        start = 0
        gap = space if line else 0.0
        if used + gap + word.width() <= width:
            line += _spaced(line, word.pieces(0, len(word.text)))
            used += gap + word.width()
            continue
        if line:
            cut = word.best_cut(0, width - used - gap)
            if cut:
                line += _spaced(line, word.pieces(0, cut[0], cut[1]))
                start = cut[0]
            lines.append(line)
            line, used = [], 0.0
        while word.width(start) > width:
            cut = word.best_cut(start, width) or word.forced_cut(start, width)
            lines.append(word.pieces(start, cut[0], cut[1]))
            start = cut[0]
        line = word.pieces(start, len(word.text))
        used = word.width(start)
    if line or not lines:
        lines.append(line)
    return lines


def _spaced(line: Line, pieces: Line) -> Line:
    if line and pieces:
        pieces[0] = Piece(" " + pieces[0].text, pieces[0].run)
    return pieces


def line_text(line: Line) -> str:
    return "".join(piece.text for piece in line)


def fit_size(text: str, font: str, size: float, width: float, minimum: float = 7) -> float:
    """The largest size from ``size`` down to ``minimum`` (by 0.25) at which ``text`` fits one line."""
    natural = _unit_width(text, font)
    if natural * size <= width:
        return size
    fitting = int(width / natural * 4) / 4 if natural else size
    return max(minimum, min(size, fitting))


def ellipsis(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with "…" so that it fits ``width`` (linear in the text's length)."""
    if text_width(text, font, size) <= width:
        return text
    room = width - char_width("…", font) * size
    used = 0.0
    for i, char in enumerate(text):
        used += char_width(char, font) * size
        if used > room:
            return text[:i].rstrip() + "…"
    return text
