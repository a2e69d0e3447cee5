"""Writing the site folder so that it is never seen half-written.

The new site is written whole into a folder beside the target
(``.NAME.nouveau-PID``), each file flushed to disk; then the old folder is
moved aside, the new one put in its place, and the old one deleted.  A crash
leaves either the old site or the new one at ``NAME`` (at worst, between the
two renames, both complete beside it, named after it; the next writing
clears them).  A page whose bytes did not change keeps the old file's dates,
so an upload tool that compares dates sends only what changed.

The folder is replaced whole, so it must be ours: a folder that is not empty
and has no :data:`MARKER` (written in every site) is refused, never emptied.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path, PurePosixPath

from workshop.errors import WorkshopError
from workshop.storage.atomic import fsync_folder, names_starting

MARKER = "cafe-conversation-site.txt"
NEW, OLD = ".nouveau-", ".ancien-"
RETRIES = 20
RETRY_DELAY_S = 0.05


class SiteError(WorkshopError):
    """The site folder cannot be written where asked."""

    domain = "site"


def write_folder(target: Path, files: dict[PurePosixPath, bytes]) -> list[PurePosixPath]:
    """Replace ``target`` by exactly ``files``; return the paths whose bytes changed.

    Raises :class:`SiteError` (nothing changed on disk) when ``target`` is a
    file or a folder that is not a site, or when writing fails.
    """
    target = Path(target)
    _check_ours(target)
    parent = target.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        _clear_leftovers(target)
        aside = parent / f".{target.name}{NEW}{os.getpid()}"
        changed = _write_aside(aside, target, files)
    except OSError as exc:
        _remove_tree(parent / f".{target.name}{NEW}{os.getpid()}")
        raise SiteError("write", folder=str(target), reason=exc.strerror or str(exc)) from None
    _swap(aside, target)
    return changed


def _check_ours(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise SiteError("not_a_folder", folder=str(target))
    if target.is_dir() and any(target.iterdir()) and not (target / MARKER).is_file():
        raise SiteError("foreign_folder", folder=str(target))


def _write_aside(aside: Path, target: Path, files: dict[PurePosixPath, bytes]
                 ) -> list[PurePosixPath]:
    changed = []
    aside.mkdir()
    folders = {aside}
    # the marker first: a folder left by a crash is known as ours from its first file
    for relative, data in sorted(files.items(), key=lambda item: (item[0].name != MARKER,
                                                                  item[0])):
        path = aside.joinpath(*relative.parts)
        path.parent.mkdir(parents=True, exist_ok=True)
        folders.add(path.parent)
        with open(path, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        old = target.joinpath(*relative.parts)
        if old.is_file() and old.read_bytes() == data:
            shutil.copystat(old, path)  # unchanged: the same bytes and the same dates
        else:
            changed.append(relative)
    for folder in folders:
        fsync_folder(folder)
    return changed


def _swap(aside: Path, target: Path) -> None:
    """Put ``aside`` at ``target``; the old site goes only once the new one is in place."""
    old = target.parent / f".{target.name}{OLD}{os.getpid()}"
    had_old = target.exists()
    try:
        if had_old:
            _rename(target, old)
        try:
            _rename(aside, target)
        except OSError:
            if had_old:
                _rename(old, target)  # the old site back where it was
            raise
    except OSError as exc:
        _remove_tree(aside)
        raise SiteError("write", folder=str(target), reason=exc.strerror or str(exc)) from None
    fsync_folder(target.parent)
    if had_old:
        _remove_tree(old)


def _rename(source: Path, destination: Path) -> None:
    # Windows: an explorer window or an antivirus may hold the folder a moment.
    for attempt in range(RETRIES):
        try:
            os.replace(source, destination)
            return
        except PermissionError:
            if attempt == RETRIES - 1:
                raise
            time.sleep(RETRY_DELAY_S * (attempt + 1))


def _clear_leftovers(target: Path) -> None:
    """Folders a crashed writing left beside the target (only sites: they hold the marker)."""
    for mark in (NEW, OLD):
        for path in names_starting(target.parent, f".{target.name}{mark}"):
            if path.is_dir() and ((path / MARKER).is_file() or not any(path.iterdir())):
                _remove_tree(path)


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
