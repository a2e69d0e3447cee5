"""One writer per workshop file, across processes.

The lock is an OS lock on a small side file (``.NAME.lock``), so it is
released by the system when the process dies: no stale lock after a crash.
The side file sits beside the *real* file (symbolic links resolved by the
caller), so two names of one file share one lock.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


def lock_path_for(path: Path) -> Path:
    return Path(path).with_name(f".{Path(path).name}.lock")


class FileLock:
    """Exclusive, non-blocking lock tied to ``path``."""

    def __init__(self, path: Path) -> None:
        self.lock_path = lock_path_for(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock; ``False`` when another process holds it.

        ``OSError`` (a read-only folder, say) is the caller's to word.
        """
        if self._fd is not None:
            return True
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def __del__(self) -> None:
        self.release()

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None


def may_write(path: Path, folder: bool) -> bool:
    """May we write ``path``?  The OS says so, and its mode has a write bit.

    The mode bits count even for an administrator (who may write anything):
    a file made 0444 was made read-only on purpose.  Folder mode bits are
    not read on Windows, where a folder's read-only flag means something else.
    """
    if not os.access(path, os.W_OK):
        return False
    if folder and os.name != "posix":
        return True
    try:
        return bool(path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    except OSError:
        return False


def is_free(path: Path) -> bool:
    """Could the lock of ``path`` be taken now?  Writes nothing.

    A lock file that does not exist is held by nobody (a holder creates it).
    """
    try:
        fd = os.open(lock_path_for(path), os.O_RDONLY)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    try:
        _lock(fd)
    except OSError:
        return False
    else:
        _unlock(fd)
        return True
    finally:
        os.close(fd)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
