"""User settings (QSettings): language, recent files, window geometry.

Settings never go into the workshop file.  They live in an INI file at
:func:`ui.paths.settings_file` (the About box shows where); the first start
after an update copies what an earlier release kept in the platform's
native store (the registry on Windows).  Tests pass their own
``QSettings`` (an INI file in a temporary folder).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ui import paths

MAX_RECENT = 8


def default_settings() -> QSettings:
    """The user's settings file; filled once from an earlier release's settings."""
    path = paths.settings_file()
    fresh = not path.exists()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if fresh:
        earlier = QSettings("CafeConversation", "cafe-conversation")
        for key in earlier.allKeys():
            settings.setValue(key, earlier.value(key))
    return settings


class Settings:
    """Typed access to the few settings the app keeps."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.q = qsettings if qsettings is not None else default_settings()

    @property
    def language(self) -> str:
        return str(self.q.value("language", "fr"))

    @language.setter
    def language(self, lang: str) -> None:
        self.q.setValue("language", lang)

    def recent_files(self) -> list[Path]:
        value = self.q.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in (value or [])]

    def add_recent(self, path: Path) -> None:
        path = Path(path).resolve()
        recent = [p for p in self.recent_files() if p != path]
        self.q.setValue("recent_files", [str(p) for p in ([path] + recent)[:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        recent = [p for p in self.recent_files() if p != Path(path).resolve()]
        self.q.setValue("recent_files", [str(p) for p in recent])

    def value(self, key: str, default=None):
        return self.q.value(key, default)

    def set_value(self, key: str, value) -> None:
        self.q.setValue(key, value)

