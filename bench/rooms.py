"""How long merging rooms takes, and whether the window stays quick on the merged event.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/rooms.py [--runs N] [--clicks N]``.

1. The merge: a generated convention (``bench/convention.py``: 5 rooms × 80
   people × 15 groups, each with a project and two ideas, paper tallies) is
   saved as 5 room files, then merged into a new event: reading the files,
   the merge itself, merging the same files again (idempotent), and the
   merge as the window makes it (one undoable step through the document).
   Median of ``--runs`` runs (target: the whole merge ≤ 1 s).
2. The window on the merged event (400 people, 75 groups, 225 ideas and
   projects, 5 rooms' tallies), driven as in ``bench/editing.py``: each
   interaction made as the facilitator makes it and timed until Qt's event
   queue is empty, paint included.  Median and 95th percentile in ms
   (targets: median ≤ 16 ms, p95 ≤ 50 ms).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from bench.convention import convention  # noqa: E402
from bench.editing import check_in, p95, settle, timed  # noqa: E402


def room_files(folder: Path) -> list[Path]:
    from workshop.storage.store import WorkshopStore

    paths = []
    for k, room in enumerate(convention(seat=False)):
        path = folder / f"salle-{k + 1}.cafe"
        store = WorkshopStore(path)
        store.save(room)
        store.close()
        paths.append(path)
    return paths


def new_event():
    from workshop.model import Workshop

    return Workshop("convention", "Convention régionale des coopératives 2027")


def merge_figures(paths: list[Path], runs: int) -> dict[str, list[float]]:
    from ui.document import WorkshopDocument
    from workshop.event.merge import merge_room, read_room

    found: dict[str, list[float]] = {k: [] for k in (
        "read the 5 files", "merge into a new event", "merge the same rooms again",
        "whole merge as the window does it (read + one undoable step)")}
    for _ in range(runs):
        start = time.perf_counter()
        rooms = [(p, read_room(p)) for p in paths]
        found["read the 5 files"].append(time.perf_counter() - start)
        event = new_event()
        start = time.perf_counter()
        for path, room in rooms:
            merge_room(event, room, path.name)
        found["merge into a new event"].append(time.perf_counter() - start)
        start = time.perf_counter()
        for path, room in rooms:
            merge_room(event, room, path.name)
        found["merge the same rooms again"].append(time.perf_counter() - start)
        document = WorkshopDocument(new_event())
        start = time.perf_counter()
        rooms = [(p, read_room(p)) for p in paths]
        document.apply("Fusionner", lambda ws: [merge_room(ws, r, p.name) for p, r in rooms])
        found["whole merge as the window does it (read + one undoable step)"].append(
            time.perf_counter() - start)
    return {k: [v * 1000 for v in values] for k, values in found.items()}


def open_window(folder: Path, paths: list[Path]):
    from ui.app import CafeApp
    from ui.document import WorkshopDocument
    from ui.i18n import install_language
    from ui.settings import Settings
    from workshop.storage.store import WorkshopStore

    install_language("fr")
    store = WorkshopStore(folder / "convention.cafe")
    store.save(new_event())
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    app = CafeApp(WorkshopDocument(store.load(), store), settings)
    app.window.resize(1280, 720)
    app.window.show()
    settle(QApplication.instance())
    app.rooms.merge_paths(paths)  # the File menu's merge, the files already chosen
    settle(QApplication.instance())
    return app


def enter_room_count(page, row: int, count: int):
    grid = page.vote.grid
    grid.setCurrentIndex(grid.model().index(row, grid.model().COUNT))
    (editor,) = [e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible()]
    editor.setText(str(count))
    settle(QApplication.instance())  # typing is not the edit: Enter is
    return lambda: QTest.keyClick(editor, Qt.Key.Key_Return)


def measure(app, cafe, clicks: int) -> dict[str, list[float]]:
    window = cafe.window
    page = window.pages["rooms"]
    found: dict[str, list[float]] = {k: [] for k in (
        "room count entry", "undo (Ctrl+Z)", "redo (Ctrl+Y)", "room chosen in the list",
        "check-in click", "tab switch in Salles", "page switch")}
    page.tabs.setCurrentIndex(2)
    settle(app)
    rooms = page.vote.room
    for i in range(clicks):
        found["room count entry"].append(timed(app, enter_room_count(page, i % 40, 3 + i)))
        found["undo (Ctrl+Z)"].append(timed(app, window.act_undo.trigger))
        found["redo (Ctrl+Y)"].append(timed(app, window.act_redo.trigger))
        found["room chosen in the list"].append(
            timed(app, lambda k=i: rooms.setCurrentIndex((k + 1) % rooms.count())))
    for i in range(clicks):
        found["tab switch in Salles"].append(
            timed(app, lambda k=i: page.tabs.setCurrentIndex(k % 3)))
    window.show_page("participants")
    settle(app)
    for i in range(clicks):
        found["check-in click"].append(timed(app, check_in(window, 100 + i)))
    rows = [window.specs.index(s) for s in window.specs
            if s.key in ("participants", "rooms", "votes", "ideas", "groups")]
    for i in range(clicks):
        row = rows[i % len(rows)]
        found["page switch"].append(timed(app, lambda r=row: window.sidebar.setCurrentRow(r)))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="merges timed")
    parser.add_argument("--clicks", type=int, default=20, help="interactions of each kind")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["bench"])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        paths = room_files(folder)
        figures = merge_figures(paths, args.runs)
        print(f"merge of 5 rooms × 80 people × 15 projects (+ 30 ideas each) — median of "
              f"{args.runs} (ms; target for the whole merge ≤ 1000)")
        for label, values in figures.items():
            print(f"  {label:62s} {statistics.median(values):7.1f}")
        cafe = open_window(folder, paths)
        ws = cafe.services.document.workshop
        found = measure(app, cafe, args.clicks)
        print(f"the window on the merged event ({len(ws.participants)} people, {len(ws.tables)} "
              f"groups, {len(ws.ideas)} ideas and projects) — {args.clicks} of each, until the "
              "event queue is empty (ms; targets: median ≤ 16, p95 ≤ 50)")
        for label, values in found.items():
            print(f"  {label:26s} median {statistics.median(values):7.1f}   "
                  f"p95 {p95(values):7.1f}")
        cafe.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
