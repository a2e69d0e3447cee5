"""Where the application keeps things on this computer (pure Python, no Qt).

Each place is the platform's usual one, found by ``platformdirs``
(Windows / macOS / Linux):

- data: ``%LOCALAPPDATA%\\cafe-conversation`` / ``~/Library/Application
  Support/cafe-conversation`` / ``~/.local/share/cafe-conversation``;
- settings: ``settings.ini`` in the data folder on Windows and macOS,
  in ``~/.config/cafe-conversation`` on Linux;
- log: ``…\\cafe-conversation\\Logs`` / ``~/Library/Logs/cafe-conversation``
  / ``~/.local/state/cafe-conversation/log``;
- workshops: ``Café Conversation`` in the user's Documents folder.

Workshops are the user's documents, so they go where documents go (and an
uninstaller, which removes only what it installed, leaves them).  Settings
are an INI file rather than the Windows registry: one place to show in the
About box and to copy to another laptop.  Nothing is created here at import
time; :func:`workshops_folder` and the log set-up create their folder when
used.  Every function reads the environment when called, so tests move the
whole set by setting ``HOME`` / ``XDG_*``.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "cafe-conversation"
#: the folder shown to users in their Documents
WORKSHOPS = "Café Conversation"
#: workshop files: their own extension (Windows associates a program with the
#: last extension only); JSON inside, and ``.json`` files still open
EXTENSION = ".cafe"
EXTENSIONS = (".cafe", ".json")


def data_folder() -> Path:
    """The application's own data (not the user's documents)."""
    return platformdirs.user_data_path(APP, appauthor=False)


def settings_file() -> Path:
    """The settings (language, recent files, window state) as an INI file."""
    return platformdirs.user_config_path(APP, appauthor=False) / "settings.ini"


def log_file() -> Path:
    """The rotating log file (see :mod:`ui.log_file`)."""
    return platformdirs.user_log_path(APP, appauthor=False) / f"{APP}.log"


def workshops_folder(create: bool = True) -> Path:
    """Where new workshops and demo copies go unless the user picks a place."""
    folder = platformdirs.user_documents_path() / WORKSHOPS
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def places() -> list[tuple[str, Path]]:
    """(key, path) of every place, in the order the About box lists them."""
    return [("workshops", workshops_folder(create=False)), ("data", data_folder()),
            ("settings", settings_file()), ("log", log_file())]
