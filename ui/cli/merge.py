"""``merge EVENT ROOM...``: gather several rooms' workshops into one event.

Every ROOM is read first (never written); if one cannot be read, nothing is
merged and EVENT is left as it was.  EVENT is created when missing (with
the first room's title, date and organisation); otherwise a backup of it is
kept before it changes.  A room merged again replaces what it brought
before.  ``--out DIR`` also writes the combined restitution and the
per-room handouts.  Prints what each room brought.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ui.text import _, catalogue, fill
from ui.text.merge_report import report_lines
from workshop.errors import WorkshopError
from workshop.event.merge import EventError, merge_room, read_room
from workshop.model import Workshop
from workshop.storage.store import StoreError, WorkshopStore


class MergeCliError(WorkshopError):
    """The event file cannot take the merge (sentences: ``cli.merge.*``)."""

    domain = "cli.merge"


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("event", metavar="EVENT", type=Path)
    parser.add_argument("rooms", metavar="ROOM", type=Path, nargs="+")
    parser.add_argument("--out", metavar="DIR", type=Path,
                        help=_("écrire aussi la restitution combinée et les fiches par salle"))


def run(args: argparse.Namespace) -> int:
    event_real = os.path.realpath(args.event)
    rooms = []
    for path in args.rooms:
        if os.path.realpath(path) == event_real:
            raise EventError("same_file", name=path.name)
        rooms.append((path, read_room(path)))  # all read before anything changes
    store = WorkshopStore(args.event)
    try:
        existed = args.event.exists()
        if existed:
            event = store.load()
            if store.read_only_reason == "locked":
                raise MergeCliError("read_only", name=args.event.name)
            if store.read_only:
                raise StoreError(store.read_only_reason, args.event)
        else:
            first = rooms[0][1]
            event = Workshop(args.event.stem, first.title or args.event.stem, date=first.date,
                             organisation=first.organisation)
        reports = [merge_room(event, room, path.name) for path, room in rooms]
        if existed:
            store.backup("import")  # the event as it was before this merge
        store.save(event)
    finally:
        store.close()
    texts = {i.id: i.text for i in event.ideas}
    for report in reports:
        for line in report_lines(report, texts):
            print(line)
    print(fill(_("{event} : {rooms} {rooms|salle|salles}, {people} "
                 "{people|participant·e|participant·es}, {ideas} {ideas|idée|idées} et projets."),
               event=args.event.name, rooms=len(event.rooms), people=len(event.participants),
               ideas=sum(1 for i in event.ideas if i.merged_into is None)))
    if args.out is not None:
        return _documents(event, args.out)
    return 0


def _documents(event: Workshop, out: Path) -> int:
    from exports.event import write_event_documents

    try:
        paths = write_event_documents(event, out, catalogue())
    except OSError as exc:
        print(_("Impossible d'écrire dans « {folder} » : {reason}.").format(
            folder=out, reason=exc.strerror or exc), file=sys.stderr)
        return 1
    for path in paths:
        print(f"  {path}")
    return 0
