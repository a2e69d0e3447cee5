"""The ``cafe-conversation`` command (a contract: see DESIGN.md).

Subcommands import only what they need: ``check`` or ``rotation`` never
load Qt, so they start fast and run on a machine without a screen.
Errors go to stderr in one sentence; the exit code is non-zero.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from workshop import __version__
from workshop.messages import WorkshopError, language, set_language

from ui.text import set_language as set_text_language

# subcommand -> module holding ``add_arguments(parser)`` and ``run(args) -> int``
COMMANDS = {
    "new": "ui.cli.files",
    "check": "ui.cli.files",
    "rotation": "ui.cli.rotation",
    "export": "ui.cli.export",
    "import": "ui.cli.importing",
}

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
    for name, module_name in COMMANDS.items():
        try:
            module = _module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue  # a command still being built is simply not offered
        command = sub.add_parser(name, help=_say(HELP[name]))
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
    set_text_language(getattr(args, "lang", None) or None)  # PDF words
    if args.command is None:
        from ui.app import run_gui

        return run_gui(demo=args.demo, lang=args.lang)
    try:
        return _module(COMMANDS[args.command]).run(args)
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
            set_text_language(argv[i + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])
            set_text_language(arg.split("=", 1)[1])


if __name__ == "__main__":
    sys.exit(main())
