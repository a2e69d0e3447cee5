"""``new`` and ``check``: create and validate workshop files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop.messages import language
from workshop.model import Workshop
from workshop.storage.store import StoreError, WorkshopStore
from workshop.validate import problems


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("file", metavar="FILE", type=Path)
    if name == "new":
        parser.add_argument("--demo", action="store_true")


def run(args: argparse.Namespace) -> int:
    return _new(args) if args.command == "new" else _check(args)


def _new(args: argparse.Namespace) -> int:
    if args.demo:
        from workshop.demo import demo_workshop

        workshop = demo_workshop()
    else:
        title = "Nouvel atelier" if language() == "fr" else "New workshop"
        workshop = Workshop(id=args.file.stem, title=title)
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
    store = WorkshopStore(path)
    try:
        return store.load()
    except StoreError as exc:
        print(exc.message(), file=sys.stderr)
        if exc.backup is not None:
            hint = ("Sauvegarde lisible la plus récente : {}", "Newest readable backup: {}")
            print(hint[language() == "en"].format(exc.backup), file=sys.stderr)
        return None
    finally:
        store.close()


def _check(args: argparse.Namespace) -> int:
    workshop = read_workshop(args.file)
    if workshop is None:
        return 1
    found = problems(workshop)
    if found:
        for problem in found:
            print(problem.message(), file=sys.stderr)
        return 1
    done = ("{name} : atelier valide ({people} participant·es, {tables} tables).",
            "{name}: valid workshop ({people} participants, {tables} tables).")
    print(done[language() == "en"].format(
        name=args.file.name, people=len(workshop.participants), tables=len(workshop.tables)))
    return 0
