"""The rotation problem: plain dataclasses, JSON and workshop adapters.

A :class:`Problem` says what the facilitator wants (tables, people, rules,
rounds already played).  :func:`problem_from_json` reads the JSON format of
``docs/rotation.md``; :func:`problem_from_workshop` reads a workshop.  The
checks that make a problem impossible live in :mod:`workshop.rotation.model`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workshop.errors import WorkshopError
from workshop.model import Workshop


class RotationError(WorkshopError):
    """A rotation problem that cannot be solved, or cannot be read."""

    domain = "rotation"


@dataclass
class TableSpec:
    """A table as the planner sees it; its host never moves."""

    id: str
    theme: str | None = None
    host: str | None = None
    capacity: int = 6
    accessible: bool = True


@dataclass
class PersonSpec:
    """A participant as the planner sees it."""

    id: str
    category: str = ""
    needs_accessible: bool = False
    pinned: str | None = None
    absent_rounds: list[int] = field(default_factory=list)


@dataclass
class Problem:
    """Everything the planner needs; round indices start at 0."""

    rounds: int
    tables: list[TableSpec]
    participants: list[PersonSpec]
    keep_apart: list[tuple[str, str]] = field(default_factory=list)
    keep_together: list[list[str]] = field(default_factory=list)
    played: list[dict[str, list[str]]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The JSON form read back by :func:`problem_from_json`."""
        return {
            "rounds": self.rounds,
            "tables": [vars(t).copy() for t in self.tables],
            "participants": [{**vars(p), "absent_rounds": list(p.absent_rounds)}
                             for p in self.participants],
            "keep_apart": [list(pair) for pair in self.keep_apart],
            "keep_together": [list(group) for group in self.keep_together],
            "played": [{t: list(ids) for t, ids in rnd.items()} for rnd in self.played],
        }


def problem_from_json(data: dict) -> Problem:
    """Read the problem JSON of ``docs/rotation.md`` (raises :class:`RotationError`)."""
    if not isinstance(data, dict):
        raise RotationError("bad_json", detail="an object {…} is expected")
    try:
        return Problem(
            rounds=_int(data.get("rounds", 4), "rounds"),
            tables=[_table(t) for t in _list(data.get("tables"), "tables")],
            participants=[_person(p) for p in _list(data.get("participants"), "participants")],
            keep_apart=[_pair(p) for p in _list(data.get("keep_apart", []), "keep_apart")],
            keep_together=[_ids(g, "keep_together") for g in _list(data.get("keep_together", []),
                                                                   "keep_together")],
            played=[_round(r) for r in _list(data.get("played", []), "played")],
        )
    except (TypeError, ValueError, AttributeError) as exc:
        raise RotationError("bad_json", detail=str(exc)) from exc


def problem_from_workshop(ws: Workshop, only_present: bool = False) -> Problem:
    """The problem of a workshop; ``only_present`` leaves out people not checked in (not hosts)."""
    hosts = {t.host for t in ws.tables if t.host}
    people = [p for p in ws.participants if not only_present or p.present or p.id in hosts]
    rot = ws.rotation
    kept = {p.id for p in people}
    return Problem(
        rounds=rot.round_count,
        tables=[TableSpec(t.id, t.theme, t.host, t.capacity, t.accessible) for t in ws.tables],
        participants=[PersonSpec(p.id, p.category, p.needs_accessible, p.pinned,
                                 list(p.absent_rounds)) for p in people],
        keep_apart=[(a, b) for a, b, *_ in (pair for pair in rot.keep_apart if len(pair) >= 2)
                    if a in kept and b in kept],
        keep_together=[[m for m in g if m in kept] for g in rot.keep_together
                       if sum(m in kept for m in g) >= 2],
        played=[{t: list(ids) for t, ids in r.seating.items()} for r in rot.rounds[:rot.played]],
    )


def _list(value: Any, where: str) -> list:
    if value is None:
        raise ValueError(f"“{where}” is missing")
    if not isinstance(value, list):
        raise ValueError(f"“{where}” must be a list")
    return value


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"“{where}” must be a whole number")
    return value


def _id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"an id in “{where}” must be a non-empty text")
    return value


def _ids(value: Any, where: str) -> list[str]:
    return [_id(v, where) for v in _list(value, where)]


def _pair(value: Any) -> tuple[str, str]:
    ids = _ids(value, "keep_apart")
    if len(ids) != 2:
        raise ValueError("each “keep_apart” item must hold two ids")
    return ids[0], ids[1]


def _round(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        raise ValueError("each “played” round must be an object {table: [ids]}")
    return {_id(t, "played"): _ids(ids, "played") for t, ids in value.items()}


def _opt_id(value: Any, where: str) -> str | None:
    return None if value is None else _id(value, where)


def _table(data: Any) -> TableSpec:
    if not isinstance(data, dict):
        raise ValueError("each table must be an object")
    return TableSpec(
        id=_id(data.get("id"), "tables"),
        theme=_opt_id(data.get("theme"), "theme"),
        host=_opt_id(data.get("host"), "host"),
        capacity=_int(data.get("capacity", 6), "capacity"),
        accessible=bool(data.get("accessible", True)),
    )


def _person(data: Any) -> PersonSpec:
    if not isinstance(data, dict):
        raise ValueError("each participant must be an object")
    category = data.get("category") or ""
    if not isinstance(category, str):
        raise ValueError("“category” must be a text")
    return PersonSpec(
        id=_id(data.get("id"), "participants"),
        category=category,
        needs_accessible=bool(data.get("needs_accessible", False)),
        pinned=_opt_id(data.get("pinned"), "pinned"),
        absent_rounds=[_int(r, "absent_rounds") for r in _list(data.get("absent_rounds", []),
                                                                "absent_rounds")],
    )
