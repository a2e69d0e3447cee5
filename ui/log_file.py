"""The application's log file: Python ``logging`` to a small rotating file.

Started by the window (:func:`ui.app.run_gui`); pure Python, so the command
line or an exception hook can use it too.  The file is at
:func:`ui.paths.log_file` (the About box shows it): a facilitator can send
it when something went wrong.  At most 1 MB plus three older files.  A log
that cannot be written (read-only profile, full disk) never stops the app.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
from pathlib import Path

from ui import paths
from workshop import __version__

MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("cafe")


def start_logging(path: Path | None = None, level: int = logging.INFO) -> Path | None:
    """Send the root logger to ``path`` (default :func:`ui.paths.log_file`).

    Returns the file written, or None when it cannot be.  Calling it again
    with the same file adds no second handler.
    """
    path = Path(path) if path is not None else paths.log_file()
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename) == path.absolute():
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # delay: the file is opened at the first record, not for an app that logs nothing
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    log.info("Café Conversation %s started (Python %s, %s, %s)", __version__,
             platform.python_version(), platform.platform(terse=True),
             "frozen" if getattr(sys, "frozen", False) else "from source")
    return path


def stop_logging(path: Path) -> None:
    """Close and remove the handler writing to ``path`` (tests, a clean exit)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler) \
                and Path(handler.baseFilename) == Path(path).absolute():
            root.removeHandler(handler)
            handler.close()
