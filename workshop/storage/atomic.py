"""Writing a file so that a crash never leaves it half-written.

TinyDB's default JSONStorage rewrites the file in place; a kill in the
middle left unreadable JSON 15 times out of 110 (shared/PITFALLS.md).
Here every write goes to a temporary file in the same folder, is flushed
and fsynced, then moved over the target with ``os.replace`` (atomic on
POSIX and Windows).  On Windows an antivirus or a sync tool may hold the
target for a moment: ``PermissionError`` is retried.

Temporary files are named ``.NAME.tmp-PID-RANDOM``.  They are found again by
plain prefix comparison, never by a glob pattern: a file called
``Atelier [2026].json`` would turn ``[2026]`` into a character class.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

TEMP_MARK = ".tmp-"
RETRIES = 20
RETRY_DELAY_S = 0.05


def temp_name(path: Path) -> Path:
    """A unique temporary path beside ``path`` (same folder, same disk)."""
    # os.urandom rather than uuid: importing uuid costs start-up time.
    return path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}-{os.urandom(4).hex()}")


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Replace ``path`` by ``data`` all at once; the old content stays on failure."""
    path = Path(path)
    tmp = temp_name(path)
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        fd = os.open(tmp, flags, 0o600 if mode is None else mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _replace_with_retry(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def _replace_with_retry(source: Path, target: Path) -> None:
    for attempt in range(RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == RETRIES - 1:
                raise
            time.sleep(RETRY_DELAY_S * (attempt + 1))


def fsync_folder(folder: Path) -> None:
    """Make a rename or a deletion itself durable (POSIX; Windows has no folder fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def names_starting(folder: Path, prefix: str) -> list[Path]:
    """The entries of ``folder`` whose name starts with ``prefix`` (no glob), sorted."""
    try:
        with os.scandir(folder) as entries:
            return sorted(Path(e.path) for e in entries if e.name.startswith(prefix))
    except (FileNotFoundError, NotADirectoryError):
        return []


def is_temp_of(name: str, target_name: str) -> bool:
    """Is ``name`` a temporary file of a write to ``target_name``?"""
    head = f".{target_name}{TEMP_MARK}"
    return name.startswith(head) and len(name) > len(head)


def remove_quietly(paths: list[Path]) -> list[Path]:
    """Delete ``paths``; return those really removed (a vanished one is no error)."""
    removed = []
    for path in paths:
        try:
            path.unlink()
        except OSError:  # gone already, or held by another program: not ours to force
            continue
        removed.append(path)
    return removed


def clean_stale_temps(path: Path) -> list[Path]:
    """Remove temporary files a crashed writer left beside ``path``.

    Call only while holding the file's lock, so no live writer is hurt.
    """
    path = Path(path)
    return remove_quietly([p for p in names_starting(path.parent, f".{path.name}")
                           if is_temp_of(p.name, path.name)])
