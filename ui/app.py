"""The composition root: the one place that builds the application.

:class:`CafeApp` builds the services once (document, settings, show engine,
projector: :class:`ui.services.Services`), the window, its pages and its
extensions, and hands each what it needs through its constructor.  A page
module that fails to import is an error here, never a missing page.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP
from PySide6.QtWidgets import QApplication, QWidget

from ui import file_actions
from ui.document import WorkshopDocument
from ui.file_menu import FileMenu
from ui.help_menu import HelpMenu
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.parts import PageSpec
from ui.people.import_actions import PeopleFileActions
from ui.people.privacy_actions import PrivacyActions
from ui.rooms_actions import RoomsActions
from ui.services import Services
from ui.paths import EXTENSION, workshops_folder
from ui.settings import Settings
from workshop.storage.store import StoreError


class CafeApp:
    """The window on one document, with its pages, menus and the live show.

    With ``quick_start`` (the app's own start) the show engine, the
    projector and the retention reminder come just after the first paint.
    """

    def __init__(self, document: WorkshopDocument, settings: Settings,
                 quick_start: bool = False) -> None:
        self.services = services = Services(document, settings)
        self.window = window = MainWindow(services, self._pages(), quick_start=quick_start)
        services.setParent(window)
        self.file_menu = FileMenu(services, window)
        self.people = PeopleFileActions(services, window)
        self.privacy = PrivacyActions(services, window)
        self.rooms = RoomsActions(services, window)
        self.help_menu = HelpMenu(window)
        for extension in (self.file_menu, self.rooms, self.people, self.privacy,
                          self.help_menu):
            window.add_extension(extension)
        self.show_actions = None
        # Quitting (the last window, the session ending) writes what is not saved yet.
        QApplication.instance().aboutToQuit.connect(document.flush)
        window.after_first_paint(self._start_show)
        window.after_first_paint(self.privacy.remind)

    def _start_show(self) -> None:
        """The engine (it resumes a running countdown), the projector, their menu."""
        from ui.show.actions import ShowActions

        window = self.window
        self.show_actions = ShowActions(self.services.show_engine, self.services.projector,
                                        in_view=lambda: window.current_key() == "agenda",
                                        parent=window)
        window.page_shown.connect(self.show_actions.update_shortcuts)
        window.add_extension(self.show_actions)

    def _pages(self) -> list[PageSpec]:
        """The side bar, in order; each page is imported and built when first shown."""
        s = self

        def workshop() -> QWidget:
            from ui.pages.workshop_page import WorkshopPage
            return WorkshopPage(s.services.document)

        def participants() -> QWidget:
            from ui.pages.participants_page import ParticipantsPage
            return ParticipantsPage(s.services.document, entry_actions=(
                s.people.import_action, s.people.export_action))

        def tables() -> QWidget:
            from ui.pages.tables_page import TablesPage
            return TablesPage(s.services.document)

        def rotation() -> QWidget:
            from ui.pages.rotation_page import RotationPage
            return RotationPage(s.services.document, engine=s.services.show_engine)

        def agenda() -> QWidget:
            from ui.pages.agenda_page import AgendaPage
            return AgendaPage(s.services.document, engine=s.services.show_engine,
                              projector=s.services.projector)

        def ideas() -> QWidget:
            from ui.pages.ideas_page import IdeasPage
            return IdeasPage(s.services.document, projector=s.services.projector)

        def votes() -> QWidget:
            from ui.pages.votes_page import VotesPage
            return VotesPage(s.services.document, projector=s.services.projector)

        def groups() -> QWidget:
            from ui.pages.groups_page import GroupsPage
            return GroupsPage(s.services.document)

        def rooms() -> QWidget:
            from ui.pages.rooms_page import RoomsPage
            return RoomsPage(s.services.document, merge_action=s.rooms.merge_action,
                             reports=s.rooms, projector=s.services.projector)

        def plan() -> QWidget:
            from ui.pages.plan_page import PlanPage
            return PlanPage(s.services.document)

        def bilan() -> QWidget:
            from ui.pages.bilan_page import BilanPage
            return BilanPage(s.services.document)

        def exports() -> QWidget:
            from ui.pages.exports_page import ExportsPage
            return ExportsPage(s.services.document)

        return [
            PageSpec("workshop", NOOP("MainWindow", "Atelier"), workshop),
            PageSpec("participants", NOOP("MainWindow", "Participant·es"), participants),
            PageSpec("tables", NOOP("MainWindow", "Tables et thèmes"), tables),
            PageSpec("groups", NOOP("MainWindow", "Groupes et projets"), groups),
            PageSpec("rotation", NOOP("MainWindow", "Rotations"), rotation),
            PageSpec("agenda", NOOP("MainWindow", "Déroulé"), agenda),
            PageSpec("ideas", NOOP("MainWindow", "Idées"), ideas),
            PageSpec("votes", NOOP("MainWindow", "Votes"), votes),
            PageSpec("rooms", NOOP("MainWindow", "Salles"), rooms),
            PageSpec("plan", NOOP("MainWindow", "Programmation annuelle"), plan),
            # beside the plan: what became of last year's (or, during the year, of this one)
            PageSpec("bilan", NOOP("MainWindow", "Bilan"), bilan),
            PageSpec("exports", NOOP("MainWindow", "Exports"), exports),
        ]


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("cafe-conversation")
    app.setOrganizationName("CafeConversation")
    app.setApplicationDisplayName("Café Conversation")
    return app


def open_initial(settings: Settings, demo: bool, path: Path | None, parent=None):
    """The workshop to show first: a file, a fresh demo, the last one, or a new one."""
    if path is not None:
        opened = file_actions.open_file(path, parent)
        if opened:
            settings.add_recent(path)
            return opened
    if not demo:
        for recent in settings.recent_files():
            if recent.exists():
                opened = file_actions.open_file(recent, parent)
                if opened:
                    return opened
    try:  # a read-only folder: the app starts all the same and says why
        folder = workshops_folder()
        if demo:
            new_path = file_actions.fresh_demo_path(folder)
            opened = file_actions.create_demo(new_path)
        else:
            new_path = _free_name(folder / f"nouvel-atelier{EXTENSION}")
            opened = file_actions.create_empty(new_path)
    except (StoreError, OSError) as exc:
        return file_actions.unsaved_workshop(exc, parent)
    settings.add_recent(new_path)
    return opened


def _free_name(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def build_app(settings: Settings, demo: bool = False, path: Path | None = None,
              lang: str | None = None) -> CafeApp:
    """The app's own start: the language, the first workshop, a quick start.

    ``lang`` (``--lang``) is for this start only; the menu's choice is remembered.
    """
    install_language(lang or settings.language)
    workshop, store = open_initial(settings, demo, path)
    return CafeApp(WorkshopDocument(workshop, store), settings, quick_start=True)


def run_gui(demo: bool = False, lang: str | None = None, path: Path | None = None) -> int:
    """The window: the log file started, then the first workshop (``path`` if given)."""
    from ui.crash import CrashReporter
    from ui.log_file import start_logging

    log_path = start_logging()
    qt_app = make_application()
    app = build_app(Settings(), demo=demo, path=path, lang=lang)
    # an unexpected error: logged, the workshop written, a dialog (never stderr only)
    crash = CrashReporter(log_path, save=app.services.document.flush, parent=app.window)
    crash.install()
    app.window.show()
    return qt_app.exec()
