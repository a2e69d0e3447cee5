"""The demo workshop shipped in ``resources/`` (fictional people).

Also two small builders the projector tests and screenshots share: everyone
seated in turn, and a crowd of fictional names with accents.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from workshop.model import Participant, Round, Workshop
from workshop.storage.atomic import write_atomic
from workshop.storage.store import decode

DEMO_PATH = Path(str(files("resources") / "demo_workshop.json"))
#: the demo's two photos of nappes, drawn by tools/make_nappes.py (no real people)
DEMO_NAPPES = Path(str(files("resources") / "demo_nappes"))

FIRST_NAMES = ("Élodie", "Zoé", "Karim", "Aïcha", "Jean-Pierre", "Noël", "Œlian", "Hélène",
               "Mamadou", "Françoise")


def demo_workshop() -> Workshop:
    """A fresh copy of the demo workshop."""
    return decode(DEMO_PATH.read_bytes(), DEMO_PATH)


def place_demo_photos(ws: Workshop, folder: Path) -> None:
    """Copy the photos the demo names into a workshop's photo folder (a new demo file)."""
    for item in ws.photos:
        source = DEMO_NAPPES / item.file
        if source.is_file():
            Path(folder).mkdir(parents=True, exist_ok=True)
            write_atomic(Path(folder) / item.file, source.read_bytes())


def seat_in_turn(ws: Workshop, rounds: int = 3) -> None:
    """A plain seating plan: person ``i`` sits at table ``i + k`` in round ``k``."""
    ws.rotation.rounds = []
    for k in range(rounds):
        seating = {t.id: [] for t in ws.tables}
        for i, person in enumerate(ws.participants):
            seating[ws.tables[(i + k) % len(ws.tables)].id].append(person.id)
        ws.rotation.rounds.append(Round(seating))


def crowd(ws: Workshop, count: int, rounds: int = 3) -> None:
    """Replace the people by ``count`` distinct fictional ones, seated in turn."""
    first = FIRST_NAMES
    ws.participants = [Participant(f"X{i:02d}", first[i % len(first)],
                                   "ABCDEFGH"[i // len(first)] + f"nom{i:02d}")
                       for i in range(count)]
    seat_in_turn(ws, rounds)
