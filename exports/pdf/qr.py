"""QR codes drawn as vector rectangles, with their URL printed below.

A bitmap QR prints blurry; here each run of dark modules is one filled
rectangle.  Phones decoded reliably at 0.7–0.9 mm per module once blurred
like a photo, so the code is at least 30 mm wide *including* the 4-module
quiet zone and grows for long URLs (see PITFALLS.md).  Error correction M,
Q on handouts that live on a fridge door.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M, ERROR_CORRECT_Q
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from exports.pdf.fonts import FAMILY, register

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
    """Cut a URL (no spaces) into lines that fit ``width``, after / or - when possible."""
    lines, current = [], ""
    for char in url:
        if current and stringWidth(current + char, font, size) > width:
            cut = max(current.rfind(c, 1) for c in "/-?&=") + 1
            if cut <= 0 or cut < len(current) // 2:
                cut = len(current)
            lines.append(current[:cut])
            current = current[cut:]
        current += char
    if current:
        lines.append(current)
    return lines


class QrCode(Flowable):
    """A QR code and, under it, the URL it holds (already normalised)."""

    def __init__(self, url: str, level: str = "M", minimum: float = MIN_SIZE,
                 caption: bool = True, font_size: float = 6.5) -> None:
        super().__init__()
        register()
        self.url = url
        self.matrix = qr_matrix(url, level)
        self.side = side_for(len(self.matrix), minimum)
        self.font_size = font_size
        self.lines = split_url(url, self.side, FAMILY, font_size) if caption else []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.side
        self.height = self.side + len(self.lines) * (self.font_size + 1.5) + 2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        text_height = self.height - self.side
        draw_qr(canvas, self.matrix, 0, text_height, self.side)
        canvas.setFont(FAMILY, self.font_size)
        y = text_height - self.font_size
        for line in self.lines:
            canvas.drawCentredString(self.side / 2, y, line)
            y -= self.font_size + 1.5
