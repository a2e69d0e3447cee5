"""The projector window and its controller (``window.projector``).

The window stacks one screen per kind of step plus, on request, a custom
widget (ideas of a theme, vote results: ``show_custom(widget)``; ``None``
goes back to the step).  The controller opens it on the right screen,
follows projectors being plugged or unplugged, and feeds it the show's
content and clock face.  Esc leaves fullscreen, F11 (or F) toggles it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import QStackedLayout, QWidget

from ui.projector.placement import Placement, apply_placement, current_placement, plan_placement
from ui.projector.view import ClockFace, StepContent

SCREEN_SETTING = "projector/screen"


class ProjectorWindow(QWidget):
    """A top-level window showing one screen at a time."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        # Qt adds « — Café Conversation » itself (the application display name)
        self.setWindowTitle(self.tr("Projecteur"))
        self.setAccessibleName(self.tr("Projecteur"))
        from ui.projector.bilan import BilanScreen
        from ui.projector.screens import PlainScreen, RoundScreen, TransitionScreen

        self.screens = {
            "plain": PlainScreen(), "empty": PlainScreen(),
            "round": RoundScreen(), "transition": TransitionScreen(), "bilan": BilanScreen(),
        }
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        for screen in self.screens.values():
            self.stack.addWidget(screen)
        self.custom: QWidget | None = None
        self.content = StepContent()
        self.face = ClockFace()
        self.resize(1280, 720)

    @property
    def current(self):
        return self.screens.get(self.content.kind, self.screens["plain"])

    def show_content(self, content: StepContent) -> None:
        self.content = content
        screen = self.current
        screen.set_content(content)
        screen.set_face(self.face)
        if self.custom is None:
            self.stack.setCurrentWidget(screen)

    def show_face(self, face: ClockFace) -> None:
        self.face = face
        self.current.set_face(face)
        self.setAccessibleDescription(f"{self.content.title} {face.text} {face.status}".strip())

    def show_custom(self, widget: QWidget | None) -> None:
        if self.custom is not None and self.custom is not widget:
            self.stack.removeWidget(self.custom)
            self.custom.hide()
            self.custom.setParent(None)
        self.custom = widget
        if widget is None:
            self.stack.setCurrentWidget(self.current)
            return
        if self.stack.indexOf(widget) < 0:
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        if key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif key in (Qt.Key.Key_F11, Qt.Key.Key_F):
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.closed.emit()
        super().closeEvent(event)


class ProjectorController(QObject):
    """Opens, places and feeds the projector window; ``window.projector``."""

    open_changed = Signal(bool)
    #: a screen was plugged in or unplugged (lists of screens are filled again)
    screens_changed = Signal()

    def __init__(self, engine, settings=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.settings = settings
        self.window: ProjectorWindow | None = None
        self.placement: Placement | None = None
        self._wanted = str(settings.value(SCREEN_SETTING, "") or "") if settings else ""
        engine.content_changed.connect(self._on_content)
        engine.ticked.connect(self._on_face)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)

    # -- opening -----------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.window is not None and self.window.isVisible()

    @property
    def wanted_screen(self) -> str:
        return self._wanted

    def open(self) -> ProjectorWindow:
        if self.window is None:
            self.window = ProjectorWindow()
            self.window.closed.connect(self._on_closed)
            self.window.show_face(self.engine.face())
            self.window.show_content(self.engine.content())
        self.place()
        self.window.raise_()
        self.open_changed.emit(True)
        return self.window

    def close(self) -> None:
        if self.window is not None:
            self.window.close()

    def _on_closed(self) -> None:
        self.open_changed.emit(False)

    def place(self, placement: Placement | None = None) -> None:
        self.placement = placement or current_placement(self._wanted)
        apply_placement(self.window, self.placement)

    def choose_screen(self, name: str) -> None:
        """Remember the facilitator's choice (by name, as screens come and go)."""
        self._wanted = name
        if self.settings is not None:
            self.settings.set_value(SCREEN_SETTING, name)
        if self.is_open:
            self.place()

    def screen_names(self) -> list[str]:
        return [s.name() for s in QGuiApplication.screens()]

    # -- content -----------------------------------------------------------------
    def show_custom(self, widget: QWidget | None) -> None:
        """Project ``widget`` instead of the step screen (``None``: back to the step)."""
        if widget is not None and not self.is_open:
            self.open()
        if self.window is not None:
            self.window.show_custom(widget)

    def _on_content(self, content: StepContent) -> None:
        if self.window is not None:
            self.window.show_content(content)

    def _on_face(self, face: ClockFace) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.show_face(face)

    # -- screens plugged and unplugged ---------------------------------------------
    def _on_screen_added(self, _screen: QScreen) -> None:
        self.screens_changed.emit()
        if self.is_open:
            self.place()

    def _on_screen_removed(self, screen: QScreen) -> None:
        # emitted after Qt has forgotten the screen: lists then name only the others
        QTimer.singleShot(0, self.screens_changed.emit)
        if not self.is_open:
            return
        app = QGuiApplication.instance()
        remaining = [s for s in app.screens() if s is not screen]
        primary = app.primaryScreen()
        if primary is screen:
            primary = remaining[0] if remaining else None
        self.place(plan_placement(remaining, primary, self._wanted,
                                  QGuiApplication.platformName()))
