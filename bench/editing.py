"""How long one edit takes in the real window at 400 people (not a test).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/editing.py [--clicks N]``.

A generated workshop (400 participants, 70 tables × 4 rounds with a
capitaine each, 40 ideas with a paper vote) is opened in the real window,
offscreen.  Each interaction is made as the facilitator makes it (Space on
a « Présent·e » cell, a name typed then Enter, a count typed in the vote
grid, a person dropped on another in the rotation grid, Ctrl+Z, Ctrl+Y, a
click in the side bar) and timed until Qt's event queue is empty, paint
included.  Prints the median and the 95th percentile in ms (targets:
median ≤ 16 ms, p95 ≤ 50 ms) and the memory the undo history keeps after
300 check-ins (tracemalloc; target ≤ 50 MB).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from bench.workshops import big_workshop  # noqa: E402


def settle(app: QApplication) -> None:
    """Until every event queued so far is handled, then the paints it asked for."""
    done: list[bool] = []
    QTimer.singleShot(0, lambda: done.append(True))
    while not done:
        app.processEvents()
    app.processEvents()


def timed(app: QApplication, action) -> float:
    start = time.perf_counter()
    action()
    settle(app)
    return (time.perf_counter() - start) * 1000


def open_window(folder: Path):
    from ui.app import CafeApp
    from ui.document import WorkshopDocument
    from ui.i18n import install_language
    from ui.settings import Settings
    from workshop.storage.store import WorkshopStore

    install_language("fr")
    ws = big_workshop(ideas=40)
    store = WorkshopStore(folder / "grand-atelier.json")
    store.save(ws)
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    app = CafeApp(WorkshopDocument(ws, store), settings)
    app.window.resize(1280, 720)
    app.window.show()
    return app


# -- what the facilitator does -------------------------------------------------------
def check_in(window, row: int):
    from ui.models.participants_model import ParticipantsModel

    page = window.pages["participants"]
    column = ParticipantsModel.column_of("present")
    page.view.setCurrentIndex(page.proxy.index(row, column))
    settle(QApplication.instance())  # finding the person (scrolling) is not the click
    return lambda: QTest.keyClick(page.view, Qt.Key.Key_Space)


def open_editor(view, index) -> QLineEdit:
    view.setCurrentIndex(index)
    if view.state() != view.State.EditingState:  # the vote grid opens its editor on focus
        view.edit(index)
    (editor,) = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    return editor


def edit_name(window, row: int, text: str):
    page = window.pages["participants"]
    editor = open_editor(page.view, page.proxy.index(row, 0))
    editor.setText(text)
    settle(QApplication.instance())  # typing is not the edit: Enter is
    return lambda: QTest.keyClick(editor, Qt.Key.Key_Return)


def enter_count(window, row: int, count: int):
    page = window.pages["votes"]
    page.tabs.setCurrentIndex(1)
    editor = open_editor(page.table, page.table.model().index(row, 2))
    editor.setText(str(count))
    settle(QApplication.instance())
    return lambda: QTest.keyClick(editor, Qt.Key.Key_Return)


def drag_swap(window, k: int):
    """Drop the k-th mover of round 2 onto someone seated at the next table."""
    from ui.rotation.grid import PID_ROLE

    page = window.pages["rotation"]
    ws = window.document.workshop
    hosts = {t.host for t in ws.tables}
    seating = ws.rotation.rounds[1].seating
    tables = [t.id for t in ws.tables]
    source_table = tables[k % len(tables)]
    target_table = tables[(k + 1) % len(tables)]
    pid = next(p for p in seating[source_table] if p not in hosts)
    target_pid = next(p for p in seating[target_table] if p not in hosts)
    source = page.grid.cells[(1, source_table)]
    target = page.grid.cells[(1, target_table)]
    dragged = [source.item(r) for r in range(source.count())
               if source.item(r).data(PID_ROLE) == pid]
    onto = next(target.item(r) for r in range(target.count())
                if target.item(r).data(PID_ROLE) == target_pid)
    mime = source.mimeData(dragged)
    position = target.visualItemRect(onto).center()  # a QPoint: what PySide6 < 6.12 takes
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def drop() -> None:
        enter = QDragEnterEvent(position, Qt.DropAction.MoveAction, mime, buttons, keys)
        QApplication.sendEvent(target.viewport(), enter)
        QApplication.sendEvent(target.viewport(), QDropEvent(position, Qt.DropAction.MoveAction,
                                                             mime, buttons, keys))
    return drop


def measure(app, cafe, clicks: int) -> dict[str, list[float]]:
    window = cafe.window
    for key in ("participants", "votes", "rotation"):  # every page built once, as on the day
        window.show_page(key)
        settle(app)
    found: dict[str, list[float]] = {k: [] for k in (
        "check-in click", "name edit", "vote count entry", "drag-swap in the grid",
        "undo (Ctrl+Z)", "redo (Ctrl+Y)", "page switch")}
    window.show_page("participants")
    settle(app)
    for i in range(clicks):
        found["check-in click"].append(timed(app, check_in(window, 100 + i)))
        found["name edit"].append(timed(app, edit_name(window, 200 + i, f"Prénom{i}")))
        found["undo (Ctrl+Z)"].append(timed(app, window.act_undo.trigger))
        found["redo (Ctrl+Y)"].append(timed(app, window.act_redo.trigger))
    window.show_page("votes")
    settle(app)
    for i in range(clicks):
        found["vote count entry"].append(timed(app, enter_count(window, i % 40, 5 + i)))
    window.show_page("rotation")
    settle(app)
    for i in range(clicks):
        found["drag-swap in the grid"].append(timed(app, drag_swap(window, i)))
    rows = [window.specs.index(s) for s in window.specs
            if s.key in ("participants", "rotation", "votes", "ideas")]
    for i in range(clicks):
        row = rows[i % len(rows)]
        found["page switch"].append(timed(app, lambda r=row: window.sidebar.setCurrentRow(r)))
    return found


def history_memory(app, cafe, edits: int) -> float:
    """MiB kept by the undo history after ``edits`` check-ins (tracemalloc)."""
    window = cafe.window
    window.show_page("participants")
    settle(app)
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    for i in range(edits):
        check_in(window, i % 400)()
        if i % 20 == 0:
            settle(app)
    settle(app)
    cafe.services.document.flush()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(s.size_diff for s in after.compare_to(before, "filename"))
    return grown / 2**20


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clicks", type=int, default=20, help="interactions of each kind")
    parser.add_argument("--history", type=int, default=300, help="check-ins for the memory")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(["bench"])
    with tempfile.TemporaryDirectory() as folder:
        cafe = open_window(Path(folder))
        settle(app)
        found = measure(app, cafe, args.clicks)
        print(f"400 participants, 70 tables × 4 rounds, 40 ideas — {args.clicks} of each, "
              "until the event queue is empty (ms)")
        for name, values in found.items():
            print(f"  {name:24s} median {statistics.median(values):7.1f}   "
                  f"p95 {p95(values):7.1f}")
        mib = history_memory(app, cafe, args.history)
        print(f"  memory kept after {args.history} check-ins: {mib:.1f} MiB (tracemalloc)")
        cafe.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
