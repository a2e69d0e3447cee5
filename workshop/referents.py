"""The référents of the actions as the public follow-up site shows them.

An action names its référents as typed (« Hélène Moreau (salariée) »).  The
site names a person only when that person agreed to be named publicly
(:attr:`workshop.model.Referent.public`, off by default); otherwise it
gives their role only: the one typed for them, else the words in brackets
after the name, else their participant category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workshop.errors import WorkshopError
from workshop.history import touch, touch_attr
from workshop.model import Referent, Workshop

MAX_ROLE = 80
_BRACKETS = re.compile(r"^(?P<name>.*?)\s*\((?P<hint>[^()]+)\)\s*$")


class ReferentError(WorkshopError):
    """A référent's public details that cannot be kept."""

    domain = "referent"


@dataclass(frozen=True)
class PublicReferent:
    """What may be printed of one référent: a name only if agreed, and a role."""

    name: str       # "" unless the person agreed to be named publicly
    role: str       # the role typed for them or the words in brackets ("" if none)
    category: str   # their participant category code when they are a participant


def split(text: str) -> tuple[str, str]:
    """« Hélène Moreau (salariée) » -> (« Hélène Moreau », « salariée »).

    « (locataire) » is a role without a name (a person who was not kept
    from last year's workshop, see :mod:`workshop.carry_over`).
    """
    match = _BRACKETS.match(text.strip())
    if match:
        return match.group("name").strip(), match.group("hint").strip()
    return text.strip(), ""


def names(ws: Workshop) -> list[str]:
    """Every référent as typed in this year's actions and last year's, once each."""
    seen: dict[str, None] = {}
    for action in [*ws.plan.actions, *ws.bilan.actions]:
        for text in action.referents:
            if text.strip():
                seen.setdefault(text.strip(), None)
    return list(seen)


def details(ws: Workshop, text: str) -> Referent | None:
    key = text.strip()
    return next((r for r in ws.plan.referent_details if r.name == key), None)


def public_view(ws: Workshop, text: str) -> PublicReferent:
    name, hint = split(text)
    known = details(ws, text)
    role = (known.role if known and known.role else hint)
    folded = name.casefold()
    person = next((p for p in ws.participants if p.full_name.casefold() == folded), None)
    category = person.category if person else ""
    return PublicReferent(name if is_public(ws, text) else "", role, category)


def private_names(ws: Workshop) -> list[str]:
    """Names that must not appear in public: every participant, every référent not agreed."""
    public = {split(text)[0] for text in names(ws) if is_public(ws, text)}
    private = {split(text)[0] for text in names(ws)}
    private |= {p.full_name for p in ws.participants if p.first_name and p.last_name}
    return sorted(name for name in private - public if name)


def is_public(ws: Workshop, text: str) -> bool:
    known = details(ws, text)
    return bool(known and known.public)


def set_referent(ws: Workshop, text: str, *, role: str | None = None,
                 public: bool | None = None) -> Referent:
    """Keep the role shown for a référent, or whether they agreed to be named publicly."""
    key = text.strip()
    if not key:
        raise ReferentError("empty")
    if role is not None:
        role = " ".join(role.split())
        if len(role) > MAX_ROLE:
            raise ReferentError("role_too_long", limit=MAX_ROLE)
    known = details(ws, key)
    if known is None:
        known = Referent(key)
        touch_attr(ws.plan, "referent_details")
        ws.plan.referent_details.append(known)
    else:
        touch(known)
    if role is not None:
        known.role = role
    if public is not None:
        known.public = bool(public)
    return known
