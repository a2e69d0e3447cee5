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

from workshop.rotation.problem import MAX_ROUNDS, Problem, RotationError, check_problem

__all__ = ["MAX_ROUNDS", "Model", "build_model"]


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
    organisation: np.ndarray       # (n,) organisation index or -1
    organisations: list[str]
    max_org: int                   # at most so many of one organisation per table (0: no rule)
    priority: str                  # "themes" or "people"
    theme_key: np.ndarray          # (T,) theme index, own index for a capitaine's table
    #                                without theme, -1 for a table with neither (a place only)

    @property
    def n(self) -> int:
        return len(self.ids)

    @property
    def t(self) -> int:
        return len(self.tables)

    @property
    def movable(self) -> np.ndarray:
        return self.fixed < 0

    @property
    def n_keys(self) -> int:
        """Number of themes, counting each capitaine's table without a theme as its own."""
        return int(self.theme_key.max()) + 1 if self.t else 0

    @property
    def themes_first(self) -> bool:
        return self.priority == "themes"


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
    _check_organisations(model)
    return model


def _check_basics(problem: Problem) -> None:
    check_problem(problem)
    if not problem.tables:
        raise RotationError("no_tables")
    if len(problem.played) > problem.rounds:
        raise RotationError("played_too_many", played=len(problem.played), rounds=problem.rounds)


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
    cat_index = {c: k for k, c in enumerate(cats)}
    themes = sorted({t.theme for t in problem.tables if t.theme})
    category = np.full(n, -1, dtype=np.int32)
    need = np.zeros(n, dtype=bool)
    for i, p in enumerate(people):
        category[i] = cat_index.get(p.category, -1)
        need[i] = p.needs_accessible
    orgs = sorted({p.organisation for p in people if p.organisation})
    org_index = {o: k for k, o in enumerate(orgs)}
    organisation = np.full(n, -1, dtype=np.int32)
    if problem.max_per_organisation is not None:
        for i, p in enumerate(people):
            organisation[i] = org_index.get(p.organisation, -1)
    theme = np.array([themes.index(t.theme) if t.theme else -1 for t in problem.tables],
                     dtype=np.int32)
    hosted = np.array([t.host is not None for t in problem.tables], dtype=bool)
    key = theme.copy()
    own = (theme < 0) & hosted
    key[own] = len(themes) + np.arange(int(own.sum()))
    return Model(
        problem=problem, ids=ids, tables=tables, rounds=rounds, played=played,
        fixed=np.full(n, -1, dtype=np.int32), present=present, need=need,
        accessible=np.array([t.accessible for t in problem.tables], dtype=bool),
        # more seats than people changes nothing: clamp, so memory follows people
        capacity=np.array([min(t.capacity, max(n, 1)) for t in problem.tables], dtype=np.int32),
        hosted=np.array([t.host is not None for t in problem.tables], dtype=bool),
        theme=theme, themes=themes, category=category, group=np.full(n, -1, dtype=np.int32),
        groups=[], apart=[], history=history, organisation=organisation,
        organisations=orgs if problem.max_per_organisation is not None else [],
        max_org=problem.max_per_organisation or 0, priority=problem.priority, theme_key=key)


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
        if (i, j) not in model.apart and (j, i) not in model.apart:
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


def _check_organisations(model: Model) -> None:
    """At most ``max_org`` people of one organisation per table: say why it cannot hold."""
    k = model.max_org
    if not k or not model.organisations:
        return
    org = model.organisation
    for r in range(model.played, model.rounds):
        here = model.present[r] & (org >= 0)
        fixed = here & (model.fixed >= 0)
        if fixed.any():
            key = model.fixed[fixed].astype(np.int64) * len(model.organisations) + org[fixed]
            keys, counts = np.unique(key, return_counts=True)
            if counts.max() > k:
                t, o = divmod(int(keys[np.argmax(counts)]), len(model.organisations))
                raise RotationError("organisation_fixed", table=model.tables[t],
                                    organisation=model.organisations[o],
                                    count=int(counts.max()), max=k)
        counts = np.bincount(org[here], minlength=len(model.organisations))
        o = int(np.argmax(counts))
        if counts[o] > k * model.t:
            raise RotationError("organisation_many", round=r + 1,
                                organisation=model.organisations[o], count=int(counts[o]),
                                max=k, tables=model.t, room=k * model.t)
    for members in model.groups:
        orgs = org[members]
        orgs = orgs[orgs >= 0]
        if orgs.size:
            counts = np.bincount(orgs)
            if counts.max() > k:
                raise RotationError("organisation_group",
                                    group=" + ".join(model.ids[i] for i in members),
                                    organisation=model.organisations[int(np.argmax(counts))],
                                    count=int(counts.max()), max=k)
