"""The XML parts of an .xlsx workbook, read by streaming expat parsers.

Each reader here handles one kind of part (relationships, the workbook,
the styles, the shared strings, a sheet) with expat's callbacks: nothing
is built but what is kept, a document type declaration (entities, the
"billion laughs") is refused, and every count is checked against its bound
while reading, so that no part can cost more than the bound says.
Namespaces are resolved, so ``<x:c>`` and ``<c>`` are the same cell; the
tags are compared by their local name.
"""

from __future__ import annotations

import zipfile
from typing import IO
from xml.parsers import expat

from workshop.people.raw import MAX_CELL_CHARS, MAX_COLUMNS, Budget, ReadError

MAX_STRINGS = 500_000      # shared strings: more than a list's names, e-mails, phones
MAX_STYLES = 100_000       # cell formats (Excel itself stops at 64,000)
MAX_EMPTY_CELLS = 500_000  # formatted empty cells: a whole-column border at most
MAX_SHEETS = 1_000
EXCEL_LAST_ROW = 1_048_576
CHUNK = 64 * 1024


class Damaged(Exception):
    """The part is not what a workbook holds (caught as ``bad_xlsx``)."""


class PartReader:
    """Base of the readers: expat wiring, local names, text capture."""

    def __init__(self) -> None:
        self.capture: list[str] | None = None
        self.done = False
        self._names: dict[str, str] = {}

    def feed(self, handle: IO[bytes]) -> None:
        parser = expat.ParserCreate(namespace_separator="}")
        parser.buffer_text = True
        parser.StartDoctypeDeclHandler = _refuse_dtd
        parser.EntityDeclHandler = _refuse_dtd
        # one Python call per event: these run once per tag of a sheet
        names = self._names
        start, end = self.start, self.end

        def on_start(name: str, attrs: dict[str, str]) -> None:
            tag = names.get(name)
            if tag is None:
                tag = names[name] = name.rpartition("}")[2]
            start(tag, attrs)

        def on_end(name: str) -> None:
            tag = names.get(name)
            if tag is None:
                tag = names[name] = name.rpartition("}")[2]
            end(tag)

        parser.StartElementHandler = on_start
        parser.EndElementHandler = on_end
        parser.CharacterDataHandler = self._text
        while not self.done:
            chunk = handle.read(CHUNK)
            parser.Parse(chunk, not chunk)
            if not chunk:
                break

    def _text(self, data: str) -> None:
        if self.capture is not None:
            self.capture.append(data)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        raise NotImplementedError

    def end(self, tag: str) -> None:
        raise NotImplementedError


def _refuse_dtd(*_args: object) -> None:
    raise Damaged("document type declaration")


def _attr(attrs: dict[str, str], local: str) -> str | None:
    """An attribute by its local name, whatever its namespace (``r:id``)."""
    if local in attrs:
        return attrs[local]
    for key, value in attrs.items():
        if key.rpartition("}")[2] == local:
            return value
    return None


def read_part(archive: zipfile.ZipFile, name: str, reader: PartReader) -> PartReader:
    with archive.open(name) as handle:
        reader.feed(handle)
    return reader


class Relationships(PartReader):
    """``Id`` → ``(Type, Target)`` of a ``.rels`` part."""

    def __init__(self) -> None:
        super().__init__()
        self.targets: dict[str, tuple[str, str]] = {}

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "Relationship" and len(self.targets) < 10 * MAX_SHEETS:
            self.targets[attrs.get("Id", "")] = (attrs.get("Type", ""), attrs.get("Target", ""))

    def end(self, tag: str) -> None:
        pass

    def of_type(self, suffix: str) -> list[str]:
        return [target for kind, target in self.targets.values() if kind.endswith(suffix)]


class WorkbookPart(PartReader):
    """The sheets in order (their relationship ids) and the date system."""

    def __init__(self) -> None:
        super().__init__()
        self.sheets: list[str] = []
        self.date1904 = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "sheet":
            if len(self.sheets) >= MAX_SHEETS:
                raise Damaged("too many sheets")
            self.sheets.append(_attr(attrs, "id") or "")
        elif tag == "workbookPr":
            self.date1904 = attrs.get("date1904", "0").lower() in ("1", "true")

    def end(self, tag: str) -> None:
        if tag == "sheets":
            self.done = True


class Styles(PartReader):
    """Per cell format (``s`` of a cell), its number format: id and code."""

    def __init__(self) -> None:
        super().__init__()
        self.codes: dict[int, str] = {}    # custom number formats
        self.formats: list[int] = []       # cellXfs: format index -> numFmtId
        self._in_xfs = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "numFmt" and len(self.codes) < MAX_STYLES:
            self.codes[_int(attrs.get("numFmtId", "0"))] = attrs.get("formatCode", "")
        elif tag == "cellXfs":
            self._in_xfs = True
        elif tag == "xf" and self._in_xfs:
            if len(self.formats) >= MAX_STYLES:
                raise Damaged("too many cell formats")
            self.formats.append(_int(attrs.get("numFmtId", "0")))

    def end(self, tag: str) -> None:
        if tag == "cellXfs":
            self._in_xfs = False


class SharedStrings(PartReader):
    """The shared strings, in order; phonetic runs (``rPh``) left out."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.strings: list[str] = []
        self._parts: list[str] = []
        self._phonetic = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "si":
            self._parts = []
        elif tag == "t" and not self._phonetic:
            self.capture = self._parts
        elif tag == "rPh":
            self._phonetic += 1

    def end(self, tag: str) -> None:
        if tag == "t":
            self.capture = None
        elif tag == "rPh":
            self._phonetic -= 1
        elif tag == "si":
            if len(self.strings) >= MAX_STRINGS:
                raise ReadError("too_many_cells", name=self.name, limit=MAX_STRINGS)
            self.strings.append("".join(self._parts))


class Sheet(PartReader):
    """Rows of one sheet as ``(row number, {column: raw value})``, within bounds.

    Nothing is filled in for missing rows or cells: a sheet that declares
    ``A1:XFD1048576`` costs what it holds.  ``convert(kind, text, style)``
    turns a cell's raw text into what the cell shows.
    """

    def __init__(self, name: str, budget: Budget, convert) -> None:
        super().__init__()
        self.name = name
        self.budget = budget
        self.convert = convert
        self.rows: list[tuple[int, list[str]]] = []
        self.empty = 0
        self._row = 0
        self._column = 0
        self._cells: dict[int, str] = {}
        self._kind = "n"
        self._style: str | None = None
        self._parts: list[str] = []
        self._inline = False
        self._phonetic = 0

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if tag == "c":
            ref = attrs.get("r")
            self._column = _column(ref) if ref else self._column + 1
            self._kind = attrs.get("t", "n")
            self._style = attrs.get("s")
            self._parts = []
        elif tag == "v":
            self.capture = self._parts
        elif tag == "t" and self._inline and not self._phonetic:
            self.capture = self._parts
        elif tag == "is":
            self._inline = True
        elif tag == "rPh":
            self._phonetic += 1
        elif tag == "row":
            ref = attrs.get("r")
            self._row = _int(ref) if ref else self._row + 1
            if not 1 <= self._row <= EXCEL_LAST_ROW:
                raise Damaged("row number")
            self._column = 0
            self._cells = {}

    def end(self, tag: str) -> None:
        if tag in ("v", "t"):
            self.capture = None
        elif tag == "c":
            self._cell()
        elif tag == "is":
            self._inline = False
        elif tag == "rPh":
            self._phonetic -= 1
        elif tag == "row":
            if self._cells:
                width = max(self._cells)
                cells = [""] * width
                for column, value in self._cells.items():
                    cells[column - 1] = value
                self.budget.row(width, self._row)
                self.rows.append((self._row, cells))
        elif tag == "sheetData":
            self.done = True  # what follows (formatting, merges…) is not needed

    def _cell(self) -> None:
        text = "".join(self._parts)
        self._parts = []
        if len(text) > MAX_CELL_CHARS:
            raise ReadError("cell_too_long", name=self.name, line=self._row,
                            limit=MAX_CELL_CHARS)
        value = self.convert(self._kind, text, self._style) if text else ""
        if not value:
            self.empty += 1
            if self.empty > MAX_EMPTY_CELLS:
                raise ReadError("bloated", name=self.name, limit=MAX_EMPTY_CELLS)
            return
        if self._column > MAX_COLUMNS:
            raise ReadError("too_wide", name=self.name, line=self._row, limit=MAX_COLUMNS)
        self._cells[self._column] = value


_COLUMNS: dict[str, int] = {}


def _column(ref: str) -> int:
    """Column number of a reference such as ``AB12`` (1 for A)."""
    letters = ref.rstrip("0123456789")
    number = _COLUMNS.get(letters)
    if number is not None:
        return number
    number = 0
    for char in letters:
        if not "A" <= char <= "Z":
            raise Damaged("reference")
        number = number * 26 + ord(char) - 64
        if number > 16_384:  # past XFD, Excel's last column
            raise Damaged("column")
    if not number or letters == ref:
        raise Damaged("reference")
    if len(_COLUMNS) < 20_000:
        _COLUMNS[letters] = number
    return number


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise Damaged("number") from None
