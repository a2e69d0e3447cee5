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

MAX_ROUNDS = 40


class RotationError(WorkshopError):
    """A rotation problem that cannot be solved, or cannot be read."""

    domain = "rotation"


MAX_CAPACITY = 1000         # seats at one table; a larger number is a typing slip
MAX_SEED = 2 ** 32 - 1
MAX_TIME_LIMIT = 3600.0
PRIORITIES = ("themes", "people")

TABLE_KEYS = ("id", "theme", "host", "capacity", "accessible")
PERSON_KEYS = ("id", "category", "organisation", "needs_accessible", "pinned", "absent_rounds")
PROBLEM_KEYS = ("rounds", "tables", "participants", "keep_apart", "keep_together", "played",
                "priority", "max_per_organisation")


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
    """A participant as the planner sees it.

    ``organisation`` is any field of the participant list (residence,
    employer, association…) used by the rule "at most k per table".
    """

    id: str
    category: str = ""
    needs_accessible: bool = False
    pinned: str | None = None
    absent_rounds: list[int] = field(default_factory=list)
    organisation: str = ""


@dataclass
class Problem:
    """Everything the planner needs; round indices start at 0.

    ``priority`` is ``"themes"`` (everyone sees as many themes as possible,
    then the fewest repeated meetings) or ``"people"`` (the other way round).
    ``max_per_organisation``: at most so many people of one organisation at
    a table (``None``: no such rule).
    """

    rounds: int
    tables: list[TableSpec]
    participants: list[PersonSpec]
    keep_apart: list[tuple[str, str]] = field(default_factory=list)
    keep_together: list[list[str]] = field(default_factory=list)
    played: list[dict[str, list[str]]] = field(default_factory=list)
    priority: str = "themes"
    max_per_organisation: int | None = None

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
            "priority": self.priority,
            "max_per_organisation": self.max_per_organisation,
        }


def problem_from_json(data: Any) -> Problem:
    """Read the problem JSON of ``docs/rotation.md`` (raises :class:`RotationError`).

    Every value is checked for its type (``"accessible": "false"`` is refused,
    not read as true) and every key must be known (a misspelt
    ``needs_acessible`` would otherwise be silently ignored).
    """
    _object(data, "problem")
    _keys(data, PROBLEM_KEYS, "problem")
    spread = data.get("max_per_organisation")
    problem = Problem(
        rounds=_int(data.get("rounds", 4), "rounds"),
        tables=[_table(t, f"tables[{k}]") for k, t in enumerate(_list(data.get("tables"),
                                                                        "tables"))],
        participants=[_person(p, f"participants[{k}]") for k, p in
                      enumerate(_list(data.get("participants"), "participants"))],
        keep_apart=[_pair(p, f"keep_apart[{k}]") for k, p in
                    enumerate(_list(data.get("keep_apart", []), "keep_apart"))],
        keep_together=[_ids(g, f"keep_together[{k}]") for k, g in
                       enumerate(_list(data.get("keep_together", []), "keep_together"))],
        played=[_round(r, f"played[{k}]") for k, r in
                enumerate(_list(data.get("played", []), "played"))],
        priority=_text(data.get("priority", "themes"), "priority"),
        max_per_organisation=None if spread is None else _int(spread, "max_per_organisation"),
    )
    check_problem(problem)
    return problem


def check_problem(problem: Problem) -> None:
    """Types, ranges and duplicates of a problem, whoever built it; one sentence if wrong."""
    if isinstance(problem.rounds, bool) or not isinstance(problem.rounds, int) \
            or not 1 <= problem.rounds <= MAX_ROUNDS:
        raise RotationError("bad_rounds", count=problem.rounds)
    if problem.priority not in PRIORITIES:
        raise RotationError("bad_priority", value=problem.priority)
    spread = problem.max_per_organisation
    if spread is not None:
        _int(spread, "max_per_organisation")
        if spread < 1:
            raise RotationError("bad_spread", value=spread)
    for k, table in enumerate(problem.tables):
        where = f"tables[{k}]"
        _id(table.id, f"{where}.id")
        _int(table.capacity, f"{where}.capacity")
        _bool(table.accessible, f"{where}.accessible")
        for name in ("theme", "host"):
            if getattr(table, name) is not None:
                _id(getattr(table, name), f"{where}.{name}")
        if table.capacity < 1:
            raise RotationError("bad_capacity", table=table.id, capacity=table.capacity)
        if table.capacity > MAX_CAPACITY:
            raise RotationError("capacity_too_big", table=table.id, capacity=table.capacity,
                                max=MAX_CAPACITY)
    for k, person in enumerate(problem.participants):
        where = f"participants[{k}]"
        _id(person.id, f"{where}.id")
        _bool(person.needs_accessible, f"{where}.needs_accessible")
        for name in ("category", "organisation"):
            if not isinstance(getattr(person, name), str):
                raise RotationError("not_text", where=f"{where}.{name}",
                                    value=_show(getattr(person, name)))
        if person.pinned is not None:
            _id(person.pinned, f"{where}.pinned")
        for r in _list(person.absent_rounds, f"{where}.absent_rounds"):
            _int(r, f"{where}.absent_rounds")
            if not 0 <= r < problem.rounds:
                raise RotationError("bad_absent", id=person.id, round=r + 1,
                                    rounds=problem.rounds)
    for items in (problem.tables, problem.participants):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise RotationError("duplicate", id=item.id)
            seen.add(item.id)
    for pair in problem.keep_apart:
        if len(pair) != 2:
            raise RotationError("not_list", where="keep_apart", value=_show(list(pair)))
        if pair[0] == pair[1]:
            raise RotationError("pair_twice", id=pair[0])
    for group in problem.keep_together:
        seen = set()
        for pid in group:
            if pid in seen:
                raise RotationError("group_repeat", group=" + ".join(group), id=pid)
            seen.add(pid)
    capacity = {t.id: t.capacity for t in problem.tables}
    for r, rnd in enumerate(problem.played):
        seated: set[str] = set()
        for table, ids in rnd.items():
            for pid in ids:
                if pid in seated:
                    raise RotationError("played_twice", round=r + 1, id=pid)
                seated.add(pid)
            if table in capacity and len(ids) > capacity[table]:
                raise RotationError("played_over", round=r + 1, table=table, count=len(ids),
                                    capacity=capacity[table])


def check_seed(seed: Any) -> int:
    """The seed if it is a whole number in range, else :class:`RotationError`."""
    if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed <= MAX_SEED:
        raise RotationError("bad_seed", max=MAX_SEED, value=_show(seed))
    return seed


def check_time_limit(seconds: Any) -> float:
    """The time limit if it is a finite number of seconds in range."""
    number = isinstance(seconds, (int, float)) and not isinstance(seconds, bool)
    value = float(seconds) if number else float("nan")
    if not 0.0 <= value <= MAX_TIME_LIMIT:  # also refuses NaN
        raise RotationError("bad_time_limit", max=int(MAX_TIME_LIMIT), value=_show(seconds))
    return value


def problem_from_workshop(ws: Workshop, only_present: bool = False) -> Problem:
    """The problem of a workshop; ``only_present`` leaves out people not checked in (not hosts)."""
    hosts = {t.host for t in ws.tables if t.host}
    people = [p for p in ws.participants if not only_present or p.present or p.id in hosts]
    rot = ws.rotation
    kept = {p.id for p in people}
    spread_field = getattr(rot, "organisation_field", "")
    spread = getattr(rot, "max_per_organisation", 0)

    def organisation(p) -> str:
        value = getattr(p, spread_field, "") if spread_field else ""
        return value.strip() if isinstance(value, str) else ""

    return Problem(
        rounds=rot.round_count,
        tables=[TableSpec(t.id, t.theme, t.host, t.capacity, t.accessible) for t in ws.tables],
        participants=[PersonSpec(p.id, p.category, p.needs_accessible, p.pinned,
                                 sorted({r for r in p.absent_rounds
                                         if 0 <= r < rot.round_count}),
                                 organisation(p)) for p in people],
        keep_apart=[(a, b) for a, b, *_ in (pair for pair in rot.keep_apart if len(pair) >= 2)
                    if a in kept and b in kept and a != b],
        keep_together=[list(dict.fromkeys(m for m in g if m in kept)) for g in rot.keep_together
                       if len({m for m in g if m in kept}) >= 2],
        played=[{t: list(ids) for t, ids in r.seating.items()} for r in rot.rounds[:rot.played]],
        priority=getattr(rot, "priority", "themes") if getattr(rot, "priority", "themes")
        in PRIORITIES else "themes",
        max_per_organisation=spread if spread_field and spread and spread > 0 else None,
    )


def _show(value: Any) -> str:
    """A value as the facilitator typed it, short."""
    import json

    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _keys(data: dict, allowed: tuple[str, ...], where: str) -> None:
    for key in data:
        if key not in allowed:
            raise RotationError("unknown_key", key=key, where=where)


def _object(value: Any, where: str) -> dict:
    if not isinstance(value, dict):
        raise RotationError("not_object", where=where, value=_show(value))
    return value


def _list(value: Any, where: str) -> list:
    if not isinstance(value, list):
        raise RotationError("not_list", where=where, value=_show(value))
    return value


def _int(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise RotationError("not_int", where=where, value=_show(value))
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise RotationError("not_bool", where=where, value=_show(value))
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise RotationError("not_text", where=where, value=_show(value))
    return value


def _id(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RotationError("not_text", where=where, value=_show(value))
    return value


def _ids(value: Any, where: str) -> list[str]:
    return [_id(v, f"{where}[{k}]") for k, v in enumerate(_list(value, where))]


def _pair(value: Any, where: str) -> tuple[str, str]:
    ids = _ids(value, where)
    if len(ids) != 2:
        raise RotationError("not_list", where=where, value=_show(value))
    return ids[0], ids[1]


def _round(value: Any, where: str) -> dict[str, list[str]]:
    _object(value, where)
    return {_id(t, where): _ids(ids, f"{where}.{t}") for t, ids in value.items()}


def _opt_id(value: Any, where: str) -> str | None:
    return None if value is None else _id(value, where)


def _table(data: Any, where: str) -> TableSpec:
    _object(data, where)
    _keys(data, TABLE_KEYS, where)
    return TableSpec(
        id=_id(data.get("id"), f"{where}.id"),
        theme=_opt_id(data.get("theme"), f"{where}.theme"),
        host=_opt_id(data.get("host"), f"{where}.host"),
        capacity=_int(data.get("capacity", 6), f"{where}.capacity"),
        accessible=_bool(data.get("accessible", True), f"{where}.accessible"),
    )


def _person(data: Any, where: str) -> PersonSpec:
    _object(data, where)
    _keys(data, PERSON_KEYS, where)
    category = data.get("category")
    organisation = data.get("organisation")
    return PersonSpec(
        id=_id(data.get("id"), f"{where}.id"),
        category="" if category is None else _text(category, f"{where}.category"),
        needs_accessible=_bool(data.get("needs_accessible", False), f"{where}.needs_accessible"),
        pinned=_opt_id(data.get("pinned"), f"{where}.pinned"),
        absent_rounds=sorted({_int(r, f"{where}.absent_rounds")
                              for r in _list(data.get("absent_rounds", []),
                                             f"{where}.absent_rounds")}),
        organisation="" if organisation is None else _text(organisation,
                                                           f"{where}.organisation"),
    )
