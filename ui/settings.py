"""User settings (QSettings): language, recent files, window geometry.

Settings never go into the workshop file.  Tests pass their own
``QSettings`` (an INI file in a temporary folder).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 8


def default_settings() -> QSettings:
    return QSettings("CafeConversation", "cafe-conversation")


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


def workshops_folder() -> Path:
    """Where new workshops and demo copies go unless the user picks a place."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base or Path.home() / ".cafe-conversation") / "ateliers"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
