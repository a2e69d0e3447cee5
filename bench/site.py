"""Time of the follow-up site: pages rendered, folder written aside and swapped, check.

Two workshops: the demo (6 actions this year, 6 of last year's bilan) and a
large one (60 actions this year, 60 last year, each with a status history).
Each run renders every page (:func:`exports.site.site_files`), then writes
the folder (:func:`exports.site.write_site`: aside, fsync, swap, read back
and checked) into the same place again, so unchanged pages keep their
bytes as in real use.  Prints the median over RUNS runs.
"""

from __future__ import annotations

import copy
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from exports.site import site_files, write_site  # noqa: E402
from ui.text import catalogue  # noqa: E402
from workshop import plan  # noqa: E402
from workshop.demo import demo_workshop  # noqa: E402
from workshop.model import PastAction  # noqa: E402

RUNS = 7


def large() -> object:
    ws = demo_workshop()
    model, past = ws.plan.actions[0], ws.bilan.actions[3]
    ws.plan.actions = []
    for n in range(60):
        action = plan.add_action(ws, f"Action {n + 1} : {model.title}", model.theme)
        plan.update_action(ws, action.id, referents=model.referents, indicator="10 foyers")
    ws.bilan.actions = [PastAction(**{**copy.deepcopy(vars(past)), "id": f"B{n:02d}",
                                      "title": f"Action {n + 1} de l'an dernier",
                                      "url": f"https://exemple.coop/suivi/passee-{n + 1}"})
                        for n in range(60)]
    return ws


def median_ms(job) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def main() -> None:
    t = catalogue("fr")
    for name, ws in (("demo (12 actions)", demo_workshop()), ("large (120 actions)", large())):
        pages = len(site_files(ws, t)) - 1
        render = median_ms(lambda: site_files(ws, t))
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / "site"
            write = median_ms(lambda: write_site(ws, out, t))
        print(f"{name}: {pages} pages, rendered in {render:.1f} ms, "
              f"written and checked in {write:.1f} ms (median of {RUNS})")


if __name__ == "__main__":
    main()
