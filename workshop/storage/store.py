"""The workshop file: one TinyDB JSON file per workshop, never left broken.

Layout (TinyDB's own: ``{table: {doc_id: document}}``): ``_meta`` holds the
format marker and ``schema_version``; each list of the workshop
(participants, tables, ideas...) is a table with one document per item, in
order; the remaining fields form the single document of ``workshop``.

Saving writes the whole file at once through :class:`AtomicJSONStorage`
(temp file, fsync, ``os.replace``).  The previous good version goes to a
rotating backup folder.  An OS lock keeps a second process read-only.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import typing
from pathlib import Path

from workshop.storage.atomic import clean_stale_temps, write_atomic
from workshop.storage.filelock import FileLock
from workshop.errors import WorkshopError
from workshop.storage.migrations import SCHEMA_VERSION, migrate
from workshop.model import Workshop
from workshop.storage.serial import SerialError, from_data, to_data

if typing.TYPE_CHECKING:
    from tinydb import TinyDB

FORMAT = "cafe-conversation"
BACKUPS_KEPT = 5
META = "_meta"
MAIN = "workshop"


class StoreError(WorkshopError):
    """A workshop file could not be read or written."""

    domain = "store"

    def __init__(self, code: str, path: Path, backup: Path | None = None, **params) -> None:
        self.path = Path(path)
        self.backup = backup
        super().__init__(code, name=self.path.name, **params)


class AtomicJSONStorage:
    """A TinyDB storage that replaces the file atomically on every write.

    No handle stays open between writes (Windows tools then cannot trip on
    it), and the text is always UTF-8.  TinyDB takes any class with
    ``read``/``write``/``close``: not deriving from its ``Storage`` keeps
    tinydb out of the application's start-up (see :func:`open_tinydb`).
    """

    def __init__(self, path: str | Path, **_: object) -> None:
        self.path = Path(path)

    def read(self) -> dict | None:
        try:
            text = self.path.read_bytes().decode("utf-8")
        except FileNotFoundError:
            return None
        return json.loads(text) if text.strip() else None

    def write(self, data: dict) -> None:
        write_atomic(self.path, encode(data))

    def close(self) -> None:
        pass


def encode(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")


def _list_fields() -> list[str]:
    hints = typing.get_type_hints(Workshop)
    return [
        f.name for f in dataclasses.fields(Workshop) if typing.get_origin(hints[f.name]) is list
    ]


def workshop_to_tables(ws: Workshop) -> dict:
    """The TinyDB layout of ``ws`` (see the module docstring)."""
    data = to_data(ws)
    tables: dict[str, dict] = {
        META: {"1": {"format": FORMAT, "schema_version": SCHEMA_VERSION}}
    }
    for name in _list_fields():
        tables[name] = {str(i + 1): item for i, item in enumerate(data.pop(name))}
    tables[MAIN] = {"1": data}
    return tables


def tables_to_workshop(tables: dict) -> Workshop:
    data = dict(_single(tables, MAIN))
    for name in _list_fields():
        docs = tables.get(name, {})
        if not isinstance(docs, dict):
            raise SerialError(f"{name}: expected a table")
        data[name] = [docs[k] for k in sorted(docs, key=_doc_order)]
    return from_data(Workshop, data, "workshop")


def _doc_order(key: str) -> tuple[int, str]:
    return (int(key), "") if key.isdigit() else (1 << 62, key)


def _single(tables: dict, name: str) -> dict:
    docs = tables.get(name)
    if not isinstance(docs, dict) or len(docs) != 1:
        raise SerialError(f"{name}: expected one document")
    (doc,) = docs.values()
    if not isinstance(doc, dict):
        raise SerialError(f"{name}: expected an object")
    return doc


class WorkshopStore:
    """Load and save one workshop file.

    ``WorkshopStore(path).load()`` returns the workshop; ``save(workshop)``
    replaces the file atomically.  If another process holds the file,
    :attr:`read_only` is true after :meth:`load` and :meth:`save` refuses.
    """

    def __init__(self, path: str | Path, backups_kept: int = BACKUPS_KEPT) -> None:
        self.path = Path(path)
        self.backups_kept = backups_kept
        self.read_only = False
        self._lock = FileLock(self.path)
        self._last_good: bytes | None = None
        self._damaged = False
        self._write_lock = threading.Lock()  # the saver's worker and a flush never overlap

    # -- reading -----------------------------------------------------------
    def load(self) -> Workshop:
        """Read the file; raise :class:`StoreError` with a clear reason."""
        self._take_lock()
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise StoreError("missing", self.path) from None
        except OSError as exc:
            raise StoreError("unreadable", self.path, detail=exc.strerror or str(exc)) from None
        try:
            workshop = decode(raw, self.path)
        except StoreError as exc:
            self._damaged = True
            exc.backup = self.newest_good_backup()
            raise
        self._last_good = raw
        self._damaged = False
        return workshop

    def exists(self) -> bool:
        return self.path.exists()

    # -- writing -----------------------------------------------------------
    def create(self, ws: Workshop) -> None:
        """Write a new file; refuse to replace an existing one."""
        if self.path.exists():
            raise StoreError("exists", self.path)
        self.save(ws)

    def save(self, ws: Workshop) -> None:
        """Replace the file by ``ws``; the previous version becomes a backup."""
        self.write(self.snapshot(ws))

    @staticmethod
    def snapshot(ws: Workshop) -> dict:
        """Plain data of ``ws`` that shares nothing with it (for a writer thread)."""
        return workshop_to_tables(ws)

    def write(self, tables: dict) -> None:
        """Write a :meth:`snapshot` (any thread; one write at a time)."""
        with self._write_lock:
            self._write(tables)

    def _write(self, tables: dict) -> None:
        if not self._take_lock():
            raise StoreError("locked", self.path)
        if self._damaged:
            raise StoreError("damaged", self.path)
        data = encode(tables)
        try:
            if self._last_good is not None and self._last_good != data:
                self._write_backup(self._last_good)
            write_atomic(self.path, data)
        except OSError as exc:
            raise StoreError("write_failed", self.path, detail=exc.strerror or str(exc)) from None
        self._last_good = data

    def close(self) -> None:
        self._lock.release()

    def _take_lock(self) -> bool:
        if self._lock.held:
            return True
        if not self.path.parent.exists():
            return False
        if self._lock.acquire():
            self.read_only = False
            clean_stale_temps(self.path)
            return True
        self.read_only = True
        return False

    # -- backups -----------------------------------------------------------
    @property
    def backup_dir(self) -> Path:
        return self.path.with_name(self.path.name + ".backups")

    def backups(self) -> list[Path]:
        """Backup files, newest first."""
        if not self.backup_dir.is_dir():
            return []
        return sorted(self.backup_dir.glob(f"{self.path.stem}-*.json"), reverse=True)

    def _write_backup(self, raw: bytes) -> None:
        from datetime import datetime  # not at import: opening a file is quicker without it

        self.backup_dir.mkdir(exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        write_atomic(self.backup_dir / f"{self.path.stem}-{stamp}.json", raw)
        for old in self.backups()[self.backups_kept :]:
            old.unlink(missing_ok=True)

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
        """Put ``backup`` in place; a damaged file is kept aside, never overwritten."""
        raw = Path(backup).read_bytes()
        workshop = decode(raw, Path(backup))
        if not self._take_lock():
            raise StoreError("locked", self.path)
        if self.path.exists() and self._damaged:
            from datetime import datetime

            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            self.path.replace(self.path.with_name(f"{self.path.stem}.abime-{stamp}{self.path.suffix}"))
        write_atomic(self.path, raw)
        self._last_good = raw
        self._damaged = False
        return workshop


def decode(raw: bytes, path: Path) -> Workshop:
    """Turn file bytes into a workshop, or raise a clear :class:`StoreError`."""
    tables = _parse(raw, path)
    meta = tables.get(META)
    doc = next(iter(meta.values()), None) if isinstance(meta, dict) and meta else None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise StoreError("foreign", path)
    version = doc.get("schema_version", 0)
    if not isinstance(version, int) or version < 0:
        raise StoreError("foreign", path)
    if version > SCHEMA_VERSION:
        raise StoreError("future_version", path, version=version, supported=SCHEMA_VERSION)
    try:
        return tables_to_workshop(migrate(tables, version))
    except (SerialError, KeyError, TypeError, ValueError) as exc:
        raise StoreError("bad_shape", path, detail=str(exc)) from None


def _parse(raw: bytes, path: Path) -> dict:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StoreError("foreign", path) from None
    if not text.strip():
        raise StoreError("empty", path)
    try:
        tables = json.loads(text)
    except json.JSONDecodeError as exc:
        if _looks_cut(text):
            raise StoreError("truncated", path) from None
        raise StoreError("not_json", path, line=exc.lineno) from None
    if not isinstance(tables, dict):
        raise StoreError("foreign", path)
    return tables


def _looks_cut(text: str) -> bool:
    """True when the text is the start of a JSON object that stops half-way.

    A writer killed mid-write (the reason this store is atomic) leaves an
    open string or unclosed brackets; other damage is reported differently.
    """
    depth, in_string, escaped = 0, False, False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return text.lstrip().startswith("{") and (in_string or depth > 0)


def open_tinydb(path: str | Path) -> TinyDB:
    """The file as a TinyDB database, for queries (writes stay atomic)."""
    from tinydb import TinyDB  # only here: the window never needs it

    return TinyDB(path, storage=AtomicJSONStorage)
