"""Backups of a workshop file, spread in time, in tiers, never lost to the clock.

A backup is a copy of the file as it was when it was taken, written
atomically into ``NAME.json.backups/``.  Each one belongs to a tier named
by why it was taken (``open``, ``periodic``, ``import``, ``replan``,
``restore``); each tier keeps a bounded number, so an hour of editing
cannot push out the copy taken before an import.

Names are ``STEM.000042.periodic.20261123T101500Z.json``: a sequence number
gives the order of creation, the stamp is in UTC for the reader.  Pruning
and "newest" follow the sequence number, never the clock: a clock put back
an hour (summer time, a wrong setting corrected) neither overwrites nor
prunes the newest copies.  Backups are found by plain prefix comparison,
never by glob (``Atelier [2026].json`` must work).  Names of the previous
release (``STEM-20261123-101500-123456.json``, local time) are still listed,
offered and pruned, as the oldest tier.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

from workshop.storage.atomic import (TEMP_MARK, fsync_folder, names_starting, remove_quietly,
                                     write_atomic)

#: how many backups each tier keeps
TIERS = {"open": 5, "periodic": 12, "import": 5, "replan": 5, "restore": 5}
LEGACY = "legacy"
LEGACY_KEPT = 5
_NAME = re.compile(r"(\d{6,})\.([a-z]+)\.(\d{8}T\d{6}Z)\.json")
_LEGACY_NAME = re.compile(r"\d{8}-\d{6}(?:-\d{6})?\.json")


@dataclass(frozen=True)
class Backup:
    path: Path
    seq: int      # order of creation; 0 for a backup of the previous release
    reason: str   # a tier of TIERS, or LEGACY
    stamp: str    # UTC "20261123T101500Z" (local time for LEGACY)


def backup_folder(file: Path) -> Path:
    return Path(file).with_name(Path(file).name + ".backups")


class BackupShelf:
    """The backups of one file (its real path: links resolved)."""

    def __init__(self, file: Path, tiers: dict[str, int] | None = None) -> None:
        self.file = Path(file)
        self.folder = backup_folder(self.file)
        self.stem = self.file.stem
        self.tiers = dict(TIERS if tiers is None else tiers)

    def entries(self) -> list[Backup]:
        """Every backup of this file, newest first (by order of creation)."""
        found = []
        for path in names_starting(self.folder, self.stem):
            rest = path.name[len(self.stem):]
            match = _NAME.fullmatch(rest[1:]) if rest.startswith(".") else None
            if match:
                found.append(Backup(path, int(match[1]), match[2], match[3]))
            elif rest.startswith("-") and _LEGACY_NAME.fullmatch(rest[1:]):
                found.append(Backup(path, 0, LEGACY, rest[1:-5]))
        return sorted(found, key=lambda b: (b.seq, b.path.name), reverse=True)

    def add(self, raw: bytes, reason: str, wall_time: float) -> Path:
        """Write ``raw`` as the newest backup of tier ``reason``; prune that tier."""
        if reason not in self.tiers:
            raise ValueError(f"unknown backup tier {reason!r}")
        self.folder.mkdir(mode=0o700, exist_ok=True)
        seq = max((b.seq for b in self.entries()), default=0) + 1
        stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(wall_time))
        target = self.folder / f"{self.stem}.{seq:06d}.{reason}.{stamp}.json"
        while target.exists():  # only the lock holder writes here; be sure anyway
            seq += 1
            target = self.folder / f"{self.stem}.{seq:06d}.{reason}.{stamp}.json"
        write_atomic(target, raw)
        self.prune()
        return target

    def prune(self) -> list[Path]:
        """Keep the newest of each tier; names this release does not know are left alone."""
        limits = {**self.tiers, LEGACY: LEGACY_KEPT}
        seen: dict[str, int] = {}
        extra = []
        for backup in self.entries():
            seen[backup.reason] = seen.get(backup.reason, 0) + 1
            if backup.reason in limits and seen[backup.reason] > limits[backup.reason]:
                extra.append(backup.path)
        removed = remove_quietly(extra)
        if removed:
            fsync_folder(self.folder)
        return removed

    def stale_temps(self) -> list[Path]:
        """Temporary files of backup writes (a kill mid-write leaves a full copy)."""
        return [p for p in names_starting(self.folder, ".") if TEMP_MARK in p.name]
