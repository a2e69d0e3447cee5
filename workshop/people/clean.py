"""Cleaning spreadsheet cells into participant fields.

Kept apart from reading (CSV, XLSX) and from the preview: each function
takes text and returns text (or a code for a warning), so each is tested
on its own.  Field names are those of :class:`workshop.model.Participant`
plus ``full_name`` (one "Nom Prénom" column) and ``consent``.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# mapping targets, in the order the preview offers them
FIELDS = ("last_name", "first_name", "full_name", "category", "email", "phone",
          "residence", "needs", "accessible", "present", "notes", "consent")

# normalised header -> field; exact names first, then prefixes (see detect_mapping)
_HEADER_EXACT = {
    "nom": "last_name", "nomdefamille": "last_name", "nomdusage": "last_name",
    "lastname": "last_name", "surname": "last_name", "familyname": "last_name",
    "prenom": "first_name", "prenoms": "first_name", "firstname": "first_name",
    "givenname": "first_name",
    "nomprenom": "full_name", "prenomnom": "full_name", "nometprenom": "full_name",
    "prenometnom": "full_name", "nomcomplet": "full_name", "participant": "full_name",
    "participante": "full_name", "name": "full_name", "fullname": "full_name",
    "identite": "full_name",
    "tel": "phone", "mobile": "phone", "portable": "phone", "gsm": "phone",
    "mail": "email", "mel": "email",
}
_HEADER_PREFIX = (
    ("categori", "category"), ("statut", "category"), ("college", "category"),
    ("profil", "category"), ("qualite", "category"), ("category", "category"),
    ("courriel", "email"), ("email", "email"), ("adressemail", "email"),
    ("adresseemail", "email"), ("adresseelectronique", "email"),
    ("telephone", "phone"), ("numerodetel", "phone"), ("phone", "phone"),
    ("residence", "residence"), ("batiment", "residence"), ("immeuble", "residence"),
    ("tableaccessible", "accessible"), ("accessibletable", "accessible"),
    ("pmr", "accessible"), ("fauteuil", "accessible"),
    ("besoin", "needs"), ("need", "needs"), ("accessib", "needs"), ("handicap", "needs"),
    ("mobilitereduite", "needs"), ("present", "present"),
    ("remarque", "notes"), ("commentaire", "notes"), ("note", "notes"),
    ("observation", "notes"),
    ("consent", "consent"), ("accordcontact", "consent"), ("accordpour", "consent"),
    ("rgpd", "consent"),
    ("tel", "phone"), ("prenom", "first_name"), ("nomdu", "last_name"), ("nomde", "last_name"),
)

_CATEGORY_WORDS = (
    ("locataire", "locataire"), ("accedant", "accédant"), ("accession", "accédant"),
    ("proprietaire", "accédant"), ("coproprietaire", "accédant"),
    ("salari", "salarié"), ("personnel", "salarié"), ("gardien", "salarié"),
    ("partenaire", "partenaire"), ("association", "partenaire"), ("bailleur", "partenaire"),
    ("elu", "élu"), ("administrat", "élu"),
    ("autre", "autre"),
)

_YES = {"oui", "o", "x", "yes", "y", "1", "vrai", "true", "ok", "d'accord", "daccord"}
_NO = {"", "non", "n", "no", "0", "faux", "false", "aucun", "aucune", "rien", "-", "neant"}
_WHEELCHAIR_WORDS = ("fauteuil", "pmr", "mobilite", "rollator", "deambulateur", "canne",
                     "marche", "accessib", "escalier", "ascenseur", "roulant")

_SCIENTIFIC = re.compile(r"^\d+(?:[.,]\d+)?[eE][+-]?\d+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# our own CSV export's guard: an apostrophe before a formula start, maybe after blanks
_NEUTRALISED = re.compile(r"^'\s*[=+\-@]")
_ODD_SPACES = re.compile(r"[\u00a0\u202f\u2007\u2009\u200b\ufeff]")
_BLANKS = re.compile(r"[ \t]+")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # \v and \f: line breaks in a cell
_NOT_FOLDED = re.compile(r"[^0-9a-z]")
_FRENCH_PHONE = re.compile(r"0\d(?: \d\d){4}")


def clean_cell(text: str) -> str:
    """NFC, no control characters, no non-breaking or odd spaces, trimmed.

    Also undoes our own CSV guard (see :mod:`workshop.people.export`).
    Most cells are already clean (one line, trimmed, composed): they are
    returned at once, an import cleans every cell of the file.
    """
    # isprintable() is False for controls, tabs, line breaks and the odd spaces
    if text.isprintable() and text == text.strip() and "  " not in text \
            and not text.startswith("'") \
            and (text.isascii() or unicodedata.is_normalized("NFC", text)):
        return text
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", _ODD_SPACES.sub(" ", text))
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace("\f", "\n")
    text = _BLANKS.sub(" ", text)
    text = "\n".join(part.strip() for part in text.split("\n")).strip()
    # the export prefixes = + - @ with an apostrophe so Excel shows, not runs, them
    return text[1:].strip() if _NEUTRALISED.match(text) else text


def clean_row(cells: list[str]) -> list[str]:
    """:func:`clean_cell` of each cell; a row already clean is checked at once.

    The cells joined by single spaces are one string to test: a cell with an
    edge blank, or an empty one, makes a double space and the row is cleaned
    cell by cell.
    """
    joined = " ".join(cells)
    if joined.isprintable() and joined == joined.strip() and "  " not in joined \
            and "'" not in joined \
            and (joined.isascii() or unicodedata.is_normalized("NFC", joined)):
        return cells
    return [clean_cell(cell) for cell in cells]


@functools.lru_cache(maxsize=65_536)  # names, categories and headers repeat down a list
def fold(text: str) -> str:
    """Lower case, no accents, letters and digits only: for comparing."""
    if text.isascii():
        return _NOT_FOLDED.sub("", text.lower())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return _NOT_FOLDED.sub("", plain)


def detect_mapping(headers: list[str]) -> dict[int, str]:
    """Column index -> field, from usual French (and English) headers."""
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        field = header_field(header)
        if field and field not in mapping.values():
            mapping[index] = field
    return mapping


def header_field(header: str) -> str | None:
    key = fold(header)
    if not key:
        return None
    if key in _HEADER_EXACT:
        return _HEADER_EXACT[key]
    for prefix, field in _HEADER_PREFIX:
        if key.startswith(prefix):
            return field
    return None


def split_full_name(text: str) -> tuple[str, str]:
    """``(first, last)`` from "MOREAU Hélène", "Hélène Moreau" or "Moreau, Hélène"."""
    if "," in text:
        last, first = (part.strip() for part in text.split(",", 1))
        return first, last
    words = text.split()
    upper = [w for w in words if w.isupper() and len(fold(w)) > 1]
    if upper and len(upper) < len(words):
        return (" ".join(w for w in words if w not in upper),
                " ".join(upper))
    if len(words) < 2:
        return text, ""
    return words[0], " ".join(words[1:])


@functools.lru_cache(maxsize=4096)  # a list says "locataire" hundreds of times
def category(text: str) -> tuple[str, bool]:
    """``(category, known)``: an unknown word gives ``("autre", False)``."""
    key = fold(text)
    if not key:
        return "", True
    for stem, name in _CATEGORY_WORDS:
        if key.startswith(stem):
            return name, True
    return "autre", False


def yes(text: str) -> bool | None:
    """True, False, or None when the cell is neither a yes nor a no."""
    key = text.strip().casefold()
    if key in _YES:
        return True
    if key in _NO:
        return False
    return None


def needs(text: str) -> tuple[str, bool]:
    """``(needs text, needs an accessible table)``."""
    answer = yes(text)
    if answer is not None:
        return "", answer
    return text, any(word in fold(text) for word in _WHEELCHAIR_WORDS)


def email(text: str) -> tuple[str, bool]:
    """``(address, looks valid)``; ``mailto:`` and spaces removed."""
    value = text.removeprefix("mailto:").replace(" ", "")
    return value, not value or bool(_EMAIL.match(value))


def phone(text: str) -> tuple[str, str | None]:
    """``(phone as text, warning code or None)``.

    Excel typed phone numbers as numbers: the leading 0 went (612345678)
    or the number became ``6,12E+08``, which has lost digits for good.
    """
    value = text.strip()
    if not value:
        return "", None
    if _FRENCH_PHONE.fullmatch(value):  # already "06 12 34 56 78": most lists
        return value, None
    if _SCIENTIFIC.match(value.replace(" ", "")):
        return "", "phone_scientific"
    digits = re.sub(r"[\s.\-/()]", "", value)
    if digits.isdigit() and len(digits) == 9 and digits[0] != "0":
        return _pairs("0" + digits), "phone_zero_restored"
    if digits.isdigit() and len(digits) == 11 and digits.startswith("33"):
        return "+33 " + _pairs(digits[2:], first=1), "phone_plus_restored"
    if digits.isdigit() and len(digits) == 10 and digits[0] == "0":
        return _pairs(digits), None
    if digits.startswith("+33") and digits[1:].isdigit() and len(digits) == 12:
        return "+33 " + _pairs(digits[3:], first=1), None
    if not re.sub(r"^\+", "", digits).isdigit():
        return value, "phone_odd"
    return value, None


def _pairs(digits: str, first: int = 2) -> str:
    """French grouping by pairs (``06 12 34 56 78``): Excel keeps it as text."""
    head, rest = digits[:first], digits[first:]
    return " ".join([head] + [rest[i:i + 2] for i in range(0, len(rest), 2)])
