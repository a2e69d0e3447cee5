"""Refresh the English catalogue from the French source strings, then build it.

``make translations`` runs this: ``pyside6-lupdate`` collects every ``tr()``
string of ``ui/`` into ``resources/translations/cafe_en.ts`` (existing
translations are kept), ``pyside6-lrelease`` compiles the ``.qm`` the app
loads.  Both ``.ts`` and ``.qm`` are committed, so installing needs no Qt
tools.  ``--check`` reports strings without an English translation.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "cafe_en.ts"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    candidate = BIN / name
    return str(candidate) if candidate.exists() else name


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update() -> None:
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-source-language", "fr_FR",
                    "-target-language", "en_GB", "-no-obsolete", "-ts", str(TS)],
                   cwd=ROOT, check=True)


def release() -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))],
                   cwd=ROOT, check=True)


def untranslated() -> list[tuple[str, str]]:
    """(context, source) of every message with no English text yet."""
    missing = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or not (translation.text or "").strip() \
                    or translation.get("type") == "unfinished":
                missing.append((name, message.findtext("source")))
    return missing


def main() -> int:
    if "--check" not in sys.argv:
        update()
        release()
    missing = untranslated()
    for context, source in missing:
        print(f"untranslated: [{context}] {source!r}")
    print(f"{len(missing)} string(s) without an English translation")
    return 1 if missing and "--check" in sys.argv else 0


if __name__ == "__main__":
    sys.exit(main())
