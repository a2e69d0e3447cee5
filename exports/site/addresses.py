"""Which file of the site folder answers each printed address.

The folder is uploaded to the site's *base* address: the general follow-up
page (``https://exemple.coop/suivi`` → base ``https://exemple.coop/suivi/``),
else what the address pattern has before ``{action}``.  Then an address
under the base names a file: ``…/suivi/fete-des-voisins`` is
``fete-des-voisins/index.html`` (a web server answers a folder with its
``index.html``), and the base itself is ``index.html``.  An address with a
query or fragment, or a part that is no plain file name (``..``, ``a\\b``),
cannot be a file of the folder: it is reported, never written somewhere odd.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit, urlunsplit

from workshop.model import Workshop
from workshop.plan import PATTERN_FIELD, printable_url

INDEX = PurePosixPath("index.html")
_SEGMENT = re.compile(r"[\w.~-]+")
#: names Windows refuses for a folder or a file, whatever follows the dot
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)),
             *(f"lpt{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class Placement:
    """Where an address leads: ``page`` (a file of the folder), ``outside`` or ``unmappable``."""

    kind: str
    path: PurePosixPath | None = None


def site_base(ws: Workshop) -> str:
    """The address the folder is uploaded to, ending in ``/`` (``""``: none can be told)."""
    general = printable_url(ws.plan.general_url)
    if general:
        return _folder_of(general)
    pattern = (ws.plan.url_pattern or "").strip()
    if PATTERN_FIELD in pattern:
        head = pattern.split(PATTERN_FIELD, 1)[0]
        url = printable_url(head.rsplit("/", 1)[0] + "/") if "/" in head else ""
        return _folder_of(url) if url else ""
    return ""


def _folder_of(url: str) -> str:
    parts = urlsplit(url)
    path = parts.path or "/"
    if path.endswith((".html", ".htm")):
        path = path.rsplit("/", 1)[0] + "/"
    elif not path.endswith("/"):
        path += "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def place(url: str, base: str) -> Placement:
    """Where ``url`` (as printed: normalised) leads once the folder is at ``base``."""
    url = printable_url(url)
    if not url or not base:
        return Placement("outside")
    if url.rstrip("/") == base.rstrip("/") or url in (base + "index.html", base + "index.htm"):
        return Placement("page", INDEX)
    if not url.startswith(base):
        return Placement("outside")
    rest = url[len(base):]
    if "?" in rest or "#" in rest:
        return Placement("unmappable")
    segments = [unquote(s) for s in rest.strip("/").split("/")]
    if not all(_plain(s) for s in segments):
        return Placement("unmappable")
    if segments[-1].lower().endswith((".html", ".htm")):
        return Placement("page", PurePosixPath(*segments))
    return Placement("page", PurePosixPath(*segments, "index.html"))


def _plain(segment: str) -> bool:
    return (bool(_SEGMENT.fullmatch(segment)) and segment not in (".", "..")
            and segment.split(".", 1)[0].lower() not in _RESERVED)
