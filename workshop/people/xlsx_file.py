"""Reading a participant list from an Excel workbook (.xlsx).

openpyxl opens it read-only (streamed, no formulas evaluated: the cached
values are read).  Cells come typed: a phone typed as a number arrives as
``612345678`` and a date as a ``datetime``; they are turned into the text a
French spreadsheet would show, and the cleaning step warns about phones.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from workshop.people.csv_file import RawTable, ReadError, read_bytes


def read_xlsx(path: Path) -> RawTable:
    """The first sheet that holds anything, as text cells."""
    import openpyxl  # imported here: CSV users never pay for it

    path = Path(path)
    # from bytes: openpyxl refuses a workbook whose name does not end in .xlsx
    raw = io.BytesIO(read_bytes(path))
    try:
        rows = _first_sheet(openpyxl.load_workbook(raw, read_only=True, data_only=True))
    except Exception:  # noqa: BLE001 - any damage inside a workbook means one thing here
        raise ReadError("bad_xlsx", name=path.name) from None
    if rows is None:
        raise ReadError("empty", name=path.name)
    return RawTable(name=path.name, rows=rows)


def _first_sheet(book) -> list[tuple[int, list[str]]] | None:
    """Rows of the first sheet that holds anything (cells are read lazily)."""
    try:
        for sheet in book.worksheets:
            rows = [
                (number, [cell_text(v) for v in values])
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            ]
            if any(any(c.strip() for c in cells) for _, cells in rows):
                return rows
    finally:
        book.close()
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
