"""``cafe-conversation``: a subcommand (no Qt loaded) or the facilitator window.

``cafe-conversation FILE`` opens the window on FILE: the command an
installer's file association runs on a double-click.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from ui.cli.commands import parse, run

    # Windows' program without a console (CafeConversation.exe, what a
    # double-click runs) has no stderr: a FILE that is gone is then said by
    # the window, in a dialog, rather than in a sentence nobody sees.
    args = parse(sys.argv[1:] if argv is None else argv, check_file=sys.stderr is not None)
    if args.command is not None:
        return run(args)
    from ui.app import run_gui  # Qt only for the window

    return run_gui(demo=args.demo, lang=args.lang, path=getattr(args, "file", None))
