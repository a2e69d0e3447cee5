"""The one door every piece of user text goes through before a PDF.

ReportLab's ``Paragraph`` parses its text as markup: raw user text crashed
it (``<b>`` unclosed, ``a<b``), mangled ``&``, and ``<img src=…>`` made it
open a local file.  So text is NFC-normalised, control and bidi-override
characters are dropped, characters the bundled font cannot draw become a
visible replacement sign (and are reported), markup is escaped and
newlines become ``<br/>``.  Long words still break: the paragraph styles
keep ReportLab's ``splitLongWords``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from xml.sax.saxutils import escape

from exports.pdf.fonts import REPLACEMENT, covered

_KEEP_FORMAT = {"\u00ad", "\u200b"}  # soft hyphen and zero-width space: harmless breaks


class TextCleaner:
    """Cleans text for one export and remembers what it had to replace."""

    def __init__(self) -> None:
        self.missing: Counter[str] = Counter()
        self._covered = covered()

    def plain(self, text: object) -> str:
        """Text safe to draw with ``canvas.drawString`` (no markup involved)."""
        out = []
        for char in unicodedata.normalize("NFC", "" if text is None else str(text)):
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
        return "".join(out).replace("\n\n\n", "\n\n")

    def line(self, text: object) -> str:
        """Plain text on one line (names, titles drawn on the canvas)."""
        return " ".join(self.plain(text).split())

    def markup(self, text: object) -> str:
        """Text for a ``Paragraph``: escaped, newlines as ``<br/>``."""
        lines = self.plain(text).strip("\n").split("\n")
        return "<br/>".join(escape(line) for line in lines)

    def report(self) -> str:
        """The replaced characters, e.g. ``U+0639 ع (3)``; empty when none."""
        return ", ".join(f"U+{ord(c):04X} {c} ({n})" for c, n in sorted(self.missing.items()))
