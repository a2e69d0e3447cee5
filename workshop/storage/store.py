"""The workshop file: one TinyDB JSON file per workshop, never left broken.

:class:`WorkshopStore` is the one object that touches a workshop's files:

- the file itself (``NAME.json``; layout in :mod:`workshop.storage.fileformat`),
  replaced atomically (temp file, fsync, ``os.replace``);
- its backups (``NAME.json.backups/``, :mod:`workshop.storage.backups`),
  taken only when asked (:meth:`WorkshopStore.backup`), never by a save;
- the live show record (``NAME.json.live``, :mod:`workshop.storage.live`);
- the list of files exported from it (``NAME.json.exports``);
- the photos of its nappes (``NAME.json.photos/``, :mod:`workshop.storage.photos`).

Saving is split for a worker thread: :meth:`~WorkshopStore.snapshot` (on the
GUI thread, cheap: plain independent data) then :meth:`~WorkshopStore.write`
(JSON encoding and the atomic replace, safe from another thread, never two
at once).  :meth:`~WorkshopStore.save` does both.

One writer per file: an OS lock (:mod:`workshop.storage.filelock`) on the
*real* file (links resolved).  A store that finds the lock held, the file
read-only (0444) or its folder read-only is read-only for good: it never
writes the file, a backup, a temporary file or the live record; writing
raises :class:`StoreError` whose code says why, and
:meth:`~WorkshopStore.lock_available` tells when the file could be opened
again (open it with a new store: a fresh read, never an old copy written).
"""

from __future__ import annotations

import os
import threading
import time
import typing
from pathlib import Path

from workshop.model import CountdownState, Workshop
from workshop.storage import exported, live, photos
from workshop.storage.atomic import (
    clean_stale_temps,
    fsync_folder,
    names_starting,
    remove_quietly,
    write_atomic,
)
from workshop.storage.backups import Backup, BackupShelf
from workshop.storage.filelock import FileLock, is_free, may_write
from workshop.storage.fileformat import (
    LiveState,
    StoreError,
    decode,
    encode,
    open_tinydb,
    read_file,
    tables_to_workshop,
    workshop_to_tables,
)

__all__ = ["LiveState", "StoreError", "WorkshopStore", "decode", "encode", "open_tinydb",
           "tables_to_workshop", "workshop_to_tables"]

#: at most one periodic backup per this many seconds of editing
PERIODIC_S = 600
SET_ASIDE = ".abime-"


class WorkshopStore:
    """Load and save one workshop file, its backups and its live show record."""

    def __init__(self, path: str | Path, tiers: dict[str, int] | None = None, *,
                 clock: typing.Callable[[], float] = time.monotonic,
                 wall: typing.Callable[[], float] = time.time) -> None:
        self.path = Path(path)
        self.real_path = Path(os.path.realpath(self.path))
        self.read_only_reason: str | None = None
        self.shelf = BackupShelf(self.real_path, tiers)
        self._clock, self._wall = clock, wall
        self._lock = FileLock(self.real_path)
        self._decided = False
        self._closed = False
        self._last_good: bytes | None = None
        self._damaged = False
        self._legacy_live: LiveState | None = None
        self._last_backup_at: float | None = None
        self._write_lock = threading.RLock()
        self._side_lock = threading.Lock()  # the live and exports records

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    # -- opening ---------------------------------------------------------------
    def load(self) -> Workshop:
        """Read the file; raise :class:`StoreError` with a clear reason.

        The first load decides whether this store may write (see the module
        docstring); the live show record, if any, sets ``workshop.show.step``
        and ``workshop.show.countdown``.
        """
        with self._write_lock:
            self._closed = False
            if not self._decided:
                self._decide()
            try:
                raw = self.real_path.read_bytes()
            except FileNotFoundError:
                raise StoreError("missing", self.path) from None
            except IsADirectoryError:
                raise StoreError("foreign", self.path) from None
            except OSError as exc:
                raise StoreError("unreadable", self.path,
                                 detail=exc.strerror or str(exc)) from None
            try:
                workshop, legacy = read_file(raw, self.path)
            except StoreError as exc:
                self._damaged = True
                exc.backup = self.newest_good_backup()
                raise
            self._last_good = raw
            self._damaged = False
            self._legacy_live = legacy
        return self._with_live(workshop)

    def _with_live(self, workshop: Workshop) -> Workshop:
        """The live show (step, countdown) of its own record put back on ``workshop``."""
        state = self.load_live()
        if state is not None:
            workshop.show.step, workshop.show.countdown = state.step, state.countdown
        return workshop

    def exists(self) -> bool:
        return self.path.exists()

    def lock_available(self) -> bool:
        """Could the file be opened for writing now (by a new store)?  Writes nothing."""
        if not self.read_only:
            return not self._closed
        return (may_write(self.real_path.parent, folder=True)
                and (not self.real_path.exists() or may_write(self.real_path, folder=False))
                and is_free(self.real_path))

    def close(self) -> None:
        """Let the file go: this store writes nothing more until it is loaded again."""
        with self._write_lock:
            self._closed = True
            self._decided = False
            self.read_only_reason = None
            self._lock.release()

    def _decide(self) -> None:
        """Writer or read-only, once per opening (a read-only store never retries)."""
        self._decided = True
        folder = self.real_path.parent
        if not may_write(folder, folder=True):
            self.read_only_reason = "folder_read_only"
        elif self.real_path.exists() and not may_write(self.real_path, folder=False):
            self.read_only_reason = "file_read_only"
        else:
            try:
                held = self._lock.acquire()
            except OSError:
                held, self.read_only_reason = False, "folder_read_only"
            else:
                self.read_only_reason = None if held else "locked"
            if held:
                self._clean_temps()

    def _check_writer(self, damaged_ok: bool = False) -> None:
        if self._closed:
            raise StoreError("closed", self.path)
        if not self._decided:
            if not self.real_path.parent.is_dir():
                raise StoreError("no_folder", self.path)
            with self._write_lock:  # the live record's writer may come first
                if not self._decided:
                    self._decide()
        if self.read_only_reason is not None:
            raise StoreError(self.read_only_reason, self.path)
        if self._damaged and not damaged_ok:
            raise StoreError("damaged", self.path)

    # -- writing ---------------------------------------------------------------
    def create(self, ws: Workshop) -> None:
        """Write a new file; refuse to replace an existing one."""
        with self._write_lock:
            if self.path.exists():
                raise StoreError("exists", self.path)
            self.save(ws)

    @staticmethod
    def snapshot(ws: Workshop) -> dict:
        """The data to write for ``ws``: plain, independent of ``ws`` (GUI thread, cheap)."""
        return workshop_to_tables(ws)

    def write(self, data: dict) -> bool:
        """Write a :meth:`snapshot` to the file atomically; ``False`` if already there.

        Safe from any thread; two writes never overlap.  Never backs up.
        """
        with self._write_lock:
            self._check_writer()
            raw = encode(data)
            if raw == self._last_good:
                return False
            self._keep_legacy_live()
            self._write_raw(raw)
            self._last_good = raw
            return True

    def _write_raw(self, raw: bytes) -> None:
        """The file replaced atomically by ``raw``; a failure is a clear StoreError."""
        try:
            write_atomic(self.real_path, raw)
        except OSError as exc:
            raise StoreError("write_failed", self.path,
                             detail=exc.strerror or str(exc)) from None

    def save(self, ws: Workshop) -> bool:
        """``write(snapshot(ws))``: replace the file by ``ws`` now."""
        return self.write(self.snapshot(ws))

    def exclusive(self) -> threading.RLock:
        """``with store.exclusive():`` no write or backup of another thread meanwhile."""
        return self._write_lock

    # -- backups ---------------------------------------------------------------
    @property
    def backup_dir(self) -> Path:
        return self.shelf.folder

    def backups(self) -> list[Path]:
        """Backup files, newest first (by order of creation, whatever the clock says)."""
        return [b.path for b in self.shelf.entries()]

    def backup_entries(self) -> list[Backup]:
        return self.shelf.entries()

    def backup(self, reason: str) -> Path | None:
        """Copy the file as it is now into tier ``reason``; the new backup, or ``None``.

        ``reason`` is one of ``open``, ``periodic``, ``import``, ``replan``,
        ``restore``.  ``periodic`` is taken at most once per
        :data:`PERIODIC_S` seconds (this store's clock) after any backup;
        ``open`` and ``periodic`` are skipped when the file has not changed
        since the last backup.  Never call it before an erasure.
        """
        if reason not in self.shelf.tiers:
            raise ValueError(f"unknown backup reason {reason!r}")
        with self._write_lock:
            self._check_writer()
            raw = self._last_good
            if raw is None:
                return None  # nothing written or read yet: nothing to keep
            now = self._clock()
            if reason == "periodic" and self._last_backup_at is not None \
                    and now - self._last_backup_at < PERIODIC_S:
                return None
            if reason in ("open", "periodic") and raw == self._newest_backup_raw():
                return None
            try:
                path = self.shelf.add(raw, reason, self._wall())
            except OSError as exc:
                raise StoreError("backup_failed", self.path,
                                 detail=exc.strerror or str(exc)) from None
            self._last_backup_at = now
            return path

    def _newest_backup_raw(self) -> bytes | None:
        """The newest backup's bytes, read again each time (an erasure rewrites backups)."""
        entries = self.shelf.entries()
        try:
            return entries[0].path.read_bytes() if entries else None
        except OSError:
            return None

    def newest_good_backup(self) -> Path | None:
        """The newest backup that loads, or ``None``."""
        for candidate in self.backups():
            try:
                decode(candidate.read_bytes(), candidate)
            except (StoreError, OSError):
                continue
            return candidate
        return None

    def restore_backup(self, backup: Path) -> Workshop:
        """Put ``backup`` in place.

        A damaged file is set aside under a name of its own, never
        overwritten; a sound one is first kept as a ``restore`` backup.
        """
        raw = Path(backup).read_bytes()
        workshop, _ = read_file(raw, Path(backup))
        with self._write_lock:
            self._check_writer(damaged_ok=True)
            if self._damaged and self.real_path.exists():
                self._set_aside()
            elif not self._damaged:
                self.backup("restore")
            self._write_raw(raw)
            self._last_good = raw
            self._damaged = False
        return self._with_live(workshop)

    def _set_aside(self) -> Path:
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(self._wall()))
        real = self.real_path
        n, target = 1, real.with_name(f"{real.stem}{SET_ASIDE}{stamp}{real.suffix}")
        while target.exists() or target.is_symlink():
            n += 1
            target = real.with_name(f"{real.stem}{SET_ASIDE}{stamp}-{n}{real.suffix}")
        os.replace(real, target)
        fsync_folder(real.parent)
        return target

    def set_aside_copies(self) -> list[Path]:
        """Damaged files set aside by :meth:`restore_backup`, oldest first."""
        real = self.real_path
        return [p for p in names_starting(real.parent, f"{real.stem}{SET_ASIDE}")
                if p.name.endswith(real.suffix)]

    def copies(self) -> list[Path]:
        """Every older copy of the workshop on disk: backups, then set-aside copies."""
        return self.backups() + self.set_aside_copies()

    # -- temporary files -------------------------------------------------------
    def clean_temps(self) -> list[Path]:
        """Remove the temporary files of writes that never finished (writer only)."""
        with self._write_lock, self._side_lock:
            self._check_writer(damaged_ok=True)
            return self._clean_temps()

    def _clean_temps(self) -> list[Path]:
        real = self.real_path
        removed = []
        for name in (real, live.live_path(real), exported.record_path(real)):
            removed += clean_stale_temps(name)
        removed += remove_quietly(self.shelf.stale_temps())
        removed += photos.clean_temps(self.photo_dir)
        return removed

    # -- photos of the nappes --------------------------------------------------
    @property
    def photo_dir(self) -> Path:
        """Where this workshop's photos are kept (made when the first one comes)."""
        return photos.photo_dir(self.real_path)

    def keep_photo(self, prepared: photos.Prepared, table: str, round_: int | None) -> str:
        """Write a prepared photo in the photo folder; its file name (writer only)."""
        with self._side_lock:
            self._check_writer(damaged_ok=True)
            try:
                return photos.store(self.photo_dir, prepared, table, round_)
            except OSError as exc:
                raise StoreError("write_failed", self.path,
                                 detail=exc.strerror or str(exc)) from None

    # -- the live show ---------------------------------------------------------
    def live_path(self) -> Path:
        return live.live_path(self.real_path)

    def load_live(self) -> LiveState | None:
        """Where the show was: the live record, else the show saved in a file of the
        previous release, else ``None``."""
        state = live.read_live(self.real_path)
        return state if state is not None else self._legacy_live

    def save_live(self, step: int, countdown: CountdownState | None) -> None:
        """Record the current step and countdown (atomic; never backed up, never undone)."""
        state = live.checked(step, countdown)
        if state is None:
            raise ValueError(f"not a live show state: {step!r}, {countdown!r}")
        with self._side_lock:
            self._check_writer(damaged_ok=True)
            try:
                live.write_live(self.real_path, state)
            except OSError as exc:
                raise StoreError("write_failed", self.path,
                                 detail=exc.strerror or str(exc)) from None
            self._legacy_live = None

    def _keep_legacy_live(self) -> None:
        """Before a file of the previous release loses its show state, record it apart."""
        with self._side_lock:
            if self._legacy_live is not None and not self.live_path().exists():
                live.write_live(self.real_path, self._legacy_live)
            self._legacy_live = None

    # -- exported files --------------------------------------------------------
    def record_exports(self, files: list[Path], kind: str = "pdf") -> bool:
        """Note files exported from this workshop, so an erasure can reach them.

        A read-only store records nothing (it writes nothing): ``False``.
        """
        if self.read_only:
            return False
        entries = exported.entries_for([Path(f) for f in files], kind, self._wall())
        with self._side_lock:
            self._check_writer(damaged_ok=True)
            old = exported.read_record(self.real_path)
            try:
                exported.write_record(self.real_path, exported.merged(old, entries))
            except OSError as exc:
                raise StoreError("write_failed", self.path,
                                 detail=exc.strerror or str(exc)) from None
        return True

    def exported_files(self) -> list[exported.Exported]:
        return exported.read_record(self.real_path)

    def forget_exports(self, paths: set[str]) -> None:
        """Drop entries from the record (files deleted by an erasure)."""
        with self._side_lock:
            self._check_writer(damaged_ok=True)
            kept = [e for e in exported.read_record(self.real_path) if e.path not in paths]
            exported.write_record(self.real_path, kept)
