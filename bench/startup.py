"""Startup time: process start to the facilitator window painted, vs a bare PySide6 window.

Each run is a fresh ``python`` process (offscreen unless a display is set);
the parent measures from just before starting it to the line the child
prints once the window's first paint has been processed: an event filter
sees the window's first ``QEvent.Paint`` and posts the print, which runs
when that paint (children included) is done — what the facilitator sees.
Both children do exactly this.  The app finishes some start-up work
right after its first paint (the show engine and projector menu, the
retention reminder): it runs in the next event-loop pass, before any
click or key press is handled, so the window is fully usable within that
one pass.  That moment is measured too (the child's second line,
"started", queued behind that pass) and printed as well, for honesty.
Prints the median of 5 runs of each (``--runs N`` for more) and their
ratio (target ≤ 1.5).  On a shared 2-core machine the ratio of one
median of 5 moves between about 1.4 and 1.9: use more runs to compare.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5

# The same in both children: print "shown" once the first paint of
# ``window`` is processed, then quit.  The print is queued from the first
# Paint event, so it runs after the whole window (children too) is painted.
FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    def __init__(self, window):
        super().__init__()
        self.window, self.seen = window, False
        window.installEventFilter(self)

    def eventFilter(self, watched, event):
        if not self.seen and watched is self.window and event.type() == QEvent.Type.Paint:
            self.seen = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print("shown", flush=True)
        QTimer.singleShot(0, self.started)  # behind the work queued by the first paint

    def started(self):
        print("started", flush=True)
        app.quit()
"""

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
""" + FIRST_PAINT + """
watch = FirstPaint(window)
window.show()
app.exec()
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from ui.app import build_app, make_application
from ui.settings import Settings
app = make_application()
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = build_app(settings, path=Path(sys.argv[1])).window
""" + FIRST_PAINT + """
watch = FirstPaint(window)
window.show()
app.exec()
"""


def time_once(code: str, *args: str) -> tuple[float, float]:
    """Seconds from start to the first paint, and to the end of start-up."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed app has its bytecode compiled (pip does it); without this,
    # every start would recompile the project's modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = str(ROOT)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, env=env, cwd=ROOT, text=True)
    times = {}
    for line in child.stdout:
        times[line.strip()] = time.perf_counter() - start
        if "started" in times:
            break
    child.wait()
    if "shown" not in times or "started" not in times:
        raise RuntimeError("the window never showed")
    return times["shown"], times["started"]


def main() -> None:
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else RUNS
    sys.path.insert(0, str(ROOT))
    from workshop.demo import demo_workshop
    from workshop.storage.store import WorkshopStore

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.json"
        store = WorkshopStore(path)
        store.save(demo_workshop())
        store.close()
        ini = str(Path(folder) / "settings.ini")
        time_once(BARE)  # warm the disk cache and the bytecode of both
        time_once(APP, str(path), ini)
        bare, full, started = [], [], []
        for _ in range(runs):  # interleaved, so a busy moment hits both alike
            bare.append(time_once(BARE)[0])
            shown, done = time_once(APP, str(path), ini)
            full.append(shown)
            started.append(done)
    bare_median, full_median = statistics.median(bare), statistics.median(full)
    pairs = statistics.median(f / b for f, b in zip(full, bare))
    print(f"bare PySide6 window : median {bare_median * 1000:.0f} ms "
          f"({', '.join(f'{t * 1000:.0f}' for t in bare)})")
    print(f"Café Conversation   : median {full_median * 1000:.0f} ms "
          f"({', '.join(f'{t * 1000:.0f}' for t in full)})")
    print(f"ratio               : {full_median / bare_median:.2f} (target ≤ 1.5); "
          f"median of the {runs} paired ratios {pairs:.2f}")
    print(f"app start-up done   : median {statistics.median(started) * 1000:.0f} ms "
          "(its post-paint pass: show engine, projector menu, reminder)")


if __name__ == "__main__":
    main()
