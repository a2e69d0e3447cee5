"""The programmation annuelle: follow-up URLs, months, statuses, editing.

A follow-up URL is printed and encoded in a QR code that people scan at
home, so only ``http``/``https`` with a real host is accepted, and only
after normalising it: the normalised text is what the QR carries and what
is printed under it, never the raw input (see PITFALLS.md, QR codes).

Months of an action (``start_month``/``end_month``) are *positions* in the
12-month period, 1 being ``plan.first_month`` of ``plan.year``; this keeps
"from October to February" ordered when the period starts in September.
An action may also hold chosen months (``months``, same positions: a meal
each quarter); empty means every month of its span.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import fields
from urllib.parse import quote, urlsplit, urlunsplit

from workshop.errors import WorkshopError
from workshop.history import touch, touch_attr
from workshop.model import ACTION_STATUSES, Action, Workshop, new_id
from workshop import statuses

ALLOWED_SCHEMES = ("http", "https")
PATTERN_FIELD = "{action}"
#: One length rule for every follow-up URL, at input and at load: the QR code
#: of a URL this long, at the handout's error correction (Q) and module size
#: (0.85 mm, what a phone reads once blurred), is at most 56 mm wide — the
#: printed size the annual plan gives it.  tests/test_plan_urls.py checks it
#: against the real QR encoder and decodes the printed code.
MAX_URL_LENGTH = 150
SLUG_LENGTH = 40
_DEFAULT_PORTS = {"http": 80, "https": 443}
_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_SAFE_QUERY = _SAFE_PATH + "?"


class PlanError(WorkshopError):
    """A value of the annual plan that cannot be accepted."""

    domain = "plan"


# -- URLs ---------------------------------------------------------------------
def normalise_url(raw: str) -> str:
    """The canonical form of a follow-up URL, or :class:`PlanError`.

    Surrounding blanks are removed (a paste often brings them); a missing
    scheme becomes ``https://``; scheme and host are lower-cased, the host
    IDNA-encoded, non-ASCII path characters percent-encoded and a default
    port dropped, so the QR holds plain ASCII every phone understands.
    """
    text = unicodedata.normalize("NFC", (raw or "").strip())
    if not text:
        raise PlanError("url_empty")
    if any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in text):
        raise PlanError("url_control")
    if any(c.isspace() for c in text):
        raise PlanError("url_space")
    if len(text) > MAX_URL_LENGTH:
        raise PlanError("url_too_long", length=len(text), limit=MAX_URL_LENGTH)
    try:
        text = _with_scheme(text)
        parts = urlsplit(text)
        parts.hostname  # noqa: B018 - raises ValueError on a bracket left open
    except ValueError:
        raise PlanError("url_host", host=text) from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise PlanError("url_scheme", scheme=scheme or text.split(":", 1)[0])
    if not parts.netloc or not text[len(parts.scheme):].startswith("://"):
        raise PlanError("url_no_host")
    if "@" in parts.netloc:
        raise PlanError("url_credentials")
    host = _normal_host(parts.hostname or "")
    try:
        port = parts.port
    except ValueError:
        raise PlanError("url_port") from None
    if port == 0:  # no server listens on port 0
        raise PlanError("url_port")
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = quote(parts.path, safe=_SAFE_PATH) or "/"
    query = quote(parts.query, safe=_SAFE_QUERY)
    fragment = quote(parts.fragment, safe=_SAFE_QUERY)
    url = urlunsplit((scheme, netloc, path, query, fragment))
    if len(url) > MAX_URL_LENGTH:
        raise PlanError("url_too_long", length=len(url), limit=MAX_URL_LENGTH)
    return url


def _with_scheme(text: str) -> str:
    """``exemple.coop/suivi`` and ``www.exemple.coop:8080`` get ``https://``."""
    head = text.split("/", 1)[0]
    if "://" in text or text.lower().startswith(("http:", "https:")):
        return text
    scheme = urlsplit(text).scheme
    if not scheme or "." in head.split(":", 1)[0]:
        return "https://" + text
    return text


def _normal_host(host: str) -> str:
    """A lower-case ASCII host with a dot, or a public IP address."""
    if not host:
        raise PlanError("url_no_host")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    if address is not None:
        if not address.is_global:
            raise PlanError("url_host", host=host)
        return f"[{host}]" if address.version == 6 else host
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise PlanError("url_host", host=host) from None
    labels = ascii_host.rstrip(".").split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        raise PlanError("url_host", host=host)
    if labels[-1].isdigit():
        raise PlanError("url_host", host=host)
    return ".".join(labels)


def is_valid_url(raw: str) -> bool:
    try:
        normalise_url(raw)
    except PlanError:
        return False
    return True


def printable_url(raw: str) -> str:
    """The URL to print and encode: normalised, or ``""`` when it breaks a rule.

    A file may hold anything (edited by hand, written by an older release):
    exports print only what the editor would have accepted.
    """
    try:
        return normalise_url(raw) if (raw or "").strip() else ""
    except PlanError:
        return ""


def slug(text: str, fallback: str = "action") -> str:
    """``Fête des voisins !`` -> ``fete-des-voisins``: short, ASCII, readable."""
    return _slug(text) or _slug(fallback) or "action"


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss",
                            "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text.translate(_LIGATURES)).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > SLUG_LENGTH:
            break
        out = candidate
    return out or (words[0][:SLUG_LENGTH] if words else "")


def check_pattern(pattern: str) -> str:
    """The pattern with its field kept, validated on a sample fill."""
    text = (pattern or "").strip()
    if PATTERN_FIELD not in text:
        raise PlanError("pattern_field", field=PATTERN_FIELD)
    # filled with the longest name an action can get (a slug and a "-NN" suffix)
    normalise_url(text.replace(PATTERN_FIELD, "x" * (SLUG_LENGTH + 3)))
    return text


def url_from_pattern(pattern: str, action: Action, taken: set[str] | None = None) -> str:
    """The follow-up URL of one action from ``https://…/{action}``."""
    base = slug(action.title, action.id)
    name, n = base, 2
    while taken is not None and name in taken:
        name, n = f"{base}-{n}", n + 1
    if taken is not None:
        taken.add(name)
    return normalise_url(check_pattern(pattern).replace(PATTERN_FIELD, name))


# -- months -------------------------------------------------------------------
def period_months(year: int, first_month: int) -> list[tuple[int, int]]:
    """The 12 (year, month) pairs of the period starting at ``first_month``."""
    first = min(max(int(first_month), 1), 12)
    return [(year + (first - 1 + i) // 12, (first - 1 + i) % 12 + 1) for i in range(12)]


def calendar_month(year: int, first_month: int, position: int) -> tuple[int, int]:
    """The (year, month) of a 1-based position in the period."""
    return period_months(year, first_month)[_check_month(position) - 1]


def action_span(action: Action) -> tuple[int, int]:
    """Start and end positions, clamped to 1..12 and ordered (old files may hold anything)."""
    start = min(max(int(action.start_month or 1), 1), 12)
    end = min(max(int(action.end_month or 12), 1), 12)
    return (start, end) if start <= end else (end, start)


def action_months(action: Action) -> list[int]:
    """The positions (1..12) in which the action happens, in order.

    Its chosen months when it has some (bad values of an old or edited file
    are left out), else every month of its span.
    """
    chosen = sorted({int(m) for m in action.months
                     if isinstance(m, int) and not isinstance(m, bool) and 1 <= m <= 12})
    if chosen:
        return chosen
    start, end = action_span(action)
    return list(range(start, end + 1))


def _check_month(month: object) -> int:
    try:
        value = int(month)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise PlanError("month_range", month=month) from None
    if not 1 <= value <= 12:
        raise PlanError("month_range", month=month)
    return value


# -- editing (each function is one change the UI applies through the document) --
def find_action(ws: Workshop, action_id: str) -> Action:
    for action in ws.plan.actions:
        if action.id == action_id:
            return action
    raise PlanError("unknown_action", id=action_id)


def add_action(ws: Workshop, title: str, theme: str | None = None,
               idea: str | None = None) -> Action:
    if not title.strip():
        raise PlanError("title_empty")
    action = Action(id=new_id("A", [a.id for a in ws.plan.actions]), title=title.strip(),
                    theme=theme, idea=idea)
    if ws.plan.url_pattern:
        taken = {_url_tail(a.url) for a in ws.plan.actions}
        action.url = url_from_pattern(ws.plan.url_pattern, action, taken)
    touch_attr(ws.plan, "actions")
    ws.plan.actions.append(action)
    return action


def remove_action(ws: Workshop, action_id: str) -> None:
    action = find_action(ws, action_id)
    touch_attr(ws.plan, "actions")
    ws.plan.actions.remove(action)


_TEXT_FIELDS = {"title", "description", "budget", "indicator", "theme", "idea", "done", "result"}


def update_action(ws: Workshop, action_id: str, **changes: object) -> Action:
    """Change some fields of an action, all checked before any is written."""
    action = find_action(ws, action_id)
    # the history and its date are written by statuses.record, never set directly
    known = {f.name for f in fields(Action)} - {"id", "history", "updated"}
    clean: dict[str, object] = {}
    for name, value in changes.items():
        if name not in known:
            raise PlanError("unknown_field", field=name)
        clean[name] = _clean_field(name, value)
    if "months" in clean and clean["months"]:
        chosen: list[int] = clean["months"]  # type: ignore[assignment]
        clean.setdefault("start_month", chosen[0])
        clean.setdefault("end_month", chosen[-1])
    start = clean.get("start_month", action.start_month)
    end = clean.get("end_month", action.end_month)
    if int(end) < int(start):  # type: ignore[arg-type]
        raise PlanError("month_order")
    if "months" not in clean and action.months and ("start_month" in clean
                                                    or "end_month" in clean):
        # a new span keeps the chosen months that lie in it (none left: the whole span)
        clean["months"] = [m for m in action.months if int(start) <= m <= int(end)]  # type: ignore[call-overload]
    status = clean.get("status", action.status)
    reason = clean.get("status_reason", action.status_reason)
    touches_status = "status" in clean or "status_reason" in clean
    if touches_status and status == "abandoned" and not str(reason).strip():
        raise PlanError("reason_needed")
    touch(action)
    for name, value in clean.items():
        if name not in ("status", "status_reason"):
            setattr(action, name, value)
    if touches_status:  # dated in the history the bilan page shares
        statuses.record(action, str(status), str(reason))
    return action


def set_action_months(ws: Workshop, action_id: str, months: list[int]) -> Action:
    """Choose the months of an action (positions in the period); [] is its whole span.

    The span becomes first to last chosen month, so a file read by an
    older release still shows the action over the right months.
    """
    return update_action(ws, action_id, months=months)


def set_contact(ws: Workshop, text: str) -> str:
    """Who to ask about the plan, printed on it (one line)."""
    touch_attr(ws.plan, "contact")
    ws.plan.contact = " ".join(str(text or "").split())
    return ws.plan.contact


def _clean_field(name: str, value: object) -> object:
    if name == "title":
        if not str(value).strip():
            raise PlanError("title_empty")
        return str(value).strip()
    if name in ("start_month", "end_month"):
        return _check_month(value)
    if name == "months":
        if isinstance(value, (str, bytes)) or not hasattr(value, "__iter__"):
            raise PlanError("month_range", month=value)
        return sorted({_check_month(m) for m in value})  # type: ignore[union-attr]
    if name == "url":
        return normalise_url(str(value)) if str(value).strip() else ""
    if name == "status":
        if value not in ACTION_STATUSES:
            raise PlanError("status", status=value)
        return value
    if name == "referents":
        items = value.split("\n") if isinstance(value, str) else list(value)  # type: ignore[arg-type]
        return [str(r).strip() for r in items if str(r).strip()]
    if name in _TEXT_FIELDS or name == "status_reason":
        return None if value is None and name in ("theme", "idea") else str(value or "")
    return value


def set_general_url(ws: Workshop, raw: str) -> str:
    url = normalise_url(raw) if raw.strip() else ""
    touch_attr(ws.plan, "general_url")
    ws.plan.general_url = url
    return ws.plan.general_url


def set_period(ws: Workshop, year: int, first_month: int) -> None:
    first_month = _check_month(first_month)
    touch_attr(ws.plan, "year")
    touch_attr(ws.plan, "first_month")
    ws.plan.year = int(year)
    ws.plan.first_month = first_month


def set_residence(ws: Workshop, text: str) -> None:
    """The residence printed in the plan's header (empty: the first part of the place)."""
    touch_attr(ws.plan, "residence")
    ws.plan.residence = text.strip()


def set_url_pattern(ws: Workshop, pattern: str, fill: bool = True,
                    overwrite: bool = False) -> list[str]:
    """Keep the pattern; give every action without a URL (or all) its own.

    Returns the ids of the actions whose URL changed.
    """
    if not pattern.strip():
        touch_attr(ws.plan, "url_pattern")
        ws.plan.url_pattern = ""
        return []
    checked = check_pattern(pattern)
    touch_attr(ws.plan, "url_pattern")
    ws.plan.url_pattern = checked
    if not fill:
        return []
    changed = []
    keep = [a for a in ws.plan.actions if a.url and not overwrite]
    taken = {_url_tail(a.url) for a in keep}
    for action in ws.plan.actions:
        if action.url and not overwrite:
            continue
        touch(action).url = url_from_pattern(ws.plan.url_pattern, action, taken)
        changed.append(action.id)
    return changed


def _url_tail(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[-1] if url else ""
