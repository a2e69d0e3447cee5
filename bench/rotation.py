"""Benchmark of the rotation engine on the instances of issue 3 (not a test).

Run: ``.venv/bin/python bench/rotation.py [--time-limit S] [--seeds N]``.
Prints one line per instance: E, the lower bound, repeated pairs, returns
to a capitaine's table / to a theme, the median time over the seeds (E and
pairs are the worst over the seeds) and, when people have categories,
"mixité": the largest excess, over every table and round, of one
category's share at the table over its share in the room (in points of
percentage; 0 would be perfect proportions, worst over the seeds).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workshop.rotation import (PersonSpec, Problem, TableSpec,  # noqa: E402
                               plan_rotation)

CATEGORIES = ["locataire", "accédant", "salarié", "partenaire"]


def golfers(groups: int, size: int, rounds: int) -> Problem:
    """Social golfers: no capitaine, no theme, every table full."""
    tables = [TableSpec(f"G{g + 1}", capacity=size) for g in range(groups)]
    people = [PersonSpec(f"P{i + 1:03d}") for i in range(groups * size)]
    return Problem(rounds, tables, people)


def cafe(tables: int, seats: int, rounds: int, themes: int | None = None,
         people: int | None = None) -> Problem:
    """A café: one capitaine per table, ``themes`` themes (default: one per table)."""
    themes = themes or tables
    people = people or tables * seats
    specs = [TableSpec(f"T{t + 1}", theme=f"thème {t % themes + 1}", host=f"P{t + 1:03d}",
                       capacity=seats) for t in range(tables)]
    return Problem(rounds, specs, [PersonSpec(f"P{i + 1:03d}") for i in range(people)])


def large(people: int, tables: int, rounds: int) -> Problem:
    """A large event: groups of 5–6, no capitaine, no theme."""
    specs = [TableSpec(f"G{t + 1}", capacity=6) for t in range(tables)]
    return Problem(rounds, specs, [PersonSpec(f"P{i + 1:03d}") for i in range(people)])


def replan_120() -> Problem:
    """The 120 café after two rounds: three people leave, three arrive."""
    base = cafe(20, 6, 4, themes=5)
    done = plan_rotation(base, seed=0)
    leaving = {"P050", "P077", "P101"}
    base.participants = [p for p in base.participants if p.id not in leaving]
    base.participants += [PersonSpec(f"N{i}") for i in range(1, 4)]
    base.played = done.rounds[:2]
    return base


def mixed_120() -> Problem:
    """The 120 café with four categories and ten keep-apart pairs."""
    problem = cafe(20, 6, 4, themes=5)
    for i, person in enumerate(problem.participants):
        person.category = CATEGORIES[(i * 7) % 4]
    problem.keep_apart = [(f"P{21 + 2 * k:03d}", f"P{22 + 2 * k:03d}") for k in range(10)]
    return problem


def with_categories(problem: Problem, kinds: int = 4) -> Problem:
    """Categories handed out in blocks (the hardest order for mixing)."""
    n = len(problem.participants)
    for i, person in enumerate(problem.participants):
        person.category = CATEGORIES[i * kinds // n]
    return problem


def mixing_excess(problem: Problem, rounds: list[dict[str, list[str]]]) -> float | None:
    """Largest (share of a category at a table − its share in the room), in points."""
    cats = {p.id: p.category for p in problem.participants if p.category}
    if not cats:
        return None
    room = {c: list(cats.values()).count(c) / len(problem.participants) for c in set(cats.values())}
    worst = 0.0
    for rnd in rounds:
        for ids in rnd.values():
            for c, share in room.items():
                here = sum(cats.get(p) == c for p in ids) / max(len(ids), 1)
                worst = max(worst, here - share)
    return 100 * worst


INSTANCES = {
    "golfeurs 5-3-7": lambda: golfers(5, 3, 7),
    "golfeurs 6-4-6": lambda: golfers(6, 4, 6),
    "golfeurs 8-4-9": lambda: golfers(8, 4, 9),
    "golfeurs 8-4-10": lambda: golfers(8, 4, 10),
    "café 6×5×4": lambda: cafe(6, 5, 4),
    "café 6×5×5": lambda: cafe(6, 5, 5),
    "café 6×4×6": lambda: cafe(6, 4, 6),
    "café 7×7×7": lambda: cafe(7, 7, 7),
    "café 5×6×4": lambda: cafe(5, 6, 4),
    "120 pers. / 20 tables / 4 tours": lambda: cafe(20, 6, 4, themes=5),
    "400 pers. / 70 tables / 4 tours": lambda: large(400, 70, 4),
    "120, tours 1–2 joués, 3 départs, 3 arrivées": replan_120,
    "120, 4 catégories, 10 paires séparées": mixed_120,
    "café 6×5×4, 4 catégories": lambda: with_categories(cafe(6, 5, 4)),
    "café 6×5×5, 3 catégories": lambda: with_categories(cafe(6, 5, 5), 3),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=2.0)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--only", default="", help="run the instances whose name holds this")
    args = parser.parse_args()
    head = f"{'instance':46} {'E':>4} {'borne':>5} {'paires':>6} {'retours':>7} {'thèmes':>6} {'s (méd.)':>8} {'mixité':>6}"
    print(head)
    print("-" * len(head))
    for name, build in INSTANCES.items():
        if args.only not in name:
            continue
        problem = build()
        results, times, mixing = [], [], []
        for seed in range(args.seeds):
            start = time.perf_counter()
            result = plan_rotation(problem, seed=seed, time_limit=args.time_limit)
            times.append(time.perf_counter() - start)
            results.append(result.stats)
            mixing.append(mixing_excess(problem, result.rounds))
        mixed = "" if mixing[0] is None else f"{max(mixing):6.1f}"
        worst = max(results, key=lambda s: (s.coincidences, s.repeat_pairs))
        print(f"{name:46} {worst.coincidences:>4} {worst.lower_bound:>5} "
              f"{worst.repeat_pairs:>6} {worst.table_revisits:>7} {worst.theme_revisits:>6} "
              f"{statistics.median(times):>8.3f} {mixed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
