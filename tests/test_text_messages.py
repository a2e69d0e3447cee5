"""Domain codes become sentences: every code the domain uses has one, in both languages.

The domain raises ``WorkshopError(code, **params)`` and carries notes the
same way; ``ui.text.messages.describe`` finds the French template by key and
translates it.  A code without a sentence would reach the screen as a key:
these tests read the sources for every code the domain writes.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import string
from pathlib import Path

import workshop
from ui.text import catalogue
from ui.text.messages import MESSAGES, WORDS, describe
from workshop.errors import Notice, Word, WorkshopError
from workshop.storage.store import StoreError
from workshop.validate import ValidationError

ROOT = Path(__file__).resolve().parents[1]


def notice_classes() -> dict[str, type[Notice]]:
    """Every Notice subclass of the domain and the command line, by class name."""
    for info in pkgutil.walk_packages(workshop.__path__, "workshop."):
        importlib.import_module(info.name)
    importlib.import_module("ui.cli.importing")
    found, todo = {}, [Notice]
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        found[cls.__name__] = cls
    return found


def codes_written() -> set[str]:
    """``domain.code`` of every ``SomeError("code", …)`` written in workshop/ and ui/."""
    classes = notice_classes()
    keys = set()
    for path in [*ROOT.glob("workshop/**/*.py"), *ROOT.glob("ui/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in classes and node.args \
                    and isinstance(node.args[0], ast.Constant):
                keys.add(f"{classes[node.func.id].domain}.{node.args[0].value}")
    return keys


def fields(text: str) -> set[str]:
    """The named fields, a counted word ({n|place|places}) naming its field only."""
    return {f.split("|")[0] for _t, f, _s, _c in string.Formatter().parse(text)
            if f is not None}


def test_every_code_the_domain_writes_has_a_sentence():
    written = codes_written()
    assert len(written) > 100
    assert sorted(written - MESSAGES.keys()) == []


def test_every_sentence_has_english_with_the_same_fields():
    english = catalogue("en")
    for key, french in {**MESSAGES, **WORDS}.items():
        translated = english.gettext(french)
        assert translated.strip() and translated != french or french.isascii(), key
        assert fields(translated) == fields(french), key


def test_domains_are_distinct():
    domains = [cls.domain for cls in notice_classes().values() if cls is not Notice]
    assert len(domains) == len(set(domains))


def test_describe_translates_words_given_as_parameters():
    problem = ValidationError("duplicate_id", id="T1", kind=Word("kind.tables"))
    assert describe(problem, "fr") == "L'identifiant « T1 » est utilisé par plusieurs tables."
    problem = ValidationError("empty_id", kind=Word("kind.participants"))
    assert describe(problem, "en") == "A participants has no id."
    problem = ValidationError("unknown_theme_ref", what=Word("what.idea"), idea="Un banc",
                              theme="t9")
    assert describe(problem, "fr") == "L'idée « Un banc » renvoie à un thème inconnu : « t9 »."
    assert describe(problem, "en") == "The idea « Un banc » refers to an unknown theme: “t9”."


def test_an_error_holds_a_code_not_a_sentence():
    error = StoreError("missing", Path("atelier.json"))
    assert (error.code, error.key, error.params) == ("missing", "store.missing",
                                                     {"name": "atelier.json"})
    assert str(error) == "store.missing {'name': 'atelier.json'}"  # for logs
    assert describe(error, "fr") == "Le fichier « atelier.json » n'existe pas."
    assert describe(error, "en") == "The file “atelier.json” does not exist."
    assert isinstance(error, WorkshopError) and isinstance(error, Exception)


def test_an_unknown_code_shows_its_key_rather_than_nothing():
    assert describe(StoreError("no_such_code", Path("x.json")), "en") == \
        "store.no_such_code {'name': 'x.json'}"


def test_describe_follows_the_current_language():
    from ui.text import set_language

    error = StoreError("missing", Path("a.json"))
    try:
        set_language("en")
        assert describe(error).startswith("The file")
        set_language("fr")
        assert describe(error).startswith("Le fichier")
    finally:
        set_language(None)
