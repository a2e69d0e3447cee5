"""Where the projector window goes: which screen, fullscreen or not.

Measured (PITFALLS): ``showFullScreen()`` alone lands on the laptop screen;
``setScreen`` + ``setGeometry`` first puts it on the projector.  Wayland
ignores placement, so there the window opens as a normal, movable window
that the facilitator drags and then makes fullscreen (F11).  With a single
screen the window is not made fullscreen either: it would hide the
facilitator's controls on the only screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Placement:
    screen: object            # a QScreen (or a stand-in with name() and geometry())
    fullscreen: bool
    reason: str               # "projector", "chosen", "single", "wayland"


def can_place_windows(platform_name: str) -> bool:
    return not platform_name.lower().startswith("wayland")


def choose_screen(screens: list, primary, wanted: str = "") -> tuple[object, str]:
    """The wanted screen by name if present, else the first that is not the laptop's."""
    if not screens:
        return primary, "single"
    for screen in screens:
        if wanted and screen.name() == wanted:
            return screen, "chosen"
    others = [s for s in screens if s is not primary and s != primary]
    if others:
        return others[0], "projector"
    return primary if primary is not None else screens[0], "single"


def plan_placement(screens: list, primary, wanted: str = "",
                   platform_name: str = "") -> Placement:
    screen, reason = choose_screen(screens, primary, wanted)
    if not can_place_windows(platform_name):
        return Placement(screen, False, "wayland")
    on_laptop_only = len(screens) <= 1
    return Placement(screen, not on_laptop_only, reason)


def current_placement(wanted: str = "") -> Placement:
    """The plan for the screens this application sees now."""
    app = QGuiApplication.instance()
    return plan_placement(list(app.screens()), app.primaryScreen(), wanted,
                          QGuiApplication.platformName())


def apply_placement(window: QWidget, placement: Placement) -> None:
    """Put ``window`` on the planned screen: screen and geometry first, then show."""
    screen: QScreen = placement.screen
    if placement.fullscreen:
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()
        return
    if window.isFullScreen():
        window.showNormal()
    if placement.reason != "wayland" and screen is not None:
        window.setScreen(screen)
        area = screen.availableGeometry()
        window.setGeometry(area.x() + area.width() // 8, area.y() + area.height() // 8,
                           area.width() * 3 // 4, area.height() * 3 // 4)
    else:
        window.resize(1280, 720)
    window.show()
