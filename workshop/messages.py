"""Clear one-sentence messages for the domain, in French and English.

The domain raises errors that carry a code and parameters; the sentence is
chosen at display time.  The command line has no Qt, so the two languages
live here; the UI passes its own language with :func:`set_language`.
Each error family keeps its own catalogue (``messages`` class attribute) so
that modules do not edit one shared table.
"""

from __future__ import annotations

import os

_language: str | None = None

LANGUAGES = ("fr", "en")


def set_language(lang: str | None) -> None:
    """Choose the language of messages (``None``: from the environment)."""
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


class WorkshopError(Exception):
    """An error whose message a facilitator can read.

    Subclasses set ``messages = {code: (french, english)}``; templates use
    ``str.format`` fields filled from the keyword parameters.
    """

    messages: dict[str, tuple[str, str]] = {}

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        templates = self.messages.get(self.code)
        if templates is None:
            return f"{self.code}: {self.params}"
        template = templates[1] if (lang or language()) == "en" else templates[0]
        return template.format(**self.params)

    def __str__(self) -> str:
        return self.message()
