"""``new`` and ``check``: create and validate workshop files.

``new FILE --from LAST.json`` makes this year's workshop from last year's
(:mod:`workshop.carry_over`): last year's file is read, never written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop.carry_over import PARTS
from workshop.model import Workshop
from workshop.storage.store import StoreError, WorkshopStore
from workshop.validate import problems

from ui.paths import EXTENSION, EXTENSIONS
from ui.text import _
from ui.text.messages import describe
from ui.text import fill


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("file", metavar="FILE", type=Path)
    if name == "new":
        source = parser.add_mutually_exclusive_group()
        source.add_argument("--demo", action="store_true",
                            help=_("l'atelier de démonstration"))
        source.add_argument("--from", dest="last_year", metavar="LAST.json", type=Path,
                            help=_("l'atelier de l'an dernier : organisation, résidence, "
                                   "thèmes, tables, les personnes d'accord pour être gardées, "
                                   "et ses actions pour le bilan (le fichier n'est pas "
                                   "modifié)"))
        parser.add_argument("--without", action="append", default=[], metavar="PART",
                            choices=PARTS,
                            help=_("avec --from, ne pas reprendre : {parts}").format(
                                parts=", ".join(PARTS)))


def run(args: argparse.Namespace) -> int:
    return _new(args) if args.command == "new" else _check(args)


def _new(args: argparse.Namespace) -> int:
    if not args.file.suffix:
        args.file = args.file.with_suffix(EXTENSION)  # « new atelier » writes atelier.cafe
    elif args.file.suffix.lower() not in EXTENSIONS:
        print(_("« {name} » : un fichier d'atelier se termine par .cafe (ou .json).").format(
            name=args.file.name), file=sys.stderr)
        return 1
    if args.without and args.last_year is None:
        print(_("--without ne sert qu'avec --from LAST.json."), file=sys.stderr)
        return 1
    if args.demo:
        from workshop.demo import demo_workshop

        workshop = demo_workshop()
    elif args.last_year is not None:
        workshop = _from_last_year(args)
        if workshop is None:
            return 1
    else:
        workshop = Workshop(id=args.file.stem, title=_("Nouvel atelier"))
    store = WorkshopStore(args.file)
    try:
        store.create(workshop)
        if args.demo:
            from workshop.demo import place_demo_photos

            place_demo_photos(workshop, store.photo_dir)
    finally:
        store.close()
    print(args.file)
    return 0


def _from_last_year(args: argparse.Namespace) -> Workshop | None:
    """This year's workshop from last year's file, which is only read."""
    from workshop import carry_over

    if args.last_year.resolve() == args.file.resolve():
        print(_("« {name} » est l'atelier de l'an dernier : choisissez un autre nom pour le "
                "nouvel atelier.").format(name=args.file.name), file=sys.stderr)
        return None
    try:
        last = carry_over.read_last_year(args.last_year)
    except StoreError as exc:
        print(describe(exc), file=sys.stderr)
        return None
    options = carry_over.CarryOptions().without(*args.without)
    workshop = carry_over.new_from(last, args.file.stem, options)
    kept = len(workshop.participants)
    print(fill(_("Repris de « {name} » : {actions} {actions|action|actions} pour le bilan, {kept} {kept|personne|personnes} gardées "
            "({others} autres comptées sans nom)."), 
        name=args.last_year.name, actions=len(workshop.bilan.actions), kept=kept,
        others=len(last.participants) - kept), file=sys.stderr)
    return workshop


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
    print(fill(_("{name} : atelier valide ({people} {people|participant·e|participant·es}, {tables} {tables|table|tables})."), 
        name=args.file.name, people=len(workshop.participants), tables=len(workshop.tables)))
    return 0
