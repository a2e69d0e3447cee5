"""The bundled DejaVu Sans family, registered once for every document.

Helvetica turns Ł ż ă Ş into ■ and drops them from the text layer, so the
PDFs embed DejaVu Sans (``resources/fonts/``, licence beside it).  The four
faces are registered as one family: without ``registerFontFamily`` the
``<b>`` of a paragraph silently falls back to the regular face.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(str(files("resources") / "fonts"))
FAMILY = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"
FACES = (FAMILY, BOLD, ITALIC, BOLD_ITALIC)
#: printed instead of a character the font cannot draw (visible, and in the font)
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"


@lru_cache(maxsize=1)
def register() -> str:
    """Register the four faces (once) and return the family name."""
    for face in FACES:
        pdfmetrics.registerFont(TTFont(face, str(FONT_DIR / f"{face}.ttf")))
    pdfmetrics.registerFontFamily(FAMILY, normal=FAMILY, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    for bold, italic, face in ((0, 0, FAMILY), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(FAMILY, bold, italic, face)
    return FAMILY


@lru_cache(maxsize=1)
def covered() -> frozenset[int]:
    """Code points both the regular and the bold face can draw.

    User text is never set in italics (the oblique faces lack Arabic), so
    these two faces decide what must be replaced.
    """
    register()
    regular = pdfmetrics.getFont(FAMILY).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(set(regular) & set(bold))
