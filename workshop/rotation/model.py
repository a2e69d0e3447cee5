"""A problem turned into integer indices, checked for impossibilities.

People, tables, categories and themes become numbers so that the search
can use numpy arrays.  People who appear only in played rounds (they have
left) are kept as "ghosts": their past meetings still count.  Hosts,
pinned people and any keep-together group holding one of them are
*fixed*: they sit at one table in every round they attend.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from workshop.rotation.problem import Problem, RotationError

MAX_ROUNDS = 40


@dataclass
class Model:
    problem: Problem
    ids: list[str]                 # people, ghosts last
    tables: list[str]
    rounds: int
    played: int
    fixed: np.ndarray              # (n,) table index or -1
    present: np.ndarray            # (rounds, n) bool; played rounds: who was seated
    need: np.ndarray               # (n,) bool: needs an accessible table
    accessible: np.ndarray         # (T,) bool
    capacity: np.ndarray           # (T,) int
    hosted: np.ndarray             # (T,) bool
    theme: np.ndarray              # (T,) theme index or -1
    themes: list[str]
    category: np.ndarray           # (n,) category index or -1
    group: np.ndarray              # (n,) movable keep-together group index or -1
    groups: list[list[int]]
    apart: list[tuple[int, int]]
    history: np.ndarray            # (played, n) table index or -1

    @property
    def n(self) -> int:
        return len(self.ids)

    @property
    def t(self) -> int:
        return len(self.tables)

    @property
    def movable(self) -> np.ndarray:
        return self.fixed < 0


def build_model(problem: Problem) -> Model:
    """Index ``problem`` and raise :class:`RotationError` if it cannot be solved."""
    _check_basics(problem)
    tables = [t.id for t in problem.tables]
    tindex = {t: i for i, t in enumerate(tables)}
    ids = [p.id for p in problem.participants]
    known = set(ids)
    for rnd in problem.played:
        for table, seated in rnd.items():
            if table not in tindex:
                raise RotationError("unknown_table", id=table, where="played")
            ghosts = [pid for pid in seated if pid not in known]
            ids += ghosts
            known.update(ghosts)
    pindex = {p: i for i, p in enumerate(ids)}
    model = _arrays(problem, ids, pindex, tables, tindex)
    _fix_people(model, problem, pindex, tindex)
    _check_rounds(model)
    return model


def _check_basics(problem: Problem) -> None:
    if not 1 <= problem.rounds <= MAX_ROUNDS:
        raise RotationError("bad_rounds", count=problem.rounds)
    if not problem.tables:
        raise RotationError("no_tables")
    if len(problem.played) > problem.rounds:
        raise RotationError("played_too_many", played=len(problem.played), rounds=problem.rounds)
    for items in (problem.tables, problem.participants):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                raise RotationError("duplicate", id=item.id)
            seen.add(item.id)
    for table in problem.tables:
        if table.capacity < 1:
            raise RotationError("bad_capacity", table=table.id, capacity=table.capacity)


def _arrays(problem: Problem, ids: list[str], pindex: dict[str, int],
            tables: list[str], tindex: dict[str, int]) -> Model:
    n, rounds, played = len(ids), problem.rounds, len(problem.played)
    people = problem.participants
    present = np.zeros((rounds, n), dtype=bool)
    present[played:, :len(people)] = True
    for i, p in enumerate(people):
        for r in p.absent_rounds:
            if played <= r < rounds:
                present[r, i] = False
    history = np.full((played, n), -1, dtype=np.int32)
    for r, rnd in enumerate(problem.played):
        for table, seated in rnd.items():
            for pid in seated:
                history[r, pindex[pid]] = tindex[table]
                present[r, pindex[pid]] = True
    cats = sorted({p.category for p in people if p.category})
    themes = sorted({t.theme for t in problem.tables if t.theme})
    category = np.full(n, -1, dtype=np.int32)
    need = np.zeros(n, dtype=bool)
    for i, p in enumerate(people):
        category[i] = cats.index(p.category) if p.category else -1
        need[i] = p.needs_accessible
    return Model(
        problem=problem, ids=ids, tables=tables, rounds=rounds, played=played,
        fixed=np.full(n, -1, dtype=np.int32), present=present, need=need,
        accessible=np.array([t.accessible for t in problem.tables], dtype=bool),
        capacity=np.array([t.capacity for t in problem.tables], dtype=np.int32),
        hosted=np.array([t.host is not None for t in problem.tables], dtype=bool),
        theme=np.array([themes.index(t.theme) if t.theme else -1 for t in problem.tables],
                       dtype=np.int32),
        themes=themes, category=category, group=np.full(n, -1, dtype=np.int32), groups=[],
        apart=[], history=history)


def _person(pindex: dict[str, int], pid: str, where: str, n_real: int) -> int:
    i = pindex.get(pid)
    if i is None or i >= n_real:
        raise RotationError("unknown_person", id=pid, where=where)
    return i


def _fix_people(model: Model, problem: Problem, pindex: dict[str, int],
                tindex: dict[str, int]) -> None:
    n_real = len(problem.participants)
    for t, table in enumerate(problem.tables):
        if table.host is None:
            continue
        h = _person(pindex, table.host, table.id, n_real)
        if model.fixed[h] >= 0:
            raise RotationError("host_twice", id=table.host)
        model.fixed[h] = t
    for i, p in enumerate(problem.participants):
        if p.pinned is None:
            continue
        if p.pinned not in tindex:
            raise RotationError("unknown_table", id=p.pinned, where=p.id)
        if model.fixed[i] >= 0 and model.fixed[i] != tindex[p.pinned]:
            raise RotationError("host_pinned", id=p.id, table=model.tables[model.fixed[i]],
                                pinned=p.pinned)
        model.fixed[i] = tindex[p.pinned]
    _groups(model, problem, pindex, n_real)
    for a, b in problem.keep_apart:
        i, j = (_person(pindex, x, "keep_apart", n_real) for x in (a, b))
        if model.fixed[i] >= 0 and model.fixed[i] == model.fixed[j]:
            raise RotationError("fixed_apart", a=a, b=b, table=model.tables[model.fixed[i]])
        if model.group[i] >= 0 and model.group[i] == model.group[j] or _same_fixed_group(
                problem, a, b):
            raise RotationError("together_apart", a=a, b=b)
        model.apart.append((i, j))
    for i in np.flatnonzero(model.need & (model.fixed >= 0)):
        if not model.accessible[model.fixed[i]]:
            raise RotationError("not_accessible", id=model.ids[i],
                                table=model.tables[model.fixed[i]])


def _same_fixed_group(problem: Problem, a: str, b: str) -> bool:
    return any(a in g and b in g for g in problem.keep_together)


def _groups(model: Model, problem: Problem, pindex: dict[str, int], n_real: int) -> None:
    owner: dict[int, str] = {}
    for members in problem.keep_together:
        idx = sorted({_person(pindex, m, "keep_together", n_real) for m in members})
        name = " + ".join(members)
        for i in idx:
            if i in owner:
                raise RotationError("group_twice", id=model.ids[i])
            owner[i] = name
        if len(idx) < 2:
            continue
        anchors = sorted({int(model.fixed[i]) for i in idx if model.fixed[i] >= 0})
        if len(anchors) > 1:
            raise RotationError("together_split", group=name,
                                tables=", ".join(model.tables[t] for t in anchors))
        if anchors:
            model.fixed[idx] = anchors[0]
            continue
        model.group[idx] = len(model.groups)
        model.groups.append(idx)


def _check_rounds(model: Model) -> None:
    """Seats, accessible seats, fixed people and groups for every round to plan."""
    fixed_max = np.zeros(model.t, dtype=np.int32)
    for r in range(model.played, model.rounds):
        here = model.present[r]
        people = int(here.sum())
        seats = int(model.capacity.sum())
        if people > seats:
            raise RotationError("few_seats", round=r + 1, people=people, seats=seats)
        fixed = np.bincount(model.fixed[here & (model.fixed >= 0)], minlength=model.t)
        needing = here & model.movable & model.need
        for members in model.groups:
            if needing[members].any():
                needing[members] = here[members]
        closed_room = (model.capacity - fixed)[~model.accessible]
        for members in model.groups:  # a group fitting at no other table takes accessible seats
            if not needing[members].any() and here[members].any() and (
                    not closed_room.size or int(closed_room.max()) < int(here[members].sum())):
                needing[members] = here[members]
        acc_seats = int((model.capacity - fixed)[model.accessible].clip(0).sum())
        if int(needing.sum()) > acc_seats:
            raise RotationError("few_accessible", round=r + 1, people=int(needing.sum()),
                                seats=acc_seats)
        over = np.flatnonzero(fixed > model.capacity)
        if over.size:
            t = int(over[0])
            raise RotationError("fixed_over", round=r + 1, table=model.tables[t],
                                count=int(fixed[t]), capacity=int(model.capacity[t]))
        fixed_max = np.maximum(fixed_max, fixed)
    room = model.capacity - fixed_max
    for members in model.groups:
        usable = model.accessible if model.need[members].any() else np.ones(model.t, bool)
        best = int(room[usable].max()) if usable.any() else 0
        if len(members) > best:
            raise RotationError("group_too_big", group=" + ".join(model.ids[i] for i in members),
                                size=len(members), room=best)
