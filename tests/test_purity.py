"""The core knows nothing of the screen (napari's import contract, for us).

Every module of ``workshop/``, ``exports/``, the command line (``ui/cli/``),
the sentences outside the widgets (``ui/text/``), sub-packages included, and
the app's places and log file (``ui/paths.py``, ``ui/log_file.py``)
is imported in a fresh interpreter where importing PySide6 fails; any Qt
import breaks this test.  No (French, English) pair is written in code: the
domain says codes.
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

BLOCKER = """
import importlib, sys
PURE_UI = ("ui.cli", "ui.text", "ui.paths", "ui.log_file")
class Block:
    def find_spec(self, name, path=None, target=None):
        if name in ("PySide6", "shiboken6") or name.startswith("PySide6."):
            raise ImportError(f"{name} is forbidden in the core")
        if name.startswith("ui.") and not name.startswith(PURE_UI):
            raise ImportError(f"{name} is forbidden in the core")
        return None
sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("ok")
"""


def _modules(package: str) -> list[str]:
    folder = ROOT / package.replace(".", "/")
    return [package] + [m.name for m in pkgutil.walk_packages([str(folder)], f"{package}.")]


@pytest.mark.parametrize("package", ["workshop", "exports", "ui.cli", "ui.text"])
def test_core_imports_without_qt(package):
    modules = _modules(package)
    assert len(modules) > 2
    result = subprocess.run([sys.executable, "-c", BLOCKER, *modules], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.parametrize("module", ["ui.paths", "ui.log_file"])
def test_places_and_log_import_without_qt(module):
    """The command line and a future exception hook use them: no Qt behind them."""
    result = subprocess.run([sys.executable, "-c", BLOCKER, module], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_blocker_really_blocks():
    result = subprocess.run([sys.executable, "-c", BLOCKER, "PySide6.QtCore"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "forbidden" in result.stderr


# -- one translation mechanism per surface ----------------------------------------
# The domain says codes; sentences live in catalogues (Qt Linguist for widgets,
# gettext for the rest).  A (French, English) pair written in code is a second
# mechanism creeping back: these checks read the sources and refuse it.
FRENCH = set("éèêàâçùûôîœ«»·’")


def _strings(node: ast.AST) -> list[str] | None:
    """The texts of a tuple made only of string constants, else None."""
    if isinstance(node, ast.Tuple) and node.elts and all(
            isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
        return [e.value for e in node.elts]
    return None


def translation_pairs(source: str) -> list[tuple[int, str]]:
    """(line, why) of every literal that looks like a (French, English) table or pair."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Dict) and node.values and all(
                (_strings(v) or []).__len__() == 2 for v in node.values):
            found.append((node.lineno, "a dict of (str, str) pairs"))
        pair = _strings(node)
        if pair and len(pair) == 2 and set(pair[0]) & FRENCH and pair[1].isascii() \
                and " " in pair[1]:
            found.append((node.lineno, f"a (French, English) pair: {pair[0]!r}"))
    return found


def test_no_french_english_pairs_in_code():
    files = [p for folder in ("workshop", "exports", "ui/cli", "ui/text")
             for p in (ROOT / folder).rglob("*.py")]
    found = [(p.relative_to(ROOT).as_posix(), line, why) for p in files
             for line, why in translation_pairs(p.read_text(encoding="utf-8"))]
    assert found == []


def test_the_pair_check_can_fail():
    sample = ('messages = {"a": ("Le fichier manque.", "The file is missing.")}\n'
              'class E:\n    messages = {"b": ("x", "y")}\n'
              'def f():\n    return ("Thème retenu", "Theme kept")\n')
    assert [line for line, _why in translation_pairs(sample)] == [1, 3, 5]


def test_the_domain_holds_no_language():
    for path in [*(ROOT / "workshop").rglob("*.py"), *(ROOT / "exports").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = {a.name for a in node.names}
                assert not names & {"language", "set_language"}, path
                assert not (node.module or "").startswith("ui"), path
            if isinstance(node, ast.Name):
                assert node.id not in ("language", "set_language"), path
