"""Comparing texts typed in different rooms: the same words, accents and case aside.

« Créer un jardin partagé » and « creer un JARDIN partage » are the same
words; so is « Jardin partagé : créer un » (words are compared, not their
order).  A suggestion, never a decision: the facilitator merges.
"""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"})


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lower case, without accents, in order."""
    decomposed = unicodedata.normalize("NFKD", str(text).casefold().translate(_LIGATURES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return tuple(re.findall(r"[0-9a-z]+", plain))


def same_words_key(text: str) -> tuple[str, ...]:
    """Two texts with the same key have the same words (order aside)."""
    return tuple(sorted(words(text)))


def name_key(first: str, last: str) -> tuple[str, ...]:
    """A person's name for comparing: « Hélène LE GALL » is « helene le gall »."""
    return same_words_key(f"{first} {last}")
