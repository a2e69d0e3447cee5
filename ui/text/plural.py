"""Plurals inside a sentence: « {n} {n|place|places} », the French or the English way.

A sentence often counts several things (« {tables} tables, {seats} places pour
{people} personnes »), which one ``ngettext`` choice cannot serve.  So a
template — French source or English translation, in Qt's catalogue or in
gettext's — writes each counted word as ``{name|singular|plural}``, and
:func:`plurals` picks the form for the value of ``name`` by the language's
rule: French says « 0 place », « 1 place », « 2 places » (plural from 2 on),
English « 0 seats », « 1 seat » (plural but for 1).  Then ``str.format`` fills
the numbers as usual.  Pure Python: the command line, the domain messages
and the widgets share it.
"""

from __future__ import annotations

import re

_CHOICE = re.compile(r"\{(\w+)\|([^{}|]*)\|([^{}|]*)\}")


def is_plural(lang: str, count: object) -> bool:
    """Whether ``count`` takes the plural form in ``lang`` (``fr`` or ``en``)."""
    try:
        n = abs(float(count))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return True
    return n >= 2 if lang == "fr" else n != 1


def plurals(template: str, lang: str, params: dict[str, object]) -> str:
    """``template`` with every ``{name|one|many}`` replaced by the right form."""
    def choose(match: re.Match) -> str:
        name, one, many = match.groups()
        if name not in params:
            return match.group(0)
        return many if is_plural(lang, params[name]) else one
    return _CHOICE.sub(choose, template)


def fill(template: str, lang: str, **params: object) -> str:
    """The plurals chosen, then the fields filled: one call for a counted sentence."""
    return plurals(template, lang, params).format(**params)
