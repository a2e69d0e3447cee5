"""Sentences outside the widgets, through gettext: command line, domain messages, PDFs.

Widgets translate with Qt (``tr()``, ``resources/translations/*.ts``); every
other sentence goes through one standard mechanism, :mod:`gettext`, with the
catalogue ``resources/locale/<lang>/LC_MESSAGES/cafe.mo`` (built from the
``.po`` next to it by ``make translations``).  No Qt here: the command line
imports this package and must start without it.

French is the source language: msgids are the French sentences, so French
needs no catalogue -- only its plural rule (``n > 1``: « 0 gommette », « 1
gommette », « 2 gommettes »), which :class:`French` gives ``ngettext``.
``N_`` marks a sentence for extraction where it is stored (in a table) and
translated later, at display time.
"""

from __future__ import annotations

import gettext
import os
from functools import cache

DOMAIN = "cafe"
LANGUAGES = ("fr", "en")

_language: str | None = None


class French(gettext.NullTranslations):
    """The source language: every msgid is already French; plurals from 2 on."""

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return msgid2 if n > 1 else msgid1

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return msgid2 if n > 1 else msgid1


def catalogue(lang: str | None = None) -> gettext.NullTranslations:
    """The translations of ``lang`` (``None``: the current language)."""
    return _load(lang or language())


@cache
def _load(lang: str) -> gettext.NullTranslations:
    if lang not in LANGUAGES:
        return French()
    from importlib.resources import files

    # Through importlib.resources: found the same way installed, zipped or in the source tree.
    # French has a small catalogue too: the words of Python's argparse, English at the source.
    path = files("resources") / "locale" / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as stream:
            translations = gettext.GNUTranslations(stream)
    except OSError:
        return French()  # a missing catalogue leaves the French sources, never a crash
    translations.add_fallback(French())  # a msgid not yet translated keeps French plurals
    return translations


def set_language(lang: str | None) -> None:
    """Choose the language of these sentences (``None``: from the environment)."""
    global _language
    _language = lang if lang in LANGUAGES else None


def language() -> str:
    """``fr`` unless the user asked for English (setting, CAFE_LANG, locale)."""
    if _language:
        return _language
    for var in ("CAFE_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX", "C.UTF-8"):
            return "en" if value.lower().startswith("en") else "fr"
    return "fr"


def _(message: str) -> str:
    """``message`` (a French msgid) in the current language."""
    return catalogue().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural French msgid, translated, chosen for ``n``."""
    return catalogue().ngettext(singular, plural, n)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention
    """Mark ``message`` for extraction; it is translated where it is shown."""
    return message


def fill(template: str, **params: object) -> str:
    """A sentence in the current language with its counted words chosen
    (``{n|place|places}``, :mod:`ui.text.plural`), then its fields filled."""
    from ui.text.plural import fill as fill_in

    return fill_in(template, language(), **params)
