"""The ``cafe-conversation`` command (a contract: see DESIGN.md).

Subcommands import only what they need: ``check`` or ``rotation`` never
load Qt, so they start fast and run on a machine without a screen.
Errors go to stderr in one sentence; the exit code is non-zero.  Every
sentence, argparse help included, comes from the gettext catalogue
(:mod:`ui.text`) in the language of ``--lang``, else of the environment.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from workshop import __version__
from workshop.errors import WorkshopError

from ui.text import N_, _, set_language
from ui.text.messages import describe

# subcommand -> module holding ``add_arguments(parser)`` and ``run(args) -> int``
COMMANDS = {
    "new": "ui.cli.files",
    "check": "ui.cli.files",
    "rotation": "ui.cli.rotation",
    "export": "ui.cli.export",
    "import": "ui.cli.importing",
}

# translated when the parser is built, after --lang is known
HELP = {
    "new": N_("créer un fichier d'atelier (vide ou la démo)"),
    "check": N_("vérifier un fichier d'atelier"),
    "rotation": N_("calculer un plan de table (JSON)"),
    "export": N_("écrire tous les PDF d'un atelier"),
    "import": N_("ajouter des participant·es depuis un tableur"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cafe-conversation",
        description=_("Café Conversation : préparer et animer un World Café."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", choices=["fr", "en"], help="fr | en")
    parser.add_argument("--demo", action="store_true",
                        help=_("ouvrir une copie neuve de l'atelier de démonstration"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        try:
            module = _module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue  # a command still being built is simply not offered
        command = sub.add_parser(name, help=_(HELP[name]))
        command.add_argument("--lang", choices=["fr", "en"], default=argparse.SUPPRESS)
        module.add_arguments(command, name)
    return parser


def _module(name: str):
    return importlib.import_module(name)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _early_language(argv)
    args = build_parser().parse_args(argv)
    set_language(getattr(args, "lang", None) or None)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(demo=args.demo, lang=args.lang)
    try:
        return _module(COMMANDS[args.command]).run(args)
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


if __name__ == "__main__":
    sys.exit(main())
