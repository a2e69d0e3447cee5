"""The gettext catalogue: command line, domain messages and PDF words.

Widgets use Qt Linguist (:mod:`tools.translations`); every other sentence is
a French msgid in ``ui/text``, ``ui/cli`` or ``exports`` -- marked with
``_()``, ``N_()``, ``t.gettext()`` or ``t.ngettext()`` -- and its English
lives in ``resources/locale/en/LC_MESSAGES/cafe.po``.  :func:`update`
extracts the msgids with Babel, merges them into the ``.po`` (translations
kept, unused ones dropped) and compiles the ``.mo`` the application loads
with the standard :mod:`gettext`.  Both are committed, so running the
application needs neither Babel nor these tools.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "resources" / "locale" / "en" / "LC_MESSAGES" / "cafe.po"
MO = PO.with_suffix(".mo")
#: French words for what Python's argparse prints in English (the app itself is French)
FR_PO = ROOT / "resources" / "locale" / "fr" / "LC_MESSAGES" / "cafe.po"
FR_MO = FR_PO.with_suffix(".mo")
FOLDERS = ("ui/text", "ui/cli", "exports")
KEYWORDS = {"_": None, "N_": None, "gettext": None, "ngettext": (1, 2),
            "pgettext": ((1, "c"), 2), "npgettext": ((1, "c"), 2, 3)}
# a fixed creation date: re-running the tool on unchanged sources changes nothing
EPOCH = datetime(2026, 1, 1, tzinfo=timezone.utc)


HEADER_COMMENT = ("# English for Café Conversation: command line, domain messages, PDF words.\n"
                  "# The msgids are the French sources; `make translations` updates this file.")


def new_catalogue(locale: str | None = "en"):
    from babel.messages.catalog import Catalog

    return Catalog(locale=locale, domain="cafe", header_comment=HEADER_COMMENT,
                   project="Café Conversation", version="", msgid_bugs_address="",
                   last_translator="", language_team="", creation_date=EPOCH,
                   revision_date=EPOCH, fuzzy=False)


def sources() -> list[str]:
    return sorted(p.relative_to(ROOT).as_posix() for folder in FOLDERS
                  for p in (ROOT / folder).rglob("*.py"))


def extract():
    """A template catalogue of every msgid the sources use (non-literal arguments skipped)."""
    from babel.messages.extract import extract_from_file

    template = new_catalogue(None)
    for name in sources():
        for line, message, comments, context in extract_from_file(
                "python", ROOT / name, keywords=KEYWORDS, comment_tags=("Translators:",),
                strip_comment_tags=True):
            ids = message if isinstance(message, tuple) else (message,)
            if not all(ids):
                continue  # ``_(variable)``: translated at run time, extracted elsewhere
            template.add(message, locations=[(name, line)], auto_comments=comments,
                         context=context, flags=("python-format",) if "{" in ids[0] else ())
    return template


def read(path: Path = PO):
    from babel.messages.pofile import read_po

    with path.open("rb") as stream:
        return read_po(stream, locale="en", domain="cafe")


def write(catalog, path: Path = PO) -> None:
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    # no line numbers: moving code does not touch the catalogue
    write_po(out, catalog, include_lineno=False, ignore_obsolete=True)
    path.write_bytes(out.getvalue())


def compile_mo(catalog=None) -> bytes:
    """The ``.mo`` bytes of the ``.po`` (or of ``catalog``)."""
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, catalog if catalog is not None else read())
    return out.getvalue()


def update() -> None:
    """Merge the extracted msgids into the ``.po``, keeping every English text, then compile.

    The French catalogue (argparse's own English words, written by hand) is compiled too.
    """
    catalog = read() if PO.exists() else new_catalogue()
    PO.parent.mkdir(parents=True, exist_ok=True)
    catalog.update(extract(), no_fuzzy_matching=True, update_creation_date=False)
    write(catalog)
    MO.write_bytes(compile_mo())
    FR_MO.write_bytes(compile_mo(read_french()))


def read_french():
    from babel.messages.pofile import read_po

    with FR_PO.open("rb") as stream:
        return read_po(stream, locale="fr", domain="cafe")


def untranslated() -> list[str]:
    """msgids of the ``.po`` with no English (or a fuzzy one)."""
    found = []
    for message in read():
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(s.strip() for s in strings):
            found.append(message.id if isinstance(message.id, str) else message.id[0])
    return found


def not_in_catalogue() -> list[str]:
    """msgids the sources use that the ``.po`` lacks (the tool was not rerun)."""
    catalog = read()
    return sorted({m.id if isinstance(m.id, str) else m.id[0] for m in extract()
                   if m.id and catalog.get(m.id, m.context) is None})


def problems() -> list[tuple[str, str]]:
    return [("untranslated (gettext)", m) for m in untranslated()] + \
        [("not in cafe.po", m) for m in not_in_catalogue()]
