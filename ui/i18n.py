"""Languages: French first (the source strings), English second.

Source strings in ``tr()`` are French, so French needs no catalogue and a
missing translation can never leave English on a French screen.  English
comes from ``resources/translations/cafe_en.qm`` (Qt Linguist, built from
the ``.ts`` by ``make translations``).  Qt's own dialogs are translated by
its ``qtbase_*`` catalogues.  Widgets re-translate on ``LanguageChange``.
"""

from __future__ import annotations

import logging
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.text import set_language

LANGUAGES = ("fr", "en")
# Through importlib.resources: found the same way installed, frozen or in the source tree.
TRANSLATIONS = Path(str(files("resources") / "translations"))

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = "fr"


def current_language() -> str:
    return _current


def install_language(lang: str) -> str:
    """Install the catalogues of ``lang`` (``fr`` or ``en``) in the application."""
    global _current
    lang = lang if lang in LANGUAGES else "fr"
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{lang}", qt_dir)]
    if lang != "fr":
        candidates.append((f"cafe_{lang}", str(TRANSLATIONS)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            log.info("Qt catalogue %s loaded from %s", name, folder)
        elif name.startswith("cafe_"):  # ours must be there; Qt's own may be absent
            log.warning("Qt catalogue %s not found in %s", name, folder)
    locale = QLocale(QLocale.Language.French, QLocale.Country.France) if lang == "fr" \
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    set_language(lang)
    _current = lang
    return lang


def format_date(iso: str) -> str:
    """``2026-12-05`` as the current language writes it (« 5 décembre 2026 »)."""
    from PySide6.QtCore import QDate

    date = QDate.fromString(iso, "yyyy-MM-dd")
    if not date.isValid():
        return iso
    return QLocale().toString(date, QLocale.FormatType.LongFormat)


def short_date(iso: str) -> str:
    """``2026-12-05`` without the weekday (« 5 décembre 2026 »), for lists."""
    from PySide6.QtCore import QDate

    date = QDate.fromString(iso, "yyyy-MM-dd")
    if not date.isValid():
        return iso
    return QLocale().toString(date, "d MMMM yyyy")


def fill(template: str, **params: object) -> str:
    """A translated sentence with its counted words chosen (``{n|place|places}``)
    for the current language, then its fields filled: see :mod:`ui.text.plural`."""
    from ui.text.plural import fill as fill_in

    return fill_in(template, current_language(), **params)
