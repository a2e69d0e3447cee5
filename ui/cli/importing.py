"""``import FILE PEOPLE.csv|.xlsx``: add participants from a spreadsheet.

Prints what was added, what was skipped and why, and the warnings per row.
When nothing could be read the workshop file is left untouched and the
exit code is 1.  Possible duplicates are left out unless
``--keep-duplicates``; contacts are kept only with ``--consent`` or a
consent column.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workshop.messages import WorkshopError, language
from workshop.people.importing import (
    ImportChoices,
    ImportPreview,
    ImportResult,
    apply_import,
    build_preview,
    read_table,
)
from workshop.storage.store import WorkshopStore

DELIMITERS = {";": ";", ",": ",", "tab": "\t", "\\t": "\t"}

SAY = {
    "added": ("{n} participant·e(s) ajouté·e(s) :", "{n} participant(s) added:"),
    "skipped": ("{n} ligne(s) non ajoutée(s) :", "{n} row(s) not added:"),
    "warnings": ("À vérifier :", "To check:"),
    "line": ("  ligne {line} : {text}", "  line {line}: {text}"),
    "contacts": (
        "{n} contact(s) non gardé(s) faute de consentement (option --consent).",
        "{n} contact(s) not kept without consent (option --consent).",
    ),
    "unchanged": ("Aucun ajout : le fichier d'atelier est inchangé.",
                  "Nothing added: the workshop file is unchanged."),
}


class ImportCliError(WorkshopError):
    messages = {
        "no_name_column": (
            "Aucune colonne de nom reconnue dans « {name} » (colonnes : {headers}).",
            "No name column recognised in “{name}” (columns: {headers}).",
        ),
        "nothing_readable": (
            "Aucune ligne lisible dans « {name} » : rien n'a été ajouté.",
            "No readable row in “{name}”: nothing was added.",
        ),
        "read_only": (
            "« {name} » est ouvert ailleurs : fermez-le avant d'importer.",
            "“{name}” is open elsewhere: close it before importing.",
        ),
    }


def _say(key: str, **params: object) -> str:
    return SAY[key][language() == "en"].format(**params)


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
        if store.read_only:
            raise ImportCliError("read_only", name=args.file.name)
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
            store.save(workshop)
    finally:
        store.close()
    _report(preview, result)
    return 0


def _report(preview: ImportPreview, result: ImportResult) -> None:
    if result.added:
        print(_say("added", n=len(result.added)))
        for person in result.added:
            print(f"  {person.id}  {person.full_name}")
    else:
        print(_say("unchanged"))
    rows = {row.line: row for row in preview.rows}
    if result.skipped:
        print(_say("skipped", n=len(result.skipped)))
        for line, problem in result.skipped:
            why = [p for p in rows[line].problems if p.level != "warning"] or [problem]
            print(_say("line", line=line, text=" ".join(p.message() for p in why)))
    skipped = {line for line, _ in result.skipped}
    warned = [(row.line, p) for row in preview.rows if row.line not in skipped
              for p in row.problems if p.level == "warning"]
    if warned:
        print(_say("warnings"))
        for line, problem in warned:
            print(_say("line", line=line, text=problem.message()))
    if result.contacts_dropped:
        print(_say("contacts", n=result.contacts_dropped))
