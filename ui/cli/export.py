"""``export FILE --out DIR``: write every PDF of a workshop (no Qt needed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.cli.files import open_workshop
from ui.text import _, catalogue
from ui.text.messages import describe
from workshop.errors import WorkshopError
from ui.text import fill


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--out", metavar="DIR", type=Path, required=True)
    parser.add_argument("--anonymous", action="store_true",
                        help=_("compte rendu sans aucun nom"))


def run(args: argparse.Namespace) -> int:
    from exports import export_all
    from workshop.validate import value_problems

    opened = open_workshop(args.file)
    if opened is None:
        return 1
    workshop, store = opened
    try:
        for problem in value_problems(workshop):  # left out of the documents: say so
            print(_("Attention : {problem}").format(problem=describe(problem)), file=sys.stderr)
        missing: set[str] = set()
        try:
            paths = export_all(workshop, args.out, catalogue(), anonymous=args.anonymous,
                               missing=missing, photos=store.photo_dir)
        except OSError as exc:
            print(_("Impossible d'écrire dans « {folder} » : {reason}.").format(
                folder=args.out, reason=exc.strerror or exc), file=sys.stderr)
            return 1
        remember(store, paths)
    finally:
        store.close()
    print(fill(_("{count} {count|document|documents} écrits dans {folder} :"), count=len(paths),
                                                             folder=args.out))
    for path in paths:
        print(f"  {path}")
    if missing:
        print(_("Attention : caractères absents de la police, remplacés par � : {chars}").format(
            chars=" ".join(sorted(missing))), file=sys.stderr)
    return 0


def remember(store, paths, kind: str = "pdf") -> None:
    """Note the exported files beside the workshop, so erasing a person can reach them."""
    try:
        recorded = store.record_exports(paths, kind=kind)
    except (WorkshopError, OSError):
        recorded = False
    if not recorded:
        print(_("Attention : ces documents ne sont pas notés dans l'atelier (ouvert ailleurs ou "
                "en lecture seule) ; effacer une personne ne pourra pas les supprimer."),
              file=sys.stderr)
