"""Reading a participant list saved as CSV by (French) Excel or LibreOffice.

Bytes become text in :mod:`workshop.people.decoding`.  ``csv.Sniffer``
failed on real files, and the first line is often a title ("Liste des
inscrits, résidence Les Tilleuls") whose comma is no delimiter: the header
line is looked for first — the first line that, cut by one of the usual
delimiters, has recognised column names — and gives the delimiter.

A quote opened and never closed makes the csv module read the rest of the
file as one cell.  Such a record is read again line by line with the quote
taken as a character, and each of its lines reported; a quote closed much
too late (by the next stray quote) is marked in :attr:`RawTable.swallowed`
so that the preview never takes the lines it swallowed for a name.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from workshop.people import clean
from workshop.people.decoding import decode
from workshop.people.raw import (
    MAX_CELL_CHARS,
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_ROWS,
    Budget,
    RawTable,
    ReadError,
    read_bytes,
)

__all__ = ["DELIMITERS", "ENCODINGS", "RawTable", "ReadError", "read_csv", "find_delimiter"]

DELIMITERS = (";", "\t", ",")
# what the user may pick when neither UTF-8 nor cp1252 fits (names for Python)
ENCODINGS = ("utf-8", "cp1252", "latin-1", "cp850", "mac_roman", "utf-16")
HEADER_SEARCH = 10      # title lines above the header are common in real lists
DELIMITER_SAMPLE = 20   # lines counted when no header line is recognised
HEADER_CHARS = 4096     # of each of those lines
MAX_LINES = 5 * MAX_ROWS  # line breaks, quoted ones included


def read_csv(path: Path, encoding: str | None = None,
             delimiter: str | None = None) -> RawTable:
    """Read ``path``; ``encoding`` and ``delimiter`` override the detection."""
    path = Path(path)
    decoded = decode(read_bytes(path), path.name, encoding)
    text = decoded.text
    if not text.strip():
        raise ReadError("empty", name=path.name)
    if max(text.count("\n"), text.count("\r")) > MAX_LINES:
        raise ReadError("too_many_rows", name=path.name, limit=MAX_ROWS)
    delim = delimiter or find_delimiter(text)
    if text.count(delim) > MAX_CELLS:  # counted at C speed before csv builds any row
        raise ReadError("too_many_cells", name=path.name, limit=MAX_CELLS)
    table = RawTable(name=path.name, encoding=decoded.encoding, delimiter=delim,
                     encoding_guessed=decoded.guessed)
    _Parser(table, text, decoded.damaged).run()
    return table


# -- the header line gives the delimiter ------------------------------------------
def find_delimiter(text: str) -> str:
    """The delimiter of the header line, else the one most used at the top."""
    lines = _first_lines(text, max(HEADER_SEARCH, DELIMITER_SAMPLE))
    for line in lines[:HEADER_SEARCH]:
        best, best_fields = None, 0
        for delim in DELIMITERS:
            fields = set(clean.detect_mapping(_split(line, delim)).values())
            if fields & {"first_name", "last_name", "full_name"} or len(fields) >= 2:
                if len(fields) > best_fields:  # ties: the first in DELIMITERS
                    best, best_fields = delim, len(fields)
        if best:
            return best
    totals = dict.fromkeys(DELIMITERS, 0)
    for line in lines:
        for delim, count in _count_outside_quotes(line).items():
            totals[delim] += count
    return max(DELIMITERS, key=lambda d: totals[d])  # ";" wins ties


def _first_lines(text: str, count: int) -> list[str]:
    lines: list[str] = []
    for line in io.StringIO(text[: 64 * 1024], newline=""):
        if line.strip():
            lines.append(line.rstrip("\r\n")[:HEADER_CHARS])
            if len(lines) == count:
                break
    return lines


def _split(line: str, delim: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delim), [])[:MAX_COLUMNS]
    except csv.Error:
        return []


def _count_outside_quotes(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for char in line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    return counts


# -- records, within bounds, quotes repaired -------------------------------------------
class _Parser:
    """Fills ``table.rows`` from ``text``; see the module docstring for quotes.

    Width is checked once a row is built: the count of delimiters made
    before parsing bounds any row to ``MAX_CELLS`` cells.
    """

    def __init__(self, table: RawTable, text: str, damaged: dict[int, str]) -> None:
        self.table = table
        self.text = text
        self.damaged = damaged  # physical line -> code, from decoding
        self.budget = Budget(table.name)
        self.delim = table.delimiter or ";"
        self._lines: list[str] | None = None

    @property
    def lines(self) -> list[str]:
        """The physical lines, split as csv counts them (built when first needed)."""
        if self._lines is None:
            self._lines = io.StringIO(self.text, newline="").readlines()
        return self._lines

    def run(self) -> None:
        offset = self._read(io.StringIO(self.text, newline=""), 0)
        while offset is not None:  # a quote was never closed: go on after its line
            offset = self._read(iter(self.lines[offset:]), offset)

    def _read(self, source: Iterator[str], offset: int) -> int | None:
        """Records of ``source`` (its first line is line ``offset + 1``).

        Returns None when done, else the index of the line to go on from.
        """
        reader = csv.reader(source, delimiter=self.delim, strict=False)
        start = offset + 1  # 1-based line of the record being read
        last: tuple[int, int] | None = None
        try:
            for cells in reader:
                end = offset + reader.line_num
                if any(cells) and not "".join(cells).isspace():
                    self._keep(start, end, cells)
                    last = (start, end)
                start = end + 1
        except csv.Error as exc:
            if "field limit" not in str(exc):
                raise ReadError("bad_csv", name=self.table.name, line=start,
                                detail=str(exc)) from None
            if '"' not in self.lines[start - 1]:
                raise ReadError("cell_too_long", name=self.table.name, line=start,
                                limit=MAX_CELL_CHARS) from None
            return self._unclosed(start)
        if last is not None and last[1] == start - 1 and self._never_closed(*last):
            self._drop(last[0])
            return self._unclosed(last[0])
        return None

    def _keep(self, start: int, end: int, cells: list[str]) -> None:
        self.budget.row(len(cells), start)
        self.table.rows.append((start, cells))
        if self.damaged:
            for line in range(start, end + 1):
                if line in self.damaged:
                    self.table.damaged.setdefault(start, self.damaged[line])
        if end > start:  # a cell over several lines that holds delimiters too
            swallowed = {i for i, cell in enumerate(cells)
                         if ("\n" in cell or "\r" in cell) and self.delim in cell}
            if swallowed:
                self.table.swallowed[start] = swallowed

    def _never_closed(self, start: int, end: int) -> bool:
        """Whether the last record ended inside quotes (only a strict read says so)."""
        lines = self.lines[start - 1:end]
        if not any('"' in line for line in lines):
            return False
        try:
            for _ in csv.reader(lines, delimiter=self.delim, strict=True):
                pass
        except csv.Error as exc:
            return "unexpected end of data" in str(exc)
        return False

    def _drop(self, start: int) -> None:
        if self.table.rows and self.table.rows[-1][0] == start:
            self.table.rows.pop()
            self.budget.rows -= 1
            self.table.damaged.pop(start, None)
            self.table.swallowed.pop(start, None)

    def _unclosed(self, start: int) -> int:
        """Line ``start`` opened a quote it never closed: read it alone, quotes as text."""
        line = self.lines[start - 1].rstrip("\r\n")
        cells = next(csv.reader([line], delimiter=self.delim, quoting=csv.QUOTE_NONE), [])
        cells = [cell[1:] if cell.startswith('"') and cell.count('"') % 2 else cell
                 for cell in cells]
        if any(cell.strip() for cell in cells):
            self.budget.row(len(cells), start)
            self.table.rows.append((start, cells))
            self.table.damaged[start] = "unclosed_quote"
        return start  # go on with the next line
