"""The frozen application (``make dist``) against ``python -m ui``: size and start-up.

Prints the size of the one-folder build (and its biggest parts), then the
median of several runs (``--runs N``, default 5), interleaved so that a busy
moment of a shared machine hits both alike, of:

- ``--version``: the bootloader or the interpreter, nothing of the app;
- ``check FILE`` on the demo: the domain and the storage imported;
- the window, offscreen, on the demo file: from the start of the process to
  the log line the chime writes when the show engine is built, which the
  app does just after its first paint (:mod:`ui.app`), then the process is
  ended.  Both sides write the same log, polled every 5 ms.

Each side runs with a fresh HOME (settings, log, Documents) so neither
reopens the other's last workshop.  ``python`` is this interpreter, with the
project installed (``make setup``); its bytecode is compiled by a first
warm-up run of each side.

    .venv/bin/python bench/frozen.py [--runs N] [dist/cafe-conversation]
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5
POLL = 0.005


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def biggest_parts(folder: Path, count: int = 6) -> list[tuple[str, int]]:
    inner = folder / "_internal" if (folder / "_internal").is_dir() else folder
    parts = [(p.name, folder_size(p)[0] if p.is_dir() else p.stat().st_size)
             for p in inner.iterdir()]
    return sorted(parts, key=lambda item: -item[1])[:count]


class Side:
    """One way to start the app: the frozen program or ``python -m ui``."""

    def __init__(self, name: str, command: list[str], home: Path) -> None:
        self.name, self.command, self.home = name, command, home
        self.log = home / ".local" / "state" / "cafe-conversation" / "log" / \
            "cafe-conversation.log"

    @property
    def env(self) -> dict[str, str]:
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(self.home),
               "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
        return env

    def timed(self, *args: str) -> float:
        start = time.perf_counter()
        done = subprocess.run([*self.command, *args], env=self.env, cwd=self.home,
                              capture_output=True, timeout=120)
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{self.name} {' '.join(args)}: {done.stderr.decode()[-500:]}")
        return elapsed

    def window(self, path: Path) -> float:
        """Seconds until the show engine is built (just after the first paint)."""
        if self.log.exists():
            self.log.unlink()
        start = time.perf_counter()
        child = subprocess.Popen([*self.command, str(path)], env=self.env, cwd=self.home,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - start < 60:
                if child.poll() is not None:
                    raise RuntimeError(f"{self.name}: the window closed by itself")
                if self.log.exists() and "chime" in self.log.read_text(encoding="utf-8"):
                    return time.perf_counter() - start
                time.sleep(POLL)
            raise RuntimeError(f"{self.name}: no window within 60 s")
        finally:
            child.send_signal(signal.SIGTERM)
            child.wait(timeout=30)


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.0f} ms  " \
           f"({', '.join(f'{v * 1000:.0f}' for v in values)})"


def main() -> int:
    args = sys.argv[1:]
    runs = RUNS
    if "--runs" in args:
        at = args.index("--runs")
        runs = int(args[at + 1])
        del args[at:at + 2]
    folder = Path(args[0] if args else ROOT / "dist" / "cafe-conversation").resolve()
    program = folder / ("cafe-conversation.exe" if sys.platform == "win32" else "cafe-conversation")
    if not program.is_file():
        print(f"no frozen build in {folder}: run `make dist` first", file=sys.stderr)
        return 1
    size, files = folder_size(folder)
    print(f"frozen folder      : {size / 2**20:.0f} MiB in {files} files ({folder})")
    print("biggest parts      : " + ", ".join(f"{name} {n / 2**20:.0f} MiB"
                                              for name, n in biggest_parts(folder)))
    with tempfile.TemporaryDirectory() as tmp:
        sides = []
        for name, command in (("frozen", [str(program)]),
                              ("python -m ui", [sys.executable, "-m", "ui"])):
            home = Path(tmp) / name.replace(" ", "-")
            home.mkdir()
            sides.append(Side(name, command, home))
        demo = Path(tmp) / "demo.cafe"
        sides[1].timed("new", str(demo), "--demo")
        results = {(side.name, what): [] for side in sides
                   for what in ("--version", "check", "window")}
        for side in sides:  # warm-up: disk cache, bytecode
            side.timed("--version")
            side.window(demo)
        for _ in range(runs):
            for side in sides:
                results[side.name, "--version"].append(side.timed("--version"))
                results[side.name, "check"].append(side.timed("check", str(demo)))
                results[side.name, "window"].append(side.window(demo))
    for what in ("--version", "check", "window"):
        frozen, source = results["frozen", what], results["python -m ui", what]
        print(f"{what:<10} frozen       : {ms(frozen)}")
        print(f"{what:<10} python -m ui : {ms(source)}")
        print(f"{what:<10} ratio        : {statistics.median(frozen) / statistics.median(source):.2f}"
              " (frozen / python)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
