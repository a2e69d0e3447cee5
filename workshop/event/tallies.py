"""The dots counted in each room of an event, summed over the rooms.

A room's count of an idea is a paper tally (``Vote`` without participant)
with ``room`` set: brought by the room's file at a merge
(``from_room_file``), or typed at the event from the room's count sheet.
The event's vote adds them all (:func:`workshop.votes.counts.idea_dots`).

Typing a room's count *replaces* that room's count of the idea: if the
room's file had one, it is set aside for good (``RoomRecord.settled``), so a
new merge of the room does not bring it back.  Two counts of one idea from
one room (the file's and one typed before it came, or a file holding two)
are found by :func:`workshop.votes.counts.double_tallies`; until one is
kept, the results are not final.
"""

from __future__ import annotations

from collections import Counter

from workshop import ideas as idea_ops
from workshop.event.merge import EventError
from workshop.history import touch, touch_attr
from workshop.model import RoomRecord, Vote, Workshop
from workshop.votes.counts import parse_count


def room(ws: Workshop, key: str) -> RoomRecord:
    found = next((r for r in ws.rooms if r.key == key), None)
    if found is None:
        raise EventError("unknown_room", room=key)
    return found


def _is_tally(vote: Vote, key: str) -> bool:
    return vote.room == key and vote.participant is None and vote.stage == "actions"


def room_counts(ws: Workshop, key: str) -> dict[str, int]:
    """What one room counted, per visible idea (merged parts folded in)."""
    roots = idea_ops.roots(ws)
    found: Counter[str] = Counter()
    for v in ws.votes:
        if _is_tally(v, key):
            found[roots.get(v.idea, v.idea)] += v.dots
    return dict(found)


def set_room_tally(ws: Workshop, key: str, idea_id: str, dots: object) -> None:
    """Room ``key`` counted ``dots`` for the idea (as shown: its merged parts included)."""
    record = room(ws, key)
    count = parse_count(dots)
    target = idea_ops.root(ws, idea_ops.idea(ws, idea_id).id)
    members = {i.id for i in idea_ops.group(ws, target)}
    from_file = {v.idea for v in ws.votes if _is_tally(v, key) and v.idea in members
                 and v.from_room_file}
    if from_file - set(record.settled):
        touch(record)
        record.settled = sorted(set(record.settled) | from_file)
    touch_attr(ws, "votes")
    ws.votes[:] = [v for v in ws.votes if not (_is_tally(v, key) and v.idea in members)]
    if count:
        ws.votes.append(Vote(target, count, room=key))
