"""``site FILE --out DIR``: write the static follow-up site behind the QR codes (no Qt).

The folder is replaced whole (written aside, then swapped) and checked from
the disk: every action address under the site's address must have its
page.  Problems go to stderr, one sentence each; a QR code left without its
page makes the exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ui.cli.export import remember
from ui.cli.files import open_workshop
from ui.text import _, catalogue, language
from ui.text.site_sentences import check_lines, upload_sentence
from ui.text import fill


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("file", metavar="FILE", type=Path)
    parser.add_argument("--out", metavar="DIR", type=Path, required=True,
                        help=_("le dossier du site (remplacé en entier)"))


def run(args: argparse.Namespace) -> int:
    from exports.site import write_site

    opened = open_workshop(args.file)
    if opened is None:
        return 1
    workshop, store = opened
    try:
        report = write_site(workshop, args.out, catalogue(), lang=language())
        remember(store, report.files, kind="site")  # an erasure can reach the pages
    finally:
        store.close()
    check = report.check
    print(fill(_("Site écrit dans {folder} : {pages} {pages|page|pages} ({changed} {changed|modifiée|modifiées})."), 
        folder=args.out, pages=sum(1 for p in report.files if p.suffix == ".html"),
        changed=sum(1 for p in report.changed if p.suffix == ".html")))
    print(upload_sentence(check.base))
    good, problems = check_lines(check)
    for line in good:
        print(line)
    for line in problems:
        print(_("Attention : {problem}").format(problem=line), file=sys.stderr)
    return 0 if check.ok else 1
