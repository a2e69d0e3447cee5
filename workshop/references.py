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


def drop_references(obj: object, ref: str) -> None:
    """Remove ``ref`` from ``obj`` and everything below it, in place.

    A field holding exactly ``ref`` becomes ``None`` (or ``""`` when the
    field is not optional); list items and dict keys equal to ``ref`` go;
    a group of ids (a list inside a list, such as "keep X with Y") that
    held ``ref`` and is left with fewer than two ids goes too.  Fields
    named ``id`` are an object's own name and are never touched.
    """
    hints = typing.get_type_hints(type(obj))
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if f.name == "id":
            continue
        if value == ref:
            optional = type(None) in typing.get_args(hints[f.name])
            setattr(obj, f.name, None if optional else "")
        elif isinstance(value, (list, dict)) or dataclasses.is_dataclass(value):
            setattr(obj, f.name, _dropped(value, ref))


def _dropped(value, ref: str):
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
    if dataclasses.is_dataclass(value):
        drop_references(value, ref)
    return value
