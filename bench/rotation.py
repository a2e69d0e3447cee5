"""Benchmark of the rotation engine (not a test): clean shapes, the cases of issue 18,
and 30 realistic cafés drawn by a seeded generator.

Run: ``.venv/bin/python bench/rotation.py [--time-limit S] [--seeds N] [--only TEXT]
[--set clean|issue|real|all] [--save FILE] [--evaluate FILE]``.

Each line gives, for the worst seed, every objective against the bound of
the problem (``x/b``): E (coincidences), the largest number of times a pair
meets, returns to a capitaine's table, returns to a theme, the fewest themes
a moving person sees (against the most the worst-off could see), then the
broken rules, the median time over the seeds, and "mixité": the largest
excess, over every table and round, of one category's share at the table
over its share in the room (in points; worst over the seeds).

``--save`` writes the plans to a JSON file and ``--evaluate`` reads such a
file back and prints the same table with the current engine's statistics:
plans made by an older engine (run this script with ``PYTHONPATH`` on an
older checkout and ``--save``) are so measured with today's bounds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from workshop.rotation import plan_rotation, problem_from_json  # noqa: E402

CATEGORIES = ["locataire", "accédant", "salarié", "partenaire", "élu"]
SHARES = [0.5, 0.15, 0.15, 0.1, 0.1]            # room proportions of the categories


def golfers(groups: int, size: int, rounds: int, capacity: int | None = None,
            themes: bool = False) -> dict:
    """Social golfers: no capitaine, every table as large (``themes``: each its own)."""
    return {"rounds": rounds,
            "tables": [{"id": f"G{g + 1}", "capacity": capacity or size,
                        **({"theme": f"t{g + 1}"} if themes else {})} for g in range(groups)],
            "participants": [{"id": f"P{i + 1:03d}"} for i in range(groups * size)]}


def cafe(tables: int, seats: int, rounds: int, themes: int | None = None,
         people: int | None = None, capacity: int | None = None, kinds: int = 0) -> dict:
    """A café: one capitaine per table, ``themes`` themes shared in turn by the tables."""
    themes = themes or tables
    people = people or tables * seats
    return {"rounds": rounds,
            "tables": [{"id": f"T{t + 1}", "theme": f"thème {t % themes + 1}",
                        "host": f"P{t + 1:03d}", "capacity": capacity or seats}
                       for t in range(tables)],
            "participants": [{"id": f"P{i + 1:03d}",
                              **({"category": CATEGORIES[i * kinds // people]} if kinds else {})}
                             for i in range(people)]}


def large(people: int, tables: int, rounds: int) -> dict:
    """A large event: groups of 5–6, no capitaine, no theme."""
    return {"rounds": rounds, "tables": [{"id": f"G{t + 1}", "capacity": 6} for t in range(tables)],
            "participants": [{"id": f"P{i + 1:03d}"} for i in range(people)]}


def replan_120() -> dict:
    """The 120 café after two rounds: three people leave, three arrive."""
    base = cafe(20, 6, 4, themes=5)
    done = plan_rotation(problem_from_json(base), seed=0)
    leaving = {"P050", "P077", "P101"}
    base["participants"] = [p for p in base["participants"] if p["id"] not in leaving]
    base["participants"] += [{"id": f"N{i}"} for i in range(1, 4)]
    base["played"] = done.rounds[:2]
    return base


def mixed_120() -> dict:
    """The 120 café with four categories and ten keep-apart pairs."""
    problem = cafe(20, 6, 4, themes=5)
    for i, person in enumerate(problem["participants"]):
        person["category"] = CATEGORIES[(i * 7) % 4]
    problem["keep_apart"] = [[f"P{21 + 2 * k:03d}", f"P{22 + 2 * k:03d}"] for k in range(10)]
    return problem


def glued(hosts: bool) -> dict:
    """28 people, 4 tables of which two share a theme, 3 rounds (issue 18)."""
    return {"rounds": 3,
            "tables": [{"id": f"T{k + 1}", "theme": "AABC"[k],
                        "capacity": 9 if hosts else 10,
                        **({"host": f"P{k + 1:03d}"} if hosts else {})} for k in range(4)],
            "participants": [{"id": f"P{i + 1:03d}"} for i in range(28)]}


def late_12() -> dict:
    """12 tables, 4 rounds, 4 themes, someone who misses the first round."""
    problem = cafe(12, 6, 4, themes=4, capacity=7)
    problem["participants"].append({"id": "LATE", "absent_rounds": [0]})
    return problem


def people_first(problem: dict) -> dict:
    return {**problem, "priority": "people"}


CLEAN = {
    "golfeurs 5-3-7": lambda: golfers(5, 3, 7),
    "golfeurs 6-4-6": lambda: golfers(6, 4, 6),
    "golfeurs 8-4-9": lambda: golfers(8, 4, 9),
    "golfeurs 8-4-10": lambda: golfers(8, 4, 10),
    "café 6×5×4": lambda: cafe(6, 5, 4),
    "café 6×5×5": lambda: cafe(6, 5, 5),
    "café 6×4×6": lambda: cafe(6, 4, 6),
    "café 7×7×7": lambda: cafe(7, 7, 7),
    "café 5×6×4": lambda: cafe(5, 6, 4),
    "café 20×6×4 (5 thèmes)": lambda: cafe(20, 6, 4, themes=5),
    "400 pers. / 70 tables / 4 tours": lambda: large(400, 70, 4),
    "120, tours 1–2 joués, 3 départs, 3 arrivées": replan_120,
    "120, 4 catégories, 10 paires séparées": mixed_120,
    "café 6×5×4, 4 catégories": lambda: cafe(6, 5, 4, kinds=4),
    "café 6×5×5, 3 catégories": lambda: cafe(6, 5, 5, kinds=3),
}

ISSUE = {
    "golfeurs 6-3-8": lambda: golfers(6, 3, 8),
    "golfeurs 7-3-10": lambda: golfers(7, 3, 10),
    "golfeurs 10-4-10": lambda: golfers(10, 4, 10),
    "golfeurs 15 / 5 tables de 4 places / 7": lambda: golfers(5, 3, 7, capacity=4),
    "café 6×4×6, 5 places": lambda: cafe(6, 4, 6, capacity=5),
    "café 6×5×5, 6 places, 4 catégories": lambda: cafe(6, 5, 5, capacity=6, kinds=4),
    "golfeurs 24/6/6, thème par table": lambda: golfers(6, 4, 6, themes=True),
    "golfeurs 24/6/6, thème par table, personnes d'abord":
        lambda: people_first(golfers(6, 4, 6, themes=True)),
    "café 7×6×4, 3 thèmes": lambda: cafe(7, 6, 4, themes=3),
    "café 11×7×5, 5 thèmes": lambda: cafe(11, 7, 5, themes=5),
    "28 pers., 4 tables (A A B C), 3 tours": lambda: glued(False),
    "28 pers., 4 tables (A A B C), 3 tours, pers. d'abord": lambda: people_first(glued(False)),
    "café 12×6×4, 4 thèmes, 1 retard": late_12,
    "café 4 tables × 5 tours": lambda: cafe(4, 6, 5),
    "250 pers. / 42 tables / 4 tours": lambda: cafe(42, 6, 4, themes=5, people=250,
                                                    capacity=6),
}


def realistic(index: int) -> dict:
    """A café as facilitators run them, drawn from ``index`` (the same café every time)."""
    import random

    rng = random.Random(1000 + index)
    hostless = rng.random() < 0.2
    tables = rng.randint(4, 40) if not hostless else rng.randint(10, 40)
    size = rng.choice([5, 6, 6, 7, 7, 8]) if not hostless else rng.choice([5, 6])
    spare = rng.choice([0, 1, 1, 2])
    themes = rng.randint(2, 5)
    rounds = rng.choice([3, 4, 4, 5])
    people = tables * size - rng.randint(0, tables)
    problem = {"rounds": rounds, "tables": [], "participants": []}
    for t in range(tables):
        table = {"id": f"T{t + 1}", "theme": f"thème {t % themes + 1}", "capacity": size + spare}
        if not hostless:
            table["host"] = f"P{t + 1:03d}"
        if rng.random() < 0.15:
            table["accessible"] = False
        problem["tables"].append(table)
    if all(not t.get("accessible", True) for t in problem["tables"]):
        problem["tables"][0]["accessible"] = True
    residences = [f"résidence {k + 1}" for k in range(max(3, people // 8))]
    for i in range(people):
        person = {"id": f"P{i + 1:03d}",
                  "category": rng.choices(CATEGORIES, weights=SHARES)[0],
                  "organisation": rng.choice(residences)}
        if i >= tables and rng.random() < 0.03:
            person["needs_accessible"] = True
        if i >= tables and rng.random() < 0.04:
            person["absent_rounds"] = [0] if rng.random() < 0.6 else [rounds - 1]
        problem["participants"].append(person)
    movers = [p["id"] for p in problem["participants"][tables:]]
    pairs = rng.randint(0, 3)
    problem["keep_apart"] = [rng.sample(movers, 2) for _ in range(pairs)]
    if rng.random() < 0.3:
        problem["max_per_organisation"] = 2
    if rng.random() < 0.25:
        problem["priority"] = "people"
    name = (f"{'sans capitaine' if hostless else 'café'} {tables}×{size}+{spare}×{rounds}, "
            f"{people} p., {themes} th.{', org≤2' if 'max_per_organisation' in problem else ''}"
            f"{', pers.' if problem.get('priority') == 'people' else ''}")
    problem["_name"] = name
    return problem


REAL = {f"réel {k + 1:02d}": (lambda k=k: realistic(k)) for k in range(30)}


def mixing_excess(problem: dict, rounds: list[dict[str, list[str]]]) -> float | None:
    """Largest (share of a category at a table − its share in the room), in points."""
    cats = {p["id"]: p.get("category") for p in problem["participants"] if p.get("category")}
    if not cats:
        return None
    total = len(problem["participants"])
    room = {c: list(cats.values()).count(c) / total for c in set(cats.values())}
    worst = 0.0
    for rnd in rounds:
        for ids in rnd.values():
            for c, share in room.items():
                here = sum(cats.get(p) == c for p in ids) / max(len(ids), 1)
                worst = max(worst, here - share)
    return 100 * worst


def clean_problem(problem: dict) -> dict:
    return {k: v for k, v in problem.items() if not k.startswith("_")}


HEAD = (f"{'instance':44} {'E/borne':>9} {'max':>5} {'capit.':>7} {'thèmes':>9} {'vus':>5} "
        f"{'règles':>6} {'s (méd.)':>8} {'mixité':>6}")


def line(name: str, stats, seconds: float, mixed: float | None) -> str:
    b = getattr(stats, "bounds", None)

    def pair(value, bound):
        return f"{value}" if bound is None else f"{value}/{bound}"

    return (f"{name[:44]:44} {pair(stats.coincidences, b and b.coincidences):>9} "
            f"{pair(stats.max_meetings, b and b.max_meetings):>5} "
            f"{pair(getattr(stats, 'host_revisits', '-'), b and b.host_revisits):>7} "
            f"{pair(stats.theme_revisits, b and b.theme_revisits):>9} "
            f"{pair(stats.min_themes_seen, b and b.min_themes_seen):>5} "
            f"{len(stats.violations):>6} {seconds:>8.3f} "
            f"{'' if mixed is None else f'{mixed:6.1f}'}")


def chosen(which: str) -> dict:
    sets = {"clean": CLEAN, "issue": ISSUE, "real": REAL}
    if which == "all":
        return {**CLEAN, **ISSUE, **REAL}
    return sets[which]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=2.0)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--only", default="", help="run the instances whose name holds this")
    parser.add_argument("--set", default="all", choices=["clean", "issue", "real", "all"])
    parser.add_argument("--save", type=Path, help="write the plans to this JSON file")
    parser.add_argument("--evaluate", type=Path, help="print the table for saved plans")
    args = parser.parse_args()
    if args.evaluate:
        return evaluate_saved(args.evaluate)
    print(HEAD)
    print("-" * len(HEAD))
    saved = []
    for name, build in chosen(args.set).items():
        problem = build()
        label = f"{name} — {problem['_name']}" if "_name" in problem else name
        if args.only not in label:
            continue
        spec = problem_from_json(clean_problem(problem))
        results, times, mixing = [], [], []
        for seed in range(args.seeds):
            start = time.perf_counter()
            result = plan_rotation(spec, seed=seed, time_limit=args.time_limit)
            times.append(time.perf_counter() - start)
            results.append(result)
            mixing.append(mixing_excess(problem, result.rounds))
        worst = max(results, key=lambda r: (len(r.stats.violations),
                                            getattr(r.stats, "host_revisits", 0),
                                            r.stats.coincidences, r.stats.theme_revisits))
        mixed = None if mixing[0] is None else max(mixing)
        print(line(label, worst.stats, statistics.median(times), mixed), flush=True)
        saved.append({"name": label, "problem": clean_problem(problem), "rounds": worst.rounds,
                      "seconds": statistics.median(times), "mixing": mixed})
    if args.save:
        args.save.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
    return 0


def evaluate_saved(path: Path) -> int:
    from workshop.rotation import evaluate

    print(HEAD)
    print("-" * len(HEAD))
    for entry in json.loads(path.read_text(encoding="utf-8")):
        stats = evaluate(problem_from_json(entry["problem"]), entry["rounds"])
        print(line(entry["name"], stats, entry["seconds"], entry["mixing"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
