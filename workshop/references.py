"""Dropping every reference to one id from a workshop (or any dataclass tree).

Deleting a participant (:func:`workshop.editing.delete_participant`) and
erasing one on request (:mod:`workshop.people.privacy`) must both leave nothing
pointing at the id: ids are reused after a deletion, so a forgotten
reference would hand the old person's votes, seats or capitaine role to
the next person added.  The model grows (votes, theme votes, seats,
hosts, référents, seating constraints…), so references are found by
walking the dataclasses rather than listed by hand.
"""

from __future__ import annotations

import dataclasses
import typing

from workshop.history import touch_attr


def drop_references(obj: object, ref: str) -> None:
    """Remove ``ref`` from ``obj`` and everything below it, in place.

    A field holding exactly ``ref`` becomes ``None`` (or ``""`` when the
    field is not optional); list items and dict keys equal to ``ref`` go;
    a group of ids (a list inside a list, such as "keep X with Y") that
    held ``ref`` and is left with fewer than two ids goes too.  Fields
    named ``id`` are an object's own name and are never touched.  Only
    what holds ``ref`` changes (and is recorded for undo): lists of items
    keep their identity.
    """
    hints = typing.get_type_hints(type(obj))
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name == "id":
            continue
        if value == ref:
            optional = type(None) in typing.get_args(hints[f.name])
            touch_attr(obj, f.name)
            setattr(obj, f.name, None if optional else "")
        elif isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
            for item in value:
                drop_references(item, ref)
        elif isinstance(value, (list, dict)):
            if _holds(value, ref):
                touch_attr(obj, f.name)
                setattr(obj, f.name, _dropped(value, ref))
        elif dataclasses.is_dataclass(value):
            drop_references(value, ref)


def _holds(value, ref: str) -> bool:
    if value == ref:
        return True
    if isinstance(value, list):
        return any(_holds(v, ref) for v in value)
    if isinstance(value, dict):
        return any(k == ref or _holds(v, ref) for k, v in value.items())
    return False


def _dropped(value, ref: str):
    """A copy of a plain value (lists, dicts, ids) without ``ref``."""
    if isinstance(value, list):
        kept = []
        for item in value:
            if item == ref:
                continue
            if isinstance(item, list):
                inner = _dropped(item, ref)
                if ref in item and len(inner) < 2:
                    continue  # a group "keep X with Y" means nothing with one left
                item = inner
            else:
                item = _dropped(item, ref)
            kept.append(item)
        return kept
    if isinstance(value, dict):
        return {k: _dropped(v, ref) for k, v in value.items() if k != ref}
    return value
