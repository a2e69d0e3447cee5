"""Seating a convention: every generated room respects the organisation spread.

At most ``max_per_organisation`` people of one cooperative per group, so
that groups mix organisations.  The rule belongs to the rotation engine
(problem JSON: ``organisation`` on participants, ``max_per_organisation``).
With one person per organisation per group, a seating made without the rule
breaks it (checked below), so the test cannot pass by luck.
"""

from __future__ import annotations

from collections import Counter

from bench.convention import convention
from workshop.model import Round

SPREAD = 1  # strict enough that a seating ignoring the rule breaks it

def worst_spread(room) -> int:
    """The most people of one organisation at one group, over every round."""
    organisation = {p.id: p.organisation for p in room.participants}
    return max(max(Counter(organisation[p] for p in seated).values())
               for rnd in room.rotation.rounds for seated in rnd.seating.values() if seated)


def test_every_generated_seating_respects_the_organisation_spread():
    from bench.convention import room_workshop

    rooms = [room_workshop(k, max_per_organisation=SPREAD) for k in range(5)]
    for room in rooms:
        seated = [p for rnd in room.rotation.rounds for ids in rnd.seating.values() for p in ids]
        assert sorted(seated) == sorted(p.id for p in room.participants)  # everyone, once
        assert worst_spread(room) <= SPREAD


def test_the_rule_is_not_met_by_chance():
    """Seated in order, groups of 5–6 hold two people of one organisation somewhere."""
    room = convention(rooms=1, seat=False)[0]
    ids = [p.id for p in room.participants]
    room.rotation.rounds = [Round({t.id: ids[k::len(room.tables)]
                                   for k, t in enumerate(room.tables)})]
    assert worst_spread(room) > SPREAD
