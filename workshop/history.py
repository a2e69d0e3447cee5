"""The undo history of a workshop: per command, only the items it touched.

Domain operations stay plain functions ``op(ws, ...)``.  Before changing an
object they call :func:`touch` (an item: a participant, a table, the show
state…) or :func:`touch_attr` (one attribute of an owner: a list such as
``ws.participants``, or a scalar such as ``ws.title``).  Outside a
transaction both do nothing; inside :meth:`History.run` they record the
state *before*, once per object, and the transaction takes the state
*after* when the operation returns.  Undo and redo put those states back
in place, keeping every object's identity, so references held elsewhere
stay valid.

A record costs the touched items only (a check-in: one participant, not a
copy of the 400-person workshop), and reports a :class:`Change` (sections
and ids) so that a window refreshes only what moved.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from workshop import model

#: the section an item belongs to, by its type
ITEM_SECTIONS: dict[type, str] = {
    model.Participant: "participants", model.Theme: "themes", model.Table: "tables",
    model.Round: "rotation", model.Rotation: "rotation", model.AgendaStep: "agenda",
    model.ShowState: "show", model.CountdownState: "show", model.Idea: "ideas",
    model.IdeaSource: "ideas", model.Vote: "votes", model.ThemeVote: "votes",
    model.TieDecision: "votes", model.VoteSettings: "votes", model.Action: "plan",
    model.AnnualPlan: "plan", model.StatusChange: "plan", model.Referent: "plan",
    model.PastAction: "bilan", model.Bilan: "bilan", model.RoomRecord: "rooms",
    model.RoundSummary: "harvest", model.NappePhoto: "harvest",
}

#: the section of an attribute of the workshop itself (default: "workshop")
WORKSHOP_ATTR_SECTIONS = {
    "participants": "participants", "themes": "themes", "tables": "tables",
    "rotation": "rotation", "agenda": "agenda", "ideas": "ideas", "votes": "votes",
    "theme_votes": "votes", "tie_decisions": "votes", "vote_settings": "votes",
    "plan": "plan", "show": "show", "erased_counts": "participants", "bilan": "bilan",
    "rooms": "rooms", "summaries": "harvest", "photos": "harvest",
}

MAX_RECORDS = 300


@dataclass(frozen=True)
class Change:
    """What an operation (or its undo) changed: sections, and ids within them.

    ``ids[section]`` lists the items changed in place; a section in
    :attr:`whole` had items added, removed or reordered (its rows moved).
    """

    sections: frozenset[str] = frozenset()
    ids: dict[str, frozenset[str]] = field(default_factory=dict)
    whole: frozenset[str] = frozenset()

    @staticmethod
    def everything() -> Change:
        """Another workshop was opened: every view starts again."""
        return Change(frozenset({"all"}), {}, frozenset({"all"}))

    @staticmethod
    def of(*sections: str) -> Change:
        """Whole sections (a change the history did not record, such as an erasure)."""
        return Change(frozenset(sections), {}, frozenset(sections))

    # A change reads as the set of its sections: ``"all" in change``, ``change & watched``.
    def __contains__(self, section: object) -> bool:
        return section in self.sections

    def __and__(self, other: frozenset[str] | set[str]) -> frozenset[str]:
        return self.sections & frozenset(other)

    def touches(self, sections: frozenset[str] | set[str]) -> bool:
        return "all" in self.sections or bool(self.sections & sections)

    def rows_only(self, section: str) -> frozenset[str] | None:
        """The ids changed in place in ``section``, or None if rows came, went or moved."""
        if "all" in self.sections or section in self.whole:
            return None
        return self.ids.get(section, frozenset())


# -- recording -------------------------------------------------------------------
class _Slot:
    """One recorded place: an item's fields, or one attribute of an owner."""

    __slots__ = ("target", "name", "before", "after")

    def __init__(self, target: Any, name: str | None) -> None:
        self.target, self.name = target, name
        self.before = self.read()
        self.after: Any = None

    def read(self) -> Any:
        if self.name is None:  # the item's own fields
            return copy.deepcopy(vars(self.target))
        value = getattr(self.target, self.name)
        # A list of items keeps its items (their own slots record their fields);
        # anything else is copied whole.
        if isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
            return list(value)
        return copy.deepcopy(value)

    def write(self, state: Any) -> None:
        if self.name is None:
            self.target.__dict__.update(copy.deepcopy(state))
            return
        current = getattr(self.target, self.name)
        if isinstance(current, list) and isinstance(state, list) \
                and (not state or dataclasses.is_dataclass(state[0])):
            current[:] = state  # the same list object: views holding it stay right
        else:
            setattr(self.target, self.name, copy.deepcopy(state))


class Transaction:
    """The slots of one operation while it runs."""

    def __init__(self, workshop: model.Workshop) -> None:
        self.workshop = workshop
        self.slots: dict[tuple[int, str | None], _Slot] = {}

    def touch(self, target: Any, name: str | None = None) -> None:
        key = (id(target), name)
        if key not in self.slots:
            self.slots[key] = _Slot(target, name)

    def close(self) -> None:
        for slot in self.slots.values():
            slot.after = slot.read()

    def change(self) -> Change:
        sections: set[str] = set()
        whole: set[str] = set()
        ids: dict[str, set[str]] = {}
        for slot in self.slots.values():
            section = self._section(slot)
            sections.add(section)
            if slot.name is not None:
                whole.add(section)
            elif getattr(slot.target, "id", None) is not None:
                ids.setdefault(section, set()).add(slot.target.id)
            else:
                whole.add(section)
        return Change(frozenset(sections), {k: frozenset(v) for k, v in ids.items()},
                      frozenset(whole))

    def _section(self, slot: _Slot) -> str:
        if slot.target is self.workshop:
            return WORKSHOP_ATTR_SECTIONS.get(slot.name, "workshop")
        return ITEM_SECTIONS.get(type(slot.target), "workshop")


_active: ContextVar[Transaction | None] = ContextVar("cafe_transaction", default=None)


def touch(item: Any) -> Any:
    """Say that ``item``'s fields are about to change; returns ``item``."""
    tx = _active.get()
    if tx is not None:
        tx.touch(item)
    return item


def touch_attr(owner: Any, name: str) -> None:
    """Say that ``owner.name`` is about to change (a list's order or length, a scalar)."""
    tx = _active.get()
    if tx is not None:
        tx.touch(owner, name)


@contextmanager
def recording(workshop: model.Workshop) -> Iterator[Transaction]:
    """Record what the code in the block touches (nested blocks join the outer one)."""
    outer = _active.get()
    if outer is not None:
        yield outer
        return
    tx = Transaction(workshop)
    token = _active.set(tx)
    try:
        yield tx
    finally:
        _active.reset(token)


# -- the history -----------------------------------------------------------------
@dataclass
class Record:
    """One undoable command: its name, its slots, and what it changed."""

    text: str
    slots: list[_Slot]
    change: Change
    merge_key: str | None = None

    def undo(self) -> None:
        for slot in reversed(self.slots):
            slot.write(slot.before)

    def redo(self) -> None:
        for slot in self.slots:
            slot.write(slot.after)

    def holds(self, wanted: Callable[[object], bool]) -> bool:
        """Whether any state of this record holds something ``wanted`` says yes to."""
        return any(_holds(slot.before, wanted) or _holds(slot.after, wanted)
                   for slot in self.slots)


def _holds(value: object, wanted: Callable[[object], bool]) -> bool:
    if wanted(value):
        return True
    if isinstance(value, dict):
        return any(_holds(k, wanted) or _holds(v, wanted) for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_holds(v, wanted) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _holds(vars(value), wanted)
    return False


class History:
    """Undo and redo of the operations run through :meth:`run`.

    Consecutive runs with the same ``merge_key`` (typing 1, 2, 0 in a spin
    box) become one record: the first one's *before*, the last one's *after*.
    """

    def __init__(self, limit: int = MAX_RECORDS) -> None:
        self.limit = limit
        self.records: list[Record] = []
        self.index = 0  # records[:index] are done, records[index:] can be redone

    def run(self, workshop: model.Workshop, text: str, op: Callable[[model.Workshop], Any],
            merge_key: str | None = None) -> tuple[Any, Change, bool]:
        """Run ``op(workshop)`` as one command: ``(result, change, merged)``.

        An exception leaves the workshop as it was (what was touched is put
        back) and is raised again; nothing is recorded.
        """
        with recording(workshop) as tx:
            try:
                result = op(workshop)
            except BaseException:
                for slot in reversed(list(tx.slots.values())):
                    slot.write(slot.before)
                raise
            tx.close()
        change = tx.change()
        slots = list(tx.slots.values())
        if not slots:
            return result, change, False
        del self.records[self.index:]
        last = self.records[-1] if self.records else None
        if merge_key is not None and last is not None and last.merge_key == merge_key:
            self._merge(last, slots, change)
            return result, last.change, True
        self.records.append(Record(text, slots, change, merge_key))
        if len(self.records) > self.limit:
            del self.records[0]
        self.index = len(self.records)
        return result, change, False

    @staticmethod
    def _merge(last: Record, slots: list[_Slot], change: Change) -> None:
        known = {(id(s.target), s.name): s for s in last.slots}
        for slot in slots:
            old = known.get((id(slot.target), slot.name))
            if old is None:
                last.slots.append(slot)
            else:
                old.after = slot.after
        last.change = Change(last.change.sections | change.sections,
                             {k: last.change.ids.get(k, frozenset()) | change.ids.get(k, frozenset())
                              for k in set(last.change.ids) | set(change.ids)},
                             last.change.whole | change.whole)

    # -- moving through it ----------------------------------------------------------
    def can_undo(self) -> bool:
        return self.index > 0

    def can_redo(self) -> bool:
        return self.index < len(self.records)

    def undo_text(self) -> str:
        return self.records[self.index - 1].text if self.can_undo() else ""

    def redo_text(self) -> str:
        return self.records[self.index].text if self.can_redo() else ""

    def undo(self) -> Record | None:
        if not self.can_undo():
            return None
        self.index -= 1
        record = self.records[self.index]
        record.undo()
        return record

    def redo(self) -> Record | None:
        if not self.can_redo():
            return None
        record = self.records[self.index]
        record.redo()
        self.index += 1
        return record

    def clear(self) -> None:
        self.records.clear()
        self.index = 0

    def forget(self, wanted: Callable[[object], bool]) -> int:
        """Drop the history that holds something ``wanted`` recognises (an erased person).

        Undo goes back one record at a time, so a record holding it goes
        with every older one; newer records that do not hold it stay
        undoable.  Records that could be redone and hold it go too, with
        every record after them.  Returns how many records were dropped.
        """
        before = len(self.records)
        done, undone = self.records[:self.index], self.records[self.index:]
        last_holding = max((i for i, r in enumerate(done) if r.holds(wanted)), default=-1)
        done = done[last_holding + 1:]
        first_holding = next((i for i, r in enumerate(undone) if r.holds(wanted)), len(undone))
        undone = undone[:first_holding]
        self.records = done + undone
        self.index = len(done)
        return before - len(self.records)

    def size_hint(self) -> int:
        """How many slots the history keeps (a rough measure of its memory)."""
        return sum(len(r.slots) for r in self.records)
