"""Screen choice: planning with stand-in screens, placing on two virtual screens.

The offscreen platform accepts a JSON list of screens (``configfile``): a
child process starts Qt with a laptop screen and a projector screen, and we
read where the real window landed.  What offscreen cannot show: a projector
plugged in or out while running, and Wayland's refusal to place windows;
those paths are tested on the planning function.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from ui.projector.placement import plan_placement

ROOT = Path(__file__).resolve().parents[1]


class FakeScreen:
    def __init__(self, name: str) -> None:
        self._name = name

    def name(self) -> str:
        return self._name


LAPTOP, BEAMER, TV = FakeScreen("eDP-1"), FakeScreen("HDMI-1"), FakeScreen("DP-2")


def test_second_screen_gets_the_projector_fullscreen():
    plan = plan_placement([LAPTOP, BEAMER], LAPTOP, "", "xcb")
    assert (plan.screen, plan.fullscreen, plan.reason) == (BEAMER, True, "projector")


def test_chosen_screen_by_name_wins():
    plan = plan_placement([LAPTOP, BEAMER, TV], LAPTOP, "DP-2", "windows")
    assert (plan.screen, plan.reason) == (TV, "chosen")


def test_a_chosen_screen_that_is_gone_falls_back_to_the_other_one():
    plan = plan_placement([LAPTOP, BEAMER], LAPTOP, "DP-2", "xcb")
    assert plan.screen is BEAMER


def test_single_screen_opens_a_window_not_fullscreen():
    plan = plan_placement([LAPTOP], LAPTOP, "", "windows")
    assert (plan.screen, plan.fullscreen, plan.reason) == (LAPTOP, False, "single")


def test_wayland_gets_a_movable_window():
    plan = plan_placement([LAPTOP, BEAMER], LAPTOP, "", "wayland")
    assert not plan.fullscreen and plan.reason == "wayland"


CHILD = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from ui.document import WorkshopDocument
    from ui.projector.window import ProjectorController
    from ui.show.engine import ShowEngine
    from workshop.demo import demo_workshop
    engine = ShowEngine(WorkshopDocument(demo_workshop(), None))
    projector = ProjectorController(engine)
    out = {"screens": [s.name() for s in app.screens()]}
    def where(key):
        app.processEvents()
        w = projector.window
        g = w.geometry()
        out[key] = [w.screen().name(), g.x(), g.y(), g.width(), g.height(), w.isFullScreen()]
    projector.open(); where("auto")
    projector.choose_screen("Portable"); where("laptop")
    projector.choose_screen(""); where("back")
    print(json.dumps(out))
""")


def test_two_virtual_screens(tmp_path):
    config = {"screens": [
        {"name": "Portable", "x": 0, "y": 0, "width": 1366, "height": 768,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "Projecteur", "x": 1366, "y": 0, "width": 1920, "height": 1080,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ]}
    path = tmp_path / "screens.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={path}",
           "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr
    out = json.loads(lines[-1])
    assert out["screens"] == ["Portable", "Projecteur"]
    assert out["auto"] == ["Projecteur", 1366, 0, 1920, 1080, True]
    # the facilitator picks the laptop: with a second screen present it is honoured
    assert out["laptop"][0] == "Portable" and out["laptop"][1:5] == [0, 0, 1366, 768]
    assert out["back"] == ["Projecteur", 1366, 0, 1920, 1080, True]
