"""``export FILE --out DIR``: write every PDF of a workshop (no Qt needed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.cli.files import read_workshop
from ui.text import _, catalogue


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--out", metavar="DIR", type=Path, required=True)
    parser.add_argument("--anonymous", action="store_true",
                        help=_("compte rendu sans aucun nom"))


def run(args: argparse.Namespace) -> int:
    from exports import export_all

    workshop = read_workshop(args.file)
    if workshop is None:
        return 1
    missing: set[str] = set()
    try:
        paths = export_all(workshop, args.out, catalogue(), anonymous=args.anonymous,
                           missing=missing)
    except OSError as exc:
        print(_("Impossible d'écrire dans « {folder} » : {reason}.").format(
            folder=args.out, reason=exc.strerror or exc), file=sys.stderr)
        return 1
    print(_("{count} documents écrits dans {folder} :").format(count=len(paths), folder=args.out))
    for path in paths:
        print(f"  {path}")
    if missing:
        print(_("Attention : caractères absents de la police, remplacés par � : {chars}").format(
            chars=" ".join(sorted(missing))), file=sys.stderr)
    return 0
