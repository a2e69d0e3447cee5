"""PDF documents for a workshop (ReportLab, A4, no Qt).

:func:`export_all` writes every document of :func:`documents_for` (nine, ten with
last year's bilan); each is built from a plain data object (:mod:`exports.data`)
by a renderer following one pattern (:mod:`exports.pdf.base`).  Files are written
atomically, so a cancelled or
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
    ("table_cards", "chevalets-de-table.pdf"),
    ("easy_itineraries", "itineraires-gros-caracteres.pdf"),
    ("easy_report", "restitution-facile-a-lire.pdf"),
]
#: written too when the workshop carries last year's bilan
BILAN = ("bilan", "bilan.pdf")


def documents_for(workshop: Workshop) -> list[tuple[str, str]]:
    """The documents of this workshop: the nine, and the bilan when it has one."""
    from workshop.bilan import has_past

    return DOCUMENTS + ([BILAN] if has_past(workshop) else [])


def render(key: str, workshop: Workshop, t: gettext.NullTranslations | None = None,
           cleaner=None, cancel=None, anonymous: bool = False,
           photos: Path | None = None) -> bytes:
    """The PDF bytes of one document, its words from ``t`` (None: French).

    ``photos`` is the workshop's photo folder (``WorkshopStore.photo_dir``): the
    compte rendu prints the photos of the nappes from there.
    """
    from exports import bilan_data, data, paper_data
    from exports.documents.easy_itineraries import EasyItinerariesRenderer
    from exports.documents.easy_report import EasyReportRenderer
    from exports.documents.table_cards import TableCardsRenderer
    from exports.documents.annual_plan import AnnualPlanRenderer
    from exports.documents.bilan import BilanRenderer
    from exports.documents.attendance import AttendanceRenderer
    from exports.documents.host_sheets import HostSheetsRenderer
    from exports.documents.itineraries import ItinerariesRenderer
    from exports.documents.poster import PosterRenderer
    from exports.documents.report import ReportRenderer

    t = t or gettext.NullTranslations()
    builders = {
        "annual_plan": (AnnualPlanRenderer, lambda: data.plan_doc(workshop, t)),
        "poster": (PosterRenderer, lambda: data.plan_doc(workshop, t)),
        "report": (ReportRenderer, lambda: _with_harvest(_with_bilan(
            data.report_doc(workshop, t, anonymous), workshop, t), workshop, t, photos)),
        "bilan": (BilanRenderer, lambda: bilan_data.bilan_doc(workshop, t)),
        "host_sheets": (HostSheetsRenderer, lambda: data.host_doc(workshop, t)),
        "itineraries": (ItinerariesRenderer, lambda: data.itinerary_doc(workshop, t)),
        "attendance": (AttendanceRenderer, lambda: data.attendance_doc(workshop, t)),
        "table_cards": (TableCardsRenderer, lambda: paper_data.table_cards_doc(workshop, t)),
        "easy_itineraries": (EasyItinerariesRenderer,
                             lambda: paper_data.easy_itinerary_doc(workshop, t)),
        "easy_report": (EasyReportRenderer, lambda: paper_data.easy_report_doc(workshop, t)),
    }
    renderer, build = builders[key]
    return renderer(build(), t, cleaner, cancel).generate()


def _with_bilan(report, workshop: Workshop, t):
    """The compte rendu opens with the bilan when the workshop carries last year's."""
    from exports import bilan_data
    from workshop.bilan import has_past

    if has_past(workshop):
        report.bilan = bilan_data.bilan_doc(workshop, t)
    return report


def _with_harvest(report, workshop: Workshop, t, photos: Path | None):
    """Each theme of the compte rendu opens with its tables' summaries and photos.

    The version without names prints no photo: a nappe may carry names, a photo faces.
    """
    from exports.paper_data import harvest_by_theme

    report.harvest = harvest_by_theme(workshop, t, photos, with_photos=not report.anonymous)
    report.photos_left_out = report.anonymous and bool(workshop.photos)
    return report


def export_all(workshop: Workshop, out_dir: Path, t: gettext.NullTranslations | None = None,
               progress: Callable[[int, int, str], None] | None = None,
               cancel: Callable[[], bool] | None = None, anonymous: bool = False,
               missing: set[str] | None = None, photos: Path | None = None) -> list[Path]:
    """Write the PDFs (:func:`documents_for`) into ``out_dir`` and return their paths.

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
    wanted = documents_for(workshop)
    for done, (key, name) in enumerate(wanted):
        if cancel and cancel():
            raise ExportCancelled()
        if progress:
            progress(done, len(wanted), name)
        pdf = render(key, workshop, t, cleaner, cancel, anonymous, photos)
        write_atomic(out_dir / name, pdf)
        written.append(out_dir / name)
    if progress:
        progress(len(wanted), len(wanted), "")
    if cleaner.missing:
        log.warning("characters replaced in the PDFs: %s", cleaner.report())
        if missing is not None:
            missing.update(cleaner.missing)
    return written
