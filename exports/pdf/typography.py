"""French typography for printed text: what a proofreader would correct.

- a no-break space before ``:``, ``;``, ``?``, ``!`` when a space was typed
  there, so « Pourquoi ? » never leaves its "?" alone at the start of a line;
- no-break spaces inside « guillemets », and inner quotes nested in outer
  ones as “ … ”;
- typographic apostrophes (’) instead of straight ones (straight double
  quotes are left as typed: they may be part of what someone wrote on purpose).

It only changes spaces that are already there and quote characters, so
it is safe on English sentences and on names; it is idempotent.  URLs
never go through it (a ``'`` in a URL must stay what the QR code holds).
The no-break space is U+00A0: ReportLab counts the narrow one (U+202F) as
a word separator and would print it as a breakable space.
"""

from __future__ import annotations

import re

NBSP = "\u00a0"
_BEFORE = re.compile(r"[ \t\u202f\u00a0]+([:;?!»])")
_AFTER = re.compile(r"«[ \t\u202f\u00a0]*")
_GLUED_CLOSE = re.compile(r"(?<=[^\s«])»")
_APOSTROPHE = re.compile(r"(?<=\w)'|'(?=\w)")


def french(text: str) -> str:
    """``text`` set the French way (see the module docstring)."""
    if not text:
        return text
    text = _APOSTROPHE.sub("\u2019", text)
    text = _BEFORE.sub(lambda m: NBSP + m.group(1), text)
    text = _AFTER.sub("«" + NBSP, text)
    text = _GLUED_CLOSE.sub(NBSP + "»", text)
    return _nest_quotes(text)


def _nest_quotes(text: str) -> str:
    """« a « b » c » becomes « a “b” c »: guillemets inside guillemets are English quotes."""
    if text.count("«") < 2:
        return text
    out, depth = [], 0
    i = 0
    while i < len(text):
        char = text[i]
        if char == "«":
            depth += 1
            if depth > 1:
                out.append("\u201c")
                i += 1
                while i < len(text) and text[i] == NBSP:
                    i += 1
                continue
        elif char == "»":
            if depth > 1:
                while out and out[-1] == NBSP:
                    out.pop()
                out.append("\u201d")
                depth -= 1
                i += 1
                continue
            depth = max(0, depth - 1)
        out.append(char)
        i += 1
    return "".join(out)
