"""Adding participants from a spreadsheet: read, preview, then apply as a whole.

1. :func:`read_table` reads a CSV or XLSX file into text cells
   (:mod:`workshop.people.csv_file`, :mod:`workshop.people.xlsx_file`),
   within the bounds of :mod:`workshop.people.raw`, noting the lines it
   had to repair.
2. :func:`build_preview` finds the header row, maps columns to fields
   (auto-detected, editable), cleans every row, lists each row's problems
   and flags possible duplicates — in the file and against the people
   already in the workshop.  Nothing is merged: a flagged row is simply
   left out unless the facilitator ticks it.
3. :func:`apply_import` adds the chosen rows to the workshop (one undoable
   change in the window).  Contacts are kept only with consent.

Each step costs the same per row whatever the list's length: 100,000 rows
in a few seconds (``bench/importing.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from workshop.errors import Notice, Word
from workshop.history import touch_attr
from workshop.model import Participant, Workshop
from workshop.people import clean
from workshop.people.csv_file import HEADER_SEARCH, read_csv
from workshop.people.raw import RawTable, ReadError, many_objects
from workshop.people.xlsx_file import read_xlsx

NAME_FIELDS = frozenset({"first_name", "last_name", "full_name"})
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # password-protected workbooks, .xls


class ImportProblem(Notice):
    """Something about one row; ``level`` is error, duplicate or warning."""

    domain = "people.import"

    LEVELS = {"no_name": "error", "quote_swallowed": "error",
              "duplicate_existing": "duplicate", "duplicate_in_file": "duplicate"}

    @property
    def level(self) -> str:
        return self.LEVELS.get(self.code, "warning")


def read_table(path: Path, encoding: str | None = None,
               delimiter: str | None = None) -> RawTable:
    """Cells of a ``.csv`` / ``.txt`` / ``.tsv`` or ``.xlsx`` file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ReadError("old_xls", name=path.name)
    magic = _magic(path)
    if magic == OLE_MAGIC:  # a workbook saved with a password, or an old .xls renamed
        raise ReadError("protected", name=path.name)
    with many_objects():
        if suffix in (".xlsx", ".xlsm") or magic.startswith(b"PK\x03\x04"):
            return read_xlsx(path)
        if suffix in ("", ".csv", ".txt", ".tsv", ".tab"):
            return read_csv(path, encoding, delimiter)
    raise ReadError("unsupported", name=path.name)


def _magic(path: Path) -> bytes:
    """The first bytes of a regular file (b"" for anything else: the readers say why)."""
    try:
        if not path.is_file():
            return b""
        with path.open("rb") as handle:
            return handle.read(len(OLE_MAGIC))
    except OSError:
        return b""


@dataclass
class PreviewRow:
    """One data row: its cells, the person it gives, its problems."""

    line: int
    cells: list[str]
    person: Participant | None
    consent: bool | None = None
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def duplicate(self) -> bool:
        return any(p.level == "duplicate" for p in self.problems)

    @property
    def addable(self) -> bool:
        return self.person is not None

    @property
    def proposed(self) -> bool:
        """Ticked by default: readable and not a possible duplicate."""
        return self.addable and not self.duplicate

    @property
    def has_contact(self) -> bool:
        return self.person is not None and bool(self.person.email or self.person.phone)


@dataclass
class ImportPreview:
    """What an import would add; the UI shows it, :func:`apply_import` applies it."""

    table: RawTable
    header_line: int
    headers: list[str]
    mapping: dict[int, str]
    rows: list[PreviewRow]

    @property
    def has_name_column(self) -> bool:
        return bool({"first_name", "last_name", "full_name"} & set(self.mapping.values()))

    def proposed_lines(self) -> set[int]:
        return {row.line for row in self.rows if row.proposed}

    def contacts_without_consent(self) -> int:
        return sum(1 for row in self.rows if row.has_contact and not row.consent)


@dataclass
class ImportChoices:
    """The facilitator's decisions, confirmed as a whole."""

    include: set[int] | None = None  # lines to add; None: the proposed ones
    consent_all: bool = False  # "everyone listed agreed to be contacted"


@dataclass
class ImportResult:
    added: list[Participant] = field(default_factory=list)
    skipped: list[tuple[int, ImportProblem]] = field(default_factory=list)
    contacts_dropped: int = 0


def build_preview(table: RawTable, ws: Workshop, mapping: dict[int, str] | None = None,
                  header_line: int | None = None) -> ImportPreview:
    """Clean rows and flag problems; ``mapping`` overrides the detected one."""
    with many_objects():
        return _build_preview(table, ws, mapping, header_line)


def _build_preview(table: RawTable, ws: Workshop, mapping: dict[int, str] | None,
                   header_line: int | None) -> ImportPreview:
    rows = []
    for line, cells in table.rows:
        cells = clean.clean_row(cells)
        if any(cells):
            rows.append((line, cells))
    if not rows:
        raise ReadError("empty", name=table.name)
    header_index = _header_index(rows, header_line)
    headers = rows[header_index][1]
    if mapping is None:
        mapping = clean.detect_mapping(headers)
    data = rows[header_index + 1:]
    width = max(len(cells) for _, cells in rows)
    names = {index for index, name in mapping.items() if name in NAME_FIELDS}
    columns = sorted((index, name) for index, name in mapping.items() if index < width)
    repeated = len(columns) != len({name for _, name in columns})
    preview_rows = []
    for line, cells in data:
        swallowed = bool(table.swallowed) and bool(names & table.swallowed.get(line, set()))
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        row = _row(line, cells, columns, repeated, swallowed)
        if line in table.damaged:
            row.problems.append(ImportProblem(table.damaged[line]))
        preview_rows.append(row)
    _flag_duplicates(preview_rows, ws)
    return ImportPreview(table=table, header_line=rows[header_index][0],
                         headers=headers + [""] * (width - len(headers)),
                         mapping=dict(mapping), rows=preview_rows)


def _header_index(rows: list[tuple[int, list[str]]], header_line: int | None) -> int:
    if header_line is not None:
        return next((i for i, (line, _) in enumerate(rows) if line == header_line), 0)
    for i, (_, cells) in enumerate(rows[:HEADER_SEARCH]):
        fields = set(clean.detect_mapping(cells).values())
        if fields & NAME_FIELDS or len(fields) >= 2:
            return i
    return 0


def _row(line: int, cells: list[str], columns: list[tuple[int, str]], repeated: bool,
         swallowed: bool) -> PreviewRow:
    """``columns``: the mapping's ``(index, field)`` in order of index, within ``cells``;
    ``repeated``: whether a field takes several columns (their cells are joined)."""
    if not repeated:  # each field from one column: most lists
        values = {name: cells[index] for index, name in columns if cells[index]}
    else:  # several columns sent to the notes
        values = {}
        for index, name in columns:
            cell = cells[index]
            if cell:
                values[name] = f"{values[name]}; {cell}" if name in values else cell
    row = PreviewRow(line=line, cells=cells, person=None)
    if swallowed:  # a name cell took in the next lines: those are no name
        row.problems.append(ImportProblem("quote_swallowed"))
        return row
    first, last = values.get("first_name", ""), values.get("last_name", "")
    if not first and not last and values.get("full_name"):
        first, last = clean.split_full_name(values["full_name"])
    if not first and not last:
        row.problems.append(ImportProblem("no_name"))
        return row
    if not first:  # a list with surnames only: the surname is what people are called
        first, last = last, ""
    row.person = _person(first, last, values, row.problems)
    row.consent = clean.yes(values["consent"]) if "consent" in values else None
    return row


def _person(first: str, last: str, values: dict[str, str],
            problems: list[ImportProblem]) -> Participant:
    # each cleaner runs only on a cell that holds something: once per row of the list
    person = Participant(id="", first_name=first, last_name=last,
                         residence=values.get("residence", ""),
                         notes=values.get("notes", ""))
    if "category" in values:
        person.category, known = clean.category(values["category"])
        if not known:
            problems.append(ImportProblem("unknown_category", value=values["category"]))
            person.notes = "\n".join(filter(None, [person.notes, values["category"]]))
    if "needs" in values:
        person.needs, person.needs_accessible = clean.needs(values["needs"])
    if "accessible" in values:
        person.needs_accessible = bool(clean.needs(values["accessible"])[1])
    if "present" in values:
        person.present = clean.yes(values["present"]) is True
    if "email" in values:
        person.email, valid = clean.email(values["email"])
        if not valid:
            problems.append(ImportProblem("bad_email", value=person.email))
    if "phone" in values:
        person.phone, warning = clean.phone(values["phone"])
        if warning:
            problems.append(ImportProblem(warning, value=values["phone"]))
    return person


def _name_key(person: Participant) -> tuple[str, ...] | None:
    parts = tuple(sorted(filter(None, (clean.fold(person.first_name),
                                       clean.fold(person.last_name)))))
    return parts or None


def _flag_duplicates(rows: list[PreviewRow], ws: Workshop) -> None:
    seen: dict[tuple[str, object], tuple[Participant, int | None]] = {}
    for person in ws.participants:
        for key in _keys(person):
            seen.setdefault(key, (person, None))
    for row in rows:
        if row.person is None:
            continue
        keys = _keys(row.person)
        for key in keys:
            if key in seen:
                first, line = seen[key]
                name, how = first.full_name, Word(f"how.{key[0]}")
                row.problems.append(
                    ImportProblem("duplicate_existing", name=name, how=how) if line is None
                    else ImportProblem("duplicate_in_file", line=line, name=name, how=how))
                break
        for key in keys:
            seen.setdefault(key, (row.person, row.line))


def _keys(person: Participant) -> list[tuple[str, object]]:
    keys: list[tuple[str, object]] = []
    name = _name_key(person)
    if name:
        keys.append(("name", name))
    if person.email:
        keys.append(("email", person.email.casefold()))
    return keys


def apply_import(ws: Workshop, preview: ImportPreview,
                 choices: ImportChoices | None = None) -> ImportResult:
    """Add the chosen rows to ``ws``; every other row is reported with why."""
    choices = choices or ImportChoices()
    include = preview.proposed_lines() if choices.include is None else choices.include
    touch_attr(ws, "participants")
    with many_objects():
        return _add_rows(ws, preview, choices, include)


def _add_rows(ws: Workshop, preview: ImportPreview, choices: ImportChoices,
              include: set[int]) -> ImportResult:
    result = ImportResult()
    ids = _free_ids("P", {p.id for p in ws.participants})
    for row in preview.rows:
        if row.person is None:
            result.skipped.append((row.line, row.problems[0]))
        elif row.line not in include:
            code = "skipped_duplicate" if row.duplicate else "skipped_by_user"
            result.skipped.append((row.line, ImportProblem(code)))
        else:
            person = _copy(row.person)  # the preview may be applied again
            person.id = next(ids)
            person.consent_contact = bool(row.consent or choices.consent_all)
            if not person.consent_contact and (person.email or person.phone):
                person.email = person.phone = ""  # least data: no consent, no contact
                result.contacts_dropped += 1
            ws.participants.append(person)
            result.added.append(person)
    return result


def _copy(person: Participant) -> Participant:
    """A copy of a participant, at a quarter of ``dataclasses.replace``'s cost.

    Participant is a dataclass without slots: its fields are its ``__dict__``.
    """
    clone = Participant.__new__(Participant)
    clone.__dict__.update(vars(person))
    clone.absent_rounds = list(person.absent_rounds)
    return clone


def _free_ids(prefix: str, taken: set[str]) -> Iterator[str]:
    """The ids :func:`workshop.model.new_id` would give one after the other.

    ``new_id`` copies the taken ids into a set at each call: once per row,
    that made an import of 100,000 rows take minutes.  The first free
    number from ``len(taken) + 1`` on, then the next free one after it.
    """
    number = len(taken) + 1
    while True:
        candidate = f"{prefix}{number:02d}"
        number += 1
        if candidate not in taken:
            yield candidate
