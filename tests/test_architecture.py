"""The structure of the house holds: layers, no cycles, one composition root.

The contracts live in ``pyproject.toml`` (``[tool.importlinter]``) and are
checked here with import-linter on the real import graph, so a change that
breaks them fails the suite like any other bug.
"""

from __future__ import annotations

import ast
import logging.config
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("workshop", "exports", "ui")


def test_import_contracts_are_kept(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    # import-linter configures its logging with dictConfig, which by default
    # disables every logger that exists: the app's own would stay silent in
    # the tests that run after this one
    configure = logging.config.dictConfig
    monkeypatch.setattr(logging.config, "dictConfig",
                        lambda config: configure({**config, "disable_existing_loggers": False}))
    code = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert code == 0, report
    assert "BROKEN" not in report and report.count("KEPT") >= 4


def _sources():
    for package in PACKAGES:
        yield from sorted((ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("folder", sorted({p.parent for p in _sources()}),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_every_package_says_what_it_is_for(folder):
    init = folder / "__init__.py"
    assert init.exists(), f"{folder} is not a package"
    assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), \
        f"{init.relative_to(ROOT)} needs a docstring saying the sub-package's job"


def test_no_shims_no_silent_imports_no_source_tree_paths():
    """A renamed module must fail loudly; resources come through importlib.resources."""
    found = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        name = path.relative_to(ROOT)
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "__getattr__" \
                    and node in tree.body:
                found.append(f"{name}: module __getattr__ shim")
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module":
                found.append(f"{name}:{node.lineno}: import_module hides an import")
            if isinstance(node, ast.Subscript) and getattr(node.value, "attr", "") == "parents":
                found.append(f"{name}:{node.lineno}: a path relative to the source tree")
    assert found == []


def test_the_main_window_only_assembles():
    lines = (ROOT / "ui" / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines <= 300, f"ui/main_window.py has {lines} lines: move behaviour out"
