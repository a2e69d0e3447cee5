"""The live show record: where the show is, beside the workshop file.

``NAME.json.live`` holds the current step and the running countdown.  It
changes with every Space or N on the show, so it is kept out of the
workshop file, out of the backups and out of undo: a tiny JSON written
atomically (temp, fsync, ``os.replace``) that a crash never leaves half
written, read back so the show resumes where the clock really is.

A record that cannot be read is ignored (the show starts from the first
step); it holds no name, so privacy erasure has nothing to remove from it.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from workshop.model import CountdownState
from workshop.storage.atomic import write_atomic
from workshop.storage.fileformat import LiveState

FORMAT = "cafe-conversation-live"
SUFFIX = ".live"
MAX_SIZE = 64 * 1024  # a record is about 200 bytes; anything bigger is not ours
_FLOATS = ("duration_s", "elapsed_s", "saved_at")
_BOOLS = ("running", "started")


def live_path(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + SUFFIX)


def encode_live(state: LiveState) -> bytes:
    countdown = state.countdown
    data = {
        "format": FORMAT,
        "step": state.step,
        "countdown": None if countdown is None else {
            **{name: float(getattr(countdown, name)) for name in _FLOATS},
            **{name: bool(getattr(countdown, name)) for name in _BOOLS},
        },
    }
    return json.dumps(data, indent=1).encode("utf-8")


def write_live(path: Path, state: LiveState) -> None:
    write_atomic(live_path(path), encode_live(state))


def read_live(path: Path) -> LiveState | None:
    """The record beside ``path``, or ``None`` when absent or not one of ours."""
    try:
        raw = live_path(path).read_bytes()
    except OSError:
        return None
    return decode_live(raw)


def decode_live(raw: bytes) -> LiveState | None:
    if len(raw) > MAX_SIZE:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return checked(data.get("step"), data.get("countdown"))


def checked(step: object, countdown: object) -> LiveState | None:
    """A :class:`LiveState` from loose values, or ``None`` if any is out of shape."""
    if isinstance(step, bool) or not isinstance(step, int) or not 0 <= step < 10_000:
        return None
    if countdown is None:
        return LiveState(step, None)
    if isinstance(countdown, CountdownState):
        countdown = {name: getattr(countdown, name) for name in (*_FLOATS, *_BOOLS)}
    if not isinstance(countdown, dict):
        return None
    values = {}
    for name in _FLOATS:
        value = countdown.get(name, 0.0)
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value) or value < 0:
            return None
        values[name] = float(value)
    for name in _BOOLS:
        value = countdown.get(name, False)
        if not isinstance(value, bool):
            return None
        values[name] = value
    return LiveState(step, CountdownState(**values))
