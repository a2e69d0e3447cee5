"""Import speed and memory: a large participant list, then hostile workbooks.

1. A generated list (CSV UTF-8 with a BOM, ``;``, seven columns, every name
   different, French accents) goes through what ``cafe-conversation import``
   does in memory: ``read_table`` → ``build_preview`` → ``apply_import``, into
   a workshop that already holds 400 people.  Per size: the median over
   ``--runs`` runs of each stage and of the total, rows per second, and the
   peak Python memory of one more run (tracemalloc, in a run of its own since
   tracing slows everything).  Target: 100,000 rows in under 5 s.
2. The hostile workbooks of ``tests/hostile.py`` (declared ranges, far cells,
   millions of empty cells, huge strings…): each is read in a fresh process
   capped at 2 GiB of address space and 60 s; the child prints how long it
   took to refuse (or read) the file and its peak resident size (Python and
   the modules it loads included: about 30 MiB for nothing).  Target:
   refused in under 2 s and 100 MB.  ``--no-hostile`` skips this part.

Usage: ``bench/importing.py [--rows 1000 20000 100000] [--runs 5] [--no-hostile]``
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workshop.model import Participant, Workshop  # noqa: E402
from workshop.people.importing import apply_import, build_preview, read_table  # noqa: E402

FIRST = ["Hélène", "Karim", "Françoise", "Mamadou", "Sylvie", "Aïcha", "Noël", "Chloé", "Zoé",
         "Œlian", "Rémi", "Inès", "Gérard", "Maëlle", "Ousmane", "Léa", "Jean-Luc", "Anaïs"]
SYLLABLES = ["mo", "reau", "ben", "ali", "le", "roy", "dia", "llo", "gar", "nier", "had",
             "dad", "fè", "vre", "rous", "seau", "gi", "rard", "mer", "cier"]
CATEGORIES = ["Locataire", "Accédant", "Salarié", "Partenaire", "Élu"]
STAGES = ("read", "preview", "apply")


def surname(i: int) -> str:
    """A different surname for each ``i`` (up to 20⁴), pronounceable."""
    parts = []
    for _ in range(4):
        i, rest = divmod(i, len(SYLLABLES))
        parts.append(SYLLABLES[rest])
    return "".join(parts).capitalize()


def write_list(path: Path, rows: int) -> None:
    lines = ["Nom;Prénom;Catégorie;Courriel;Téléphone;Résidence;Consentement"]
    for i in range(rows):
        first, last = FIRST[i % len(FIRST)], surname(i // len(FIRST))
        lines.append(f"{last};{first};{CATEGORIES[i % 5]};p{i}@exemple.fr;"
                     f"06 12 {i // 10000 % 100:02d} {i // 100 % 100:02d} {i % 100:02d};"
                     f"Résidence {i % 40 + 1};{'oui' if i % 2 else 'non'}")
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8-sig"))


def workshop_of_400() -> Workshop:
    ws = Workshop("bench", "Atelier")
    ws.participants = [Participant(f"P{i + 1:02d}", FIRST[i % len(FIRST)], f"Déjà{i}")
                       for i in range(400)]
    return ws


def one_run(path: Path) -> dict[str, float]:
    ws = workshop_of_400()
    times = {}
    start = time.perf_counter()
    table = read_table(path)
    times["read"] = time.perf_counter() - start
    start = time.perf_counter()
    preview = build_preview(table, ws)
    times["preview"] = time.perf_counter() - start
    start = time.perf_counter()
    result = apply_import(ws, preview)
    times["apply"] = time.perf_counter() - start
    assert len(result.added) == len(preview.rows), "every generated row is new"
    return times


def bench_list(rows: int, runs: int, folder: Path) -> None:
    path = folder / f"liste-{rows}.csv"
    write_list(path, rows)
    measured = [one_run(path) for _ in range(runs)]
    tracemalloc.start()
    one_run(path)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    total = statistics.median(sum(m.values()) for m in measured)
    stages = "  ".join(f"{s} {statistics.median(m[s] for m in measured):6.2f} s" for s in STAGES)
    print(f"{rows:>8,} rows ({path.stat().st_size / 2**20:5.1f} MiB)  {stages}  "
          f"total {total:6.2f} s  {rows / total:>9,.0f} rows/s  "
          f"peak {peak / 2**20:6.1f} MiB", flush=True)


CHILD = """
import resource, sys, time
limit = 2 * 2**30
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
sys.path.insert(0, sys.argv[1])
from workshop.people.importing import build_preview, read_table
from workshop.model import Workshop
start = time.perf_counter()
try:
    build_preview(read_table(sys.argv[2]), Workshop("w", "Atelier"))
    outcome = "read"
except MemoryError:
    outcome = "MemoryError"
except Exception as exc:
    outcome = getattr(exc, "code", type(exc).__name__)
elapsed = time.perf_counter() - start
try:  # this process's own peak (ru_maxrss keeps the parent's across fork and exec)
    status = open("/proc/self/status").read()
    rss = int(status.split("VmHWM:")[1].split()[0]) / 1024
except (OSError, IndexError):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{elapsed:7.2f} s {rss:7.0f} MiB  {outcome}")
"""


def bench_hostile(folder: Path) -> None:
    from tests import hostile

    print("hostile files: time to refuse (or read), peak resident size, outcome")
    for build in hostile.XLSX + hostile.CSV:
        path = build(folder)
        try:
            done = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), str(path)],
                                  capture_output=True, text=True, timeout=60)
            line = done.stdout.strip() or done.stderr.strip().splitlines()[-1]
        except subprocess.TimeoutExpired:
            line = "  > 60 s, stopped"
        print(f"  {path.name:26s} {path.stat().st_size / 1024:8.0f} KiB  {line}", flush=True)
        path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 20000, 100000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-hostile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print(f"read → preview → import into a workshop of 400; median of {args.runs} runs")
        for rows in args.rows:
            bench_list(rows, args.runs, folder)
        if not args.no_hostile and sys.platform != "win32":  # resource is POSIX only
            bench_hostile(folder)


if __name__ == "__main__":
    main()
