"""The frozen application (``make dist``) works with neither Python nor the source tree.

These tests run the PyInstaller build named by ``CAFE_FROZEN_APP`` (the
folder ``dist/cafe-conversation``; ``.ci/run`` builds it and sets it) and
are skipped, saying so, when it is not set.  The folder is first copied to
a temporary place; every program runs from there, in another working
folder, with a clean environment (no PYTHONPATH, a fresh HOME) and -- where
the system allows a private mount namespace (root and ``unshare``, as in
CI) -- with the source tree and its .venv hidden under an empty tmpfs, so
that anything the build still took from them fails here.

The resources are checked by what they do: the demo (``new --demo``), the
gettext catalogue (``--lang en``), the fonts (every exported PDF embeds
DejaVu: without its fonts an export fails), the Qt catalogue and the chime (the window's log names them).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pytest
from pypdf import PdfReader

from exports import documents_for
from workshop.store import WorkshopStore
from workshop import __version__

ROOT = Path(__file__).resolve().parents[1]
BUILT = os.environ.get("CAFE_FROZEN_APP")
PROGRAM = "cafe-conversation.exe" if sys.platform == "win32" else "cafe-conversation"
# mount an empty tmpfs on the source tree ($0), then run the program ("$@")
HIDE = 'mount -t tmpfs tmpfs "$0" && exec "$@"'

pytestmark = pytest.mark.skipif(
    not BUILT, reason="no frozen build: `make dist`, then CAFE_FROZEN_APP=dist/cafe-conversation")


def _can_hide() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--", "sh", "-c", HIDE, str(ROOT), "test", "!", "-e",
         str(ROOT / "pyproject.toml")], capture_output=True, timeout=30)
    return probe.returncode == 0


class Frozen:
    """The copied build, run as a user would, away from the source tree."""

    def __init__(self, base: Path) -> None:
        self.folder = base / "app" / "cafe-conversation"
        shutil.copytree(Path(BUILT), self.folder, symlinks=True)
        self.program = self.folder / PROGRAM
        self.home = base / "home"
        self.work = base / "work"
        self.home.mkdir()
        self.work.mkdir()
        self.hidden = _can_hide()
        if not self.hidden:
            warnings.warn("no private mount namespace here: the frozen app ran from a copy, "
                          "but the source tree stayed readable", stacklevel=1)

    @property
    def env(self) -> dict[str, str]:
        if sys.platform == "linux":
            return {"PATH": "/usr/bin:/bin", "HOME": str(self.home), "LANG": "C.UTF-8",
                    "QT_QPA_PLATFORM": "offscreen"}
        # Windows and macOS need more of their environment; no Python variable
        return {**{k: v for k, v in os.environ.items() if not k.startswith("PYTHON")},
                "HOME": str(self.home), "QT_QPA_PLATFORM": "offscreen"}

    @property
    def log_file(self) -> Path:
        if sys.platform == "linux":  # under the fresh HOME
            return self.home / ".local" / "state" / "cafe-conversation" / "log" / \
                "cafe-conversation.log"
        from ui import paths  # Windows asks the system for the user's folders

        return paths.log_file()

    def command(self, *args: str) -> list[str]:
        command = [str(self.program), *args]
        if self.hidden:
            command = ["unshare", "--mount", "--", "sh", "-c", HIDE, str(ROOT), *command]
        return command

    def run(self, *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
        return subprocess.run(self.command(*args), cwd=self.work, env=self.env,
                              capture_output=True, text=True, encoding="utf-8", timeout=timeout)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Frozen:
    return Frozen(tmp_path_factory.mktemp("frozen"))


@pytest.fixture(scope="module")
def workshop_file(frozen) -> Path:
    """``new atelier --demo``: the demo, found in the bundle, in atelier.cafe."""
    done = frozen.run("new", "atelier", "--demo")
    assert done.returncode == 0, done.stderr
    path = frozen.work / "atelier.cafe"
    assert done.stdout.strip() == "atelier.cafe" and path.is_file()
    return path


def test_the_build_is_one_folder_without_the_sources():
    folder = Path(BUILT)
    assert (folder / PROGRAM).is_file()
    assert not list(folder.rglob("*.py")), "source files were bundled"
    assert not list(folder.rglob("*.ts")) and not list(folder.rglob("*.po"))


def test_version(frozen):
    done = frozen.run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"cafe-conversation {__version__}"


def test_check_in_french_and_english(frozen, workshop_file):
    done = frozen.run("check", workshop_file.name)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == \
        "atelier.cafe : atelier valide (30 participant·es, 6 tables)."
    english = frozen.run("--lang", "en", "check", workshop_file.name)  # the .mo in the bundle
    assert english.returncode == 0, english.stderr
    assert english.stdout.strip().startswith("atelier.cafe: valid workshop")


def test_a_damaged_file_gets_one_sentence(frozen):
    bad = frozen.work / "abime.cafe"
    bad.write_text("{ pas du json", encoding="utf-8")
    done = frozen.run("check", bad.name)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "abime.cafe" in done.stderr.splitlines()[0]
    assert bad.read_text(encoding="utf-8") == "{ pas du json"


def test_export_writes_every_document_with_the_bundled_fonts(frozen, workshop_file):
    done = frozen.run("--lang", "en", "export", workshop_file.name, "--out", "pdf")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    written = sorted(p.name for p in (frozen.work / "pdf").iterdir())
    # the demo carries last year's bilan, so its documents include bilan.pdf
    demo = WorkshopStore(workshop_file).load()
    assert written == sorted(name for _key, name in documents_for(demo))
    for name in written:
        reader = PdfReader(frozen.work / "pdf" / name)
        fonts = {str(font.get_object()["/BaseFont"])
                 for page in reader.pages
                 for font in page["/Resources"].get("/Font", {}).values()}
        # embedded DejaVu subsets (ReportLab's page set-up also names Helvetica, unused)
        assert {"/AAAAAA+DejaVuSans", "/AAAAAA+DejaVuSans-Bold"} <= fonts, (name, fonts)
        assert reader.pages[0].extract_text().strip(), name
    plan = PdfReader(frozen.work / "pdf" / "programmation-annuelle.pdf").pages[0].extract_text()
    assert "Annual" in plan  # the PDF's words from the bundled English catalogue


def test_rotation_of_a_problem(frozen):
    problem = {"rounds": 3,
               "tables": [{"id": "T1", "theme": "cadre", "host": "P01", "capacity": 4},
                          {"id": "T2", "theme": "voisins", "host": "P02", "capacity": 4}],
               "participants": [{"id": f"P{i:02}"} for i in range(1, 9)]}
    (frozen.work / "probleme.json").write_text(json.dumps(problem), encoding="utf-8")
    done = frozen.run("rotation", "probleme.json", "--seed", "1", "--time-limit", "2")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert len(out["rounds"]) == 3
    assert all(rnd["T1"][0] == "P01" and rnd["T2"][0] == "P02" for rnd in out["rounds"])
    assert out["stats"]["lower_bound"] <= out["stats"]["coincidences"]


def test_the_window_opens_the_file_for_five_seconds(frozen, workshop_file):
    """``cafe-conversation FILE`` (a double-click), offscreen, in English."""
    process = subprocess.Popen(frozen.command("--lang", "en", str(workshop_file)),
                               cwd=frozen.work, env=frozen.env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        time.sleep(5)
        still_running = process.poll() is None
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    assert still_running, (process.returncode, out, err)
    assert "Traceback" not in err, err
    log = frozen.log_file.read_text(encoding="utf-8")
    assert "Traceback" not in log and " ERROR " not in log and " WARNING " not in log, log
    assert "started (Python" in log and "frozen" in log
    assert f"opened {workshop_file}" in log
    assert "Qt catalogue cafe_en loaded" in log  # the .qm in the bundle
    assert "chime:" in log and "chime.wav" in log
