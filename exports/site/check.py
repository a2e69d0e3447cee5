"""What the written folder really holds, checked against the printed QR codes.

Read from the disk, not from what was meant to be written: every action
address under the site's base must have its file; the general address
must lead to the index; no page may name a person who did not agree (a
name typed in a description is caught here); no page may run a script or
load anything from elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from exports.site.addresses import place, site_base
from workshop import referents
from workshop.model import Workshop
from workshop.plan import printable_url

_EXTERNAL = re.compile(r"^\s*([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_CSS_URL = re.compile(r"url\s*\(|@import", re.IGNORECASE)


@dataclass
class SiteCheck:
    """What a reader of the printed codes will meet once the folder is at :attr:`base`."""

    base: str
    reached: list[tuple[str, str]] = field(default_factory=list)     # (title, url) with page
    missing: list[tuple[str, str]] = field(default_factory=list)     # under base, no file
    unmappable: list[tuple[str, str]] = field(default_factory=list)  # under base, no file name
    outside: list[tuple[str, str]] = field(default_factory=list)     # leads elsewhere
    general: str = ""            # the general address as printed ("" when none)
    general_ok: bool = True
    names: list[tuple[str, str]] = field(default_factory=list)       # (name, page)
    unsafe: list[str] = field(default_factory=list)                  # pages with a script…

    @property
    def ok(self) -> bool:
        return not (self.missing or self.unmappable or self.names or self.unsafe
                    or not self.general_ok)


def check_site(ws: Workshop, folder: Path) -> SiteCheck:
    folder = Path(folder)
    base = site_base(ws)
    result = SiteCheck(base)
    for action in [*ws.plan.actions, *ws.bilan.actions]:
        url = printable_url(action.url)
        if not url:
            continue
        where = place(url, base)
        if where.kind == "outside":
            result.outside.append((action.title, url))
        elif where.kind == "unmappable":
            result.unmappable.append((action.title, url))
        elif folder.joinpath(*where.path.parts).is_file():
            result.reached.append((action.title, url))
        else:
            result.missing.append((action.title, url))
    result.general = printable_url(ws.plan.general_url)
    if result.general:
        where = place(result.general, base)
        result.general_ok = where.kind == "page" and folder.joinpath(*where.path.parts).is_file()
    private = [name for name in referents.private_names(ws) + [ws.facilitator.strip()] if name]
    for page in sorted(folder.rglob("*.html")):
        source = page.read_text(encoding="utf-8")
        where = page.relative_to(folder).as_posix()
        seen = " ".join(unescape(source).split()).casefold()
        result.names += [(name, where) for name in private
                         if " ".join(name.split()).casefold() in seen]
        if not _self_contained(source):
            result.unsafe.append(where)
    return result


class _References(HTMLParser):
    """Collects what a page would run or fetch: scripts, addresses, CSS imports."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bad = False
        self._in_style = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "iframe", "object", "embed", "link", "img", "base"):
            self.bad = True
        self._in_style = tag == "style"
        for name, value in attrs:
            if name.startswith("on"):
                self.bad = True
            if name in ("href", "src", "action", "srcset", "poster", "data") and value \
                    and _EXTERNAL.match(value):
                self.bad = True
            if name == "style" and value and _CSS_URL.search(value):
                self.bad = True

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style and _CSS_URL.search(data):
            self.bad = True


def _self_contained(source: str) -> bool:
    parser = _References()
    parser.feed(source)
    parser.close()
    return not parser.bad
