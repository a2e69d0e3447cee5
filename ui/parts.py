"""The parts the window is assembled from: pages and extensions.

The composition root (:mod:`ui.app`) hands the window a :class:`PageSpec`
per page of the side bar (built the first time it is shown) and its
extensions.  An extension (the show, importing people, personal data)
never edits the window: it makes its actions and menus, says where each
goes with an :class:`Entry` (a menu is made with the window as its parent),
and re-translates them when the window asks.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

#: ``file``: the File menu, before Quit; ``view``: a sub-menu of View;
#: ``help``: the Help menu; ``menubar``: a menu of its own, before Help;
#: ``window``: a shortcut only.
Place = Literal["file", "view", "help", "menubar", "window"]


@dataclass(frozen=True)
class PageSpec:
    """A page of the side bar: its key, its label, and how to build it."""

    key: str
    #: the side bar's label, marked with ``QT_TRANSLATE_NOOP("MainWindow", …)``
    label: str
    build: Callable[[], QWidget]


@dataclass(frozen=True)
class Entry:
    """One action or menu of an extension, and where it goes."""

    place: Place
    item: QAction | QMenu


class Extension(Protocol):
    """What the window asks of an extension."""

    def entries(self) -> list[Entry]:
        """The actions and menus to place, in order."""

    def translate_ui(self) -> None:
        """Set every visible text again (the language changed)."""
