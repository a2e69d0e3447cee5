"""An event's own documents: the combined restitution and the rooms' handouts.

Not part of :data:`exports.DOCUMENTS` (they mean something only for an
event, a workshop with rooms merged into it); the merge command and the
Rooms page write them.  Files are written atomically.
"""

from __future__ import annotations

import gettext
from pathlib import Path

from workshop.model import Workshop
from workshop.storage.atomic import write_atomic

#: (key, file name) in the order they are written
EVENT_DOCUMENTS = [
    ("event_restitution", "restitution-evenement.pdf"),
    ("room_handouts", "fiches-salles.pdf"),
]


def render_event(key: str, workshop: Workshop,
                 t: gettext.NullTranslations | None = None) -> bytes:
    """The PDF bytes of one of the event's documents, its words from ``t``."""
    from exports import event_data
    from exports.documents.event_restitution import EventRestitutionRenderer
    from exports.documents.room_handouts import RoomHandoutsRenderer

    t = t or gettext.NullTranslations()
    if key == "event_restitution":
        return EventRestitutionRenderer(event_data.event_doc(workshop, t), t).generate()
    return RoomHandoutsRenderer(event_data.handouts_doc(workshop, t), t).generate()


def write_event_documents(workshop: Workshop, out_dir: Path,
                          t: gettext.NullTranslations | None = None) -> list[Path]:
    """Write both documents into ``out_dir``; their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for key, name in EVENT_DOCUMENTS:
        write_atomic(out_dir / name, render_event(key, workshop, t))
        written.append(out_dir / name)
    return written
