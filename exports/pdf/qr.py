"""QR codes drawn as vector rectangles, with their URL printed below.

A bitmap QR prints blurry; here each run of dark modules is one filled
rectangle.  Phones decoded reliably at 0.7–0.9 mm per module once blurred
like a photo, so the code is at least 30 mm wide *including* the 4-module
quiet zone and grows for long URLs (see PITFALLS.md).  Error correction M,
Q on handouts that live on a fridge door.  A code read from across a hall
asks for its *symbol* (the modules, quiet zone not counted) to be a given
width: ``symbol=100 * mm`` on the wall poster.  The code and its caption
are one link annotation: a PDF read on screen opens the URL on a click.
The caption breaks only after ``/ - . ? & =`` (:mod:`exports.pdf.lines`).
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from exports.pdf.fonts import FAMILY, register
from exports.pdf.lines import Run, break_lines, line_text

QUIET = 4
MIN_SIZE = 30 * mm
MODULE = 0.85 * mm
LEVELS = {"M": ERROR_CORRECT_M, "Q": ERROR_CORRECT_Q}


def qr_matrix(data: str, level: str = "M") -> list[list[bool]]:
    """The modules of the code for ``data``, quiet zone included."""
    code = qrcode.QRCode(error_correction=LEVELS[level], border=QUIET)
    code.add_data(data.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def side_for(modules: int, minimum: float = MIN_SIZE) -> float:
    return max(minimum, modules * MODULE)


def draw_qr(canvas, matrix: list[list[bool]], x: float, y: float, side: float) -> None:
    """Draw the matrix with its lower-left corner at (x, y)."""
    step = side / len(matrix)
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for row, cells in enumerate(matrix):
        top = y + side - (row + 1) * step
        col = 0
        while col < len(cells):
            if cells[col]:
                start = col
                while col < len(cells) and cells[col]:
                    col += 1
                path.rect(x + start * step, top, (col - start) * step, step)
            col += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def split_url(url: str, width: float, font: str, size: float) -> list[str]:
    """Cut a URL (no spaces) into lines that fit ``width``, after / - . ? & = when possible."""
    return [line_text(line) for line in break_lines([Run(url, "url")], width, font, font, size)]


class QrCode(Flowable):
    """A QR code and, under it, the URL it holds (already normalised), both a link."""

    def __init__(self, url: str, level: str = "M", minimum: float = MIN_SIZE,
                 caption: bool = True, font_size: float = 8, symbol: float = 0,
                 caption_width: float = 0) -> None:
        super().__init__()
        register()
        self.url = url
        self.matrix = qr_matrix(url, level)
        modules = len(self.matrix)
        if symbol:  # the modules themselves this wide, the quiet zone around them
            minimum = max(minimum, symbol * modules / (modules - 2 * QUIET))
        self.side = side_for(modules, minimum)
        self.font_size = font_size
        self.caption_width = max(self.side, caption_width)
        self.lines = split_url(url, self.caption_width, FAMILY, font_size) if caption else []

    @property
    def symbol_side(self) -> float:
        """Width of the modules without the quiet zone."""
        modules = len(self.matrix)
        return self.side * (modules - 2 * QUIET) / modules

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.caption_width
        self.height = self.side + len(self.lines) * (self.font_size + 1.5) + 2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        text_height = self.height - self.side
        left = (self.width - self.side) / 2
        draw_qr(canvas, self.matrix, left, text_height, self.side)
        canvas.setFont(FAMILY, self.font_size)
        y = text_height - self.font_size
        for line in self.lines:
            canvas.drawCentredString(self.width / 2, y, line)
            y -= self.font_size + 1.5
        canvas.linkURL(self.url, (0, 0, self.width, self.height), relative=1, thickness=0)
