"""Write a PNG of every page of the facilitator window, on the demo workshop.

``make screenshots`` runs it offscreen; the PNGs go to ``docs/screenshots/``
(the README shows them), at 1280 × 720, and at 125 % in 1024 × 540 logical
pixels to ``docs/screenshots/125/`` (the smallest the window must serve).  ``--scale 1.5`` renders as on a 150 % screen and
``--lang en`` in English; ``--out`` picks another folder.  The rotation is
planned first so that the Rotations page shows a real grid.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--lang", choices=["fr", "en"], default="fr")
    parser.add_argument("--size", default="1280x720",
                        help="window size in device-independent pixels (a 1366 × 768 laptop)")
    return parser.parse_args()


def pump(app, seconds: float = 0.15) -> None:
    """Let queued layout and show events run (new children appear a turn later)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    args = parse()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)  # must precede the QApplication
    from PySide6.QtCore import QSettings, QStandardPaths

    from ui.app import make_application
    from ui.document import WorkshopDocument
    from ui.i18n import install_language
    from ui.app import CafeApp
    from ui.settings import Settings
    from workshop import editing
    from workshop.demo import demo_workshop, place_demo_photos
    from workshop.rotation import plan_rotation, problem_from_workshop
    from workshop.storage.store import WorkshopStore

    app = make_application(["screenshots"])
    QStandardPaths.setTestModeEnabled(True)
    install_language(args.lang)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        workshop = demo_workshop()
        result = plan_rotation(problem_from_workshop(workshop), seed=0, time_limit=2.0)
        editing.set_rounds(workshop, result.rounds)
        store = WorkshopStore(Path(folder) / "atelier-demo.json")
        store.save(workshop)
        place_demo_photos(workshop, store.photo_dir)
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        window = CafeApp(WorkshopDocument(workshop, store), settings).window
        width, height = (int(v) for v in args.size.split("x"))
        window.resize(width, height)
        window.show()
        pump(app)
        for number, key in enumerate([spec.key for spec in window.specs], start=1):
            window.show_page(key)
            pump(app)
            if key == "ideas":  # the harvest of a table with a summary and a photo
                page = window.pages[key]
                page.table_combo.select(workshop.tables[0].id)
                page.round_combo.select(0)
                pump(app)
            path = args.out / f"{number:02d}-{key}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
