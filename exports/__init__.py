"""PDF documents for a workshop (ReportLab, A4, no Qt).

:func:`export_all` writes the six documents; each is built from a plain
data object (:mod:`exports.data`) by a renderer following one pattern
(:mod:`exports.pdf.base`).  Files are written atomically, so a cancelled or
failed export never leaves half a PDF behind.

The language is the caller's choice: it passes a gettext translations object
``t`` (the command line and the UI pass ``ui.text.catalogue(lang)``); ``None``
prints the French sources.  Exports import neither the UI nor Qt.
"""

from __future__ import annotations

import gettext
import logging
from collections.abc import Callable
from pathlib import Path

from workshop.storage.atomic import write_atomic
from workshop.model import Workshop

log = logging.getLogger(__name__)

#: (key, file name, what it is) in the order they are written
DOCUMENTS = [
    ("annual_plan", "programmation-annuelle.pdf"),
    ("poster", "affiche-de-suivi.pdf"),
    ("report", "compte-rendu.pdf"),
    ("host_sheets", "fiches-capitaine.pdf"),
    ("itineraries", "itineraires.pdf"),
    ("attendance", "feuille-emargement.pdf"),
]


def render(key: str, workshop: Workshop, t: gettext.NullTranslations | None = None,
           cleaner=None, cancel=None, anonymous: bool = False) -> bytes:
    """The PDF bytes of one document, its words from ``t`` (None: French)."""
    from exports import data
    from exports.documents.annual_plan import AnnualPlanRenderer
    from exports.documents.attendance import AttendanceRenderer
    from exports.documents.host_sheets import HostSheetsRenderer
    from exports.documents.itineraries import ItinerariesRenderer
    from exports.documents.poster import PosterRenderer
    from exports.documents.report import ReportRenderer

    t = t or gettext.NullTranslations()
    builders = {
        "annual_plan": (AnnualPlanRenderer, lambda: data.plan_doc(workshop, t)),
        "poster": (PosterRenderer, lambda: data.plan_doc(workshop, t)),
        "report": (ReportRenderer, lambda: data.report_doc(workshop, t, anonymous)),
        "host_sheets": (HostSheetsRenderer, lambda: data.host_doc(workshop, t)),
        "itineraries": (ItinerariesRenderer, lambda: data.itinerary_doc(workshop, t)),
        "attendance": (AttendanceRenderer, lambda: data.attendance_doc(workshop, t)),
    }
    renderer, build = builders[key]
    return renderer(build(), t, cleaner, cancel).generate()


def export_all(workshop: Workshop, out_dir: Path, t: gettext.NullTranslations | None = None,
               progress: Callable[[int, int, str], None] | None = None,
               cancel: Callable[[], bool] | None = None, anonymous: bool = False,
               missing: set[str] | None = None) -> list[Path]:
    """Write the six PDFs into ``out_dir`` and return their paths.

    ``progress(done, total, file_name)`` is called before each document
    and once at the end; ``cancel()`` returning true stops at the next
    page with :class:`exports.pdf.base.ExportCancelled` (files already written
    stay, the one in progress is not written).  Characters the font cannot
    draw are printed as a visible sign and added to ``missing``.
    """
    from exports.pdf.base import ExportCancelled
    from exports.pdf.text import TextCleaner

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    cleaner = TextCleaner()
    written = []
    for done, (key, name) in enumerate(DOCUMENTS):
        if cancel and cancel():
            raise ExportCancelled()
        if progress:
            progress(done, len(DOCUMENTS), name)
        pdf = render(key, workshop, t, cleaner, cancel, anonymous)
        write_atomic(out_dir / name, pdf)
        written.append(out_dir / name)
    if progress:
        progress(len(DOCUMENTS), len(DOCUMENTS), "")
    if cleaner.missing:
        log.warning("characters replaced in the PDFs: %s", cleaner.report())
        if missing is not None:
            missing.update(cleaner.missing)
    return written
