"""The core knows nothing of the screen (napari's import contract, for us).

Every module of ``workshop/``, ``exports/`` and the command line
(``ui/cli/``), sub-packages included, is imported in a fresh interpreter
where importing PySide6 fails; any Qt import breaks this test.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

BLOCKER = """
import importlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name in ("PySide6", "shiboken6") or name.startswith("PySide6."):
            raise ImportError(f"{name} is forbidden in the core")
        if name.startswith("ui.") and not name.startswith(("ui.cli", "ui.text")):
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


@pytest.mark.parametrize("package", ["workshop", "exports", "ui.cli"])
def test_core_imports_without_qt(package):
    modules = _modules(package)
    assert len(modules) > 3
    result = subprocess.run([sys.executable, "-c", BLOCKER, *modules], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_blocker_really_blocks():
    result = subprocess.run([sys.executable, "-c", BLOCKER, "PySide6.QtCore"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "forbidden" in result.stderr
