"""The harvest of one theme in the compte rendu: the capitaines' summaries, the nappes.

For each table of the theme: its summary round by round, then its photos,
two side by side, each under a caption (table, round).  A photo is embedded
as a JPEG made for the report (:func:`workshop.storage.photos.report_jpeg`:
at most 1,400 pixels and 650 kB, no metadata), passed through to the PDF
without being decoded again, so twenty photos stay far under 20 MB.  A photo
whose file is missing is named, not silently dropped.
"""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Spacer, Table, TableStyle

from exports.paper_data import HarvestPhoto, HarvestTable
from exports.pdf.base import LIGHT, colour
from exports.pdf.fonts import FAMILY
from workshop.storage.photos import report_jpeg

PHOTO_HEIGHT = 85 * mm   # two photos of a row; a page holds two rows and their captions
GUTTER = 4 * mm


def harvest_flowables(renderer, tables: list[HarvestTable], title: str,
                      theme_colour: str) -> list[Flowable]:
    """The theme's heading, then each table's summaries and photos (nothing if none)."""
    if not tables:
        return []
    _ = renderer.t.gettext
    width = renderer.frame_width
    band = Table([[renderer.para(_("Récolte — {theme}").format(theme=title), "h3")]],
                 colWidths=[width],
                 style=TableStyle([("FONT", (0, 0), (-1, -1), FAMILY, 8.5),
                                   ("LINEBEFORE", (0, 0), (0, 0), 6, colour(theme_colour)),
                                   ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    out: list[Flowable] = []
    opening: list[Flowable] = [Spacer(1, 4 * mm), band]
    for table in tables:
        body: list[Flowable] = []
        for label, text in table.summaries:
            body.append(renderer.para(text, "body", bold_prefix=label))
            body.append(Spacer(1, 1.5 * mm))
        body += _photos(renderer, table.photos, width)
        # never a heading alone at the foot of a page: it goes with what follows it
        first = 2 if table.summaries else 1
        out.append(KeepTogether(opening + [renderer.para(table.name, "h3")] + body[:first]))
        out += body[first:]
        opening = []
    return out


def _photos(renderer, photos: list[HarvestPhoto], width: float) -> list[Flowable]:
    _ = renderer.t.gettext
    cell_w = (width - GUTTER) / 2
    cells: list[list[Flowable]] = []
    for photo in photos:
        found = report_jpeg(photo.path) if photo.path is not None else None
        if found is None:
            cells.append([renderer.para(_("Photo introuvable : {caption}").format(
                caption=photo.caption), "small")])
            continue
        data, w, h = found
        scale = min(cell_w / w, PHOTO_HEIGHT / h)
        cells.append([Image(io.BytesIO(data), w * scale, h * scale),
                      renderer.para(photo.caption, "small")])
    out: list[Flowable] = []
    for start in range(0, len(cells), 2):
        row = cells[start:start + 2] + ([[]] if len(cells[start:start + 2]) == 1 else [])
        out.append(Table([row], colWidths=[cell_w + GUTTER / 2, cell_w + GUTTER / 2],
                         hAlign="LEFT",
                         style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), GUTTER / 2),
                                           ("TOPPADDING", (0, 0), (-1, -1), 2 * mm)])))
    return out
