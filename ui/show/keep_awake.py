"""Keep the screen awake while a step runs — best effort, never failing.

A projector going to sleep in the middle of a round is the one thing a room
notices.  Per platform:

- Windows: ``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED)``
  through ctypes, cleared with ``ES_CONTINUOUS`` alone.  The flag belongs to
  the calling thread, so we always call from the GUI thread.
- Linux/BSD desktops: ``org.freedesktop.ScreenSaver.Inhibit`` over the
  session D-Bus (``PySide6.QtDBus`` when it imports), released with
  ``UnInhibit(cookie)``.
- macOS: a ``caffeinate -d -w <our pid>`` child process, which also ends by
  itself if we crash.

Every failure (no bus, no service, no caffeinate) is swallowed: the show
goes on, the facilitator's power settings then decide.
"""

from __future__ import annotations

import os
import sys
import typing

if typing.TYPE_CHECKING:  # imported when used: macOS only, and not at start-up
    import subprocess

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002

APP_NAME = "Café Conversation"


class KeepAwake:
    """``hold()`` while a step runs, ``release()`` when it pauses or ends."""

    def __init__(self, platform: str = sys.platform) -> None:
        self.platform = platform
        self.held = False
        self.method = ""          # what actually worked, for the report and tests
        self._cookie: int | None = None
        self._process: subprocess.Popen | None = None

    def hold(self) -> bool:
        if self.held:
            return True
        for method in self._methods():
            try:
                if method():
                    self.held = True
                    return True
            except Exception:  # noqa: BLE001 - best effort by design: never stop the show
                continue
        return False

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            if self.method == "windows":
                import ctypes

                ctypes.windll.kernel32.SetThreadExecutionState(ES_CONTINUOUS)
            elif self.method == "dbus" and self._cookie is not None:
                self._screensaver().call("UnInhibit", self._cookie)
            elif self.method == "caffeinate" and self._process is not None:
                self._process.terminate()
        except Exception:  # noqa: BLE001 - best effort, see hold()
            pass
        self._cookie = None
        self._process = None
        self.method = ""

    def _methods(self):
        if self.platform.startswith("win"):
            return [self._windows]
        if self.platform == "darwin":
            return [self._caffeinate]
        return [self._dbus]

    def _windows(self) -> bool:
        import ctypes

        flags = ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED
        if not ctypes.windll.kernel32.SetThreadExecutionState(flags):
            return False
        self.method = "windows"
        return True

    def _caffeinate(self) -> bool:
        import subprocess

        self._process = subprocess.Popen(
            ["caffeinate", "-d", "-i", "-w", str(os.getpid())],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.method = "caffeinate"
        return True

    @staticmethod
    def _screensaver():
        from PySide6.QtDBus import QDBusConnection, QDBusInterface

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return None
        iface = QDBusInterface("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                               "org.freedesktop.ScreenSaver", bus)
        return iface if iface.isValid() else None

    def _dbus(self) -> bool:
        iface = self._screensaver()
        if iface is None:
            return False
        reply = iface.call("Inhibit", APP_NAME, "Minuteur de l'atelier en cours")
        values = reply.arguments()
        if not values or not isinstance(values[0], int):
            return False
        self._cookie = values[0]
        self.method = "dbus"
        return True
