"""The English catalogues: complete, faithful to their French sources, compiled, live.

French is the source language, so a string missing from ``cafe_en.ts`` (or
filed under a context the application never asks for) silently stays French
on an English screen.  These tests read the real catalogue, recompile it, and
drive the real window through a live language switch.  The gettext catalogue
of the other sentences (command line, domain messages, PDFs) is read, recompiled
and driven the same way: through the real command line and the real PDFs.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools import catalogue, translations  # noqa: E402

# a field; a counted word {n|place|places} compares by its count's name only
BRACES = re.compile(r"\{[^{}|]*(?=[|}])")
PERCENT = re.compile(r"%(?:\d+|n|L?\d)")
TAGS = re.compile(r"</?\s*([a-zA-Z][a-zA-Z0-9]*)")
QT_CONTEXT = re.compile(r"Q[A-Z]")


def messages(path: Path = translations.TS) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message of the catalogue."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")] \
                or [translation.text or ""]
            found.append((context.findtext("name"), message.findtext("source"), forms))
    return found


def french_only() -> set[str]:
    """French sources whose English differs: seeing one on an English screen is a bug."""
    return {source for _c, source, forms in messages() if source not in forms}


def accelerator(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1) if match else None


# -- the catalogue ----------------------------------------------------------------
def test_every_message_has_english_in_a_real_context():
    assert translations.untranslated() == []
    assert translations.misplaced() == []
    assert len(messages()) > 400


def test_every_string_the_code_asks_for_is_in_the_catalogue():
    catalogue = {(context, source) for context, source, _ in messages()}
    missing = sorted({(f.context, f.source, f"{f.file}:{f.line}")
                      for f in translations.extract() if (f.context, f.source) not in catalogue})
    assert missing == [], "run tools/translations.py and translate the new strings"


SAMPLE = """
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP as NOOP

FILTER = "Ateliers (*.json)"
LABELS = {"a": NOOP("Labels", "Accueil")}


def tr(text):
    return QCoreApplication.translate("Helpers", text)


def _tr(text):
    return QCoreApplication.translate("Projector", text)


class Base:
    context = "Base"

    def tr(self, text):
        return QCoreApplication.translate(self.context, text)

    def yes(self):
        return self.tr("oui")


class Model(Base):
    context = "People"


class Page:
    def words(self):
        say = self.tr
        return [tr("Nouvel atelier"), tr(FILTER), _tr("Prêt"), say("Étape suivante"),
                QCoreApplication.translate("Direct", "Titre"), self.tr("Tour")]


class Helper:
    def __init__(self, page: Page) -> None:
        self.page = page

    def text(self):
        return self.page.tr("Modifier l'étape")
"""


def test_extraction_finds_what_lupdate_misses(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(SAMPLE, encoding="utf-8")
    found = {(f.context, f.source) for f in translations.extract([str(module)])}
    assert found == {
        ("Labels", "Accueil"),                 # QT_TRANSLATE_NOOP under another name
        ("Helpers", "Nouvel atelier"),         # module helper tr()
        ("Helpers", "Ateliers (*.json)"),      # a constant given to the helper
        ("Projector", "Prêt"),                 # helper named _tr
        ("Page", "Étape suivante"),            # say = self.tr
        ("Direct", "Titre"),
        ("Page", "Tour"),
        ("Page", "Modifier l'étape"),          # self.page.tr, page: Page
        ("Base", "oui"), ("People", "oui"),    # tr() in self.context, subclass contexts
    }


def test_moved_messages_keep_their_english(tmp_path):
    ts = tmp_path / "sample.ts"
    ts.write_text(translations.HEADER + "".join(
        f'<context><name>{context}</name><message><location filename="../../ui/a.py" '
        f'line="{line}"/><source>{source}</source><translation type="unfinished"/></message>'
        f"</context>" for context, source, line in
        (("", "Bonjour", 3), ("self.page", "Salut", 4), ("Old", "Adieu", 5))) + "</TS>",
        encoding="utf-8")
    saved = translations.saved_translations(translations.TS)
    saved[("Greeter", "Bonjour", "")] = ET.fromstring("<translation>Hello</translation>")
    saved[("Elsewhere", "Salut", "")] = ET.fromstring("<translation>Hi</translation>")
    root = ET.parse(ts).getroot()
    translations.fix_contexts(root, [translations.Found("ui/a.py", 3, "Greeter", "Bonjour"),
                                     translations.Found("ui/a.py", 4, "Greeter", "Salut"),
                                     translations.Found("ui/a.py", 9, "Greeter", "Nouveau")])
    translations.restore(root, saved)
    translations.write(root, ts)
    assert translations.misplaced(ts) == []  # "" and "self.page" are gone
    assert sorted(translations.untranslated(ts)) == \
        [("Greeter", "Nouveau"), ("Greeter", "Salut"), ("Old", "Adieu")]
    english = {(c, s): f[0] for c, s, f in messages(ts)}
    assert english[("Greeter", "Bonjour")] == "Hello"
    assert english[("Greeter", "Salut")] == "Hi"   # a suggestion, still unfinished


def unfaithful(source: str, english: str) -> list[str]:
    """What an English text changed that must stay: placeholders, tags, accelerator."""
    checks = {"{fields}": BRACES, "%1 %n": PERCENT, "<tags>": TAGS}
    wrong = [name for name, pattern in checks.items()
             if sorted(pattern.findall(english)) != sorted(pattern.findall(source))
             # a field also names its counted words ({n|place|places}) as often as needed
             and not (pattern is BRACES
                      and set(pattern.findall(english)) == set(pattern.findall(source)))]
    if (accelerator(english) is None) != (accelerator(source) is None):
        wrong.append("& accelerator")
    if english.count("\n") != source.count("\n"):
        wrong.append("line breaks")
    return wrong


def test_translations_keep_placeholders_tags_and_accelerators():
    problems = [(context, source, english, unfaithful(source, english))
                for context, source, forms in messages() for english in forms
                if english and unfaithful(source, english)]
    assert problems == []


def test_faithfulness_check_can_fail():
    assert unfaithful("Tour {n} / {count}", "Round {n}") == ["{fields}"]
    assert unfaithful("&Quitter", "Quit") == ["& accelerator"]
    assert unfaithful("<b>{n}</b> égalité", "{n} tie") == ["<tags>"]
    assert unfaithful("Tour {n}", "Round {n}") == []


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    fresh = tmp_path / "cafe_en.qm"
    translations.release(fresh)
    assert fresh.read_bytes() == translations.QM.read_bytes(), \
        "run tools/translations.py to rebuild cafe_en.qm"


def test_compiled_catalogue_answers_in_the_contexts_of_the_ts(qapp):
    translator = QTranslator()
    assert translator.load(str(translations.QM))
    for context, source, forms in messages():
        if len(forms) == 1:
            assert translator.translate(context, source) == forms[0], (context, source)


# -- the gettext catalogue (command line, domain messages, PDFs) ------------------
def test_every_gettext_msgid_has_english():
    assert catalogue.untranslated() == []
    assert catalogue.not_in_catalogue() == [], "run tools/translations.py"
    assert len(list(catalogue.read())) > 250


def test_committed_mo_is_compiled_from_the_committed_po():
    import gettext

    # what the application loads (stdlib gettext) says exactly what the .po says
    with catalogue.MO.open("rb") as stream:
        loaded = gettext.GNUTranslations(stream)
    po = {m.id: m.string for m in catalogue.read() if m.id}
    assert {k: v for k, v in loaded._catalog.items() if k} == po, "run tools/translations.py"
    assert catalogue.compile_mo() == catalogue.MO.read_bytes(), "run tools/translations.py"


def test_gettext_translations_keep_placeholders_and_line_breaks():
    problems = [(m.id, m.string, unfaithful(m.id, m.string))
                for m in catalogue.read() if m.id and unfaithful(m.id, m.string)]
    assert problems == []


def test_ngettext_follows_the_french_plural_rule():
    from ui.text import catalogue as load, ngettext, set_language

    french = load("fr")
    assert [french.ngettext("{n} gommette", "{n} gommettes", n) for n in (0, 1, 2)] == \
        ["{n} gommette", "{n} gommette", "{n} gommettes"]
    set_language("fr")
    try:
        assert ngettext("une idée", "des idées", 0) == "une idée"
    finally:
        set_language(None)
    assert load("en").ngettext("x", "y", 0) == "x"  # untranslated: still the French rule


def test_pdfs_in_english_print_english_words(tmp_path):
    from exports import DOCUMENTS, export_all
    from tests.test_exports_builder import realistic_workshop
    from tests.test_exports_pdf import text_of
    from ui.text import catalogue as load

    paths = export_all(realistic_workshop(), tmp_path, load("en"))
    english = {key: text_of(path) for (key, _name), path in zip(DOCUMENTS, paths)}
    plan = english["annual_plan"]
    assert "Annual action plan" in plan and "Programmation annuelle" not in plan
    assert "Scan this code" in english["poster"] and "Scannez" not in english["poster"]
    report = english["report"]
    for word in ("Workshop report", "Ideas and their votes", "Tenants", "December", "What next?"):
        assert word in report, word
    assert "page 1 / " in report and "Compte rendu" not in report
    assert "Table host sheet" in english["host_sheets"]
    assert "Attendance sheet" in english["attendance"]
    cards = english["itineraries"]
    assert "Round 1" in cards and "Tour 1" not in cards


# -- the running application ------------------------------------------------------
class MissRecorder(QTranslator):
    """Installed first, so Qt asks it last: it sees only the lookups nobody answered."""

    def __init__(self) -> None:
        super().__init__()
        self.misses: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt API
        if source and not QT_CONTEXT.match(context or ""):
            self.misses.add((context, source))
        return None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


def visible_texts(window, root: QWidget) -> set[str]:
    """What a person sees or hears: labels, buttons, boxes, tabs, menus, headers."""
    texts = {window.windowTitle()}
    texts |= {window.sidebar.item(row).text() for row in range(window.sidebar.count())}
    for menu in window.menuBar().findChildren(QMenu):
        texts.add(menu.title())
        texts |= {action.text() for action in menu.actions()}
        texts |= {action.toolTip() for action in menu.actions()}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        texts |= {widget.accessibleName(), widget.toolTip()}
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text())
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        if isinstance(widget, QTabWidget):
            texts |= {widget.tabText(i) for i in range(widget.count())}
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            texts |= {str(widget.model().headerData(i, widget.orientation()))
                      for i in range(widget.count()) if not widget.isSectionHidden(i)}
    return texts - {""}


def tour(window, qtbot) -> dict[str, set[str]]:
    seen = {}
    for key in [spec.key for spec in window.specs]:
        page = window.show_page(key)
        qtbot.wait(1)
        seen[key] = visible_texts(window, page)
    return seen


@pytest.fixture
def english_window(window):
    yield window
    window.set_language("fr")


def leftovers(seen: dict[str, set[str]]) -> dict[str, list[str]]:
    return {key: sorted(texts & french_only()) for key, texts in seen.items() if
            texts & french_only()}


def settled(window, qtbot, done) -> dict[str, set[str]]:
    """Tour the pages until ``done(seen)``: the show clock re-words itself on its next tick."""
    seen = {}

    def check() -> bool:
        seen.update(tour(window, qtbot))
        return done(seen)

    try:
        qtbot.waitUntil(check, timeout=3000)
    except qtbot.TimeoutError:
        pass  # the assertion that follows says what is wrong
    return seen


def test_live_switch_to_english_and_back(english_window, qtbot):
    window = english_window
    french = tour(window, qtbot)
    assert {"Déroulé", "&Fichier", "Prénom", "Capitaine"} <= set().union(*french.values())
    window.set_language("en")
    english = settled(window, qtbot, lambda seen: not leftovers(seen))
    assert leftovers(english) == {}
    everything = set().union(*english.values())
    assert {"Run of show", "Annual action plan", "&File", "&Undo", "First name",
            "Table host", "Results", "&Export the documents", "Seats"} <= everything
    window.set_language("fr")
    back = settled(window, qtbot, lambda seen: timeless(seen) == timeless(french))
    # texts with the time of day (« fin prévue vers 14:35 ») move on with the clock
    back, french = timeless(back), timeless(french)
    assert {key: back[key] ^ french[key] for key in french} == {key: set() for key in french}


def timeless(seen: dict[str, set[str]]) -> dict[str, set[str]]:
    return {key: {re.sub(r"\b\d{1,2}:\d{2}\b", "hh:mm", text) for text in texts}
            for key, texts in seen.items()}


def test_every_lookup_in_english_finds_its_translation(english_window, qtbot):
    from ui.people.import_dialog import PeopleImportDialog
    from ui.people.privacy_dialog import PrivacyDialog

    window = english_window
    recorder = MissRecorder()
    QCoreApplication.installTranslator(recorder)  # before the English ones: asked last
    try:
        window.set_language("en")
        tour(window, qtbot)
        for dialog in (PrivacyDialog(window.document, parent=window),
                       PeopleImportDialog(window.document, None, window)):
            dialog.show()
            qtbot.wait(1)
            assert not visible_texts(window, dialog) & french_only()
            dialog.close()
    finally:
        QCoreApplication.removeTranslator(recorder)
    # An English equal to its French ("Action", "Budget") makes PySide try the
    # base classes too; only a French text that needed English is a miss.
    assert sorted(s for s in {s for _c, s in recorder.misses} if s in french_only()) == []


def test_categories_and_yes_no_cells_follow_the_language(english_window):
    window = english_window
    page = window.show_page("participants")
    model = page.model
    column = [c.key for c in model.columns].index("category")
    window.set_language("en")
    cells = {model.index(row, column).data() for row in range(model.rowCount())}
    assert "tenant" in cells and "locataire" not in cells
    window.set_language("fr")
    assert "locataire" in {model.index(row, column).data() for row in range(model.rowCount())}


def run_cli(lang, *args):
    return subprocess.run([sys.executable, "-m", "ui", "--lang", lang, *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_command_line_speaks_english(tmp_path):
    path = tmp_path / "atelier.json"
    assert run_cli("en", "new", path, "--demo").returncode == 0
    result = run_cli("en", "check", path)
    assert result.returncode == 0 and "valid workshop" in result.stdout
    path.write_text("{ pas du json", encoding="utf-8")
    result = run_cli("en", "check", path)
    assert result.returncode == 1
    assert result.stderr.strip() and not re.search(r"\b(le|la|les|est|fichier)\b",
                                                    result.stderr, re.IGNORECASE)
    assert result.stderr.strip() == \
        "The file “atelier.json” is truncated: saving was probably interrupted."
    assert "compute a seating plan" in run_cli("en", "--help").stdout


def test_command_line_speaks_french(tmp_path):
    path = tmp_path / "atelier.json"
    path.write_text("{ pas du json", encoding="utf-8")
    result = run_cli("fr", "check", path)
    assert result.returncode == 1
    assert result.stderr.strip() == ("Le fichier « atelier.json » est tronqué : "
                                     "l'enregistrement a sans doute été interrompu.")
    assert "calculer un plan de table" in run_cli("fr", "--help").stdout


def test_help_speaks_one_language_french_or_english():
    """argparse's own words (« usage: », « options »…) follow --lang too."""
    def run(*args):
        return subprocess.run([sys.executable, "-m", "ui", *args], cwd=ROOT, capture_output=True,
                              text=True, env={**__import__("os").environ, "CAFE_LANG": "fr"},
                              timeout=60)
    french = run("--help").stdout
    assert "utilisation :" in french and "afficher cette aide et quitter" in french
    assert "usage:" not in french and "show this help" not in french
    assert "afficher le numéro de version" in french and "show program" not in french
    english = run("--lang", "en", "--help").stdout
    assert english.startswith("usage:") and "show this help message and exit" in english
    assert "afficher" not in english
    error = run("check").stderr
    assert "erreur : ces arguments sont obligatoires : FILE" in error


def test_the_french_catalogue_is_compiled():
    from tools import catalogue

    assert catalogue.FR_MO.read_bytes() == catalogue.compile_mo(catalogue.read_french())
