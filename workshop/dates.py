"""Dates typed by people, the French way: « 12/12/2026 », « 12 décembre 2026 »…

The workshop stores ISO dates (``2026-12-12``); facilitators type them as
they write them.  :func:`parse_date` accepts day first with ``/ . -`` or
spaces, a two-digit year (20xx), French month names (accents optional), and
ISO; anything else is refused with a sentence (``EditError("bad_date")``).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from workshop.editing import EditError

MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
          "septembre", "octobre", "novembre", "decembre")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORDS = re.compile(r"(\d{1,2})(?:er)?\s+([a-z]+)\.?\s+(\d{4})")


#: a typed date that is not one: the editor's own refusal (« n'est pas une date valide »)
DateError = EditError


def parse_date(text: str) -> str:
    """``text`` as an ISO date; empty text is no date (``""``)."""
    raw = " ".join(text.split())
    if not raw:
        return ""
    folded = _plain(raw)
    day = month = year = None
    if match := _ISO.fullmatch(folded):
        year, month, day = (int(g) for g in match.groups())
    elif match := _NUMERIC.fullmatch(folded):
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    elif match := _WORDS.fullmatch(folded):
        name = match.group(2)
        found = [i for i, m in enumerate(MONTHS, 1) if m.startswith(name) and len(name) >= 3]
        if len(found) == 1:
            day, month, year = int(match.group(1)), found[0], int(match.group(3))
    try:
        return date(year, month, day).isoformat()
    except (TypeError, ValueError):
        raise DateError("bad_date", value=raw) from None


def _plain(text: str) -> str:
    """Lower case without accents, punctuation kept (« Décembre » → « decembre »)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
