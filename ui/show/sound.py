"""The chime at the warning threshold and at the end of a step.

``PySide6.QtMultimedia`` is imported lazily and only when a chime is first
played: PySide6-Essentials does not ship it, and on a bare Debian it fails
with ``libpulse.so.0`` (see PITFALLS).  Without it the chime goes through
what the system has — ``winsound`` on Windows (standard library), ``afplay``
on macOS, ``paplay`` / ``pw-play`` / ``aplay`` on Linux, started without a
shell — so the room hears it on an ordinary laptop.  With none of these,
or no audio output, the show stays visual-only: :meth:`Chime.play` returns
False and never raises.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QObject, QProcess, QUrl

CHIME_PATH = Path(str(files("resources") / "sounds" / "chime.wav"))

log = logging.getLogger(__name__)


def load_multimedia() -> ModuleType | None:
    """``PySide6.QtMultimedia`` if it imports here, else None."""
    try:
        from PySide6 import QtMultimedia  # in PySide6-Addons only, and needs libpulse on Linux
    except (ImportError, OSError):
        return None
    return QtMultimedia


# (program, arguments before the file); the first one found is used.
PLAYERS = {
    "darwin": [("afplay", [])],
    "linux": [("paplay", []), ("pw-play", []), ("aplay", ["-q"])],
}


def system_command(path: Path, platform: str = sys.platform,
                   which: Callable[[str], str | None] = shutil.which) -> list[str] | None:
    """The command that plays ``path`` with a player of the system, if any."""
    family = "linux" if platform.startswith(("linux", "freebsd", "openbsd")) else platform
    for program, arguments in PLAYERS.get(family, []):
        found = which(program)
        if found:
            return [found, *arguments, str(path)]
    return None


def play_with_system(path: Path) -> bool:
    """Play a WAV file without Qt Multimedia; False when nothing can."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import winsound

        try:
            winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC
                               | winsound.SND_NODEFAULT)
        except RuntimeError:
            return False
        return True
    command = system_command(path)
    if command is None:
        return False
    started, _pid = QProcess.startDetached(command[0], command[1:])
    return bool(started)


class Chime(QObject):
    """A short sound, played when audio exists; silent otherwise."""

    def __init__(self, path: Path = CHIME_PATH,
                 loader: Callable[[], ModuleType | None] = load_multimedia,
                 parent: QObject | None = None,
                 fallback: Callable[[Path], bool] | None = play_with_system) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._fallback = fallback
        self.enabled = True
        self._loader = loader
        self._effect = None
        self._tried = False
        if self.path.is_file():
            log.info("chime: %s", self.path)
        else:
            log.warning("chime not found: %s", self.path)

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
            return self._play_fallback()
        try:
            effect.play()
        except RuntimeError:
            return False
        return True

    def _play_fallback(self) -> bool:
        if self._fallback is None or not self.path.is_file():
            return False
        try:
            return self._fallback(self.path)
        except OSError:
            return False

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
