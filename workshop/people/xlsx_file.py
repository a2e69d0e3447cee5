"""Reading a participant list from an Excel workbook (.xlsx), within bounds.

openpyxl's reader trusts what a workbook declares: a 1.5 KB file saying
``A1:XFD1048576`` made it build rows of 16,384 empty cells a million times
(83 s, 5.8 GB), and it reads a whole row, or a whole sheet when the range
is missing, before anything can be counted.  So the workbook is read here:

1. the zip's directory first — each part this reader opens must declare a
   size within its bound (zipfile never yields more than the declared size:
   it checks), and a sheet is scanned at C speed for how many cells it has
   before any is parsed;
2. then the parts, by the streaming readers of
   :mod:`workshop.people.xlsx_parts`, which count as they go.

Cells are read as Excel shows them (cached values, no formula run): a phone
typed as a number arrives as ``612345678`` and a date as a date; they are
turned into the text a French spreadsheet would show (openpyxl's date
helpers do the arithmetic), and the cleaning step warns about phones.
"""

from __future__ import annotations

import datetime as dt
import io
import posixpath
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from workshop.people.raw import MAX_CELLS, MAX_ROWS, Budget, RawTable, ReadError, read_bytes
from workshop.people.xlsx_parts import (
    MAX_EMPTY_CELLS,
    Damaged,
    Relationships,
    SharedStrings,
    Sheet,
    Styles,
    WorkbookPart,
    read_part,
)

MAX_MEMBERS = 10_000
MIB = 1024 * 1024
PART_LIMITS = {"sheet": 64 * MIB, "strings": 32 * MIB, "styles": 8 * MIB, "other": 4 * MIB}
_INTEGER = re.compile(r"-?\d{1,30}")


def read_xlsx(path: Path) -> RawTable:
    """The first sheet that holds anything, as text cells."""
    path = Path(path)
    raw = read_bytes(path)
    try:
        return _Workbook(raw, path.name).first_sheet()
    except ReadError:
        raise
    except Exception:  # noqa: BLE001 - any damage inside a workbook means one thing here
        raise ReadError("bad_xlsx", name=path.name) from None


class _Workbook:
    def __init__(self, raw: bytes, name: str) -> None:
        self.name = name
        if _declared_members(raw) > MAX_MEMBERS:  # before zipfile reads every entry
            raise ReadError("too_many_parts", name=name, limit=MAX_MEMBERS)
        self.archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = self.archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ReadError("too_many_parts", name=name, limit=MAX_MEMBERS)
        self.sizes = {info.filename: info.file_size for info in infos}

    def first_sheet(self) -> RawTable:
        book_path = self._workbook_path()
        book = self._read(book_path, "other", WorkbookPart())
        rels = self._read(_rels_path(book_path), "other", Relationships())
        folder = posixpath.dirname(book_path)
        strings: list[str] = []
        part = self._part(folder, rels, "/sharedStrings", "sharedStrings.xml")
        if part:
            strings = self._read(part, "strings", SharedStrings(self.name)).strings
        part = self._part(folder, rels, "/styles", "styles.xml")
        styles = self._read(part, "styles", Styles()) if part else Styles()
        convert = None
        budget = Budget(self.name)
        for rid in book.sheets:
            kind, target = rels.targets.get(rid, ("", ""))
            part = _resolve(folder, target)
            if not kind.endswith("/worksheet"):
                continue  # a chart sheet, a macro sheet
            self._scan(part)
            # openpyxl (its date arithmetic) loads in a second: only for a sheet worth it
            convert = convert or _converter(strings, styles, book.date1904)
            sheet = self._read(part, "sheet", Sheet(self.name, budget, convert))
            if sheet.rows:
                return RawTable(name=self.name, rows=sheet.rows)
        raise ReadError("empty", name=self.name)

    def _part(self, folder: str, rels: Relationships, kind: str, usual: str) -> str | None:
        """The part a relationship names, else its usual name (some writers skip the link)."""
        for target in rels.of_type(kind)[:1]:
            return _resolve(folder, target)
        usual = posixpath.join(folder, usual)
        return usual if usual in self.sizes else None

    def _workbook_path(self) -> str:
        if "_rels/.rels" in self.sizes:
            root = self._read("_rels/.rels", "other", Relationships())
            for target in root.of_type("/officeDocument")[:1]:
                return _resolve("", target)
        return "xl/workbook.xml"

    def _read(self, part: str, kind: str, reader):
        if part not in self.sizes:
            raise Damaged(f"missing {part}")
        if self.sizes[part] > PART_LIMITS[kind]:
            raise ReadError("part_too_big", name=self.name, size=self.sizes[part] // MIB)
        return read_part(self.archive, part, reader)

    def _scan(self, part: str) -> None:
        """Count cell tags before parsing any: bloated sheets are refused at once."""
        if self.sizes[part] > PART_LIMITS["sheet"]:
            raise ReadError("part_too_big", name=self.name, size=self.sizes[part] // MIB)
        counts = _TagCounter()
        with self.archive.open(part) as handle:
            while chunk := handle.read(MIB):
                counts.feed(chunk)
        if counts.rows > MAX_ROWS:
            raise ReadError("too_many_rows", name=self.name, limit=MAX_ROWS)
        empty = counts.cells - counts.values
        if empty > MAX_EMPTY_CELLS:
            raise ReadError("bloated", name=self.name, limit=MAX_EMPTY_CELLS)
        if counts.values > MAX_CELLS:
            raise ReadError("too_many_cells", name=self.name, limit=MAX_CELLS)


def _declared_members(raw: bytes) -> int:
    """The entry count of the zip's end-of-directory record (0 when not found).

    zipfile builds an object per entry before anything can be checked: a
    workbook of a million empty entries would take seconds to open.  0xFFFF
    means "see the zip64 record", which no workbook of a guest list needs.
    """
    end = raw.rfind(b"PK\x05\x06", max(0, len(raw) - 66_000))
    if end < 0 or end + 12 > len(raw):
        return 0
    return int.from_bytes(raw[end + 10:end + 12], "little")


class _TagCounter:
    """Counts ``<row>``, ``<c …>`` and ``<v>`` / ``<is>`` tags in a sheet's bytes.

    An estimate for refusing early only (the parser counts exactly): the tag
    prefix is taken from the root element (``<x:worksheet>`` → ``x:``).
    """

    def __init__(self) -> None:
        self.cells = self.values = self.rows = 0
        self._tail = b""
        self._cell_tags: tuple[bytes, ...] = ()
        self._value_tags: tuple[bytes, ...] = ()
        self._row_tags: tuple[bytes, ...] = ()

    def feed(self, chunk: bytes) -> None:
        if not self._cell_tags:
            found = re.search(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet[\s>]", chunk)
            prefix = b"<" + (found.group(1) + b":" if found and found.group(1) else b"")
            self._cell_tags = (prefix + b"c ", prefix + b"c>", prefix + b"c/>")
            self._value_tags = (prefix + b"v>", prefix + b"is>")
            self._row_tags = (prefix + b"row ", prefix + b"row>")
        buffer = self._tail + chunk
        self.rows += _count(buffer, self._row_tags) - _count(self._tail, self._row_tags)
        self.cells += _count(buffer, self._cell_tags) - _count(self._tail, self._cell_tags)
        self.values += _count(buffer, self._value_tags) - _count(self._tail, self._value_tags)
        self._tail = buffer[-16:]


def _count(data: bytes, tags: tuple[bytes, ...]) -> int:
    return sum(data.count(tag) for tag in tags)


def _rels_path(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _resolve(folder: str, target: str) -> str:
    """A relationship's target as a zip member name."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    return posixpath.normpath(posixpath.join(folder, target))


def _converter(strings: list[str], styles: Styles, date1904: bool) -> Callable[..., str]:
    """``convert(kind, text, style)``: a cell's raw text as the cell shows it."""
    from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
    from openpyxl.utils.datetime import CALENDAR_MAC_1904, WINDOWS_EPOCH, from_excel, from_ISO8601

    dates, durations = set(), set()
    for index, format_id in enumerate(styles.formats):
        code = styles.codes.get(format_id) or BUILTIN_FORMATS.get(format_id)
        if code and is_date_format(code):
            dates.add(str(index))
            if is_timedelta_format(code):
                durations.add(str(index))
    epoch = CALENDAR_MAC_1904 if date1904 else WINDOWS_EPOCH

    def convert(kind: str, text: str, style: str | None) -> str:
        if kind == "s":
            try:
                return strings[int(text)]
            except (ValueError, IndexError):
                raise Damaged("shared string") from None
        if kind in ("inlineStr", "str", "e"):
            return text
        if kind == "b":
            return cell_text(text.strip() == "1") if text.strip() in ("0", "1") else text
        if kind == "d":
            try:
                return cell_text(from_ISO8601(text))
            except (ValueError, TypeError):
                return text
        number = _number(text)
        if number is None:
            return text
        if style in dates:
            try:
                return cell_text(from_excel(number, epoch, timedelta=style in durations))
            except (OverflowError, ValueError, TypeError):
                pass  # out of the calendar: the number as it is
        return cell_text(number)

    return convert


def _number(text: str) -> int | float | None:
    text = text.strip()
    if _INTEGER.fullmatch(text):
        return int(text)
    try:
        return float(text)
    except ValueError:
        return None


def cell_text(value: object) -> str:
    """What the cell shows, in French conventions."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return str(value).replace(".", ",")
    return str(value)
