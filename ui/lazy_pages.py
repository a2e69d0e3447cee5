"""``window.pages``: the pages of the side bar, each built the first time it is needed.

Apart from :mod:`ui.main_window` to keep that module small; the window
declares every page at start and builds only the one it shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class LazyPages(dict):
    """``window.pages``: a page is built on first access, by key or by iteration."""

    def __init__(self, build) -> None:
        super().__init__()
        self._build = build
        self._waiting: dict[str, list] = {}

    def declare(self, key: str) -> None:
        super().__setitem__(key, None)

    def __getitem__(self, key: str) -> QWidget:
        page = super().__getitem__(key)
        if page is None:
            page = self._build(key)
            super().__setitem__(key, page)
            for callback in self._waiting.pop(key, []):
                callback(page)
        return page

    def when_built(self, key: str, callback) -> None:
        """Call ``callback(page)`` once the page exists: now if it does, else when built.

        For extensions that add to a page (a button, the show controls)
        without building it at start-up.
        """
        page = self.if_built(key)
        if page is not None:
            callback(page)
        else:
            self._waiting.setdefault(key, []).append(callback)

    def get(self, key: str, default=None):
        return self[key] if key in self else default

    def built(self) -> list[QWidget]:
        """The pages built so far (without building the others)."""
        return [page for page in super().values() if page is not None]

    def if_built(self, key: str) -> QWidget | None:
        """The page if it was built, without building it."""
        return super().get(key)

    def values(self) -> list[QWidget]:
        return [self[key] for key in self]

    def items(self) -> list[tuple[str, QWidget]]:
        return [(key, self[key]) for key in self]
