"""The bytes of a workshop file: TinyDB's JSON layout, read defensively.

Layout (TinyDB's own: ``{table: {doc_id: document}}``): ``_meta`` holds the
format marker and ``schema_version``; each list of the workshop
(participants, tables, ideas...) is a table with one document per item, in
order; the remaining fields form the single document of ``workshop``.

The live show (current step, running countdown) is *not* written here: it
lives in its own record beside the file (:mod:`workshop.storage.live`).
Files of the previous release carry it in ``workshop.show``; reading them
hands those values back as the live state to resume (:func:`read_file`).

Anything may be in a file someone hands over: every way parsing can fail
(bad encoding, a 5,000-digit number, 100,000 nested brackets, NaN) becomes
a :class:`StoreError` with a code, never a traceback.
"""

from __future__ import annotations

import dataclasses
import json
import math
import typing
from pathlib import Path

from workshop.errors import WorkshopError
from workshop.model import CountdownState, Workshop
from workshop.storage.migrations import SCHEMA_VERSION, migrate
from workshop.storage.atomic import write_atomic
from workshop.storage.serial import SerialError, from_data, to_data

if typing.TYPE_CHECKING:
    from tinydb import TinyDB

FORMAT = "cafe-conversation"
META = "_meta"
MAIN = "workshop"
#: fields of ``Workshop.show`` that are live state, not part of the file
LIVE_FIELDS = ("step", "countdown")


class StoreError(WorkshopError):
    """A workshop file could not be read or written."""

    domain = "store"

    def __init__(self, code: str, path: Path, backup: Path | None = None, **params) -> None:
        self.path = Path(path)
        self.backup = backup
        super().__init__(code, name=self.path.name, **params)


@dataclasses.dataclass(frozen=True)
class LiveState:
    """Where the show is: the current step and its countdown (``None``: not started)."""

    step: int = 0
    countdown: CountdownState | None = None


def encode(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")


def _list_fields() -> list[str]:
    hints = typing.get_type_hints(Workshop)
    return [
        f.name for f in dataclasses.fields(Workshop) if typing.get_origin(hints[f.name]) is list
    ]


def workshop_to_tables(ws: Workshop) -> dict:
    """The TinyDB layout of ``ws``: plain, independent data (a deep copy)."""
    data = to_data(ws)
    for name in LIVE_FIELDS:
        data["show"].pop(name, None)
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
    return (int(key), "") if key.isdigit() and len(key) < 19 else (1 << 62, key)


def _single(tables: dict, name: str) -> dict:
    docs = tables.get(name)
    if not isinstance(docs, dict) or len(docs) != 1:
        raise SerialError(f"{name}: expected one document")
    (doc,) = docs.values()
    if not isinstance(doc, dict):
        raise SerialError(f"{name}: expected an object")
    return doc


def decode(raw: bytes, path: Path) -> Workshop:
    """Turn file bytes into a workshop, or raise a clear :class:`StoreError`."""
    return read_file(raw, path)[0]


def read_only(path: str | Path) -> Workshop:
    """The workshop in another file (last year's, a room's): read, never locked nor written."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise StoreError("missing", path) from None
    except IsADirectoryError:
        raise StoreError("foreign", path) from None
    except OSError as exc:
        raise StoreError("unreadable", path, detail=exc.strerror or str(exc)) from None
    return decode(raw, path)


def read_file(raw: bytes, path: Path) -> tuple[Workshop, LiveState | None]:
    """The workshop in ``raw`` and, for a file of the previous release, its live show."""
    tables = _parse(raw, path)
    meta = tables.get(META)
    doc = next(iter(meta.values()), None) if isinstance(meta, dict) and meta else None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise StoreError("foreign", path)
    version = doc.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise StoreError("foreign", path)
    if version > SCHEMA_VERSION:
        raise StoreError("future_version", path, version=version, supported=SCHEMA_VERSION)
    try:
        tables = migrate(tables, version)
        workshop = tables_to_workshop(tables)
    except (SerialError, KeyError, TypeError, ValueError, OverflowError) as exc:
        raise StoreError("bad_shape", path, detail=str(exc)[:200]) from None
    except RecursionError:
        raise StoreError("too_deep", path) from None
    show = _single(tables, MAIN).get("show")
    legacy = None
    if isinstance(show, dict) and any(name in show for name in LIVE_FIELDS):
        legacy = LiveState(workshop.show.step, workshop.show.countdown)
    return workshop, legacy


class _BadNumber(ValueError):
    """NaN, Infinity or a number too large for a float: never in a file we wrote."""


def _refuse_constant(name: str) -> float:
    raise _BadNumber(name)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(text)
    return value


def _parse(raw: bytes, path: Path) -> dict:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StoreError(_what_else(raw), path) from None
    if not text.strip():
        raise StoreError("empty", path)
    try:
        tables = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)
    except json.JSONDecodeError as exc:
        if _looks_cut(text):
            raise StoreError("truncated", path) from None
        raise StoreError("not_json", path, line=exc.lineno) from None
    except RecursionError:
        raise StoreError("too_deep", path) from None
    except ValueError:  # a 5,000-digit integer, NaN, 1e999
        raise StoreError("bad_number", path) from None
    if not isinstance(tables, dict):
        raise StoreError("foreign", path)
    return tables


def _what_else(raw: bytes) -> str:
    """Not UTF-8: a workshop re-saved as Latin-1 by another program, or something else."""
    text = raw.decode("cp1252", errors="replace")
    head = text.lstrip()[:4096]
    if head.startswith("{") and f'"{FORMAT}"' in text and f'"{META}"' in text:
        return "latin1_workshop"
    return "not_utf8"


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


def open_tinydb(path: str | Path) -> TinyDB:
    """The file as a TinyDB database, for queries (writes stay atomic)."""
    from tinydb import TinyDB  # only here: the window never needs it

    return TinyDB(path, storage=AtomicJSONStorage)
