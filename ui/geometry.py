"""Where and how large the window opens: as it was left, but always usable.

A saved geometry comes back as it was left, unless the screens changed
since (a projector unplugged, another resolution): then a window that would
be tiny (it came up at 582 × 270 once) or partly off screen gets a sensible
size on the screen it is on.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1200, 800)


def restore(window: QWidget, saved: object) -> None:
    """Put ``window`` back as ``saved`` (``saveGeometry()`` bytes), then make it usable."""
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        window.restoreGeometry(saved)
    else:
        window.resize(sensible_size(window))
    fit_on_screen(window)


def sensible_size(window: QWidget) -> QSize:
    """1200 × 800, but never more than 95 % of the screen (1366 × 768 laptops)."""
    screen = window.screen()
    if screen is None:
        return PREFERRED
    return PREFERRED.boundedTo(screen.availableGeometry().size() * 0.95)


def fit_on_screen(window: QWidget) -> None:
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    size = window.size()
    wanted = sensible_size(window)
    if size.width() < wanted.width() // 2 or size.height() < wanted.height() // 2:
        window.resize(wanted)  # far too small to work in: the screens changed
    elif size.width() > room.width() or size.height() > room.height():
        window.resize(size.boundedTo(room.size()))
    frame = window.frameGeometry()
    if not room.intersects(frame) or frame.top() < room.top():
        window.move(room.topLeft())  # left on a screen that is gone
