"""Where the files exported from a workshop were written (``NAME.json.exports``).

PDFs, spreadsheets and the follow-up site hold names.  So that erasing a
person can reach them, each file the application exports for a workshop
is recorded beside the workshop file: its path, size and SHA-256 when
written.  An erasure deletes a recorded file only if it is still the one
the application wrote (same size and digest); one moved, changed or out of
reach is named to the facilitator instead.  The record is written
atomically and holds no personal data of its own beyond file names.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from workshop.storage.atomic import write_atomic

FORMAT = "cafe-conversation-exports"
SUFFIX = ".exports"
MAX_ENTRIES = 500
MAX_SIZE = 1024 * 1024


@dataclass(frozen=True)
class Exported:
    path: str      # absolute, links resolved
    size: int
    sha256: str
    written: str   # UTC "20261123T101500Z"
    kind: str = "pdf"


def record_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + SUFFIX)


def fingerprint(file: Path) -> tuple[int, str]:
    import hashlib  # only when exports are recorded or reached: a quicker start

    digest = hashlib.sha256()
    size = 0
    with open(file, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def read_record(path: Path) -> list[Exported]:
    """The recorded exports of the workshop file ``path`` (empty if none or unreadable)."""
    try:
        raw = record_path(path).read_bytes()
        if len(raw) > MAX_SIZE:
            return []
        data = json.loads(raw.decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return []
    if not isinstance(data, dict) or data.get("format") != FORMAT \
            or not isinstance(data.get("files"), list):
        return []
    found = []
    for item in data["files"]:
        try:
            found.append(Exported(str(item["path"]), int(item["size"]), str(item["sha256"]),
                                  str(item["written"]), str(item.get("kind", "pdf"))))
        except (KeyError, TypeError, ValueError):
            continue
    return found


def write_record(path: Path, items: list[Exported]) -> None:
    data = {"format": FORMAT, "files": [asdict(item) for item in items[-MAX_ENTRIES:]]}
    write_atomic(record_path(path), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def entries_for(files: list[Path], kind: str, wall_time: float) -> list[Exported]:
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(wall_time))
    out = []
    for file in files:
        real = Path(file).resolve()
        size, digest = fingerprint(real)
        out.append(Exported(str(real), size, digest, stamp, kind))
    return out


def merged(old: list[Exported], new: list[Exported]) -> list[Exported]:
    """``old`` then ``new``, one entry per path (the newest wins)."""
    paths = {item.path for item in new}
    return [item for item in old if item.path not in paths] + new
