"""The show in the facilitator window: the « Projecteur » menu and shortcuts (an extension).

:func:`install` adds the « Projecteur » menu, the application-wide
shortcuts (Space, N, P, +, −, also live while the projector has focus)
and sets ``window.show_engine`` (:class:`ui.show.engine.ShowEngine`) and
``window.projector``.  When the window offers ``after_first_paint``, all of
this is done just after the window's first paint (one event-loop pass, before
any key press is handled): the engine, the projector and the ``Qt`` enums
they need cost ≈ 25 ms that the facilitator would otherwise wait for.
"""

from __future__ import annotations

import typing

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

if typing.TYPE_CHECKING:
    from ui.projector.window import ProjectorController
    from ui.show.engine import ShowEngine


class ShowActions(QObject):
    """The « Projecteur » menu and the show shortcuts of the facilitator window."""

    def __init__(self, window, engine: ShowEngine, projector: ProjectorController) -> None:
        super().__init__(window)
        self.window, self.engine, self.projector = window, engine, projector
        menu = window.menus["view"].addMenu("")
        window.menus["projector"] = self.menu = menu
        self.act_open = menu.addAction("", projector.open, QKeySequence("F5"))
        self.act_close = menu.addAction("", projector.close)
        self.screens_menu = menu.addMenu("")
        self.screens_menu.aboutToShow.connect(self._fill_screens)
        menu.addSeparator()
        # Imported here, after the first paint: the first use of ``Qt`` builds all its enums.
        from PySide6.QtCore import QKeyCombination, Qt

        self.keys = {
            "toggle": (engine.toggle, ["Space"]),
            "next": (engine.next_step, ["N"]),
            "previous": (engine.previous_step, ["P"]),
            "plus": (lambda: engine.add_minutes(1), ["+", QKeyCombination(
                Qt.KeyboardModifier.KeypadModifier, Qt.Key.Key_Plus)]),
            "minus": (lambda: engine.add_minutes(-1), ["-", QKeyCombination(
                Qt.KeyboardModifier.KeypadModifier, Qt.Key.Key_Minus)]),
        }
        self.actions: dict[str, QAction] = {}
        for name, (slot, _keys) in self.keys.items():
            action = QAction(window)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            action.triggered.connect(slot)
            menu.addAction(action)
            window.addAction(action)
            self.actions[name] = action
        projector.open_changed.connect(self.update_shortcuts)
        window.sidebar.currentRowChanged.connect(self.update_shortcuts)
        window.installEventFilter(self)
        self.translate_ui()
        self.update_shortcuts()

    def translate_ui(self) -> None:
        tr = self.tr
        self.menu.setTitle(tr("&Projecteur"))
        self.act_open.setText(tr("&Ouvrir le projecteur"))
        self.act_close.setText(tr("&Fermer le projecteur"))
        self.screens_menu.setTitle(tr("&Écran du projecteur"))
        for name, text in (("toggle", tr("Démarrer / pause")), ("next", tr("Étape suivante")),
                           ("previous", tr("Étape précédente")),
                           ("plus", tr("Une minute de plus")),
                           ("minus", tr("Une minute de moins"))):
            self.actions[name].setText(text)

    def live(self) -> bool:
        """Single keys steal typing and button presses: only while the show is in view."""
        agenda_page = self.window.pages.if_built("agenda")
        return self.projector.is_open or (
            agenda_page is not None and self.window.stack.currentWidget() is agenda_page)

    def update_shortcuts(self, *_args) -> None:
        live = self.live()
        for name, (_slot, keys) in self.keys.items():
            self.actions[name].setShortcuts([QKeySequence(k) for k in keys] if live else [])

    def _fill_screens(self) -> None:
        self.screens_menu.clear()
        wanted = self.projector.wanted_screen
        auto = self.screens_menu.addAction(self.tr("Automatique (second écran)"),
                                           lambda: self.projector.choose_screen(""))
        auto.setCheckable(True)
        auto.setChecked(not wanted)
        for name in self.projector.screen_names():
            action = self.screens_menu.addAction(name,
                                                 lambda n=name: self.projector.choose_screen(n))
            action.setCheckable(True)
            action.setChecked(name == wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self.translate_ui()
            elif event.type() == QEvent.Type.Close:
                self.projector.close()
                self.engine.keep_awake.release()
        return False


def install(window) -> None:
    """Add the show to the facilitator window (``window.projector``, menu, shortcuts).

    Just after the first paint when the window offers it, else at once.
    """
    later = getattr(window, "after_first_paint", None)
    if later is None:
        _install(window)
    else:
        later(lambda: _install(window))


def _install(window) -> None:
    from ui.projector.window import ProjectorController
    from ui.show.engine import ShowEngine

    engine = ShowEngine(window.document, parent=window)
    projector = ProjectorController(engine, window.settings, parent=window)
    window.show_engine = engine
    window.projector = projector
    window.show_actions = ShowActions(window, engine, projector)
    window.pages.when_built("agenda", lambda page: page.attach_show(engine, projector)
                            if hasattr(page, "attach_show") else None)
