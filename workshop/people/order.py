"""Alphabetical order the French way, one rule for every list and document.

« Œuvray » sorts with the O, « Émilie » with the E, case is ignored:
ligatures are spelled out (Œ as OE, Æ as AE, ß as ss) and accents dropped
before comparing.  People are ordered by last name, then first name.
"""

from __future__ import annotations

import unicodedata

from workshop.model import Participant


def name_key(text: str) -> str:
    """What ``text`` is sorted by (« Œuvray » → « oeuvray », « Émilie » → « emilie »)."""
    folded = text.casefold().replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def person_key(person: Participant) -> tuple[str, str, str]:
    """Last name, then first name (then the id, so that the order never wobbles)."""
    return name_key(person.last_name), name_key(person.first_name), person.id
