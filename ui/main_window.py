"""The facilitator window: it only assembles pages, actions and menus.

The composition root (:mod:`ui.app`) gives it the services, a
:class:`~ui.parts.PageSpec` per page and its extensions; the window places
their entries (:class:`~ui.parts.Entry`) and re-translates them.  Pages are
built the first time they are shown.  With ``quick_start`` (the app's own
start), what the first screen does not need waits for the first paint: see
:meth:`MainWindow.after_first_paint`.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ui import geometry
from ui.i18n import current_language, install_language
from ui.lazy_pages import LazyPages
from ui.navigation import page_for
from ui.parts import Extension, PageSpec
from ui.services import Services


class MainWindow(QMainWindow):
    """Side bar of steps on the left, the current page on the right."""

    #: the key of the page now shown (``"agenda"``…)
    page_shown = Signal(str)

    def __init__(self, services: Services, pages: list[PageSpec],
                 parent: QWidget | None = None, quick_start: bool = False) -> None:
        super().__init__(parent)
        self.services = services
        self.document = services.document
        self.settings = services.settings
        self.specs = pages
        self.menus: dict[str, QMenu] = {}
        self.extensions: list[Extension] = []
        # With quick_start, work the first screen does not need (the show
        # engine, reminders) waits until the window is painted: see after_first_paint.
        self._startup_tasks: list | None = [] if quick_start else None
        self._start_queued = False
        # The save state lives in its own corner of the status bar, so that
        # autosaving never wipes a message (import done, privacy reminder).
        self.save_state = QLabel()
        self.save_state.setObjectName("saveState")
        self.statusBar().addPermanentWidget(self.save_state)
        self._build_pages()
        self._build_menus()
        services.status.connect(lambda text, msecs: self.statusBar().showMessage(text, msecs))
        services.page_wanted.connect(self.show_page)
        self.document.stepped.connect(self._after_step)
        self.document.save_state_changed.connect(self._update_title)
        self.document.save_failed.connect(self._show_save_error)
        self.document.changed.connect(self._update_title)
        self.translate_ui()
        geometry.restore(self, self.settings.value("geometry"))

    # -- start-up ------------------------------------------------------------
    def after_first_paint(self, task) -> None:
        """Run ``task()`` just after the window's first paint, or now.

        Now unless the window was made with ``quick_start`` and is not painted
        yet.  The tasks run in the event-loop pass after the first paint,
        before any click or key press waiting behind it is handled.
        """
        if self._startup_tasks is None:
            task()
        else:
            self._startup_tasks.append(task)

    def finish_start(self) -> None:
        """Run the tasks still waiting for the first paint (in their order)."""
        tasks, self._startup_tasks = self._startup_tasks, None
        for task in tasks or []:
            task()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._startup_tasks is not None and not self._start_queued:
            self._start_queued = True
            QTimer.singleShot(0, self.finish_start)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._startup_tasks is not None:
            # A window shown but never painted (started minimised, say) still
            # starts its show within a second; finish_start runs its tasks once.
            QTimer.singleShot(1000, self.finish_start)

    # -- pages ---------------------------------------------------------------
    def _build_pages(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(24, 24))
        self.stack = QStackedWidget()
        self.pages = LazyPages(self._make_page)
        self._frames: dict[str, QScrollArea] = {}  # the scroll area around each built page
        for spec in self.specs:
            self.pages.declare(spec.key)
            self.stack.addWidget(QWidget())  # placeholder until the page is first needed
            QListWidgetItem(self.sidebar)  # row i is specs[i]
        self.sidebar.currentRowChanged.connect(self._show_row)
        # Sized from the font, so the side bar follows 125–200 % scaling.
        width = self.sidebar.fontMetrics().horizontalAdvance("Programmation annuelle") * 5 // 4
        self.sidebar.setMinimumWidth(width)
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([width, width * 4])
        self.setCentralWidget(splitter)
        self.sidebar.setCurrentRow(0)
        # Ctrl+PgDown / Ctrl+PgUp walk the steps, like tabs in a browser.
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self._step(1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self._step(-1))

    def _keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def _make_page(self, key: str) -> QWidget:
        """Build a page the first time it is needed (a quicker start)."""
        row = self._keys().index(key)
        page = self.specs[row].build()
        page.setObjectName(f"page_{key}")
        # Each page scrolls when the window is smaller than it: the window itself
        # must fit a 1366 × 768 laptop at 125 % with every page built.
        self._frames[key] = frame = QScrollArea(widgetResizable=True, widget=page)
        frame.setFrameShape(QScrollArea.Shape.NoFrame)
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, frame)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return page

    def _show_row(self, row: int) -> None:
        if row >= 0:
            key = self.specs[row].key
            self.stack.setCurrentWidget(self.pages[key] and self._frames[key])  # built first
            self.page_shown.emit(key)

    def _step(self, delta: int) -> None:
        row = (self.sidebar.currentRow() + delta) % self.sidebar.count()
        self.sidebar.setCurrentRow(row)

    def show_page(self, key: str) -> QWidget:
        self.sidebar.setCurrentRow(self._keys().index(key))
        return self.pages[key]

    def current_key(self) -> str:
        row = self.sidebar.currentRow()
        return self.specs[row].key if row >= 0 else ""

    def _after_step(self, change, text: str, undone: bool) -> None:
        """After Ctrl+Z / Ctrl+Y: show where it happened, select it, say what it was."""
        self.show_page(page_for(change, self.current_key()) or self.current_key()).reveal(change)
        message = self.tr("Annulé : {action}") if undone else self.tr("Rétabli : {action}")
        self.statusBar().showMessage(message.format(action=text), 8000)

    # -- menus ---------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key in ("file", "edit", "view", "help"):
            self.menus[key] = bar.addMenu("")
        self.act_quit = self.menus["file"].addAction("", self.close,
                                                     QKeySequence.StandardKey.Quit)
        # Our own actions rather than QUndoStack.createUndoAction: its « Annuler »
        # prefix is fixed when created and would not follow a live language switch.
        stack = self.document.undo_stack
        self.act_undo = self.menus["edit"].addAction("", stack.undo)
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = self.menus["edit"].addAction("", stack.redo)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)
        self.menus["language"] = lang_menu = self.menus["view"].addMenu("")
        group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for code, label in (("fr", "Français"), ("en", "English")):
            action = lang_menu.addAction(label, lambda c=code: self.set_language(c))
            action.setCheckable(True)
            group.addAction(action)
            self.lang_actions[code] = action
        self.lang_actions.get(current_language(), self.lang_actions["fr"]).setChecked(True)

    def add_extension(self, extension: Extension) -> None:
        """Place an extension's actions and menus; its texts follow the language."""
        places = {"file": (self.menus["file"], self.act_quit),  # (where, before what)
                  "view": (self.menus["view"], None), "help": (self.menus["help"], None),
                  "menubar": (self.menuBar(), self.menus["help"].menuAction()),
                  "window": (self, None)}
        entries = extension.entries()
        for entry in entries:
            action = entry.item
            if isinstance(entry.item, QMenu):
                if entry.item.objectName().startswith("menu_"):
                    self.menus[entry.item.objectName().removeprefix("menu_")] = entry.item
                action = entry.item.menuAction()
            where, before = places[entry.place]
            where.insertAction(before, action)  # None: at the end
        if any(entry.place == "file" for entry in entries):
            self.menus["file"].insertSeparator(self.act_quit)
        self.extensions.append(extension)
        extension.translate_ui()

    def _update_undo_texts(self, *_args) -> None:
        stack = self.document.undo_stack
        if not shiboken6.isValid(stack):
            # The document went first (teardown): its stack signals from its
            # destructor, and a language change may still reach this window.
            self.act_undo.setEnabled(False)
            self.act_redo.setEnabled(False)
            return
        for action, what, alone, verb in (
                (self.act_undo, stack.undoText(), self.tr("&Annuler"), self.tr("Annuler {action}")),
                (self.act_redo, stack.redoText(), self.tr("&Rétablir"), self.tr("Rétablir {action}"))):
            # « & » in a name would become a keyboard accelerator: double it.
            action.setText(verb.format(action=what.replace("&", "&&")) if what else alone)
        self.act_undo.setEnabled(stack.canUndo())
        self.act_redo.setEnabled(stack.canRedo())

    def translate_ui(self) -> None:
        self._update_undo_texts()
        for row, spec in enumerate(self.specs):
            self.sidebar.item(row).setText(QCoreApplication.translate("MainWindow", spec.label))
        self.menus["file"].setTitle(self.tr("&Fichier"))
        self.menus["edit"].setTitle(self.tr("É&dition"))
        self.menus["view"].setTitle(self.tr("&Affichage"))
        self.menus["help"].setTitle(self.tr("Aid&e"))
        self.menus["language"].setTitle(self.tr("&Langue"))
        self.act_quit.setText(self.tr("&Quitter"))
        self.sidebar.setAccessibleName(self.tr("Étapes de l'atelier"))
        for extension in self.extensions:
            extension.translate_ui()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.translate_ui()
        super().changeEvent(event)

    # -- title and save state --------------------------------------------------
    def _update_title(self, *_args) -> None:
        doc = self.document
        name = doc.path.name if doc.path else self.tr("non enregistré")
        if doc.read_only:
            state = self.tr("lecture seule")
        elif doc.last_error or doc.store is None:
            state = self.tr("NON enregistré")
        elif doc.saved:
            state = self.tr("enregistré")
        else:
            state = self.tr("enregistrement…")  # written within seconds, off the GUI thread
        self.setWindowTitle(f"{doc.workshop.title} — {name} ({state}) — Café Conversation")
        self.save_state.setText(doc.last_error or state)
        self.save_state.setAccessibleName(self.tr("État de l'enregistrement : {state}").format(
            state=doc.last_error or state))

    def _show_save_error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs on first use: a quicker start

        QMessageBox.warning(self, self.tr("Enregistrement impossible"),
                            message + "\n\n" + self.tr(
                                "Vos modifications restent dans la fenêtre : "
                                "utilisez « Enregistrer sous… » pour les garder ailleurs."))

    def set_language(self, lang: str) -> None:
        self.settings.language = install_language(lang)
        self.lang_actions[self.settings.language].setChecked(True)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.services.may_close(self):
            event.ignore()
            return
        self._startup_tasks = None  # closed before its first paint: nothing left to start
        self.settings.set_value("geometry", self.saveGeometry())
        for page in self.pages.built():
            page.shutdown()  # e.g. a rotation search or an export still running
        self.services.shutdown()
        if shiboken6.isValid(self.document):  # it may have gone first (teardown)
            self.document.flush()  # what is not saved yet is written before the window goes
            if self.document.store is not None:
                self.document.store.close()
        super().closeEvent(event)
