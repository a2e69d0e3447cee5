"""Starting the facilitator window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui import file_actions
from ui.document import WorkshopDocument
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings, workshops_folder


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
    folder = workshops_folder()
    if demo:
        demo_path = file_actions.fresh_demo_path(folder)
        settings.add_recent(demo_path)
        return file_actions.create_demo(demo_path)
    new_path = _free_name(folder / "nouvel-atelier.json")
    settings.add_recent(new_path)
    return file_actions.create_empty(new_path)


def _free_name(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        n += 1
    return candidate


def build_window(settings: Settings, demo: bool = False, path: Path | None = None,
                 lang: str | None = None) -> MainWindow:
    install_language(lang or settings.language)
    if lang:
        settings.language = lang
    workshop, store = open_initial(settings, demo, path)
    document = WorkshopDocument(workshop, store)
    return MainWindow(document, settings, quick_start=True)


def run_gui(demo: bool = False, lang: str | None = None, path: Path | None = None) -> int:
    app = make_application()
    window = build_window(Settings(), demo=demo, path=path, lang=lang)
    window.show()
    return app.exec()
