"""``export FILE --out DIR``: write every PDF of a workshop (no Qt needed)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.cli.files import read_workshop
from ui.text import catalogue
from workshop.messages import language

SAY = {
    "written": ("{count} documents écrits dans {folder} :", "{count} documents written to {folder}:"),
    "replaced": ("Attention : caractères absents de la police, remplacés par � : {chars}",
                 "Warning: characters missing from the font, printed as �: {chars}"),
    "cannot_write": ("Impossible d'écrire dans « {folder} » : {reason}.",
                     "Cannot write to “{folder}”: {reason}."),
}


def _say(key: str, **params: object) -> str:
    return SAY[key][language() == "en"].format(**params)


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--out", metavar="DIR", type=Path, required=True)
    parser.add_argument("--anonymous", action="store_true",
                        help=("compte rendu sans aucun nom" if language() == "fr"
                              else "report without any name"))


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
        print(_say("cannot_write", folder=args.out, reason=exc.strerror or exc), file=sys.stderr)
        return 1
    print(_say("written", count=len(paths), folder=args.out))
    for path in paths:
        print(f"  {path}")
    if missing:
        print(_say("replaced", chars=" ".join(sorted(missing))), file=sys.stderr)
    return 0
