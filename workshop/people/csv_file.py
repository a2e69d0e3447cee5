"""Reading a participant list saved as CSV by (French) Excel or LibreOffice.

French Excel writes "CSV (séparateur : point-virgule)" in cp1252 and
"CSV UTF-8" with a byte-order mark.  Charset guessers were measured turning
"Hélène" into "Hélčne" (shared/PITFALLS.md), so decoding is strict: a BOM
when there is one, else UTF-8, else cp1252, else the caller names the
encoding.  ``csv.Sniffer`` failed on real files: the delimiter is read from
the header line instead.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from workshop.errors import WorkshopError

DELIMITERS = (";", "\t", ",")
# what the user may pick when neither UTF-8 nor cp1252 fits (names for Python)
ENCODINGS = ("utf-8", "cp1252", "latin-1", "cp850", "mac_roman", "utf-16")
MAX_BYTES = 20 * 1024 * 1024  # a guest list is small; a 20 MB file is a wrong pick

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class ReadError(WorkshopError):
    """A spreadsheet could not be read at all (nothing is imported)."""

    domain = "people.read"


@dataclass
class RawTable:
    """Cells as read, before any meaning is given to them.

    ``rows`` hold ``(line, cells)`` where ``line`` is the row's number in
    the file as a spreadsheet shows it (the first line is 1).
    """

    name: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str | None = None      # None for a workbook
    delimiter: str | None = None     # None for a workbook
    encoding_guessed: bool = False   # True when the file fell back to cp1252


def decode(raw: bytes, name: str, encoding: str | None = None) -> tuple[str, str, bool]:
    """``(text, encoding used, fell back)`` — strict, never a guess."""
    if encoding:
        return _decode_as(raw, name, encoding), encoding, False
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _decode_as(raw, name, codec), codec, False
    try:
        return raw.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252", True
    except UnicodeDecodeError:
        raise ReadError("encoding", name=name) from None


def _decode_as(raw: bytes, name: str, encoding: str) -> str:
    try:
        text = raw.decode(encoding)
    except LookupError:
        raise ReadError("unknown_encoding", encoding=encoding) from None
    except UnicodeDecodeError:
        raise ReadError("bad_encoding", name=name, encoding=encoding) from None
    return text.removeprefix("\ufeff")


def detect_delimiter(text: str) -> str:
    """The delimiter used most on the first line that has any (``;`` wins ties)."""
    for line in text.splitlines():
        counts = _count_outside_quotes(line)
        if any(counts.values()):
            return max(DELIMITERS, key=lambda d: counts[d])  # max keeps the first on ties
    return ";"


def _count_outside_quotes(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return counts


def parse(text: str, name: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """Records with the line each starts on (quoted fields may span lines)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            rows.append((start, cells))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ReadError("bad_csv", name=name, line=reader.line_num, detail=str(exc)) from None
    return rows


def read_csv(path: Path, encoding: str | None = None,
             delimiter: str | None = None) -> RawTable:
    """Read ``path``; ``encoding`` and ``delimiter`` override the detection."""
    raw = read_bytes(path)
    text, used, guessed = decode(raw, path.name, encoding)
    if not text.strip():
        raise ReadError("empty", name=path.name)
    delim = delimiter or detect_delimiter(text)
    return RawTable(name=path.name, rows=parse(text, path.name, delim), encoding=used,
                    delimiter=delim, encoding_guessed=guessed)


def read_bytes(path: Path) -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError("too_big", name=path.name, size=size // (1024 * 1024))
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError("missing", name=path.name) from None
    except IsADirectoryError:
        raise ReadError("unsupported", name=path.name) from None
    except OSError as exc:
        raise ReadError("unreadable", name=path.name, detail=exc.strerror or str(exc)) from None
