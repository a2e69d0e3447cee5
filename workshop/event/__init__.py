"""Large events: several rooms' workshops merged into one event (issue 19).

A convention runs in several rooms, one laptop each; the organisers want
one vote and one result.  The event is an ordinary workshop file whose
``rooms`` list says which rooms came in:

* :mod:`workshop.event.merge` reads a room's file (never writing it) and
  brings its participants, groups, ideas, projects and paper tallies, every
  id prefixed by the room's key, replacing what the same room brought before;
* :mod:`workshop.event.tallies` records the dots counted per room and finds
  an idea counted twice by one room;
* :mod:`workshop.event.across` shows everything by question or by theme,
  with the likely duplicates across rooms (:mod:`workshop.event.folding`)
  and the people who may be the same person.

The vote itself (sums, the 3 themes × 2 actions rule or the N winning
projects, ties) is the workshop's own (:mod:`workshop.votes`).
"""
