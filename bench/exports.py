"""Time and peak memory of the five PDFs for a large event.

A generated workshop: 400 participants, 70 tables (one capitaine each),
4 rounds, 3 themes, 120 ideas with votes and the 6 actions of the plan.
Each run writes all five documents into a temporary folder; the script
prints, per document and in total, the median over RUNS runs, and the peak
Python memory of one full export (tracemalloc).  Target: ≤ 5 s in total.
Then the cost of absurd names: itineraires.pdf with 5 names of 10,000
characters, against the same workshop without them (it was ~15 s a name
when fitting a name to its card was quadratic).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.workshops import big_workshop  # noqa: E402
from exports import DOCUMENTS, render  # noqa: E402
from exports.pdf.text import TextCleaner  # noqa: E402
from ui.text import catalogue  # noqa: E402
from workshop.model import Workshop  # noqa: E402

RUNS = 5
PEOPLE, TABLES, ROUNDS = 400, 70, 4


def one_run(ws: Workshop, t, out: Path) -> dict[str, float]:
    times = {}
    cleaner = TextCleaner()
    for key, name in DOCUMENTS:
        start = time.perf_counter()
        (out / name).write_bytes(render(key, ws, t, cleaner))
        times[key] = time.perf_counter() - start
    return times


def long_names(ws: Workshop, t) -> None:
    """Extra seconds per 10,000-character name in itineraires.pdf (median of 3)."""
    import copy

    absurd = copy.deepcopy(ws)
    for person in absurd.participants[100:105]:
        person.last_name = "Rochefoucauld-" * 714 + "x" * 4  # 10,000 characters
    times = {}
    for label, workshop in (("plain", ws), ("absurd", absurd)):
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            render("itineraries", workshop, t)
            runs.append(time.perf_counter() - start)
        times[label] = statistics.median(runs)
    extra = (times["absurd"] - times["plain"]) / 5
    print(f"  itineraires.pdf with 5 names of 10,000 characters: {times['absurd']:.2f} s "
          f"({extra:+.2f} s a name)")


def main() -> None:
    ws = big_workshop()
    t = catalogue("fr")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        one_run(ws, t, out)  # warm-up: font loading, imports
        runs = [one_run(ws, t, out) for _ in range(RUNS)]
        tracemalloc.start()
        one_run(ws, t, out)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        sizes = {name: (out / name).stat().st_size for _k, name in DOCUMENTS}
    print(f"{PEOPLE} participants, {TABLES} tables, {ROUNDS} rounds — median of {RUNS} runs")
    for key, name in DOCUMENTS:
        median = statistics.median(r[key] for r in runs)
        print(f"  {name:28s} {median:6.2f} s  {sizes[name] / 1024:7.0f} KiB")
    total = statistics.median(sum(r.values()) for r in runs)
    print(f"  {'total':28s} {total:6.2f} s   (target ≤ 5 s)")
    print(f"  peak Python memory of one export: {peak / 2**20:.1f} MiB (tracemalloc)")
    long_names(ws, t)
    try:
        import resource  # POSIX only
    except ImportError:
        return
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"  peak resident size of this process: {rss / (2**20 if sys.platform == 'darwin' else 2**10):.0f} MiB")


if __name__ == "__main__":
    main()
