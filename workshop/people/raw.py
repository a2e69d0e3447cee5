"""What the spreadsheet readers (CSV, XLSX) produce, and the bounds they keep.

A participant list is small: a large event has a few thousand people.  The
readers never trust what a file declares (a workbook that says it spans
``A1:XFD1048576``, a zip member's size beyond the check made before reading
it): they count what they actually meet and stop with a :class:`ReadError`
as soon as a bound is passed, so that a hostile or mistaken file is refused
in a moment and little memory instead of being read for minutes.
"""

from __future__ import annotations

import gc
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from workshop.errors import WorkshopError

MAX_BYTES = 20 * 1024 * 1024  # a guest list is small; a 20 MB file is a wrong pick
MAX_ROWS = 200_000            # rows holding anything, header and title lines included
MAX_COLUMNS = 256             # a filled cell further right is not a guest list
MAX_CELLS = 2_000_000         # cells read in all (CSV) or filled (XLSX)
MAX_CELL_CHARS = 131_072      # the csv module's own field limit


class ReadError(WorkshopError):
    """A spreadsheet could not be read at all (nothing is imported)."""

    domain = "people.read"


@dataclass
class RawTable:
    """Cells as read, before any meaning is given to them.

    ``rows`` hold ``(line, cells)`` where ``line`` is the row's number in
    the file as a spreadsheet shows it (the first line is 1); rows without
    any cell are left out.  ``damaged`` names, per row line, what the
    reader had to repair on that row (a code of ``people.import``); in
    ``swallowed`` a row line lists the cells that took in the following
    lines through a quote that was never closed where it should have been.
    """

    name: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str | None = None      # None for a workbook
    delimiter: str | None = None     # None for a workbook
    encoding_guessed: bool = False   # True when the file fell back to cp1252
    damaged: dict[int, str] = field(default_factory=dict)
    swallowed: dict[int, set[int]] = field(default_factory=dict)


class Budget:
    """Counts rows and cells as a reader keeps them; refuses past the bounds."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.rows = 0
        self.cells = 0

    def row(self, width: int, line: int) -> None:
        """One more row of ``width`` cells, found at ``line``."""
        if width > MAX_COLUMNS:
            raise ReadError("too_wide", name=self.name, line=line, limit=MAX_COLUMNS)
        self.rows += 1
        self.cells += width
        if self.rows > MAX_ROWS:
            raise ReadError("too_many_rows", name=self.name, limit=MAX_ROWS)
        if self.cells > MAX_CELLS:
            raise ReadError("too_many_cells", name=self.name, limit=MAX_CELLS)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is not a regular file or is too big.

    A named pipe or a device (``/dev/zero`` given as a list) would block or
    never end: only regular files are opened (checked before opening, since
    opening a pipe already blocks), and never more than the bound is read,
    even if the file grows meanwhile.
    """
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("unsupported", name=path.name)
        if info.st_size > MAX_BYTES:
            raise ReadError("too_big", name=path.name, size=info.st_size // (1024 * 1024))
        with path.open("rb") as handle:
            # read(n) reserves n bytes first: ask for what the file holds
            raw = handle.read(info.st_size + 1)
            if len(raw) > info.st_size:  # it grew meanwhile
                raw += handle.read(MAX_BYTES + 1 - len(raw))
    except FileNotFoundError:
        raise ReadError("missing", name=path.name) from None
    except IsADirectoryError:
        raise ReadError("unsupported", name=path.name) from None
    except OSError as exc:
        raise ReadError("unreadable", name=path.name, detail=exc.strerror or str(exc)) from None
    if len(raw) > MAX_BYTES:
        raise ReadError("too_big", name=path.name, size=len(raw) // (1024 * 1024))
    return raw


@contextmanager
def many_objects() -> Iterator[None]:
    """Pause the cycle collector while a list's rows are built.

    Reading, previewing and adding 100,000 rows makes millions of small
    objects and no reference cycle; the collector kept scanning the growing
    heap and doubled the time (measured by bench/importing.py).  Reference
    counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
