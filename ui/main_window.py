"""The facilitator window: it only assembles pages, actions and menus.

Pages live in ``ui/pages/`` and receive the document in their
constructor.  Features that add menus or shortcuts (projector, import,
personal data) are extensions with an ``install(window)`` function.
With ``quick_start`` (the app's own start), what the first screen does not
need waits for the first paint: see :meth:`MainWindow.after_first_paint`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, QTimer
from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ui import file_actions
from ui.document import WorkshopDocument
from ui.i18n import install_language
from ui.lazy_pages import LazyPages
from ui.settings import Settings, workshops_folder
from workshop import __version__

# (key, module, class, side bar label)
PAGES = [
    ("workshop", "ui.pages.workshop_page", "WorkshopPage", NOOP("MainWindow", "Atelier")),
    ("participants", "ui.pages.participants_page", "ParticipantsPage",
     NOOP("MainWindow", "Participant·es")),
    ("tables", "ui.pages.tables_page", "TablesPage", NOOP("MainWindow", "Tables et thèmes")),
    ("rotation", "ui.pages.rotation_page", "RotationPage", NOOP("MainWindow", "Rotations")),
    ("agenda", "ui.pages.agenda_page", "AgendaPage", NOOP("MainWindow", "Déroulé")),
    ("ideas", "ui.pages.ideas_page", "IdeasPage", NOOP("MainWindow", "Idées")),
    ("votes", "ui.pages.votes_page", "VotesPage", NOOP("MainWindow", "Votes")),
    ("plan", "ui.pages.plan_page", "PlanPage", NOOP("MainWindow", "Programmation annuelle")),
    ("exports", "ui.pages.exports_page", "ExportsPage", NOOP("MainWindow", "Exports")),
]

EXTENSIONS = ["ui.show.actions", "ui.people.import_actions", "ui.people.privacy_actions"]


def _optional(module_name: str):
    """A module still being built is skipped, any other import error is raised."""
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        return None


class MainWindow(QMainWindow):
    """Side bar of steps on the left, the current page on the right."""

    def __init__(self, document: WorkshopDocument, settings: Settings,
                 parent: QWidget | None = None, quick_start: bool = False) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.menus: dict[str, object] = {}
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
        for name in EXTENSIONS:
            module = _optional(name)
            if module is not None:
                module.install(self)
        document.save_state_changed.connect(self._update_title)
        document.save_failed.connect(self._show_save_error)
        document.changed.connect(self._update_title)
        self.translate_ui()
        self._restore_geometry()

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

    # -- assembly ------------------------------------------------------------
    def _build_pages(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(24, 24))
        self.stack = QStackedWidget()
        self.pages = LazyPages(self._make_page)
        for key, _module, _class, _label in PAGES:
            self.pages.declare(key)
            self.stack.addWidget(QWidget())  # placeholder until the page is first needed
            QListWidgetItem(self.sidebar)  # row i is PAGES[i]
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

    def _make_page(self, key: str) -> QWidget:
        """Build a page the first time it is needed (a quicker start)."""
        row = [p[0] for p in PAGES].index(key)
        _key, module_name, class_name, _label = PAGES[row]
        module = _optional(module_name)
        page = getattr(module, class_name)(self.document) if module else QLabel()
        page.setObjectName(f"page_{key}")
        placeholder = self.stack.widget(row)
        self.stack.insertWidget(row, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        return page

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentWidget(self.pages[PAGES[row][0]])

    def _step(self, delta: int) -> None:
        row = (self.sidebar.currentRow() + delta) % self.sidebar.count()
        self.sidebar.setCurrentRow(row)

    def show_page(self, key: str) -> QWidget:
        keys = [p[0] for p in PAGES]
        self.sidebar.setCurrentRow(keys.index(key))
        return self.pages[key]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menus["file"] = file_menu = bar.addMenu("")
        self.menus["edit"] = edit_menu = bar.addMenu("")
        self.menus["view"] = view_menu = bar.addMenu("")
        self.menus["help"] = help_menu = bar.addMenu("")
        self.act_new = file_menu.addAction("", self.new_workshop, QKeySequence.StandardKey.New)
        self.act_new_demo = file_menu.addAction("", self.new_from_demo)
        self.act_open = file_menu.addAction("", self.open_dialog, QKeySequence.StandardKey.Open)
        self.menus["recent"] = file_menu.addMenu("")
        self.menus["recent"].aboutToShow.connect(self._fill_recent)
        self.act_save_as = file_menu.addAction("", self.save_as, QKeySequence.StandardKey.SaveAs)
        file_menu.addSeparator()
        self.act_quit = file_menu.addAction("", self.close, QKeySequence.StandardKey.Quit)
        # Our own actions rather than QUndoStack.createUndoAction: its « Annuler »
        # prefix is fixed when created and would not follow a live language switch.
        stack = self.document.undo_stack
        self.act_undo = edit_menu.addAction("", stack.undo)
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = edit_menu.addAction("", stack.redo)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        stack.canUndoChanged.connect(self.act_undo.setEnabled)
        stack.canRedoChanged.connect(self.act_redo.setEnabled)
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)
        self.menus["language"] = lang_menu = view_menu.addMenu("")
        group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for code, label in (("fr", "Français"), ("en", "English")):
            action = lang_menu.addAction(label, lambda c=code: self.set_language(c))
            action.setCheckable(True)
            group.addAction(action)
            self.lang_actions[code] = action
        self.lang_actions.get(self.settings.language, self.lang_actions["fr"]).setChecked(True)
        self.act_about = help_menu.addAction("", self.about)

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
        for row, (_key, _module, _class, label) in enumerate(PAGES):
            self.sidebar.item(row).setText(QCoreApplication.translate("MainWindow", label))
        self.menus["file"].setTitle(self.tr("&Fichier"))
        self.menus["edit"].setTitle(self.tr("É&dition"))
        self.menus["view"].setTitle(self.tr("&Affichage"))
        self.menus["help"].setTitle(self.tr("Aid&e"))
        self.menus["language"].setTitle(self.tr("&Langue"))
        self.menus["recent"].setTitle(self.tr("Fichiers &récents"))
        self.act_new.setText(self.tr("&Nouvel atelier…"))
        self.act_new_demo.setText(self.tr("Nouvel atelier depuis la &démo"))
        self.act_open.setText(self.tr("&Ouvrir…"))
        self.act_save_as.setText(self.tr("Enregistrer &sous…"))
        self.act_quit.setText(self.tr("&Quitter"))
        self.act_about.setText(self.tr("À &propos de Café Conversation"))
        self.sidebar.setAccessibleName(self.tr("Étapes de l'atelier"))
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
        elif doc.saved:
            state = self.tr("enregistré")
        else:
            state = self.tr("NON enregistré")
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

    # -- files ---------------------------------------------------------------
    def open_path(self, path: Path) -> bool:
        opened = file_actions.open_file(Path(path), self)
        if opened is None:
            return False
        self.document.replace(*opened)
        self.settings.add_recent(Path(path))
        return True

    def open_dialog(self) -> None:
        path = file_actions.ask_open_path(self, workshops_folder())
        if path:
            self.open_path(path)

    def new_workshop(self) -> None:
        path = file_actions.ask_save_path(self, workshops_folder(), self.tr("Nouvel atelier"))
        if path:
            self._adopt(file_actions.create_empty, path)

    def new_from_demo(self) -> None:
        self._adopt(file_actions.create_demo, file_actions.fresh_demo_path(workshops_folder()))

    def _adopt(self, create, path: Path) -> None:
        if path.exists():
            path.unlink()  # the file dialog already asked before replacing
        self.document.replace(*create(path))
        self.settings.add_recent(path)

    def save_as(self) -> None:
        path = file_actions.ask_save_path(self, workshops_folder(), self.tr("Enregistrer sous"))
        if path:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        from workshop.storage.store import WorkshopStore

        store = WorkshopStore(path)
        old = self.document.store
        self.document.store = store
        if not self.document.save():
            self.document.store = old
            store.close()
            return False
        if old is not None:
            old.close()
        self.settings.add_recent(path)
        self._update_title()
        return True

    def _fill_recent(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        for path in self.settings.recent_files():
            menu.addAction(str(path), lambda p=path: self.open_path(p))
        if menu.isEmpty():
            menu.addAction(self.tr("(aucun)")).setEnabled(False)

    # -- language, about, geometry -------------------------------------------
    def set_language(self, lang: str) -> None:
        self.settings.language = install_language(lang)
        self.lang_actions[self.settings.language].setChecked(True)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("À propos"), self.tr(
            "<h3>Café Conversation {version}</h3>"
            "<p>Préparer et animer un World Café : plans de table, minuteur, votes, "
            "programmation annuelle.</p>"
            "<p><b>Données personnelles</b> : les noms et contacts restent sur cet "
            "ordinateur, dans le fichier de l'atelier et ses sauvegardes. Les contacts ne "
            "sont gardés qu'avec le consentement de la personne, pour le suivi des actions "
            "seulement ; une personne peut être effacée à tout moment.</p>"
        ).format(version=__version__))

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            return
        # First start: 1200 × 800, but never taller or wider than the laptop's
        # screen (a 1366 × 768 screen would hide the status bar).
        size = QSize(1200, 800)
        screen = self.screen()
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.95)
        self.resize(size)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._startup_tasks = None  # closed before its first paint: nothing left to start
        self.settings.set_value("geometry", self.saveGeometry())
        for page in self.pages.built():
            if hasattr(page, "shutdown"):  # e.g. a rotation search still running
                page.shutdown()
        exports = self.pages.if_built("exports")
        if hasattr(exports, "wait_for_export"):  # an export stops at its next page
            exports.wait_for_export()
        if self.document.store is not None:
            self.document.store.close()
        super().closeEvent(event)
