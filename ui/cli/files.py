"""``new`` and ``check``: create and validate workshop files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop.model import Workshop
from workshop.storage.store import StoreError, WorkshopStore
from workshop.validate import problems

from ui.paths import EXTENSION, EXTENSIONS
from ui.text import _
from ui.text.messages import describe


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("file", metavar="FILE", type=Path)
    if name == "new":
        parser.add_argument("--demo", action="store_true")


def run(args: argparse.Namespace) -> int:
    return _new(args) if args.command == "new" else _check(args)


def _new(args: argparse.Namespace) -> int:
    if not args.file.suffix:
        args.file = args.file.with_suffix(EXTENSION)  # « new atelier » writes atelier.cafe
    elif args.file.suffix.lower() not in EXTENSIONS:
        print(_("« {name} » : un fichier d'atelier se termine par .cafe (ou .json).").format(
            name=args.file.name), file=sys.stderr)
        return 1
    if args.demo:
        from workshop.demo import demo_workshop

        workshop = demo_workshop()
    else:
        workshop = Workshop(id=args.file.stem, title=_("Nouvel atelier"))
    store = WorkshopStore(args.file)
    try:
        store.create(workshop)
    finally:
        store.close()
    print(args.file)
    return 0


def read_workshop(path: Path) -> Workshop | None:
    """Load ``path`` for a command that only reads it.

    On failure, say why in one sentence on stderr (and where the newest
    readable backup is, when there is one) and return None.
    """
    opened = open_workshop(path)
    if opened is None:
        return None
    opened[1].close()
    return opened[0]


def open_workshop(path: Path) -> tuple[Workshop, WorkshopStore] | None:
    """:func:`read_workshop`, keeping the store open (the caller closes it)."""
    store = WorkshopStore(path)
    try:
        return store.load(), store
    except StoreError as exc:
        store.close()
        print(describe(exc), file=sys.stderr)
        if exc.backup is not None:
            print(_("Sauvegarde lisible la plus récente : {}").format(exc.backup), file=sys.stderr)
        return None


def _check(args: argparse.Namespace) -> int:
    workshop = read_workshop(args.file)
    if workshop is None:
        return 1
    found = problems(workshop)
    if found:
        for problem in found:
            print(describe(problem), file=sys.stderr)
        return 1
    print(_("{name} : atelier valide ({people} participant·es, {tables} tables).").format(
        name=args.file.name, people=len(workshop.participants), tables=len(workshop.tables)))
    return 0
