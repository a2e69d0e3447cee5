"""The Qt binding must not leak references to None.

PySide6 6.12.0 drops one reference to ``None`` at each call of a void
method; on Python < 3.12 (``None`` is not immortal there) the projector,
repainting several times a second, made the process abort with
« deallocating None » within minutes.  pyproject.toml excludes that
version; this test fails if a bad binding is installed anyway.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_references(qapp):
    font, label = QFont(), QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setPixelSize(9)
        label.setText("Tour 2 / 4")
        label.update()
    # Other code may take a few references meanwhile; a leak loses thousands.
    assert sys.getrefcount(None) - before > -100
