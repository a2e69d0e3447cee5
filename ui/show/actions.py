"""The show in the facilitator window: the « Projecteur » menu and its shortcuts.

:class:`ShowActions` is an extension (:mod:`ui.parts`): it returns the
« Projecteur » menu (a sub-menu of View) and the application-wide shortcuts
(Space, N, P, +, −, also live while the projector has focus).  The
composition root builds it just after the window's first paint: the engine,
the projector and the ``Qt`` enums they need cost ≈ 25 ms that the
facilitator would otherwise wait for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ui.parts import Entry
from ui.projector.window import ProjectorController
from ui.show.engine import ShowEngine


class ShowActions(QObject):
    """The « Projecteur » menu and the show shortcuts.

    ``in_view()`` tells whether the run of show is on screen: single keys
    would steal typing elsewhere, so they are live only there or while the
    projector is open; call :meth:`update_shortcuts` when it may have changed.
    """

    def __init__(self, engine: ShowEngine, projector: ProjectorController,
                 in_view: Callable[[], bool], parent: QWidget) -> None:
        super().__init__(parent)
        self.engine, self.projector, self.in_view = engine, projector, in_view
        self.menu = menu = QMenu(parent)  # the window owns its menus
        menu.setObjectName("menu_projector")
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
            action = QAction(menu)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            # a lambda: ``triggered`` passes ``checked``, which no slot here expects
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            menu.addAction(action)
            self.actions[name] = action
        projector.open_changed.connect(self.update_shortcuts)
        self.translate_ui()
        self.update_shortcuts()

    def entries(self) -> list[Entry]:
        # The actions also go on the window: a shortcut in a closed menu never fires.
        return [Entry("view", self.menu)] + [Entry("window", a) for a in self.actions.values()]

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
        return self.projector.is_open or self.in_view()

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
