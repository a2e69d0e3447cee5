"""The subcommands of ``cafe-conversation`` (a contract: see DESIGN.md).

:mod:`ui.main` reads the command line with :func:`parse` and, for a
subcommand, calls :func:`run`; without one it opens the window, on FILE
when one is given (``cafe-conversation atelier.cafe``: how a double-click
on a workshop file starts the app).  The first word that is not an option
decides: a command name is the command, anything else is a FILE.  A file
named like a command opens as ``./check`` or after ``--``.
Subcommands import only what they need: ``check`` or ``rotation`` never
load Qt, so they start fast and run on a machine without a screen.
Errors go to stderr in one sentence; the exit code is non-zero.  Every
sentence, argparse help included, comes from the gettext catalogue
(:mod:`ui.text`) in the language of ``--lang``, else of the environment.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.text import N_, _, catalogue, set_language
from ui.text.messages import describe
from workshop import __version__
from workshop.errors import WorkshopError


def _module(name: str):
    """The module of a subcommand (``add_arguments``, ``run``), imported when needed."""
    if name in ("new", "check"):
        from ui.cli import files as module
    elif name == "rotation":
        from ui.cli import rotation as module
    elif name == "export":
        from ui.cli import export as module
    elif name == "site":
        from ui.cli import site as module
    elif name == "merge":
        from ui.cli import merge as module
    else:
        from ui.cli import importing as module
    return module


# translated when the parser is built, after --lang is known
HELP = {
    "new": N_("créer un fichier d'atelier (vide, la démo ou depuis celui de l'an dernier)"),
    "check": N_("vérifier un fichier d'atelier"),
    "rotation": N_("calculer un plan de table (JSON)"),
    "export": N_("écrire tous les PDF d'un atelier"),
    "site": N_("écrire le site de suivi derrière les QR codes"),
    "import": N_("ajouter des participant·es depuis un tableur"),
    "merge": N_("rassembler les ateliers de plusieurs salles en un événement"),
}


USAGE = ("%(prog)s [-h] [--version] [--lang {fr,en}] [--demo] [FILE]\n"
         "       %(prog)s [--lang {fr,en}] COMMAND ...")


# argparse's own words (« usage: », « show this help message and exit »…) are looked up
# through its module's ``_`` and ``ngettext``: pointed at our catalogue, --help speaks
# one language (French from resources/locale/fr, English as argparse writes it).
argparse._ = lambda message: catalogue().gettext(message)
argparse.ngettext = lambda one, many, n: catalogue().ngettext(one, many, n)


def build_parser(window_file: bool = False) -> argparse.ArgumentParser:
    """The parser of the subcommands, or (``window_file``) of ``cafe-conversation FILE``."""
    parser = argparse.ArgumentParser(
        prog="cafe-conversation", usage=USAGE,
        description=_("Café Conversation : préparer et animer un World Café."),
        epilog=_("Sans commande, la fenêtre s'ouvre : sur FILE s'il est donné (un fichier "
                 "d'atelier .cafe ou .json), sinon sur le dernier atelier."),
    )
    # argparse's own help for --version is fixed English text, never passed through gettext
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help=_("afficher le numéro de version et quitter"))
    parser.add_argument("--lang", choices=["fr", "en"], help="fr | en")
    parser.add_argument("--demo", action="store_true",
                        help=_("ouvrir une copie neuve de l'atelier de démonstration"))
    if window_file:
        parser.add_argument("file", metavar="FILE", type=Path)
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in HELP:
        command = sub.add_parser(name, help=_(HELP[name]), prog=f"cafe-conversation {name}")
        command.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS)
        _module(name).add_arguments(command, name)
    return parser


def parse(argv: list[str], check_file: bool = True) -> argparse.Namespace:
    """The command line read (``args.command`` is None for the window, ``args.file`` its FILE).

    A missing FILE is an error here, unless ``check_file`` is false: then
    the window says so in a dialog.
    """
    _early_language(argv)
    word, forced = _first_word(argv)
    window_file = word is not None and (forced or word not in HELP)
    parser = build_parser(window_file)
    args = parser.parse_args(argv)
    if window_file and check_file and not args.file.is_file():
        if forced or args.file.suffix or len(args.file.parts) > 1:
            parser.error(_("Le fichier « {name} » n'existe pas.").format(name=args.file))
        parser.error(_("« {name} » n'est ni un fichier d'atelier ni une commande ({commands}).")
                     .format(name=args.file, commands=", ".join(HELP)))
    set_language(getattr(args, "lang", None) or None)
    return args


def _first_word(argv: list[str]) -> tuple[str | None, bool]:
    """The first argument that is not an option, and whether ``--`` made it a FILE."""
    skip = False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--":
            return (argv[i + 1] if i + 1 < len(argv) else None), True
        elif arg == "--lang":
            skip = True  # its value is not the word
        elif not arg.startswith("-") or arg == "-":
            return arg, False
    return None, False


def run(args: argparse.Namespace) -> int:
    """Run one subcommand; its errors become one sentence on stderr."""
    try:
        return _module(args.command).run(args)
    except WorkshopError as exc:
        print(describe(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _early_language(argv: list[str]) -> None:
    """Honour ``--lang`` before argparse writes its help."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            set_language(argv[i + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])

