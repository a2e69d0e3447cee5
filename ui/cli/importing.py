"""``import FILE PEOPLE.csv|.xlsx``: add participants from a spreadsheet.

Prints what was added, what was skipped and why, and the warnings per row.
When nothing could be read the workshop file is left untouched and the
exit code is 1.  Lines the reader had to repair (bytes that are not UTF-8,
control characters, a quote never closed) are among the warnings.  Possible duplicates are left out unless
``--keep-duplicates``; contacts are kept only with ``--consent`` or a
consent column.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workshop.errors import WorkshopError
from workshop.people.importing import (
    ImportChoices,
    ImportPreview,
    ImportResult,
    apply_import,
    build_preview,
    read_table,
)
from workshop.storage.store import StoreError, WorkshopStore

from ui.text import _
from ui.text.messages import describe
from ui.text import fill

DELIMITERS = {";": ";", ",": ",", "tab": "\t", "\\t": "\t"}


class ImportCliError(WorkshopError):
    """Nothing can be imported (sentences: ``cli.import.*`` in ``ui.text``)."""

    domain = "cli.import"


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("people", metavar="PEOPLE", type=Path)
    parser.add_argument("--encoding", help="utf-8, cp1252, latin-1, cp850, mac_roman…")
    parser.add_argument("--delimiter", choices=sorted(DELIMITERS), help="; , tab")
    parser.add_argument("--keep-duplicates", action="store_true")
    parser.add_argument("--consent", action="store_true")


def run(args: argparse.Namespace) -> int:
    store = WorkshopStore(args.file)
    try:
        workshop = store.load()
        if store.read_only_reason == "locked":
            raise ImportCliError("read_only", name=args.file.name)
        if store.read_only:  # a protected file or a read-only folder: say which
            raise StoreError(store.read_only_reason, args.file)
        table = read_table(args.people, args.encoding,
                           DELIMITERS.get(args.delimiter) if args.delimiter else None)
        preview = build_preview(table, workshop)
        if not preview.has_name_column:
            raise ImportCliError("no_name_column", name=args.people.name,
                                 headers=", ".join(h for h in preview.headers if h) or "—")
        if not any(row.addable for row in preview.rows):
            raise ImportCliError("nothing_readable", name=args.people.name)
        include = {r.line for r in preview.rows if r.addable} if args.keep_duplicates else None
        result = apply_import(workshop, preview, ImportChoices(include, args.consent))
        if result.added:
            store.backup("import")  # the file as it was before the import
            store.save(workshop)
    finally:
        store.close()
    _report(preview, result)
    return 0


def _report(preview: ImportPreview, result: ImportResult) -> None:
    if preview.table.encoding_guessed:  # every accent depends on it: said first
        print(_("Fichier lu en Windows-1252 (Excel) : si des accents sont faux, relancez avec "
                "--encoding."))
    if result.added:
        print(fill(_("{n} {n|participant·e ajouté·e|participant·es ajouté·es} :"), n=len(result.added)))
        for person in result.added:
            print(f"  {person.id}  {person.full_name}")
    else:
        print(_("Aucun ajout : le fichier d'atelier est inchangé."))
    rows = {row.line: row for row in preview.rows}
    if result.skipped:
        print(fill(_("{n} {n|ligne non ajoutée|lignes non ajoutées} :"), n=len(result.skipped)))
        for line, problem in result.skipped:
            why = [p for p in rows[line].problems if p.level != "warning"] or [problem]
            print(_("  ligne {line} : {text}").format(
                line=line, text=" ".join(describe(p) for p in why)))
    skipped = {line for line, _ in result.skipped}
    warned = [(row.line, p) for row in preview.rows if row.line not in skipped
              for p in row.problems if p.level == "warning"]
    if warned:
        print(_("À vérifier :"))
        for line, problem in warned:
            print(_("  ligne {line} : {text}").format(line=line, text=describe(problem)))
    if result.contacts_dropped:
        print(fill(_("{n} {n|contact non gardé|contacts non gardés} faute de consentement (option --consent)."), 
            n=result.contacts_dropped))
