"""The harvest of the tables: each capitaine's summary of a round, photos of the nappes.

In a World Café most of the day happens on paper: people write and draw on
the tablecloth (la nappe) and the capitaine sums each round up to the next
group.  A summary is a short text per table and round; a photo is a file in
the workshop's photo folder (:mod:`workshop.storage.photos` prepares and
stores it) recorded here with its table and round.  Every function here
changes the workshop in place inside ``WorkshopDocument.apply`` and touches
what it changes.
"""

from __future__ import annotations

from workshop.errors import WorkshopError
from workshop.history import touch, touch_attr
from workshop.model import NappePhoto, RoundSummary, Workshop, new_id

#: a summary is a few sentences; a page of text belongs in the compte rendu itself
MAX_SUMMARY = 3000


class HarvestError(WorkshopError):
    """A summary or a photo that cannot be recorded."""

    domain = "harvest"


def _check_place(ws: Workshop, table: str | None, round_: int | None) -> None:
    if table is None or ws.table(table) is None:
        raise HarvestError("unknown_table", table=table or "")
    count = max(ws.rotation.round_count, len(ws.rotation.rounds))
    if round_ is not None and not 0 <= round_ < count:
        raise HarvestError("bad_round", round=round_ + 1, count=count)


def clean_summary(text: str) -> str:
    """Lines kept, spaces inside a line collapsed, blank lines at most one in a row."""
    lines = [" ".join(line.split()) for line in str(text).replace("\r", "\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def summary(ws: Workshop, table: str | None, round_: int | None) -> str:
    """The capitaine's summary of ``table`` in ``round_`` ("" when none was typed)."""
    found = _summary(ws, table, round_)
    return found.text if found else ""


def _summary(ws: Workshop, table: str | None, round_: int | None) -> RoundSummary | None:
    return next((s for s in ws.summaries if s.table == table and s.round == round_), None)


def set_summary(ws: Workshop, table: str, round_: int, text: str) -> None:
    """Record (or replace) the summary of one table and round; an empty text removes it."""
    if round_ is None:
        raise HarvestError("no_round")
    _check_place(ws, table, round_)
    cleaned = clean_summary(text)
    if len(cleaned) > MAX_SUMMARY:
        raise HarvestError("summary_too_long", length=len(cleaned), most=MAX_SUMMARY)
    found = _summary(ws, table, round_)
    if found is not None and found.text == cleaned:
        return
    if not cleaned:
        if found is not None:
            touch_attr(ws, "summaries")
            ws.summaries.remove(found)
        return
    if found is not None:
        touch(found).text = cleaned
        return
    touch_attr(ws, "summaries")
    ws.summaries.append(RoundSummary(table, round_, cleaned))
    ws.summaries.sort(key=lambda s: (_table_order(ws, s.table), s.round))


def _table_order(ws: Workshop, table: str) -> int:
    return next((i for i, t in enumerate(ws.tables) if t.id == table), len(ws.tables))


def add_photo(ws: Workshop, table: str, round_: int | None, file: str, width: int = 0,
              height: int = 0, faces: bool = False) -> NappePhoto:
    """Record a photo already written in the photo folder under ``file``."""
    _check_place(ws, table, round_)
    if not file:
        raise HarvestError("no_file")
    photo = NappePhoto(new_id("N", [p.id for p in ws.photos]), table, round_, file,
                       width, height, faces)
    touch_attr(ws, "photos")
    ws.photos.append(photo)
    return photo


def photo(ws: Workshop, photo_id: str) -> NappePhoto:
    found = next((p for p in ws.photos if p.id == photo_id), None)
    if found is None:
        raise HarvestError("unknown_photo")
    return found


def remove_photo(ws: Workshop, photo_id: str) -> None:
    """Take a photo out of the workshop (its file stays until nothing needs it: undo)."""
    found = photo(ws, photo_id)
    touch_attr(ws, "photos")
    ws.photos.remove(found)


def set_faces(ws: Workshop, photo_id: str, faces: bool) -> None:
    touch(photo(ws, photo_id)).faces = bool(faces)


def photos_of(ws: Workshop, table: str | None, round_: int | None = None,
              any_round: bool = False) -> list[NappePhoto]:
    """The photos of a table: of one round, or of every round (``any_round``)."""
    return [p for p in ws.photos if p.table == table and (any_round or p.round == round_)]


def photos_showing(ws: Workshop, pid: str) -> list[NappePhoto]:
    """Photos on which ``pid`` may be recognised: faces shown, at a table where they sat.

    Nobody can tell from the file who is on it, so a photo with faces taken
    at a table in a round counts for everyone seated there then (the
    capitaine too); a photo with faces and no round, for everyone who ever
    sat at the table.
    """
    hosted = {t.id for t in ws.tables if t.host == pid}
    seats = [{tid for tid, pids in rnd.seating.items() if pid in pids} | hosted
             for rnd in ws.rotation.rounds]
    found = []
    for item in ws.photos:
        if not item.faces:
            continue
        if item.round is None:
            sat = item.table in hosted or any(item.table in s for s in seats)
        else:
            sat = item.table in (seats[item.round] if item.round < len(seats) else hosted)
        if sat:
            found.append(item)
    return found
