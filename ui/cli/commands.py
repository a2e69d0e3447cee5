"""The subcommands of ``cafe-conversation`` (a contract: see DESIGN.md).

:mod:`ui.main` reads the command line with :func:`parse` and, for a
subcommand, calls :func:`run`; without one it opens the window.
Subcommands import only what they need: ``check`` or ``rotation`` never
load Qt, so they start fast and run on a machine without a screen.
Errors go to stderr in one sentence; the exit code is non-zero.
"""

from __future__ import annotations

import argparse
import sys

from workshop import __version__
from workshop.messages import WorkshopError, language, set_language



def _module(name: str):
    """The module of a subcommand (``add_arguments``, ``run``), imported when needed."""
    if name in ("new", "check"):
        from ui.cli import files as module
    elif name == "rotation":
        from ui.cli import rotation as module
    elif name == "export":
        from ui.cli import export as module
    else:
        from ui.cli import importing as module
    return module


HELP = {
    "new": ("créer un fichier d'atelier (vide ou la démo)", "create a workshop file (empty or the demo)"),
    "check": ("vérifier un fichier d'atelier", "check a workshop file"),
    "rotation": ("calculer un plan de table (JSON)", "compute a seating plan (JSON)"),
    "export": ("écrire tous les PDF d'un atelier", "write every PDF of a workshop"),
    "import": ("ajouter des participant·es depuis un tableur", "add participants from a spreadsheet"),
}


def _say(pair: tuple[str, str]) -> str:
    return pair[1] if language() == "en" else pair[0]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cafe-conversation",
        description=_say(("Café Conversation : préparer et animer un World Café.",
                          "Café Conversation: prepare and run a World Café.")),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["fr", "en"], help="fr | en")
    parser.add_argument("--demo", action="store_true",
                        help=_say(("ouvrir une copie neuve de l'atelier de démonstration",
                                   "open a fresh copy of the demo workshop")))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in HELP:
        command = sub.add_parser(name, help=_say(HELP[name]))
        command.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS)
        _module(name).add_arguments(command, name)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """The command line read (``args.command`` is None for the window)."""
    _early_language(argv)
    args = build_parser().parse_args(argv)
    set_language(getattr(args, "lang", None) or None)
    return args


def run(args: argparse.Namespace) -> int:
    """Run one subcommand; its errors become one sentence on stderr."""
    try:
        return _module(args.command).run(args)
    except WorkshopError as exc:
        print(exc.message(), file=sys.stderr)
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

