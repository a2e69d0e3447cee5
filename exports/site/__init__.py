"""The static follow-up site behind the QR codes: one folder to upload.

:func:`write_site` writes an index (residence, year, every action with its
status, months and référents' roles) and one page per action at
``DIR/<name>/index.html``, where ``<name>`` is what the action's follow-up
address names: with ``https://exemple.coop/suivi/{action}``, uploading DIR
to ``https://exemple.coop/suivi/`` makes every printed QR code lead to its
page, and the general address to ``DIR/index.html``
(:mod:`exports.site.addresses`).  Last year's actions carried into the
workshop keep their pages, so last year's codes still lead somewhere.

Parts: :mod:`~exports.site.content` (public data: names only with consent),
:mod:`~exports.site.pages` (the HTML), :mod:`~exports.site.folder` (written
aside, then swapped), :mod:`~exports.site.check` (read back from disk).
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from exports.site.addresses import INDEX, site_base
from exports.site.check import SiteCheck, check_site
from exports.site.content import site_doc
from exports.site.folder import MARKER, SiteError, write_folder
from exports.site.pages import render_index, render_page
from workshop.model import Workshop

__all__ = ["SiteCheck", "SiteError", "SiteReport", "check_site", "site_base", "site_files",
           "write_site"]


@dataclass
class SiteReport:
    """What was written and what the check found on disk."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    changed: list[PurePosixPath] = field(default_factory=list)
    check: SiteCheck | None = None


def site_files(ws: Workshop, t: gettext.NullTranslations | None = None,
               lang: str = "fr") -> dict[PurePosixPath, bytes]:
    """Every file of the site (relative path → bytes): the same data gives the same bytes."""
    t = t or gettext.NullTranslations()
    doc = site_doc(ws, t, lang)
    files = {INDEX: render_index(doc, t).encode("utf-8")}
    for page in doc.pages:
        files[page.path] = render_page(doc, page, t).encode("utf-8")
    note = t.gettext("Ce dossier est le site de suivi écrit par Café Conversation. Il est "
                     "remplacé en entier à chaque écriture : ne modifiez rien ici.")
    files[PurePosixPath(MARKER)] = (note + "\n").encode("utf-8")
    return files


def write_site(ws: Workshop, folder: Path, t: gettext.NullTranslations | None = None,
               lang: str = "fr") -> SiteReport:
    """Write the site into ``folder`` (replaced whole), then check it from the disk."""
    folder = Path(folder)
    files = site_files(ws, t, lang)
    changed = write_folder(folder, files)
    return SiteReport(folder, [folder.joinpath(*p.parts) for p in sorted(files)], changed,
                      check_site(ws, folder))
