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

from exports import DOCUMENTS, render  # noqa: E402
from exports.pdf.text import TextCleaner  # noqa: E402
from ui.text import catalogue  # noqa: E402
from workshop.model import (  # noqa: E402
    Action, Idea, Participant, Round, Table, Theme, Vote, Workshop,
)
from workshop.plan import set_general_url, set_url_pattern  # noqa: E402

RUNS = 5
PEOPLE, TABLES, ROUNDS = 400, 70, 4
FIRST = ["Hélène", "Karim", "Françoise", "Mamadou", "Sylvie", "Aïcha", "Noël", "Chloé", "Zoé",
         "Œlian", "Rémi", "Inès", "Gérard", "Maëlle", "Ousmane", "Léa"]
LAST = ["Moreau", "Benali", "Leroy", "Diallo", "Garnier", "Haddad", "Lefèvre", "Rousseau",
        "Girard", "Mercier", "Ndiaye", "Perrin", "Fontaine", "Traoré", "Le Gall", "Guérin"]
CATS = ["locataire", "accédant", "salarié", "partenaire", "élu"]


def big_workshop() -> Workshop:
    ws = Workshop("bench", "Grand atelier des résidences — 400 personnes", date="2027-03-20",
                  place="Palais des congrès, Nantes", organisation="Union des coopératives",
                  facilitator="Claire Dubois")
    ws.participants = [Participant(f"P{i:03d}", FIRST[i % 16], LAST[(i // 16) % 16],
                                   CATS[i % 5], present=i % 7 != 0) for i in range(PEOPLE)]
    ws.themes = [Theme(f"th{k}", f"Thème {k + 1} : vivre ensemble à la résidence",
                       "Qu'est-ce qui améliorerait notre quotidien ?", c)
                 for k, c in enumerate(["#2e8b57", "#d2691e", "#4169e1"])]
    ws.tables = [Table(f"T{t + 1}", f"Table {t + 1}", f"th{t % 3}", f"P{t:03d}", capacity=7)
                 for t in range(TABLES)]
    movers = [p.id for p in ws.participants[TABLES:]]
    for r in range(ROUNDS):
        seating = {t.id: [t.host] for t in ws.tables}
        for i, pid in enumerate(movers):
            seating[f"T{(i % TABLES + r * (1 + i // TABLES)) % TABLES + 1}"].append(pid)
        ws.rotation.rounds.append(Round(seating))
    ws.rotation.round_count = ROUNDS
    for i in range(120):
        ws.ideas.append(Idea(f"I{i:03d}", f"Proposition n° {i + 1} : une idée de la table "
                                          f"{i % TABLES + 1} pour la résidence", f"th{i % 3}"))
        ws.votes.append(Vote(f"I{i:03d}", (i * 37) % 23 + 1))
    for k in range(6):
        ws.plan.actions.append(Action(f"A{k + 1:02d}", f"Action n° {k + 1} : fête de quartier",
                                      f"th{k % 3}", f"I{k:03d}", referents=["Karim B."],
                                      start_month=k + 1, end_month=k + 4,
                                      indicator="Objectif atteint"))
    set_url_pattern(ws, "https://exemple.coop/suivi/{action}")
    set_general_url(ws, "https://exemple.coop/suivi")
    return ws


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
