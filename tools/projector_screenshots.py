"""Write ``docs/screenshots/projector-*.png``: the projector in each state.

Run with ``QT_QPA_PLATFORM=offscreen``.  A fake clock puts each countdown
where the picture needs it; the demo gets a simple seating so that « Qui
va où ? » has names, and a 60-person copy shows the paging.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.i18n import install_language
    from ui.projector.window import ProjectorWindow
    from ui.projector.view import clock_face, step_content
    from workshop.demo import crowd, demo_workshop, seat_in_turn
    from workshop.timer import Countdown

    install_language("fr")
    OUT.mkdir(parents=True, exist_ok=True)
    now = [1000.0]
    ws = demo_workshop()
    seat_in_turn(ws)
    win = ProjectorWindow()
    win.resize(1920, 1080)
    win.show()

    def shot(name: str, kind: str, nth: int = 0, elapsed: float | None = None,
             paused: bool = False) -> None:
        ws.show.step = [i for i, s in enumerate(ws.agenda) if s.kind == kind][nth]
        step = ws.agenda[ws.show.step]
        countdown = Countdown(step.minutes * 60, clock=lambda: now[0])
        if elapsed is not None:
            countdown.start()
            now[0] += elapsed
            if paused:
                countdown.pause()
        win.show_content(step_content(ws))
        win.show_face(clock_face(countdown, ws.show.warning_s))
        app.processEvents()
        path = OUT / f"projector-{name}.png"
        win.grab().save(str(path))
        print(path.relative_to(ROOT))

    shot("welcome", "welcome")
    shot("bilan", "bilan", elapsed=6 * 60)  # the second of three themes
    shot("round", "round", 1, elapsed=7 * 60 + 18)
    shot("round-warning", "round", 1, elapsed=18 * 60 + 25)
    shot("round-over", "round", 1, elapsed=21 * 60 + 7)
    shot("round-paused", "round", 1, elapsed=4 * 60, paused=True)
    shot("transition", "transition", 0, elapsed=40)
    shot("plenary", "plenary", elapsed=12 * 60)
    shot("vote", "vote", elapsed=14 * 60 + 10)
    shot("closing", "closing")
    crowd(ws, 60)
    win.resize(1280, 720)
    app.processEvents()
    shot("transition-60-page1", "transition", 0, elapsed=30)
    screen = win.screens["transition"]
    screen.page_clock = lambda: screen._shown_at + 8.5
    shot("transition-60-page2", "transition", 0, elapsed=30)
    win.close()
    nappe_shot(app)


def nappe_shot(app) -> None:
    """A table's nappe during the plenary: the demo's photo and its capitaine's words."""
    import tempfile

    from ui.document import WorkshopDocument
    from ui.projector.photos import PhotosProjector
    from workshop.demo import demo_workshop, place_demo_photos
    from workshop.storage.store import WorkshopStore

    with tempfile.TemporaryDirectory() as folder:
        ws = demo_workshop()
        store = WorkshopStore(Path(folder) / "demo.cafe")
        store.save(ws)
        place_demo_photos(ws, store.photo_dir)
        view = PhotosProjector(WorkshopDocument(ws, store), ws.tables[0].id)
        view.resize(1920, 1080)
        view.show()
        app.processEvents()
        path = OUT / "projector-nappe.png"
        view.grab().save(str(path))
        print(path.relative_to(ROOT))
        view.close()
        store.close()


if __name__ == "__main__":
    main()
