"""``rotation INPUT``: plan a rotation from a problem JSON or a workshop file.

Prints ``{"rounds": [...], "stats": {...}}`` on stdout (format in
``docs/rotation.md``) and, on stderr, why some figures cannot be better
and any conflict between the two priorities; an impossible problem, or a
bad value (``--seed -1``), exits 1 with one sentence on stderr.  No Qt is
loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workshop.rotation import (Problem, RotationError, plan_rotation, problem_from_json,
                               problem_from_workshop)

from ui.text import _
from ui.text.messages import describe


def add_arguments(parser: argparse.ArgumentParser, name: str) -> None:
    parser.add_argument("input", metavar="INPUT", type=Path)
    parser.add_argument("--seed", type=int, default=None,
                        help=_("graine du hasard, de 0 à 4294967295 "
                               "(défaut : celle de l'atelier, sinon 0)"))
    parser.add_argument("--time-limit", type=float, default=2.0, metavar="S",
                        help=_("secondes de recherche au plus, de 0 à 3600 (défaut 2)"))


def run(args: argparse.Namespace) -> int:
    problem, seed = read_input(args.input)
    if args.seed is not None:
        seed = args.seed
    result = plan_rotation(problem, seed=seed, time_limit=args.time_limit)
    text = json.dumps(result.to_json(), ensure_ascii=False, indent=1)
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")
    out.write(text + "\n")
    for note in explanations(result.stats):
        print(describe(note), file=sys.stderr)
    return 0


def explanations(stats) -> list:
    """Why some figures cannot be better (one sentence each), then conflicts of priorities."""
    notes = [stats.bound_reason] if stats.bound_reason is not None else []
    for key in ("host_revisits", "theme_revisits"):
        note = stats.bound_reasons.get(key)
        if note is not None:
            notes.append(note)
    return notes + list(stats.conflicts)


def read_input(path: Path) -> tuple[Problem, int]:
    """The problem in ``path`` (workshop file or problem JSON) and its seed."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RotationError("no_file", name=path.name) from None
    except OSError as exc:
        raise RotationError("bad_file", name=path.name, line=0) from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise RotationError("bad_file", name=path.name, line=1) from None
    except json.JSONDecodeError as exc:
        raise RotationError("bad_file", name=path.name, line=exc.lineno) from None
    if isinstance(data, dict) and "_meta" in data:
        from workshop.storage.store import decode

        workshop = decode(raw, path)
        return problem_from_workshop(workshop), workshop.rotation.seed
    return problem_from_json(data), 0
