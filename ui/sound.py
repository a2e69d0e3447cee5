"""The chime at the warning threshold and at the end of a step.

``PySide6.QtMultimedia`` is imported lazily and only when a chime is first
played: PySide6-Essentials does not ship it, and on a bare Debian it fails
with ``libpulse.so.0`` (see PITFALLS).  Without it, or without any audio
output, the show stays visual-only: :meth:`Chime.play` returns False and
never raises.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QObject, QUrl

CHIME_PATH = Path(__file__).resolve().parents[1] / "resources" / "sounds" / "chime.wav"


def load_multimedia() -> ModuleType | None:
    """``PySide6.QtMultimedia`` if it imports here, else None."""
    try:
        return importlib.import_module("PySide6.QtMultimedia")
    except (ImportError, OSError):
        return None


class Chime(QObject):
    """A short sound, played when audio exists; silent otherwise."""

    def __init__(self, path: Path = CHIME_PATH,
                 loader: Callable[[], ModuleType | None] = load_multimedia,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.enabled = True
        self._loader = loader
        self._effect = None
        self._tried = False

    @property
    def available(self) -> bool:
        """True when a sound can actually be played (loads QtMultimedia once)."""
        return self._load() is not None

    def play(self) -> bool:
        """Play the chime; False when silent (disabled, no module, no output)."""
        if not self.enabled:
            return False
        effect = self._load()
        if effect is None:
            return False
        try:
            effect.play()
        except RuntimeError:
            return False
        return True

    def _load(self):
        if self._tried:
            return self._effect
        self._tried = True
        module = self._loader()
        if module is None or not self.path.is_file():
            return None
        try:
            if not module.QMediaDevices.audioOutputs():
                return None  # headless machine: zero outputs
            effect = module.QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(self.path)))
            effect.setVolume(0.8)
        except (AttributeError, RuntimeError, OSError):
            return None
        self._effect = effect
        return effect
