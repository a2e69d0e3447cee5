"""What saving costs where: the GUI thread's snapshot vs the worker's write, at 400 people.

A generated workshop of 400 participants, 40 ideas, 70 tables and a
4-round rotation (the issue's door check-in case).  Prints the median and
the slowest of ``--runs`` runs (default 15), in ms, of:

- ``snapshot``: what the GUI thread pays before handing the data over;
- ``write``: JSON encoding, temp file, fsync, ``os.replace`` (the worker's);
- ``save``: both, what one edit cost on the GUI thread before;
- ``save_live``: one press of Space or N on the show;
- ``backup``: one periodic backup (a copy of the file);
- ``load``: opening the file.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workshop.demo import demo_workshop  # noqa: E402
from workshop.model import CountdownState, Idea, Participant, Round, Table  # noqa: E402
from workshop.storage.store import PERIODIC_S, WorkshopStore  # noqa: E402


def big_workshop():
    ws = demo_workshop()
    ws.participants = [Participant(f"P{i:03d}", f"Prénom{i}", f"Nom{i}", category="locataire",
                                   notes="remarque " * 4) for i in range(400)]
    ws.tables = [Table(f"T{t:02d}", f"Table {t}", capacity=6) for t in range(70)]
    ids = [p.id for p in ws.participants]
    ws.rotation.rounds = [Round({t.id: ids[(k * 7 + i * 6) % 400:(k * 7 + i * 6) % 400 + 6]
                                 for i, t in enumerate(ws.tables)}) for k in range(4)]
    ws.ideas = [Idea(f"I{i:03d}", "Une idée notée à une table, avec des accents é à ç.", None)
                for i in range(40)]
    return ws


def timed(action, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    ws = big_workshop()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "grand-atelier.json"
        store = WorkshopStore(path, clock=itertools.count(0, PERIODIC_S).__next__)
        store.create(ws)
        counter = itertools.count()

        def edit() -> None:
            ws.participants[next(counter) % 400].present ^= True

        snapshots = []
        for _ in range(runs):
            edit()
            snapshots.append(store.snapshot(ws))
        pending = iter(snapshots)

        def save() -> None:
            edit()
            store.save(ws)

        def backup() -> None:
            save()
            store.backup("periodic")

        running = CountdownState(1200.0, 10.0, True, True, time.time())
        rows = [
            ("snapshot", lambda: store.snapshot(ws)),
            ("write", lambda: store.write(next(pending))),
            ("save", save),
            ("save_live", lambda: store.save_live(next(counter) % 12, running)),
            ("backup (incl. a save)", backup),
            ("load", lambda: WorkshopStore(path).load()),
        ]
        print(f"400 people, 70 tables, 4 rounds; file {path.stat().st_size // 1024} KiB; "
              f"{runs} runs, ms")
        for name, action in rows:
            median, worst = timed(action, runs)
            print(f"  {name:28} median {median:7.1f}   max {worst:7.1f}")
        store.close()


if __name__ == "__main__":
    main()
